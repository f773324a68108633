#pragma once
// TemplateInspection: what a `.sql.tmpl` can use from `$`, found without rendering it (the
// original's `run inspect`): the data files of its folder, the `$helpers` functions from the
// SQL root down, the built-ins, and the config, secrets and environment it would get.
// Values are described by type and shape, never shown: secrets by name only.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace noorm {

struct TemplateContextEntry {
    QString key;       // as the template writes it after `$.`
    QString type;      // "Array [3]", "Object {id, name}", "\"text…\"", "Function", "42"
    QStringList shape; // the expanded view: one line per member ("  name: string")
    QString source;    // the file it came from; empty for a built-in or the config itself
};

struct TemplateInspection {
    QString file;                          // the template, absolute
    QList<TemplateContextEntry> dataFiles; // sorted by key
    QList<TemplateContextEntry> helpers;   // sorted by key
    QStringList builtins;                  // include, escape, quote, json, now, uuid (sorted)
    TemplateContextEntry config;           // key "config"; source: a config.* data file, if any
    QStringList secrets;                   // the config's secret names, sorted
    QStringList globalSecrets;             // the global secret names, sorted
    int environmentVariables = 0;          // how many $.env holds

    // `root`: paths in the document are relative to it.
    QJsonObject toJson(const QString &root) const;
};

} // namespace noorm
