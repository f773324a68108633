#pragma once
// How an operation asks the person in front of the program. Core never asks directly: the
// front end supplies the callback (the CLI prompts on a terminal or takes --yes; the
// desktop app shows a dialog on its GUI thread). It is called on the operation's thread.

#include "common/result.h"
#include "workspace/protection.h"

#include <functional>

namespace noorm {

struct ConfirmationRequest {
    QString question;        // "Run SQL files on protected config \"prod\"?"
    QString phrase;          // what the person must type (yes-<config>), empty for a plain yes
    QString configName;
    ProtectedAction action = ProtectedAction::RunBuild;
};

// Ok to go ahead; an Error (usually refused, or cancelled) stops the operation with it.
using Confirm = std::function<Status(const ConfirmationRequest &)>;

// The protection step every mutating operation takes: refused outright, asked, or free.
Status checkProtected(const Config &config, ProtectedAction action, const QString &question, const Confirm &confirm);

} // namespace noorm
