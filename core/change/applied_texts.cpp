#include "change/applied_texts.h"

#include "common/private_file.h"
#include "common/source_text.h"
#include "runner/checksum.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace noorm {

namespace {
// How far back git history is searched, and how long one git call may take.
constexpr int kMaxCommits = 200;
constexpr int kGitTimeoutMs = 5000;

bool isChecksum(const QString &s)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}\\z"));
    return hex.match(s).hasMatch();
}

std::optional<QByteArray> git(const QString &root, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(root);
    p.start(QStringLiteral("git"), args, QIODevice::ReadOnly);
    if (!p.waitForStarted(kGitTimeoutMs) || !p.waitForFinished(kGitTimeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        return std::nullopt;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    return p.readAllStandardOutput();
}
} // namespace

AppliedTexts::AppliedTexts(QString projectRoot) : m_root(std::move(projectRoot)) {}

QString AppliedTexts::folder() const { return QDir(m_root).filePath(QStringLiteral(".noorm/state/applied")); }

void AppliedTexts::keep(const QHash<QString, QString> &sources, const QHash<QString, QString> &checksums) const
{
    if (sources.isEmpty() || !makePrivateDir(folder()).ok())
        return;
    const QDir dir(folder());
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        const QString checksum = checksums.value(it.key());
        if (!isChecksum(checksum))
            continue;
        const QString file = dir.filePath(checksum);
        if (!QFileInfo::exists(file))
            (void)writeFileAtomically(file, qCompress(it.value().toUtf8()));
    }
}

std::optional<AppliedText> AppliedTexts::find(const QString &path, const QString &checksum) const
{
    if (!isChecksum(checksum))
        return std::nullopt;
    QFile file(QDir(folder()).filePath(checksum));
    if (file.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(qUncompress(file.readAll()));
        if (textChecksum(text) == checksum)
            return AppliedText{text, QStringLiteral("this machine")};
    }
    return findInGit(path, checksum);
}

std::optional<AppliedText> AppliedTexts::findInGit(const QString &path, const QString &checksum) const
{
    const QString relative = QDir(m_root).relativeFilePath(path);
    if (relative.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(relative))
        return std::nullopt; // only the project's own files
    const std::optional<QByteArray> commits =
        git(m_root, {QStringLiteral("log"), QStringLiteral("--format=%H"), QStringLiteral("-n"), QString::number(kMaxCommits),
                     QStringLiteral("--"), relative});
    if (!commits)
        return std::nullopt;
    for (const QByteArray &commit : commits->split('\n')) {
        if (commit.isEmpty())
            continue;
        const QString hash = QString::fromLatin1(commit);
        const std::optional<QByteArray> blob = git(m_root, {QStringLiteral("show"), hash + QStringLiteral(":./") + relative});
        if (!blob)
            continue;
        const Result<QString> text = decodeSourceText(*blob, relative); // as the runner reads the file
        if (text && textChecksum(*text) == checksum)
            return AppliedText{*text, QStringLiteral("git commit %1").arg(hash.left(8))};
    }
    return std::nullopt;
}

} // namespace noorm
