#pragma once
// How a value from a result set reads outside the database, the same in every front end
// and in the query history: as text (tables, CSV) and as JSON.

#include "dialect/native_rows.h"

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>
#include <QString>
#include <QStringEncoder>
#include <QVariant>

#include <string>

namespace noorm {

// [NULL], \x hex for binary, ISO dates and times (with milliseconds), true/false, else its text.
QString sqlValueText(const QVariant &value);
// sqlValueText(value) in UTF-8 at the end of `out`: integers and text without a QString
// in between, for output that writes millions of values (CSV).
void appendSqlValueText(std::string &out, const QVariant &value, QStringEncoder &utf8);
// The QVariant a native row's value stands for (dialect/native_rows.h): its type, from its text.
QVariant nativeValueVariant(const NativeValue &value);
// null, numbers (integers beyond 2^53 as text, which JSON readers would round), booleans,
// \x hex for binary, else sqlValueText.
QJsonValue sqlValueJson(const QVariant &value);
// The columns' names as the keys of a row's JSON object: a name that repeats (SELECT 1 AS a,
// 2 AS a) gets _2, _3, … after it (one no other column has), so that no value is lost to a
// duplicate key.
QStringList jsonKeys(const QStringList &names);

} // namespace noorm
