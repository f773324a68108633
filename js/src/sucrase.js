// TypeScript and ES modules to CommonJS for QJSEngine, exposed as `noormSucrase`.
import { transform } from "sucrase";

export function toCommonJs(code, filePath, typescript) {
    const transforms = typescript ? ["typescript", "imports"] : ["imports"];
    return transform(code, { transforms, filePath }).code;
}
