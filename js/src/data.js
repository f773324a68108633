// The data-file parsers the original noorm uses, exposed to the template engine as `noormData`.
import JSON5 from "json5";
import { parse as parseYaml } from "yaml";
import { parse as parseCsv } from "csv-parse/browser/esm/sync";
import voca from "voca";

export const json5 = (text) => JSON5.parse(text);
export const yaml = (text) => parseYaml(text);
// Same options as the original's loaders/csv.ts.
export const csv = (text) => parseCsv(text, { columns: true, skip_empty_lines: true, trim: true });
// Same rule as the original's utils.ts toContextKey (after the extension is stripped).
export const camelCase = (name) => voca.camelCase(name);
