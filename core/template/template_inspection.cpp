#include "template/template_inspection.h"

#include <QDir>
#include <QJsonArray>

namespace noorm {
namespace {

QString relativeTo(const QString &root, const QString &path)
{
    return path.isEmpty() || root.isEmpty() ? path : QDir(root).relativeFilePath(path);
}

QJsonObject entryJson(const TemplateContextEntry &entry, const QString &root)
{
    QJsonObject o{{QStringLiteral("key"), entry.key}, {QStringLiteral("type"), entry.type},
                  {QStringLiteral("shape"), QJsonArray::fromStringList(entry.shape)}};
    if (!entry.source.isEmpty())
        o.insert(QStringLiteral("source"), relativeTo(root, entry.source));
    return o;
}

QJsonArray entriesJson(const QList<TemplateContextEntry> &entries, const QString &root)
{
    QJsonArray a;
    for (const TemplateContextEntry &e : entries)
        a.append(entryJson(e, root));
    return a;
}

} // namespace

QJsonObject TemplateInspection::toJson(const QString &root) const
{
    return QJsonObject{{QStringLiteral("file"), relativeTo(root, file)},
                       {QStringLiteral("dataFiles"), entriesJson(dataFiles, root)},
                       {QStringLiteral("helpers"), entriesJson(helpers, root)},
                       {QStringLiteral("builtins"), QJsonArray::fromStringList(builtins)},
                       {QStringLiteral("config"), entryJson(config, root)},
                       {QStringLiteral("secrets"), QJsonArray::fromStringList(secrets)},
                       {QStringLiteral("globalSecrets"), QJsonArray::fromStringList(globalSecrets)},
                       {QStringLiteral("env"), environmentVariables}};
}

} // namespace noorm
