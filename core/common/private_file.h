#pragma once
// Files and folders noorm writes for one user only (state, keys, logs, previews, dry-run
// copies): created private (0600 files, 0700 folders) and written atomically, so another
// local user never reads them and a crash never leaves half a file.

#include "common/result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace noorm {

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Creates `dir` (and missing parents) and makes `dir` itself private.
Status makePrivateDir(const QString &dir);

// Replaces `path` with `content` atomically (QSaveFile), private unless told otherwise.
Status writeFileAtomically(const QString &path, const QByteArray &content,
                           QFileDevice::Permissions permissions = kPrivateFile);

} // namespace noorm
