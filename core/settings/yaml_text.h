#pragma once
// YamlText: the YAML knowledge yaml-cpp leaves to its users. yaml-cpp parses, but it
// does not resolve plain scalars to types and its emitter cannot write the style of
// the original noorm's files (4-space indent, "- " items) nor knows which strings
// must be quoted to stay strings. This resolves scalars with the YAML 1.2 core schema
// (the one the original's `yaml` package uses), writes nodes back in block style,
// and compares trees by meaning. Internal to the settings module.
//
// Convention for nodes built in code: tag "!" marks a string (quoted when it would
// read as something else); tag "?" marks a plain scalar written as is (numbers, bools).

#include <yaml-cpp/yaml.h>

#include <QString>

#include <string>

namespace noorm {

class YamlText {
public:
    enum class Kind { Null, Bool, Int, Float, String, Other };

    struct Scalar {
        Kind kind = Kind::Null;
        bool boolean = false;
        qint64 integer = 0;   // Int; also Float with an integral value
        double real = 0;      // Float (and Int)
        bool integral = false;
        QString text;         // the scalar as written (after YAML unescaping)
    };

    // What a scalar or null node means under the core schema.
    static Scalar resolve(const YAML::Node &node);

    static YAML::Node string(const QString &value);
    static YAML::Node plain(const std::string &value);   // numbers and booleans
    static YAML::Node boolean(bool value);
    static YAML::Node integer(qint64 value);

    // "key:" followed by `value`, as a top-level section ending in a newline.
    static std::string section(const YAML::Node &key, const YAML::Node &value);
    // A whole mapping, block style, top level.
    static std::string document(const YAML::Node &map);

    // Same meaning: same structure, same key order, scalars equal once resolved.
    static bool same(const YAML::Node &a, const YAML::Node &b);

    // How a value reads in a message: "abc" (quoted), 12, true, a list, a mapping, nothing.
    static QString describe(const YAML::Node &node);

    static QString qt(const std::string &s) { return QString::fromStdString(s); }
};

} // namespace noorm
