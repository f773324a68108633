#pragma once
// Small editors for the shapes settings.yml is made of, shared by the settings editor's
// pages: a list of folders or tables one per line, a yes/no that may be left unset, a
// table of secrets a config must have. Each emits `edited` on a user change only (never
// while being filled), so the editor knows when to check and mark the settings changed.

#include "settings/settings.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QWidget>

#include <optional>

class QTableWidget;

namespace noorm {

// One entry per line; blank lines are dropped.
class LinesEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit LinesEdit(const QString &placeholder, QWidget *parent = nullptr);
    QStringList lines() const;
    void setLines(const QStringList &lines);

signals:
    void edited();

private:
    bool m_filling = false;
};

// "(not set)", "Yes", "No": a key that may be absent from the file.
class OptionalBoolBox : public QComboBox {
    Q_OBJECT
public:
    explicit OptionalBoolBox(QWidget *parent = nullptr);
    std::optional<bool> value() const;
    void setValue(std::optional<bool> value);

signals:
    void edited();
};

// Key, type, description and required, one secret per row, with Add and Remove.
class SecretsTable : public QWidget {
    Q_OBJECT
public:
    explicit SecretsTable(QWidget *parent = nullptr);
    QList<StageSecret> secrets() const;
    void setSecrets(const QList<StageSecret> &secrets);
    QTableWidget *table() const { return m_table; }
    void addSecret(const StageSecret &secret); // as the Add button does, then edited()

signals:
    void edited();

private:
    void appendRow(const StageSecret &secret);
    QTableWidget *m_table;
    bool m_filling = false;
};

} // namespace noorm
