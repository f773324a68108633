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
