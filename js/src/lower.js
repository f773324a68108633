// Lowers the ES2017+ syntax Qt 6.4's JavaScript engine lacks, exposed as `noormLower`.
// Parsing is acorn's; the rewrite is a list of text edits at node positions that keeps
// every line where it was, so error lines still point into the template or helper:
//   async functions/arrows/methods -> plain ones returning __noormAsync(this, args, function* () {...})
//   await x                        -> (yield x)
//   { a, ...b }                    -> Object.assign({}, { a, }, b, {})
//   catch { }                      -> catch (__noormError) { }
// Anything else V4 cannot run is left as is and reported by V4 itself.
import { parse } from "acorn";

function walk(node, depth, parent, visit) {
    for (const key of Object.keys(node)) {
        if (key === "loc") continue;
        const value = node[key];
        if (Array.isArray(value)) {
            for (const child of value) if (child && typeof child.type === "string") walk(child, depth + 1, node, visit);
        } else if (value && typeof value.type === "string") {
            walk(value, depth + 1, node, visit);
        }
    }
    visit(node, depth, parent);
}

export function lower(code) {
    const ast = parse(code, { ecmaVersion: "latest", sourceType: "script", allowAwaitOutsideFunction: true,
        allowReturnOutsideFunction: true, locations: true });
    const edits = []; // {start, end, text, depth, closing}
    const insert = (pos, text, depth, closing) => edits.push({ start: pos, end: pos, text, depth, closing });
    const replace = (start, end, text, depth) => edits.push({ start, end, text, depth, closing: false });
    const unsupported = (node, what) => {
        const error = new SyntaxError(what + " is not supported by the template engine (Qt's JavaScript engine)");
        error.loc = node.loc.start;
        throw error;
    };
    const removeAsyncKeyword = (from, to, depth) => {
        const at = code.slice(from, to).search(/\basync\b/);
        if (at >= 0) replace(from + at, from + at + 5, "", depth);
    };

    walk(ast, 0, null, (node, depth, parent) => {
        switch (node.type) {
        case "AwaitExpression":
            replace(node.start, node.start + 5, "(yield", depth);
            insert(node.end, ")", depth, true);
            break;
        case "ForOfStatement":
            if (node.await) unsupported(node, "for await");
            break;
        case "FunctionDeclaration":
        case "FunctionExpression":
        case "ArrowFunctionExpression": {
            if (!node.async) break;
            if (node.generator) unsupported(node, "An async generator");
            const arrow = node.type === "ArrowFunctionExpression";
            const args = arrow ? "null" : "arguments";
            // Methods: the async keyword sits before the key, outside the function node.
            const method = parent && (parent.type === "Property" || parent.type === "MethodDefinition") && parent.value === node;
            if (method) removeAsyncKeyword(parent.start, parent.key.start, depth);
            else removeAsyncKeyword(node.start, node.body.start, depth);
            if (node.body.type === "BlockStatement") {
                insert(node.body.start + 1, " return __noormAsync(this, " + args + ", function* () {", depth, false);
                insert(node.body.end - 1, "}); ", depth, true);
            } else {
                insert(node.body.start, "__noormAsync(this, null, function* () { return (", depth, false);
                insert(node.body.end, "); })", depth, true);
            }
            break;
        }
        case "ObjectExpression": {
            if (!node.properties.some((p) => p.type === "SpreadElement")) break;
            replace(node.start, node.start + 1, "Object.assign({}, {", depth);
            for (const p of node.properties) {
                if (p.type !== "SpreadElement") continue;
                replace(p.start, p.start + 3, "}, ", depth);
                const comma = code.slice(p.end, node.end - 1).search(/\S/);
                if (comma >= 0 && code[p.end + comma] === ",") replace(p.end + comma, p.end + comma + 1, ", {", depth);
                else insert(p.end, ", {", depth, true);
            }
            replace(node.end - 1, node.end, "})", depth);
            break;
        }
        case "ObjectPattern":
            if (node.properties.some((p) => p.type === "RestElement")) unsupported(node, "Object rest in destructuring");
            break;
        case "CatchClause":
            if (!node.param) insert(node.start + 5, " (__noormError)", depth, false);
            break;
        case "AssignmentExpression":
            if (node.operator === "??=" || node.operator === "||=" || node.operator === "&&=") unsupported(node, "Logical assignment (" + node.operator + ")");
            break;
        case "PropertyDefinition":
        case "StaticBlock":
            unsupported(node, "A class field");
            break;
        }
    });
    if (edits.length === 0) return code;

    // Same position: closing texts of inner nodes first, opening texts of outer nodes first.
    edits.sort((a, b) => a.start - b.start
        || (a.end - a.start) - (b.end - b.start)
        || (a.closing !== b.closing ? (a.closing ? -1 : 1) : 0)
        || (a.closing ? b.depth - a.depth : a.depth - b.depth));
    let out = "", at = 0;
    for (const e of edits) {
        if (e.start < at) continue; // overlapping edit (cannot happen with the rules above)
        out += code.slice(at, e.start) + e.text;
        at = e.end;
    }
    return out + code.slice(at);
}
