#include "common/source_text.h"

#include <QStringDecoder>

namespace noorm {

namespace {

constexpr auto kWholeText = QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless;

// The first problem in one line (no '\n' in it). The decoder is fed byte by byte, so the
// byte that puts it in error, or the NUL, gives the column. Only runs for a bad file.
Error firstProblemInLine(QByteArrayView line, const QString &shownAs, int lineNumber)
{
    const auto problem = [&](qsizetype column, const QString &what) {
        return Error::at(shownAs, lineNumber, int(column), what);
    };
    const QString invalid = QStringLiteral("the file is not valid UTF-8 (save it as UTF-8; a dump of binary data must write it as hex, as mysqldump's and mariadb-dump's hex-blob option does)");
    // Stateful: the bytes of one character arrive in separate calls.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
    qsizetype column = 1; // of the character the next byte belongs to
    for (qsizetype i = 0; i < line.size(); ++i) {
        const qsizetype characters = QString(decoder(line.sliced(i, 1))).size();
        if (decoder.hasError())
            return problem(column, invalid);
        if (line.at(i) == '\0')
            return problem(column, QStringLiteral("the file contains a NUL byte; noorm reads only text files"));
        column += characters;
    }
    return problem(column, invalid); // a character cut short at the end of the line
}

} // namespace

Result<QString> decodeSourceText(const QByteArray &bytes, const QString &shownAs)
{
    QStringDecoder decoder(QStringDecoder::Utf8, kWholeText);
    QString text = decoder(bytes);
    if (!decoder.hasError() && !bytes.contains('\0'))
        return text;
    // A '\n' byte is never part of a multi-byte sequence: lines can be checked one by one.
    int lineNumber = 1;
    for (qsizetype start = 0; start <= bytes.size(); ++lineNumber) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView line = QByteArrayView(bytes).sliced(start, end - start);
        QStringDecoder check(QStringDecoder::Utf8, kWholeText);
        (void)QString(check(line));
        if (check.hasError() || line.contains('\0'))
            return firstProblemInLine(line, shownAs, lineNumber);
        start = end + 1;
    }
    return Error::at(shownAs, 0, 0, tr("the file is not valid UTF-8 (save it as UTF-8; a dump of binary data must write it as hex, as mysqldump's and mariadb-dump's hex-blob option does)"));
}

} // namespace noorm
