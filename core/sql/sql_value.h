#pragma once
// How a value from a result set reads outside the database, the same in every front end
// and in the query history: as text (tables, CSV) and as JSON.

#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace noorm {

// [NULL], \x hex for binary, ISO dates and times (with milliseconds), true/false, else its text.
QString sqlValueText(const QVariant &value);
// null, numbers (integers beyond 2^53 as text, which JSON readers would round), booleans,
// \x hex for binary, else sqlValueText.
QJsonValue sqlValueJson(const QVariant &value);

} // namespace noorm
