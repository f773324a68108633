#pragma once
// Redactor: the one place that knows the secret values of a run and masks them in any
// text before it leaves noorm (terminal, log, error, tracking table, preview, dry-run
// copy). A secret is also masked in the forms a template or a driver turns it into:
// SQL-quoted (' doubled), backslash-escaped, JSON-escaped and both, and where a server's
// message shortened it: its start (3 characters or more) before "...", "…" or the end of
// the text. Overlapping secrets are masked as one span, so no part of either survives.
// Safe to use from any thread.

#include <QReadWriteLock>
#include <QString>
#include <QStringList>

namespace noorm {

class Redactor {
public:
    static constexpr int kMinimumLength = 3; // masking one or two characters would shred every line

    Redactor() = default;
    Redactor(const Redactor &) = delete;
    Redactor &operator=(const Redactor &) = delete;

    void add(const QString &secret);
    bool isEmpty() const;

    // `text` with every secret (in every form above) replaced by the mask.
    QString redact(const QString &text) const;
    // Redacted first, then cut to `maxLength` characters (plus an ellipsis), so a cut can
    // never leave the start of a secret behind.
    QString redactAndCut(const QString &text, int maxLength) const;

    static QString mask() { return QStringLiteral("********"); }
    // `text` with one value masked where no Redactor holds it (a connection's password in a
    // driver's message): every occurrence of one of kMinimumLength characters or more, a
    // shorter one only where it stands alone, not inside a word ("x" in "expired").
    static QString maskValue(const QString &text, const QString &value);

private:
    mutable QReadWriteLock m_lock;
    QStringList m_forms; // every form of every secret, longest first
};

} // namespace noorm
