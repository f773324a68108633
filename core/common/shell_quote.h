#pragma once
// A word for a POSIX shell: in single quotes, each ' written as '\'' — the one quoting
// noorm uses when it prints a command to paste (the update notice) or writes a shell
// script (the completions).

#include <QString>

namespace noorm {

QString shellQuoted(const QString &word);

} // namespace noorm
