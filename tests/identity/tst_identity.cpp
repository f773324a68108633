// core/identity against the real secret service (gnome-keyring in a D-Bus session:
// scripts/in-keyring.sh). Each test gets its own NOORM_HOME.

#include "crypto/x25519.h"
#include "identity/audit_identity.h"
#include "identity/identity_hash.h"
#include "identity/identity_service.h"
#include "identity/keychain_runner.h"
#include "support/live.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QtTest>
#include <memory>
#include <optional>

using namespace noorm;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// False when the file could not be written whole (the caller checks it).
[[nodiscard]] bool writeAll(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QString nodeEval(const QString &script)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        return {};
    QProcess p;
    p.start(node, {QStringLiteral("-e"), script});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

// Skips (or fails under CI=true) when no secret service answers.
#define REQUIRE_KEYCHAIN()                                                                            \
    do {                                                                                              \
        if (!m_keychainError.isEmpty()) {                                                             \
            if (::noorm::test::isCi())                                                                \
                QFAIL(qPrintable("no secret service under CI=true: " + m_keychainError));             \
            qWarning("SKIPPED keychain test: %s (run under scripts/in-keyring.sh)", qPrintable(m_keychainError)); \
            QSKIP("no secret service");                                                               \
        }                                                                                             \
    } while (false)

// In a test function: `var` is the identity createAlice(force) made, or the test fails.
#define CREATE_ALICE(var, force)                                                                      \
    const Result<CryptoIdentity> var##_created = createAlice(force);                                  \
    QVERIFY2(var##_created, qPrintable(var##_created ? QString() : var##_created.error().message));   \
    const CryptoIdentity &var = *var##_created

// In a test function: `var` is the legacy key pair writeLegacyIdentity() wrote, or the test fails.
#define WRITE_LEGACY_IDENTITY(var)                                                                    \
    const std::optional<X25519KeyPair> var##_written = writeLegacyIdentity();                         \
    QVERIFY2(var##_written, "could not write the legacy identity files");                             \
    const X25519KeyPair &var = *var##_written

class TestIdentity : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<IdentityService> m_identity; // the front end's, on m_home
    QString m_keychainError;
    QStringList m_accounts; // keychain entries to remove after each test

    QString home(const char *file) const { return QDir(m_home->path()).filePath(QLatin1String(file)); }

    // Writes the files the original noorm leaves behind, with the private key in plain text;
    // nothing when a file could not be written.
    std::optional<X25519KeyPair> writeLegacyIdentity()
    {
        X25519KeyPair keys = generateX25519KeyPair();
        CryptoIdentity id{identityHash(QStringLiteral("old@example.com"), QStringLiteral("Old Timer"), QStringLiteral("m"), QStringLiteral("linux 1")),
                          QStringLiteral("Old Timer"), QStringLiteral("old@example.com"), keys.publicKey,
                          QStringLiteral("m"), QStringLiteral("linux 1"), QStringLiteral("2024-01-15T10:30:00.000Z")};
        m_accounts << id.identityHash;
        if (!writeAll(home("identity.json"), QJsonDocument(id.toJson()).toJson())
            || !writeAll(home("identity.pub"), keys.publicKey.toLatin1())
            || !writeAll(home("identity.key"), keys.privateKey.revealBytes()))
            return std::nullopt;
        return keys;
    }

    Result<CryptoIdentity> createAlice(bool force = false)
    {
        auto created = m_identity->create({QStringLiteral("Alice Smith"), QStringLiteral("alice@example.com"), force});
        if (created)
            m_accounts << created->identityHash;
        return created;
    }

private slots:
    void initTestCase()
    {
        const QString probe = QStringLiteral("noorm-test-probe");
        if (Status s = KeychainRunner::write(QLatin1String(KeyStore::kService), probe, "probe"); !s)
            m_keychainError = s.error().message;
        else
            QVERIFY(KeychainRunner::remove(QLatin1String(KeyStore::kService), probe).ok());
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        qputenv("NOORM_HOME", m_home->path().toUtf8());
        qunsetenv("NOORM_KEY_STORE");
        qunsetenv("NOORM_PASSPHRASE");
        qunsetenv("NOORM_IDENTITY");
        m_identity = std::make_unique<IdentityService>(IdentityOptions{m_home->path(), std::nullopt, {}});
    }

    void cleanup()
    {
        if (m_keychainError.isEmpty()) {
            for (const QString &account : std::as_const(m_accounts))
                QVERIFY(KeychainRunner::remove(QLatin1String(KeyStore::kService), account).ok());
        }
        m_accounts.clear();
        qunsetenv("NOORM_HOME");
    }

    void identityHashMatchesOriginal_data()
    {
        QTest::addColumn<QStringList>("parts"); // email, name, machine, os
        QTest::addColumn<QString>("expected");  // from Node's createHash over parts.join('\0')
        QTest::newRow("docs example") << QStringList{"alice@example.com", "Alice Smith", "alice-macbook", "darwin 24.5.0"}
                                      << "5954da726fbbf1c3c614829066e2903f70ac455fdc377cecf4412fd377628c24";
        QTest::newRow("utf-8") << QStringList{"zoë@example.com", "Zoë", "host", "linux 6.1.0"}
                               << "cb5237adab55fb8f5180cef0e0f1aa87e013f7a57deabab812e6c31a3454fa00";
    }
    void identityHashMatchesOriginal()
    {
        QFETCH(QStringList, parts);
        QFETCH(QString, expected);
        QCOMPARE(identityHash(parts[0], parts[1], parts[2], parts[3]), expected);
    }

    void machineAndOsMatchNode()
    {
        const QString fromNode = nodeEval(QStringLiteral("const os=require('os');console.log(os.hostname()+'\\n'+os.platform()+' '+os.release())"));
        if (fromNode.isEmpty())
            QSKIP("node is not on PATH");
        QCOMPARE(currentMachine() + QLatin1Char('\n') + currentOs(), fromNode);
    }

    void globalDirFollowsNoormHome()
    {
        QCOMPARE(IdentityService::defaultHome(), QDir::cleanPath(m_home->path()));
        QCOMPARE(IdentityService().globalDir(), QDir::cleanPath(m_home->path()));
        QTemporaryDir other;
        QCOMPARE(IdentityService(IdentityOptions{other.path(), std::nullopt, {}}).globalDir(), QDir::cleanPath(other.path()));
        qunsetenv("NOORM_HOME");
        QCOMPARE(IdentityService::defaultHome(), QDir::homePath() + QStringLiteral("/.noorm"));
    }

    void reportsNoIdentityBeforeInit()
    {
        auto current = m_identity->current();
        QVERIFY(current.ok());
        QVERIFY(!current->has_value());
        auto key = m_identity->privateKey();
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind, ErrorKind::NotFound);
        QCOMPARE(key.error().hint.action, Hint::Action::CreateIdentity);
        QVERIFY2(!key.error().message.contains(QLatin1String("noorm")), qPrintable(key.error().message)); // no CLI syntax
    }

    void createRequiresNameAndEmail()
    {
        QCOMPARE(m_identity->create({QString(), QStringLiteral("a@x"), false}).error().kind, ErrorKind::InvalidInput);
        QCOMPARE(m_identity->create({QStringLiteral("A"), QStringLiteral("  "), false}).error().kind, ErrorKind::InvalidInput);
        QVERIFY(!QFile::exists(home("identity.json")));
    }

    void createKeepsPrivateKeyInKeychainOnly()
    {
        REQUIRE_KEYCHAIN();
        CREATE_ALICE(id, false);
        QVERIFY(!id.identityHash.isEmpty());
        QCOMPARE(id.identityHash, identityHash(id.email, id.name, currentMachine(), currentOs()));
        QVERIFY(id.publicKey.startsWith(QLatin1String(kX25519SpkiPrefixHex)));
        QVERIFY(QDateTime::fromString(id.createdAt, Qt::ISODateWithMs).isValid());
        QVERIFY(id.createdAt.endsWith(QLatin1Char('Z')));

        QCOMPARE(QString::fromLatin1(readAll(home("identity.pub"))), id.publicKey);
        const QJsonObject json = QJsonDocument::fromJson(readAll(home("identity.json"))).object();
        QCOMPARE(json.keys(), (QStringList{"createdAt", "email", "identityHash", "machine", "name", "os", "publicKey"}));
        QVERIFY(!QFile::exists(home("identity.key")));
        QVERIFY(!QFile::exists(home("identity.key.enc")));

        auto inKeychain = KeychainRunner::read(QLatin1String(KeyStore::kService), id.identityHash);
        QVERIFY(inKeychain.ok() && inKeychain->has_value());
        auto key = m_identity->privateKey();
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(key->revealBytes(), **inKeychain);
        QCOMPARE(*x25519PublicKeyFor(*key), id.publicKey);
        QVERIFY(m_identity->takeNotices().isEmpty());

        auto current = m_identity->current();
        QVERIFY(current.ok() && current->has_value());
        QCOMPARE((*current)->toJson(), id.toJson());
    }

    void refusesToReplaceIdentityWithoutForce()
    {
        REQUIRE_KEYCHAIN();
        CREATE_ALICE(first, false);
        auto again = m_identity->create({QStringLiteral("Mallory"), QStringLiteral("m@x"), false});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Refused);
        QCOMPARE(again.error().hint.action, Hint::Action::ReplaceIdentity);
        QCOMPARE(QString::fromLatin1(readAll(home("identity.pub"))), first.publicKey);

        CREATE_ALICE(second, true);
        QVERIFY(second.publicKey != first.publicKey);
        auto key = m_identity->privateKey();
        QVERIFY(key.ok());
        QCOMPARE(*x25519PublicKeyFor(*key), second.publicKey);
    }

    // edit: new name/email, new identity hash, the same keypair; the key moves to the new
    // hash's keychain entry and the old entry goes.
    void editMovesTheKeyToTheNewHash()
    {
        REQUIRE_KEYCHAIN();
        CREATE_ALICE(before, false);
        IdentityEdit change;
        change.email = QStringLiteral("alice@new.example");
        auto edited = m_identity->edit(change);
        QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : edited.error().message));
        m_accounts << edited->identityHash;
        QCOMPARE(edited->name, before.name);
        QCOMPARE(edited->email, QStringLiteral("alice@new.example"));
        QCOMPARE(edited->publicKey, before.publicKey);
        QCOMPARE(edited->createdAt, before.createdAt);
        QCOMPARE(edited->identityHash, identityHash(edited->email, edited->name, before.machine, before.os));
        QCOMPARE(m_identity->current()->value().toJson(), edited->toJson());
        QCOMPARE(QString::fromLatin1(readAll(home("identity.pub"))), before.publicKey);

        auto moved = KeychainRunner::read(QLatin1String(KeyStore::kService), edited->identityHash);
        QVERIFY(moved.ok() && moved->has_value());
        auto old = KeychainRunner::read(QLatin1String(KeyStore::kService), before.identityHash);
        QVERIFY(old.ok() && !old->has_value());
        m_identity->forgetPrivateKey();
        auto key = m_identity->privateKey();
        QVERIFY(key.ok());
        QCOMPARE(*x25519PublicKeyFor(*key), before.publicKey);
    }

    // The passphrase file holds one account's key: moving it to the new hash must not
    // delete it when the old account is removed.
    void editKeepsThePassphraseFileKey()
    {
        qputenv("NOORM_KEY_STORE", "file");
        qputenv("NOORM_PASSPHRASE", "correct horse battery staple");
        CREATE_ALICE(before, false);
        m_accounts.clear();
        IdentityEdit change;
        change.name = QStringLiteral("Alice Jones");
        auto edited = m_identity->edit(change);
        QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : edited.error().message));
        QVERIFY(QFile::exists(home("identity.key.enc")));
        m_identity->forgetPrivateKey();
        auto key = m_identity->privateKey();
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(*x25519PublicKeyFor(*key), before.publicKey);
    }

    void importsLegacyPlainTextKeyOnce()
    {
        REQUIRE_KEYCHAIN();
        WRITE_LEGACY_IDENTITY(legacy);
        auto key = m_identity->privateKey();
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QVERIFY(*key == legacy.privateKey);
        const QString notice = m_identity->takeNotices().join(QLatin1Char('\n'));
        QVERIFY2(notice.contains(QLatin1String("imported")), qPrintable(notice));
        QVERIFY(notice.contains(home("identity.key")));
        QVERIFY(notice.contains(QLatin1String("plain text")));
        QVERIFY(notice.contains(QLatin1String("you may delete")));
        // The original noorm on this machine still reads it: noorm leaves it where it is.
        QVERIFY(QFile::exists(home("identity.key")));
        auto inKeychain = KeychainRunner::read(QLatin1String(KeyStore::kService), m_accounts.last());
        QVERIFY(inKeychain.ok() && inKeychain->has_value());
        QCOMPARE(**inKeychain, legacy.privateKey.revealBytes());

        // Now served from the keychain: works without the file, and says nothing more.
        QVERIFY(QFile::remove(home("identity.key")));
        m_identity->forgetPrivateKey();
        auto again = m_identity->privateKey();
        QVERIFY(again.ok());
        QVERIFY(*again == legacy.privateKey);
        QVERIFY(m_identity->takeNotices().isEmpty());
    }

    void rejectsLegacyKeyOfAnotherIdentity()
    {
        REQUIRE_KEYCHAIN();
        QVERIFY(writeLegacyIdentity());
        QVERIFY(writeAll(home("identity.key"), generateX25519KeyPair().privateKey.revealBytes()));
        auto key = m_identity->privateKey();
        QVERIFY(!key.ok());
        QVERIFY(key.error().message.contains(QLatin1String("does not belong")));
    }

    void keychainWorksFromWorkerThread()
    {
        REQUIRE_KEYCHAIN();
        CREATE_ALICE(id, false);
        QString workerResult;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto key = m_identity->privateKey();
            workerResult = key ? *x25519PublicKeyFor(*key) : key.error().message;
        }));
        worker->start();
        QVERIFY(worker->wait(60000));
        QCOMPARE(workerResult, id.publicKey);
    }

    // Two IdentityServices in one process with different homes (the CLI's and the desktop
    // app's own, or two sandboxes): each reads its own identity and key, keeps its own key
    // cache and its own notices. A cache shared by both, or one forgetPrivateKey() for
    // both, would drop or replace the other's cached key; shared notices would show one
    // home's message to the other.
    void servicesWithDifferentHomesKeepKeysAndCachesApart()
    {
        REQUIRE_KEYCHAIN();
        QTemporaryDir otherHome;
        IdentityService other(IdentityOptions{otherHome.path(), std::nullopt, {}});
        CREATE_ALICE(alice, false);
        // A plain key file left in the other home: replacing it (--force) leaves a notice, there only.
        QVERIFY(writeAll(QDir(otherHome.path()).filePath(QStringLiteral("identity.key")), "old"));
        const Result<CryptoIdentity> bob = other.create({QStringLiteral("Bob Jones"), QStringLiteral("bob@example.com"), true});
        QVERIFY2(bob, qPrintable(bob ? QString() : bob.error().message));
        m_accounts << bob->identityHash;
        QCOMPARE(m_identity->current()->value().identityHash, alice.identityHash);
        QCOMPARE(other.current()->value().identityHash, bob->identityHash);
        QVERIFY(m_identity->takeNotices().isEmpty());
        QVERIFY(other.takeNotices().join(QLatin1Char('\n')).contains(otherHome.path()));

        const Result<Secret> aliceKey = m_identity->privateKey(); // read and cached by this service
        const Result<Secret> bobKey = other.privateKey();
        QVERIFY(aliceKey && bobKey);
        QCOMPARE(*x25519PublicKeyFor(*aliceKey), alice.publicKey);
        QCOMPARE(*x25519PublicKeyFor(*bobKey), bob->publicKey);
        // Alice's key leaves the keychain: only her service's cache still has it, and the
        // other service forgetting (and re-reading) its own key does not touch that cache.
        QVERIFY(KeychainRunner::remove(QLatin1String(KeyStore::kService), alice.identityHash).ok());
        other.forgetPrivateKey();
        const Result<Secret> bobAgain = other.privateKey();
        QVERIFY2(bobAgain, qPrintable(bobAgain ? QString() : bobAgain.error().message));
        QVERIFY(*bobAgain == *bobKey);
        const Result<Secret> aliceCached = m_identity->privateKey();
        QVERIFY2(aliceCached, qPrintable(aliceCached ? QString() : aliceCached.error().message));
        QVERIFY(*aliceCached == *aliceKey);
        m_identity->forgetPrivateKey();
        QVERIFY(!m_identity->privateKey()); // gone from the keychain: the cache was all there was
    }

    void fileStoreKeepsKeyUnderPassphrase()
    {
        qputenv("NOORM_KEY_STORE", "file");
        qputenv("NOORM_PASSPHRASE", "correct horse battery staple");
        CREATE_ALICE(id, false);
        m_accounts.clear(); // nothing went to the keychain
        QVERIFY(!id.identityHash.isEmpty());
        const QByteArray file = readAll(home("identity.key.enc"));
        QVERIFY(!file.isEmpty());
        QCOMPARE(QFile::permissions(home("identity.key.enc")) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        auto key = m_identity->privateKey();
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(*x25519PublicKeyFor(*key), id.publicKey);
        QVERIFY(!file.contains(key->revealBytes()));
        QVERIFY(!file.contains(key->revealBytes().mid(32)));

        // Read once per process: no second passphrase for the state save after the load.
        qputenv("NOORM_PASSPHRASE", "wrong");
        auto cached = m_identity->privateKey();
        QVERIFY(cached.ok());
        QVERIFY(*cached == *key);

        m_identity->forgetPrivateKey();
        auto wrong = m_identity->privateKey();
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(QLatin1String("wrong passphrase")));
        QCOMPARE(wrong.error().file, home("identity.key.enc"));

        qunsetenv("NOORM_PASSPHRASE");
        m_identity->forgetPrivateKey();
        auto none = m_identity->privateKey();
        QVERIFY(!none.ok());
        QCOMPARE(none.error().hint.action, Hint::Action::GivePassphrase);

        // The front end's prompt, when there is no environment variable.
        bool asked = false;
        IdentityService prompting(IdentityOptions{m_home->path(), std::nullopt, [&](const PassphraseRequest &request) -> Result<Secret> {
            asked = true;
            if (request.creating || request.file != home("identity.key.enc"))
                return Error::failed(QStringLiteral("unexpected request"));
            return Secret(QStringLiteral("correct horse battery staple"));
        }});
        auto prompted = prompting.privateKey();
        QVERIFY(asked);
        QVERIFY(prompted.ok());
        QVERIFY(*prompted == *key);
    }

    // A command that will open the state starts reading the key at once (the CLI, before it
    // parses): privateKey() then gives what that read found, the key or its error, and a
    // key file's passphrase is never asked for ahead of time.
    void aPrefetchedKeyIsTheKeyTheKeychainHolds()
    {
        REQUIRE_KEYCHAIN();
        CREATE_ALICE(id, false);
        IdentityService fresh(IdentityOptions{m_home->path(), std::nullopt, {}});
        fresh.prefetchPrivateKey();
        fresh.prefetchPrivateKey(); // once is enough
        auto key = fresh.privateKey();
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(*x25519PublicKeyFor(*key), id.publicKey);

        QVERIFY(fresh.keyStore().remove(id.identityHash));
        IdentityService without(IdentityOptions{m_home->path(), std::nullopt, {}});
        without.prefetchPrivateKey();
        auto missing = without.privateKey();
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QCOMPARE(missing.error().hint.action, Hint::Action::ReplaceIdentity);
    }

    void prefetchAsksNoPassphrase()
    {
        qputenv("NOORM_KEY_STORE", "file");
        qputenv("NOORM_PASSPHRASE", "correct horse battery staple");
        CREATE_ALICE(id, false);
        m_accounts.clear();
        qunsetenv("NOORM_PASSPHRASE");
        int asked = 0;
        IdentityService prompting(IdentityOptions{m_home->path(), std::nullopt, [&](const PassphraseRequest &) -> Result<Secret> {
            ++asked;
            return Secret(QStringLiteral("correct horse battery staple"));
        }});
        prompting.prefetchPrivateKey();
        QCOMPARE(asked, 0);
        auto key = prompting.privateKey();
        QCOMPARE(asked, 1);
        QVERIFY(key.ok());
        QCOMPARE(*x25519PublicKeyFor(*key), id.publicKey);
    }

    void explicitFileOptInOverridesEnvironment()
    {
        m_identity = std::make_unique<IdentityService>(IdentityOptions{m_home->path(), KeyStoreKind::PassphraseFile, {}});
        qputenv("NOORM_PASSPHRASE", "pw");
        const Result<CryptoIdentity> created = createAlice();
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_accounts.clear();
        QVERIFY(QFile::exists(home("identity.key.enc")));
        QVERIFY(m_identity->privateKey().ok());
    }

    void auditIdentityParsesNameAndEmail_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::newRow("name and email") << "Deploy Bot <deploy@example.com>" << "Deploy Bot" << "deploy@example.com";
        QTest::newRow("name only") << "  Deploy Bot " << "Deploy Bot" << "";
        QTest::newRow("no space") << "Bot<b@x>" << "Bot" << "b@x";
    }
    void auditIdentityParsesNameAndEmail()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, email);
        const AuditIdentity id = resolveAuditIdentity(text, m_identity.get());
        QCOMPARE(id.name, name);
        QCOMPARE(id.email, email);
        QCOMPARE(id.source, QStringLiteral("config"));
        QCOMPARE(id.display(), email.isEmpty() ? name : name + " <" + email + ">");
    }

    void auditIdentityPrefersCryptoIdentityOverEnvironment()
    {
        qputenv("NOORM_IDENTITY", "CI Runner <ci@example.com>");
        AuditIdentity fromEnv = resolveAuditIdentity(QString(), m_identity.get());
        QCOMPARE(fromEnv.display(), QStringLiteral("CI Runner <ci@example.com>"));
        QCOMPARE(fromEnv.source, QStringLiteral("env"));

        QVERIFY(writeLegacyIdentity());
        m_accounts.clear();
        AuditIdentity fromState = resolveAuditIdentity(QString(), m_identity.get());
        QCOMPARE(fromState.display(), QStringLiteral("Old Timer <old@example.com>"));
        QCOMPARE(fromState.source, QStringLiteral("state"));
    }

    void auditIdentityFallsBackToGitOrSystem()
    {
        const AuditIdentity id = resolveAuditIdentity(QString(), m_identity.get());
        QVERIFY(!id.name.isEmpty());
        QVERIFY(id.source == QLatin1String("git") || id.source == QLatin1String("system"));
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
