#pragma once
// A double as text, the way Qt writes it (QVariant(double).toString(), which is
// QString::number(d, 'g', QLocale::FloatingPointShortest)): the shortest digits that read
// back as the same double, in decimal unless the exponent form is shorter (1e+05, 1.5e-07,
// but 150000 and 0.001), "0" for either zero; not-a-number and the infinities as psql and
// PostgreSQL write them ("NaN", "Infinity", "-Infinity"; Qt writes "nan", "inf"). Straight into UTF-8,
// for output that writes millions of values; the SQL result writers and the native row
// readers share it, so a value reads the same whichever way its row came.

#include <string>

namespace noorm {

void appendDoubleText(std::string &out, double value);

} // namespace noorm
