#include "runner/file_transactions.h"

#include "dialect/statement_splitter.h"

#include <algorithm>

namespace noorm {

bool isTransactionControl(const QString &statement)
{
    const QStringList words = leadingWords(statement, 2);
    const QString first = words.value(0);
    const QString second = words.value(1);
    if (first == QLatin1String("BEGIN"))
        return words.size() == 1
            || QStringList{QStringLiteral("TRANSACTION"), QStringLiteral("TRAN"), QStringLiteral("WORK"),
                           QStringLiteral("DEFERRED"), QStringLiteral("IMMEDIATE"), QStringLiteral("EXCLUSIVE"),
                           QStringLiteral("ISOLATION"), QStringLiteral("READ")}
                   .contains(second);
    if (first == QLatin1String("START") || first == QLatin1String("END"))
        return words.size() == 1 || second == QLatin1String("TRANSACTION");
    return first == QLatin1String("COMMIT") || first == QLatin1String("ROLLBACK");
}

StoppedFile whereItStopped(const QList<SqlStatement> &statements, int stoppedAt, int repeatsDone)
{
    int kept = 0;
    int open = -1; // statements since the file's own BEGIN; -1 outside one
    for (int i = 0; i <= stoppedAt && i < int(statements.size()); ++i) {
        const QString &text = statements.at(i).text;
        // `GO n` ran a batch n times: each run counts; of the one it stopped at, those done.
        const int runs = i < stoppedAt ? statements.at(i).repeat : repeatsDone;
        if (runs <= 0)
            break;
        if (!isTransactionControl(text)) {
            (open < 0 ? kept : open) += runs;
            continue;
        }
        const QString first = leadingWords(text, 1).value(0);
        if (first == QLatin1String("BEGIN") || first == QLatin1String("START")) {
            open = 0;
            continue;
        }
        if (first == QLatin1String("COMMIT") || first == QLatin1String("END"))
            kept += std::max(open, 0);
        open = -1; // committed, or rolled back
    }
    return {kept, open >= 0};
}

} // namespace noorm
