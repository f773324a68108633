#include "change/change_set.h"

#include "common/source_text.h"
#include "runner/checksum.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace noorm {

namespace {

bool isSqlFile(const QString &name)
{
    return name.endsWith(QLatin1String(".sql")) || name.endsWith(QLatin1String(".sql.tmpl"));
}

Result<QString> readText(const QString &path, const QString &shownAs)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(shownAs, tr("cannot read: %1").arg(f.errorString()));
    return decodeSourceText(f.readAll(), shownAs);
}

} // namespace

QString directionName(ChangeDirection direction)
{
    return direction == ChangeDirection::Change ? QStringLiteral("change") : QStringLiteral("revert");
}

QStringList ChangeSet::runOrder(ChangeDirection direction) const
{
    QStringList order;
    for (const ChangeFile &file : files(direction))
        order << (file.kind == ChangeFile::Kind::Manifest ? file.references : QStringList{file.path});
    return order;
}

Result<QHash<QString, QString>> ChangeSet::fileChecksums(ChangeDirection direction) const
{
    Result<ChangeTexts> texts = read(direction);
    if (!texts)
        return texts.error();
    return texts->checksums;
}

Result<QString> ChangeSet::checksum(ChangeDirection direction) const
{
    Result<ChangeTexts> texts = read(direction);
    if (!texts)
        return texts.error();
    return texts->checksum;
}

Result<ChangeTexts> ChangeSet::read(ChangeDirection direction) const
{
    ChangeTexts texts;
    QStringList sums;
    for (const ChangeFile &file : files(direction)) {
        const bool manifest = file.kind == ChangeFile::Kind::Manifest;
        QStringList paths{file.path};
        if (manifest)
            paths << file.references;
        for (const QString &path : std::as_const(paths)) {
            Result<QString> text = readText(path, path);
            if (!text)
                return text.error();
            const QString sum = textChecksum(*text);
            sums << sum;
            if (manifest && path == file.path)
                continue; // the manifest's own text counts, but it does not run
            texts.checksums.insert(path, sum);
            texts.sources.insert(path, std::move(text).value());
        }
    }
    texts.checksum = combinedChecksum(sums);
    return texts;
}

QString ChangeSet::changelogPath() const { return QDir(path).filePath(QStringLiteral("changelog.md")); }

const ChangeSet *ChangeDiscovery::find(const QString &name) const
{
    for (const ChangeSet &change : changes) {
        if (change.name == name)
            return &change;
    }
    return nullptr;
}

ChangeSetReader::ChangeSetReader(QString changesDir, QString sqlDir, ProjectPathGuard guard)
    : m_changesDir(std::move(changesDir)), m_sqlDir(std::move(sqlDir)), m_guard(std::move(guard))
{
}

ChangeDiscovery ChangeSetReader::discover() const
{
    ChangeDiscovery found;
    const QDir dir(m_changesDir);
    const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : folders) {
        if (!QFileInfo(dir.filePath(name + QStringLiteral("/change"))).isDir())
            continue; // a change set is a folder that holds change/
        Result<ChangeSet> change = read(dir.filePath(name));
        if (change)
            found.changes << *change;
        else
            found.diagnostics << ChangeDiagnostic{name, change.error()};
    }
    return found;
}

Result<ChangeSet> ChangeSetReader::read(const QString &folderPath) const
{
    ChangeSet change;
    change.path = QFileInfo(folderPath).absoluteFilePath();
    change.name = QFileInfo(folderPath).fileName();
    if (Status inside = m_guard.check(change.path, change.name); !inside)
        return inside.error();
    if (!QFileInfo(change.path).isDir())
        return Error::notFound(tr("No change named \"%1\" in %2").arg(change.name, m_changesDir));
    static const QRegularExpression dated(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})-(.+)\\z"));
    const QRegularExpressionMatch match = dated.match(change.name);
    change.date = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    change.description = change.date.isValid() ? match.captured(2) : change.name;
    for (const ChangeDirection direction : {ChangeDirection::Change, ChangeDirection::Revert}) {
        const QString sub = directionName(direction);
        Result<QList<ChangeFile>> files = scan(QDir(change.path).filePath(sub), change.name + QLatin1Char('/') + sub);
        if (!files)
            return files.error();
        (direction == ChangeDirection::Change ? change.changeFiles : change.revertFiles) = *files;
    }
    if (change.changeFiles.isEmpty() && change.revertFiles.isEmpty())
        return Error::invalidData(tr("Change \"%1\" has no files in change/ or revert/").arg(change.name))
            .inFile(change.name);
    change.hasChangelog = QFileInfo::exists(change.changelogPath());
    return change;
}

Result<QList<ChangeFile>> ChangeSetReader::scan(const QString &folder, const QString &shownAs) const
{
    QList<ChangeFile> files;
    const QDir dir(folder);
    if (!dir.exists())
        return files;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files, QDir::Name)) {
        const QString name = info.fileName();
        const bool manifest = name.endsWith(QLatin1String(".txt"));
        if (!manifest && !isSqlFile(name))
            continue;
        const QString shown = shownAs + QLatin1Char('/') + name;
        if (Status inside = m_guard.check(info.absoluteFilePath(), shown); !inside)
            return inside.error();
        ChangeFile file{name, info.absoluteFilePath(), manifest ? ChangeFile::Kind::Manifest : ChangeFile::Kind::Sql, {}};
        if (manifest) {
            Result<QStringList> references = resolveManifest(file.path, shown);
            if (!references)
                return references.error();
            file.references = *references;
        }
        files << file;
    }
    return files;
}

Result<QStringList> ChangeSetReader::resolveManifest(const QString &manifest, const QString &shownAs) const
{
    Result<QString> text = readText(manifest, shownAs);
    if (!text)
        return text.error();
    QStringList paths;
    if (text->startsWith(QChar(0xFEFF))) // a byte order mark is not part of the first path
        text->remove(0, 1);
    const QStringList lines = text->split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString path = QDir::cleanPath(QDir(m_sqlDir).absoluteFilePath(line));
        if (Status inside = m_guard.check(path, line); !inside) {
            Error error = inside.error();
            error.file = shownAs;
            error.line = i + 1;
            return error;
        }
        if (!QFileInfo(path).isFile())
            return Error::at(shownAs, i + 1, 0, tr("no such file %1 (paths are relative to the SQL folder %2)")
                                                    .arg(line, m_sqlDir));
        paths << path;
    }
    if (paths.isEmpty())
        return Error::at(shownAs, 0, 0, tr("the manifest lists no files"));
    paths.sort();
    return paths;
}

} // namespace noorm
