#pragma once
// The built `noorm` binary, run as a user would: arguments, working directory, environment
// and standard input in; exit code, standard output and standard error out. Each Cli has its
// own NOORM_HOME (its own identity) and drops the NOORM_* variables that would change what a
// command does (connection overrides, NOORM_CONFIG, NOORM_YES, NOORM_JSON).

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

namespace noorm::test {

struct CliRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QJsonObject object() const { return json().object(); }
    QByteArray output() const { return out + err; } // for failure messages and "either stream" checks
};

class Cli {
public:
    Cli();
    QString home() const { return m_home.path(); }
    // The built binary, for a test that drives the process itself (signals, races).
    static QString program();
    // The environment every run gets unless it passes its own (start from a copy of this).
    const QProcessEnvironment &env() const { return m_env; }

    // Runs `noorm args...` in `cwd`. A run that does not finish within a minute is killed and
    // returns code -1 with the reason in `err`.
    CliRun operator()(const QStringList &args, const QString &cwd, const QByteArray &input = {},
                      const QProcessEnvironment *env = nullptr) const;

    // `noorm init --name "Test User" --email test@noorm.dev` in `root`.
    CliRun initProject(const QString &root) const;
    // `noorm config add <name> --dialect sqlite --database <file> [extra...]` in `root`.
    CliRun addSqliteConfig(const QString &root, const QString &name, const QString &file,
                           const QStringList &extra = {}) const;

    // `noorm config add <name> --dialect <dialect> --database <database> [extra...]` on the
    // live server of `dialect` (scripts/test.sh starts them), the password on stdin; code -1
    // when there is no such server.
    CliRun addLiveConfig(const QString &root, const QString &name, const QString &dialect, const QString &database,
                         const QStringList &extra = {}) const;

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

} // namespace noorm::test

// In a test function: fail the test (and return from it) unless `run` exited 0; the message
// shows both streams. Helpers return their CliRun so the caller can check it with this.
#define NOORM_VERIFY_RUN(run)                                                                      \
    do {                                                                                           \
        const ::noorm::test::CliRun noorm_run_ = (run);                                            \
        QVERIFY2(noorm_run_.code == 0, noorm_run_.output().constData());                           \
    } while (false)
