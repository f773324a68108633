#include "help_format.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace noorm::cli {

namespace {

// CLI11's names for a type, which say how it parses rather than what to give.
bool isParserType(const std::string &type)
{
    static const char *const kGeneric[] = {"TEXT", "INT", "UINT", "FLOAT", "NUMBER", "BOOLEAN", "VALUE", "ENUM"};
    return type.empty() || std::find(std::begin(kGeneric), std::end(kGeneric), type) != std::end(kGeneric);
}

} // namespace

std::string valueLabel(const CLI::Option *option)
{
    if (option->get_type_size() == 0 || option->get_items_expected_max() == 0)
        return {};
    const std::string type = option->get_type_name().substr(0, option->get_type_name().find(':'));
    if (!isParserType(type))
        return type;
    const std::vector<std::string> &longNames = option->get_lnames();
    if (longNames.empty())
        return "VALUE";
    // What the value is, where the option's last word does not say it.
    static const std::map<std::string, std::string> kByName = {
        {"wait", "DURATION"}, {"older-than", "DURATION"}, {"timeout", "DURATION"}, {"limit", "N"},
        {"pool-min", "N"},    {"pool-max", "N"},          {"configs", "NAMES"},    {"recipients", "NAMES"},
        {"to", "NAME"},       {"rename", "NAME"},         {"filename", "FILE"},    {"output", "FILE"},
        {"include", "PATHS"}, {"exclude", "PATHS"},       {"match-name", "PATTERN"}, {"filter", "PATTERN"},
    };
    const std::string &name = longNames.front();
    if (const auto known = kByName.find(name); known != kByName.end())
        return known->second;
    std::string label = name.substr(name.rfind('-') + 1);
    std::transform(label.begin(), label.end(), label.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    return label;
}

std::string HelpFormatter::make_option_name(const CLI::Option *option, bool isPositional) const
{
    if (isPositional)
        return option->get_name(true, false);
    std::string names;
    for (const std::string &s : option->get_snames())
        names += (names.empty() ? "-" : ", -") + s;
    for (const std::string &l : option->get_lnames())
        names += (names.empty() ? "--" : ", --") + l;
    return names;
}

std::string HelpFormatter::make_option_opts(const CLI::Option *option) const
{
    std::string out;
    if (!option->get_option_text().empty())
        return " " + option->get_option_text();
    if (option->get_positional()) {
        if (option->get_required())
            out += " (required)";
        return out;
    }
    if (const std::string label = valueLabel(option); !label.empty())
        out += " " + label;
    if (option->get_expected_max() == CLI::detail::expected_max_vector_size)
        out += " ...";
    if (!option->get_envname().empty())
        out += " (env " + option->get_envname() + ")";
    return out;
}

void useHelpFormat(CLI::App &app)
{
    auto formatter = std::make_shared<HelpFormatter>();
    formatter->column_width(32);
    app.formatter(formatter);
}

} // namespace noorm::cli
