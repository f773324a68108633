#include "common/double_text.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace noorm {

void appendDoubleText(std::string &out, double value)
{
    if (std::isnan(value)) {
        out += "NaN";
        return;
    }
    if (std::isinf(value)) {
        out += value < 0 ? "-Infinity" : "Infinity";
        return;
    }
    if (value == 0) { // Qt writes -0.0 as "0"
        out.push_back('0');
        return;
    }
    // The shortest round-trip digits, from the exponent form: [-]d[.ddd]e±x
    char text[40];
    const char *end = std::to_chars(text, text + sizeof text, value, std::chars_format::scientific).ptr;
    const char *p = text;
    if (*p == '-') {
        out.push_back('-');
        ++p;
    }
    const char *e = static_cast<const char *>(std::memchr(p, 'e', size_t(end - p)));
    char digits[24];
    int count = 0;
    for (const char *q = p; q < e; ++q) {
        if (*q != '.')
            digits[count++] = *q;
    }
    int exponent = 0;
    std::from_chars(e + 1 + (e[1] == '+'), end, exponent);
    const int point = exponent + 1; // digits before the decimal point
    const int magnitude = std::abs(exponent);
    const int decimalLength = point <= 0 ? 2 - point + count : point >= count ? point : count + 1;
    const int exponentLength = count + (count > 1 ? 1 : 0) + 2 + (magnitude >= 100 ? 3 : 2);
    if (decimalLength <= exponentLength) { // a tie goes to the decimal form, as in Qt
        if (point <= 0) {
            out += "0.";
            out.append(size_t(-point), '0');
            out.append(digits, size_t(count));
        } else if (point >= count) {
            out.append(digits, size_t(count));
            out.append(size_t(point - count), '0');
        } else {
            out.append(digits, size_t(point));
            out.push_back('.');
            out.append(digits + point, size_t(count - point));
        }
        return;
    }
    out.push_back(digits[0]);
    if (count > 1) {
        out.push_back('.');
        out.append(digits + 1, size_t(count - 1));
    }
    out.push_back('e');
    out.push_back(exponent < 0 ? '-' : '+');
    if (magnitude < 10)
        out.push_back('0');
    char power[8];
    out.append(power, size_t(std::to_chars(power, power + sizeof power, magnitude).ptr - power));
}

} // namespace noorm
