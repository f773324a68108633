#include "prompt.h"

#include "output.h"

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace noorm::cli {

namespace {

// Restores the terminal's echo on every path out of the prompt.
class EchoOff {
public:
    EchoOff()
    {
        m_ok = ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    ~EchoOff()
    {
        if (m_ok)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }

private:
    termios m_saved{};
    bool m_ok = false;
};

std::string readLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return line;
}

} // namespace

Result<Secret> readSecret(const QString &prompt)
{
    std::string line;
    if (Output::stdinIsTty()) {
        std::fprintf(stderr, "%s: ", qPrintable(prompt));
        std::fflush(stderr);
        {
            EchoOff quiet;
            line = readLine();
        }
        std::fputc('\n', stderr);
    } else {
        if (!std::cin.good())
            return Error::invalidInput(QStringLiteral("%1: expected a value on stdin").arg(prompt));
        line = readLine();
    }
    Secret secret(QByteArray(line.data(), static_cast<qsizetype>(line.size())));
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

Result<Secret> readSecretText(const QString &prompt)
{
    if (Output::stdinIsTty())
        return readSecret(prompt);
    // All of stdin, as `$(cat file)` gives it: one line end at the very end is the file's,
    // not the value's. Read in blocks so nothing lingers beyond what the value holds.
    QByteArray value;
    char block[4096];
    std::size_t n = 0;
    while ((n = std::fread(block, 1, sizeof block, stdin)) > 0)
        value.append(block, static_cast<qsizetype>(n));
    std::fill(std::begin(block), std::end(block), '\0');
    if (std::ferror(stdin))
        return Error::failed(QStringLiteral("%1: stdin could not be read").arg(prompt));
    if (value.endsWith('\n'))
        value.chop(value.endsWith("\r\n") ? 2 : 1);
    Secret secret(value);
    value.fill('\0');
    return secret;
}

Status confirm(const QString &question, const QString &phrase, bool assumeYes)
{
    if (assumeYes)
        return {};
    if (!Output::stdinIsTty() || !Output::stderrIsTty())
        return Error::refused(QStringLiteral("%1 Confirmation needed: pass --yes (or set NOORM_YES=1)").arg(question));
    const QString expected = phrase.isEmpty() ? QStringLiteral("yes") : phrase;
    std::fprintf(stderr, "%s Type '%s' to continue: ", qPrintable(question), qPrintable(expected));
    std::fflush(stderr);
    const QString answer = QString::fromStdString(readLine()).trimmed();
    if (answer == expected || (phrase.isEmpty() && answer.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0))
        return {};
    return Error::refused(QStringLiteral("Not confirmed; nothing was changed"));
}

Result<Secret> askPassphrase(const PassphraseRequest &request)
{
    if (!Output::stdinIsTty())
        return Error::refused(QStringLiteral("%1 needs a passphrase: set NOORM_PASSPHRASE").arg(request.file));
    Result<Secret> first = readSecret(request.creating ? QStringLiteral("New passphrase for %1").arg(request.file)
                                                       : QStringLiteral("Passphrase for %1").arg(request.file));
    if (!first || !request.creating)
        return first;
    Result<Secret> again = readSecret(QStringLiteral("Repeat the passphrase"));
    if (!again)
        return again;
    if (!(*again == *first))
        return Error::refused(QStringLiteral("The passphrases do not match"));
    return first;
}

} // namespace noorm::cli
