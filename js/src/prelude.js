// Evaluated first on every QJSEngine the template engine creates. Qt 6.4's JavaScript
// engine (V4) implements roughly ES2016: this fills the gaps the bundled libraries and
// user templates meet, and defines the runner for async functions lowered to generators.
(function (global) {
    "use strict";
    if (typeof global.globalThis === "undefined") global.globalThis = global;

    // Libraries look at process.env / process.emitWarning; templates see an empty env
    // here because $.env is the real one.
    if (typeof global.process === "undefined") {
        global.process = { env: {}, emitWarning: function () {}, cwd: function () { return "/"; },
            platform: "linux", version: "v20.0.0", versions: {}, nextTick: function (f) { Promise.resolve().then(f); } };
    }

    // console.* goes to noorm's log through the redactor (TemplateConsole), never raw to stderr.
    if (global.__noormConsole) {
        var sink = global.__noormConsole;
        var show = function (v) {
            if (typeof v === "string") return v;
            try { var j = JSON.stringify(v); return j === undefined ? String(v) : j; } catch (e) { return String(v); }
        };
        var writer = function (level) {
            return function () { sink.write(level, Array.prototype.map.call(arguments, show).join(" ")); };
        };
        global.console = { error: writer(1), warn: writer(2), log: writer(3), info: writer(3), debug: writer(4),
            trace: writer(4) };
    }

    // V4 has no "s" (dotAll) flag and silently mis-parses lookbehind: emulate the first and
    // make the second throw, so libraries take their documented fallbacks.
    var NativeRegExp = global.RegExp;
    function dotAll(source) {
        var out = "", inClass = false;
        for (var i = 0; i < source.length; i++) {
            var c = source[i];
            if (c === "\\") { out += c + (source[i + 1] || ""); i++; continue; }
            if (inClass) { if (c === "]") inClass = false; out += c; continue; }
            if (c === "[") { inClass = true; out += c; continue; }
            out += c === "." ? "[\\s\\S]" : c;
        }
        return out;
    }
    function RegExpShim(pattern, flags) {
        var isRe = pattern instanceof NativeRegExp;
        var source = isRe ? pattern.source : (pattern === undefined ? "(?:)" : String(pattern));
        var f = flags === undefined ? (isRe ? pattern.flags : "") : String(flags);
        if (/\(\?<[=!]/.test(source)) throw new SyntaxError("Invalid regular expression: /" + source + "/: lookbehind is not supported");
        if (f.indexOf("s") >= 0) { source = dotAll(source); f = f.replace("s", ""); }
        return new NativeRegExp(source, f);
    }
    RegExpShim.prototype = NativeRegExp.prototype;
    Object.setPrototypeOf(RegExpShim, NativeRegExp);
    global.RegExp = RegExpShim;

    function define(object, name, value) {
        if (!object[name]) Object.defineProperty(object, name, { value: value, writable: true, configurable: true });
    }
    define(String.prototype, "trimStart", function () { return String(this).replace(/^[\s\uFEFF\xA0]+/, ""); });
    define(String.prototype, "trimEnd", function () { return String(this).replace(/[\s\uFEFF\xA0]+$/, ""); });
    define(String.prototype, "trimLeft", String.prototype.trimStart);
    define(String.prototype, "trimRight", String.prototype.trimEnd);
    define(String.prototype, "replaceAll", function (search, replacement) {
        if (search instanceof NativeRegExp) return String(this).replace(search, replacement);
        return String(this).split(String(search)).join(String(replacement));
    });
    define(Array.prototype, "flat", function (depth) {
        var d = depth === undefined ? 1 : Number(depth);
        return (function flatten(array, level) {
            return array.reduce(function (acc, item) {
                return acc.concat(Array.isArray(item) && level > 0 ? flatten(item, level - 1) : [item]);
            }, []);
        })(this, d);
    });
    define(Array.prototype, "flatMap", function (fn, thisArg) { return this.map(fn, thisArg).flat(1); });
    define(Object, "fromEntries", function (entries) {
        var o = {};
        for (var e of entries) o[e[0]] = e[1];
        return o;
    });
    define(Promise, "allSettled", function (promises) {
        return Promise.all(Array.from(promises, function (p) {
            return Promise.resolve(p).then(function (value) { return { status: "fulfilled", value: value }; },
                function (reason) { return { status: "rejected", reason: reason }; });
        }));
    });

    // Strings have a limit. V4 keeps a string's length in an int: past 2^31 characters a
    // concatenation crashes the process or wraps to a wrong length, and long before that a
    // runaway template eats the memory. Every way a template builds a long string is
    // checked against one limit: +, += and template literals (rewritten by js/src/lower.js
    // into the helpers below), concat, repeat, padStart, padEnd and join (replaced here).
    var LIMIT = 33554432; // 2^25 characters (64 MiB of UTF-16); docs/templates.md
    global.__noormStringLimit = LIMIT;
    function check(length) {
        if (length > LIMIT)
            throw new RangeError("A string of " + length + " characters is longer than the template limit of "
                + LIMIT + " characters");
    }
    function isObject(v) { return v !== null && (typeof v === "object" || typeof v === "function"); }
    // ToPrimitive(v, default), what the + operator does before adding.
    function primitive(v) {
        if (!isObject(v)) return v;
        var exotic = v[Symbol.toPrimitive];
        if (exotic !== undefined && exotic !== null) {
            var r = exotic.call(v, "default");
            if (isObject(r)) throw new TypeError("Cannot convert object to primitive value");
            return r;
        }
        var names = v instanceof Date ? ["toString", "valueOf"] : ["valueOf", "toString"];
        for (var i = 0; i < names.length; i++) {
            var f = v[names[i]];
            if (typeof f === "function") {
                var p = f.call(v);
                if (!isObject(p)) return p;
            }
        }
        throw new TypeError("Cannot convert object to primitive value");
    }
    function textOf(v) { // ToString, which refuses symbols where String() does not
        if (typeof v === "symbol") throw new TypeError("Cannot convert a Symbol value to a string");
        return String(v);
    }
    global.__noormAdd = function (a, b) {
        if (typeof a === "number" && typeof b === "number") return a + b;
        if (typeof a !== "string" || typeof b !== "string") {
            a = primitive(a);
            b = primitive(b);
            if (typeof a !== "string" && typeof b !== "string") return a + b;
            a = textOf(a);
            b = textOf(b);
        }
        check(a.length + b.length);
        return a + b;
    };
    global.__noormAddTo = function (object, key, value) {
        // Not `return object[key] = add(...)`: Qt 6.4's engine then loses the store.
        var sum = global.__noormAdd(object[key], value);
        object[key] = sum;
        return sum;
    };
    global.__noormTemplate = function () { // (string, value, string, value, ..., string)
        var out = arguments[0];
        for (var i = 1; i < arguments.length; i++) {
            var part = i % 2 ? textOf(arguments[i]) : arguments[i];
            check(out.length + part.length);
            out += part;
        }
        return out;
    };
    function replace(object, name, checked) {
        Object.defineProperty(object, name, { value: checked, writable: true, configurable: true });
    }
    function integer(v) { var n = Number(v); return n !== n ? 0 : Math.trunc(n); }
    function self(value, method) { // `this` of a String method as a string, as the method would make it
        if (value === null || value === undefined) throw new TypeError("String.prototype." + method + " called on null or undefined");
        return textOf(value);
    }
    var nativeRepeat = String.prototype.repeat;
    replace(String.prototype, "repeat", function repeat(count) {
        var s = self(this, "repeat"), n = integer(count);
        if (n > 0 && n !== Infinity && s.length > 0) check(s.length * n);
        return nativeRepeat.call(s, n);
    });
    ["padStart", "padEnd"].forEach(function (name) {
        var native = String.prototype[name];
        replace(String.prototype, name, function (maxLength, fillString) {
            var s = self(this, name), n = integer(maxLength);
            var fill = fillString === undefined ? " " : textOf(fillString);
            if (n > s.length && fill !== "") check(n);
            return native.call(s, n, fill);
        });
    });
    var nativeConcat = String.prototype.concat;
    replace(String.prototype, "concat", function concat() {
        var s = self(this, "concat"), parts = [], length = s.length;
        for (var i = 0; i < arguments.length; i++) {
            parts.push(textOf(arguments[i]));
            length += parts[i].length;
            check(length);
        }
        return nativeConcat.apply(s, parts);
    });
    var nativeJoin = Array.prototype.join;
    var joining = []; // the arrays being joined: one that contains itself joins to ""
    replace(Array.prototype, "join", function join(separator) {
        if (this === null || this === undefined) return nativeJoin.call(this, separator);
        var o = Object(this), length = Math.min(Math.max(integer(o.length), 0), 4294967295);
        var sep = separator === undefined ? "," : textOf(separator);
        if (length === 0 || joining.indexOf(o) >= 0) return "";
        var total = sep.length * (length - 1);
        check(total);
        var parts = new Array(length);
        joining.push(o);
        try {
            for (var i = 0; i < length; i++) {
                var e = o[i];
                parts[i] = e === undefined || e === null ? "" : textOf(e);
                total += parts[i].length;
                check(total);
            }
        } finally {
            joining.pop();
        }
        return nativeJoin.call(parts, sep);
    });

    // Async functions arrive here lowered to generators (js/src/lower.js): run one to a promise.
    global.__noormTicks = 0;
    global.__noormAsync = function (self, args, generatorFunction) {
        return new Promise(function (resolve, reject) {
            var generator = generatorFunction.apply(self, args || []);
            function step(method, arg) {
                var r;
                global.__noormTicks = (global.__noormTicks + 1) | 0; // progress, for the settling loop
                try { r = generator[method](arg); } catch (e) { reject(e); return; }
                if (r.done) resolve(r.value);
                else Promise.resolve(r.value).then(function (v) { step("next", v); }, function (e) { step("throw", e); });
            }
            step("next", undefined);
        });
    };
})(this);
