// Lowers the ES2017+ syntax Qt 6.4's JavaScript engine lacks, exposed as `noormLower`.
// Parsing is acorn's; the rewrite is a list of text edits at node positions that keeps
// every line where it was, so error lines still point into the template or helper:
//   async functions/arrows/methods -> plain ones returning __noormAsync(this, args, function* () {...})
//   await x                        -> (yield x)
//   { a, ...b }                    -> Object.assign({}, { a, }, b, {})
//   catch { }                      -> catch (__noormError) { }
// and routes what builds strings through the prelude's length check, because V4 keeps a
// string's length in an int and crashes (or wraps) past 2^31 characters:
//   a + b                          -> __noormAdd(a , b)
//   x += y / o.p += y / o[k] += y  -> x = __noormAdd(x, y) / __noormAddTo(o, "p", y) / __noormAddTo(o, k, y)
//   `a${x}b`                       -> __noormTemplate(`a`, (x), `b`)
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

// The position of `token` in code[from, to), skipping comments (parentheses, spaces and
// comments are all a gap between two operands can hold besides the operator).
function tokenIn(code, token, from, to, last) {
    let found = -1;
    for (let i = from; i < to; i++) {
        if (code.startsWith("/*", i)) { i = code.indexOf("*/", i + 2) + 1; continue; }
        if (code.startsWith("//", i)) { const nl = code.indexOf("\n", i); i = nl < 0 ? to : nl; continue; }
        if (code.startsWith(token, i)) { found = i; if (!last) break; }
    }
    return found;
}

// `text` followed by the line breaks of code[start, end): a replaced range keeps its lines.
function keepingLines(code, start, end, text) {
    return text + "\n".repeat((code.slice(start, end).match(/\n/g) || []).length);
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
        case "BinaryExpression": {
            if (node.operator !== "+") break;
            const plus = tokenIn(code, "+", node.left.end, node.right.start);
            insert(node.start, "__noormAdd(", depth, false);
            replace(plus, plus + 1, ",", depth);
            insert(node.end, ")", depth, true);
            break;
        }
        case "TemplateLiteral": {
            if (node.expressions.length === 0 || (parent && parent.type === "TaggedTemplateExpression" && parent.quasi === node)) break;
            insert(node.start, "__noormTemplate(", depth, false);
            node.expressions.forEach((_, i) => {
                replace(node.quasis[i].end, node.quasis[i].end + 2, "`, (", depth);           // ${
                replace(node.quasis[i + 1].start - 1, node.quasis[i + 1].start, "), `", depth); // }
            });
            insert(node.end, ")", depth, true);
            break;
        }
        case "CatchClause":
            if (!node.param) insert(node.start + 5, " (__noormError)", depth, false);
            break;
        case "AssignmentExpression": {
            if (node.operator === "??=" || node.operator === "||=" || node.operator === "&&=") unsupported(node, "Logical assignment (" + node.operator + ")");
            if (node.operator !== "+=") break;
            const left = node.left;
            const op = tokenIn(code, "+=", left.end, node.right.start);
            if (left.type === "Identifier") {
                replace(op, op + 2, "= __noormAdd(" + left.name + ",", depth);
            } else if (left.type === "MemberExpression" && left.object.type !== "Super" && left.start === node.start) {
                insert(node.start, "__noormAddTo(", depth, false);
                if (left.computed) {
                    const open = tokenIn(code, "[", left.object.end, left.property.start);
                    const close = tokenIn(code, "]", left.property.end, left.end, true);
                    replace(open, open + 1, ", ", depth);
                    replace(close, close + 1, "", depth);
                } else {
                    const dot = tokenIn(code, ".", left.object.end, left.property.start);
                    replace(dot, left.property.start, keepingLines(code, dot, left.property.start, ", "), depth);
                    replace(left.property.start, left.property.end, JSON.stringify(left.property.name), depth);
                }
                replace(op, op + 2, ",", depth);
            } else {
                break;
            }
            insert(node.end, ")", depth, true);
            break;
        }
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
