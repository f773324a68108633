#pragma once
// Checks of numeric arguments, with messages in the user's words (CLI11's own ranges print
// their bounds as doubles: "Value 0 not in range 0.000000 to 1797693134862315…").

#include <CLI/CLI.hpp>

namespace noorm::cli {

// A whole number of `least` or more ("--limit: must be a whole number of 1 or more, not 0").
inline CLI::Validator wholeNumberFrom(long long least)
{
    return CLI::Validator(
        [least](std::string &value) -> std::string {
            long long n = 0;
            size_t used = 0;
            try {
                n = std::stoll(value, &used);
            } catch (const std::exception &) {
                used = 0;
            }
            if (used == 0 || used != value.size() || n < least)
                return "must be a whole number of " + std::to_string(least) + " or more, not " + value;
            return {};
        },
        least == 0 ? "NUMBER >= 0" : "NUMBER >= " + std::to_string(least));
}

} // namespace noorm::cli
