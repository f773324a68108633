#pragma once
// Asking the user: hidden prompts for secrets (never echoed, never from argv), stdin for
// scripts (a password's first line, a secret's whole text), and confirmations that on a non-TTY need --yes.

#include "common/result.h"
#include "common/secret.h"
#include "identity/key_store.h"

namespace noorm::cli {

// A secret from a hidden prompt on a TTY, else the first line of stdin.
Result<Secret> readSecret(const QString &prompt);

// A secret's value: a hidden prompt on a TTY (one line), else all of stdin less the one
// line end that ends it, so a PEM key or a certificate piped in keeps every line.
Result<Secret> readSecretText(const QString &prompt);

// Asks `question` on a TTY and expects `phrase` (or y/yes when phrase is empty).
// Without a TTY: true when `assumeYes`, else ErrorKind::Refused telling to pass --yes.
Status confirm(const QString &question, const QString &phrase, bool assumeYes);

// The opt-in key file's passphrase (NOORM_PASSPHRASE is read by core first): a hidden
// prompt on a terminal, asked twice when a new one is chosen; refused without a terminal.
Result<Secret> askPassphrase(const PassphraseRequest &request);

} // namespace noorm::cli
