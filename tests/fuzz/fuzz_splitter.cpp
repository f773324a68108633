// libFuzzer target for StatementSplitter: the first byte picks the client's rules, the rest is
// split as UTF-8. Invariants: no crash or sanitizer report, statements in increasing offset
// order and inside the script, each text is the script's characters at its offset, and
// line/column agree with the offset.

#include "dialect/dialect.h"
#include "dialect/statement_splitter.h"

#include <QString>

#include <cstdint>
#include <cstdlib>
#include <cstdio>

using namespace noorm;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "splitter invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const Dialect &dialect = dialectFor(kDialects[data[0] % kDialects.size()].id);
    const QString script = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    const auto result = dialect.scripts().split(script, QStringLiteral("fuzz.sql"));
    if (!result.ok()) {
        check(result.error().line >= 1 && result.error().column >= 1, "error position is 1-based");
        check(result.error().file == QLatin1String("fuzz.sql"), "error names the file");
        return 0;
    }

    // Line starts, to check line/column against offsets in one pass.
    qsizetype previousEnd = -1;
    qsizetype scanned = 0;
    int line = 1;
    qsizetype lineStart = 0;
    for (const SqlStatement &s : *result) {
        check(s.offset >= 0 && s.offset < script.size(), "offset inside the script");
        check(s.offset > previousEnd, "statements in increasing offset order, not overlapping");
        check(!s.text.isEmpty(), "no empty statements");
        check(s.offset + s.text.size() <= script.size(), "text inside the script");
        check(QStringView(script).sliced(s.offset, s.text.size()) == s.text, "text is the script at its offset");
        check(s.repeat >= 1, "repeat at least 1");
        for (; scanned < s.offset; ++scanned) {
            if (script.at(scanned) == u'\n') {
                ++line;
                lineStart = scanned + 1;
            }
        }
        check(s.line == line, "line agrees with offset");
        check(s.column == s.offset - lineStart + 1, "column agrees with offset");
        previousEnd = s.offset + s.text.size() - 1;
    }
    return 0;
}
