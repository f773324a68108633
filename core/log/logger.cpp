#include "log/logger.h"

#include "common/private_file.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace noorm {

namespace {

const QString kMask = Redactor::mask();

bool isSecretField(const QString &name)
{
    static const QRegularExpression secretish(
        QStringLiteral("password|passwd|secret|token|api_?key|private_?key|passphrase|credential"),
        QRegularExpression::CaseInsensitiveOption);
    return secretish.match(name).hasMatch();
}

} // namespace

LogLevel parseLogLevel(const QString &name, LogLevel fallback)
{
    const QString n = name.toLower();
    if (n == QLatin1String("silent")) return LogLevel::Silent;
    if (n == QLatin1String("error")) return LogLevel::Error;
    if (n == QLatin1String("warn")) return LogLevel::Warn;
    if (n == QLatin1String("info")) return LogLevel::Info;
    if (n == QLatin1String("verbose") || n == QLatin1String("debug")) return LogLevel::Verbose;
    return fallback;
}

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Error: return QStringLiteral("error");
    case LogLevel::Warn: return QStringLiteral("warn");
    case LogLevel::Info: return QStringLiteral("info");
    case LogLevel::Verbose: return QStringLiteral("debug");
    case LogLevel::Silent: break;
    }
    return QStringLiteral("silent");
}

void Logger::configure(const LogOptions &options)
{
    QMutexLocker lock(&m_mutex);
    m_options = options;
}

void Logger::setContext(const QJsonObject &context)
{
    QMutexLocker lock(&m_mutex);
    m_context = context;
}

void Logger::registerSecret(const QString &value)
{
    m_redactor.add(value);
}

QJsonObject Logger::maskObject(const QJsonObject &object) const
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretField(it.key()) && !it->isBool() && !it->isNull()) {
            out.insert(it.key(), kMask);
        } else if (it->isObject()) {
            out.insert(it.key(), maskObject(it->toObject()));
        } else if (it->isString()) {
            out.insert(it.key(), mask(it->toString()));
        } else if (it->isArray()) {
            QJsonArray arr;
            for (const QJsonValue &v : it->toArray())
                arr.append(v.isString() ? QJsonValue(mask(v.toString()))
                                        : v.isObject() ? QJsonValue(maskObject(v.toObject())) : v);
            out.insert(it.key(), arr);
        } else {
            out.insert(it.key(), *it);
        }
    }
    return out;
}

void Logger::rotateIfNeeded(qint64 incoming)
{
    const QString &path = m_options.file;
    const QFileInfo info(path);
    if (!info.exists() || info.size() + incoming <= m_options.maxSizeBytes)
        return;
    const int keep = qMax(1, m_options.maxFiles);
    QFile::remove(path + QLatin1Char('.') + QString::number(keep - 1));
    for (int i = keep - 2; i >= 1; --i)
        QFile::rename(path + QLatin1Char('.') + QString::number(i), path + QLatin1Char('.') + QString::number(i + 1));
    if (keep > 1)
        QFile::rename(path, path + QStringLiteral(".1"));
    else
        QFile::remove(path);
}

void Logger::log(LogLevel level, const QString &type, const QString &message, const QJsonObject &data)
{
    QMutexLocker lock(&m_mutex);
    if (!m_options.enabled || m_options.file.isEmpty() || level == LogLevel::Silent || level > m_options.level)
        return;
    QJsonObject line{{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("level"), logLevelName(level)},
                     {QStringLiteral("type"), type},
                     {QStringLiteral("message"), mask(message)}};
    if (!m_context.isEmpty())
        line.insert(QStringLiteral("context"), maskObject(m_context));
    if (!data.isEmpty() && (m_options.level >= LogLevel::Verbose || level <= LogLevel::Warn))
        line.insert(QStringLiteral("data"), maskObject(data));
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    const QFileInfo target(m_options.file);
    if (target.isSymLink()) // never append (or rotate) through a link planted in the project
        return;
    rotateIfNeeded(bytes.size());
    if (!target.absoluteDir().exists())
        (void)makePrivateDir(target.absolutePath());
    QFile file(m_options.file);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append, kPrivateFile))
        file.write(bytes);
}

} // namespace noorm
