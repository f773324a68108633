#pragma once
// Source text: the bytes of a file noorm runs or renders (SQL files, templates, helpers,
// data files) as text. They must be UTF-8 without NUL bytes: a NUL would cut a statement
// short in the driver (`delete from t\0 where x=1` deletes every row), and a Latin-1 byte
// would silently become U+FFFD. Either is an error at its line and column instead, before
// anything of the file runs. A byte order mark is kept, as Node's readFile keeps it.

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace noorm {

// `shownAs` names the file in the error.
Result<QString> decodeSourceText(const QByteArray &bytes, const QString &shownAs);

} // namespace noorm
