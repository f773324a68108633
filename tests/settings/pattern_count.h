#pragma once
// How many regular expressions the process has compiled so far. QRegularExpression
// compiles through PCRE2's pcre2_compile_16, which this test executable interposes
// (pattern_count.cpp) and forwards to the real library: an observable count of work
// that does not depend on the machine's speed.

#include <cstddef>

namespace noorm::test {

std::size_t compiledPatternCount();

} // namespace noorm::test
