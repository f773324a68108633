// core/state: the encrypted state file, its compatibility with the original noorm (files made
// by tests/fixtures/compat/generate.mjs, and Node decrypting ours), and its migrations.

#include "crypto/x25519.h"
#include "state/known_states.h"
#include "state/state_cipher.h"
#include "state/state_store.h"
#include "support/tempproject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace noorm;
using noorm::test::TempProject;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// False when the file could not be written whole (the caller checks it).
[[nodiscard]] bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// `json` sealed with `key` as the project's state file (what another noorm would leave).
[[nodiscard]] bool writeSealedState(const TempProject &project, const QByteArray &json, const Secret &key)
{
    auto sealed = StateCipher::seal(json, key);
    if (!sealed.ok())
        return false;
    project.write(QStringLiteral(".noorm/state/state.enc"), *sealed); // creates the folders
    return true;
}

State sampleState()
{
    State s;
    s.activeConfig = QStringLiteral("dev");
    Config dev;
    dev.name = QStringLiteral("dev");
    dev.connection.dialect = QStringLiteral("postgres");
    dev.connection.host = QStringLiteral("localhost");
    dev.connection.port = 5432;
    dev.connection.database = QStringLiteral("app_dev");
    dev.connection.user = QStringLiteral("alice");
    dev.connection.password = Secret(QStringLiteral("hunter2-ü"));
    s.configs.insert(dev.name, dev);
    s.secrets[QStringLiteral("dev")].insert(QStringLiteral("API_KEY"), Secret(QStringLiteral("sk-live-999")));
    s.globalSecrets.insert(QStringLiteral("TOKEN"), Secret(QStringLiteral("tok-✓")));
    s.knownUsers.insert(QString(64, QLatin1Char('c')),
                        QJsonObject{{"identityHash", QString(64, QLatin1Char('c'))}, {"email", "carol@x"}, {"name", "Carol"},
                                    {"publicKey", "302a..."}, {"machine", "c1"}, {"os", "linux 6"},
                                    {"lastSeen", "2024-01-15T10:30:00.000Z"}, {"source", "dev"}});
    s.vaultSync.insert(QStringLiteral("dev"), QString(64, QLatin1Char('a')));
    return s;
}

} // namespace

class TestState : public QObject {
    Q_OBJECT
private:
    Secret m_key = generateX25519KeyPair().privateKey;
    QTemporaryDir m_home; // NOORM_HOME: the list of known states goes here, not into ~/.noorm

private slots:
    void initTestCase() { qputenv("NOORM_HOME", m_home.path().toUtf8()); }

    // Every save lists the project under the public key that encrypted it, once.
    void savesListTheProjectInKnownStates()
    {
        TempProject project;
        StateStore store(project.root());
        QVERIFY(store.save(sampleState(), m_key).ok());
        QVERIFY(store.save(sampleState(), m_key).ok());
        const QString root = QDir::cleanPath(project.root());
        auto listed = [&]() -> QStringList {
            const Result<QList<KnownState>> known = KnownStates().load();
            QStringList keys;
            for (const KnownState &s : known.value())
                if (s.root == root)
                    keys << s.publicKey;
            return keys;
        };
        QCOMPARE(listed(), QStringList{*x25519PublicKeyFor(m_key)});
        QCOMPARE(KnownStates().path(), QDir(m_home.path()).filePath(QStringLiteral("states.json")));

        // Re-encrypted under another key: listed under that one instead.
        const Secret other = generateX25519KeyPair().privateKey;
        QVERIFY(store.reencrypt(m_key, other).ok());
        QCOMPARE(listed(), QStringList{*x25519PublicKeyFor(other)});
        auto loaded = store.load(other);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->activeConfig, QStringLiteral("dev"));
        QVERIFY(!store.load(m_key).ok());

        // A state noorm only reads (saved before the list existed, or by the original) is
        // listed once read.
        TempProject older;
        QVERIFY(writeSealedState(older, QJsonDocument(sampleState().toJson()).toJson(), m_key));
        QVERIFY(StateStore(older.root()).load(m_key).ok());
        const Result<QList<KnownState>> known = KnownStates().load();
        QVERIFY(known.ok());
        QVERIFY(std::any_of(known->begin(), known->end(), [&](const KnownState &s) {
            return s.root == QDir::cleanPath(older.root()) && s.publicKey == *x25519PublicKeyFor(m_key);
        }));
    }

    void loadsEmptyStateWhenNoFile()
    {
        TempProject project;
        StateStore store(project.root());
        QCOMPARE(store.path(), project.path(QStringLiteral(".noorm/state/state.enc")));
        QVERIFY(!store.exists());
        auto state = store.load(m_key);
        QVERIFY(state.ok());
        QVERIFY(state->configs.isEmpty());
        QVERIFY(state->activeConfig.isEmpty());
        QCOMPARE(state->schemaVersion, 1);
    }

    void roundTripsEverything()
    {
        TempProject project;
        StateStore store(project.root());
        const State original = sampleState();
        QVERIFY(store.save(original, m_key).ok());
        QVERIFY(store.exists());
        auto loaded = store.load(m_key);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->toJson(), original.toJson());
        QVERIFY(loaded->configs.value(QStringLiteral("dev")).connection.password == Secret(QStringLiteral("hunter2-ü")));
        QVERIFY(loaded->globalSecrets.value(QStringLiteral("TOKEN")) == Secret(QStringLiteral("tok-✓")));
        QCOMPARE(loaded->version, QStringLiteral(NOORM_VERSION));
        QCOMPARE(loaded->vaultSync.value(QStringLiteral("dev")).toString(), QString(64, QLatin1Char('a')));
        QVERIFY(!loaded->extra.contains(QStringLiteral("vaultSync"))); // a field of its own, not an unknown key
    }

    void writesOnlyCiphertextInTheOriginalsLayout()
    {
        TempProject project;
        StateStore store(project.root());
        QVERIFY(store.save(sampleState(), m_key).ok());
        const QByteArray file = readBytes(store.path());
        QVERIFY(file.startsWith("{\n  \"algorithm\": \"aes-256-gcm\",\n  \"iv\": \""));
        const QJsonObject json = QJsonDocument::fromJson(file).object();
        QCOMPARE(json.keys(), (QStringList{"algorithm", "authTag", "ciphertext", "iv"}));
        QCOMPARE(QByteArray::fromBase64(json.value("iv").toString().toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(json.value("authTag").toString().toLatin1()).size(), 16);
        for (const char *plain : {"hunter2", "sk-live-999", "API_KEY", "app_dev", "carol"})
            QVERIFY2(!file.contains(plain), plain);
        // No temporary or plaintext siblings, and only the owner can read it.
        QCOMPARE(QDir(project.path(QStringLiteral(".noorm/state"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("state.enc")});
        QCOMPARE(QFile::permissions(store.path()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void detectsTampering_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("ciphertext") << "ciphertext";
        QTest::newRow("authTag") << "authTag";
        QTest::newRow("iv") << "iv";
    }
    void detectsTampering()
    {
        QFETCH(QString, field);
        TempProject project;
        StateStore store(project.root());
        QVERIFY(store.save(sampleState(), m_key).ok());
        QJsonObject json = readJson(store.path());
        QByteArray bytes = QByteArray::fromBase64(json.value(field).toString().toLatin1());
        bytes[1] = static_cast<char>(bytes[1] ^ 0x40);
        json.insert(field, QString::fromLatin1(bytes.toBase64()));
        QVERIFY(writeBytes(store.path(), QJsonDocument(json).toJson()));

        auto loaded = store.load(m_key);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().file, store.path());
        QVERIFY(loaded.error().message.contains(QLatin1String("modified")));
    }

    void wrongKeyIsAClearError()
    {
        TempProject project;
        StateStore store(project.root());
        QVERIFY(store.save(sampleState(), m_key).ok());
        auto loaded = store.load(generateX25519KeyPair().privateKey);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().file, store.path());
        QVERIFY(loaded.error().message.contains(QLatin1String("another identity's key")));
        QVERIFY(loaded.error().toString().contains(store.path()));
    }

    void neverOverwritesStateThatFailedToDecrypt()
    {
        TempProject project;
        StateStore store(project.root());
        QVERIFY(store.save(sampleState(), m_key).ok());
        const QByteArray before = readBytes(store.path());

        const Secret otherKey = generateX25519KeyPair().privateKey;
        QVERIFY(!store.load(otherKey).ok());
        const Status refused = store.save(State(), otherKey);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Refused);
        QCOMPARE(refused.error().file, store.path());
        QCOMPARE(readBytes(store.path()), before);
        QVERIFY(store.load(m_key).ok());

        // Only an explicit choice discards it.
        QVERIFY(store.save(State(), otherKey, StateOverwrite::Always).ok());
        QVERIFY(store.load(otherKey).ok());
        QVERIFY(!store.load(m_key).ok());
    }

    void neverOverwritesCorruptStateFile()
    {
        TempProject project;
        StateStore store(project.root());
        project.write(QStringLiteral(".noorm/state/state.enc"), "{ not json");
        QVERIFY(!store.load(m_key).ok());
        QCOMPARE(store.save(sampleState(), m_key).error().kind, ErrorKind::Refused);
        QCOMPARE(readBytes(store.path()), QByteArray("{ not json"));
    }

    void migratesOldStateAddingDefaults_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("pre-knownUsers") << QByteArray(R"({"version":"0.9.0","activeConfig":null,"configs":{},"secrets":{}})");
        QTest::newRow("nulls") << QByteArray(R"({"configs":null,"secrets":null,"globalSecrets":null,"knownUsers":null})");
    }
    void migratesOldStateAddingDefaults()
    {
        QFETCH(QByteArray, json);
        TempProject project;
        StateStore store(project.root());
        QVERIFY(writeSealedState(project, json, m_key));
        auto loaded = store.load(m_key);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->schemaVersion, 1);
        QVERIFY(loaded->configs.isEmpty() && loaded->secrets.isEmpty() && loaded->globalSecrets.isEmpty());
        QVERIFY(loaded->knownUsers.isEmpty());
        const QJsonObject out = loaded->toJson();
        for (const char *key : {"version", "schemaVersion", "activeConfig", "configs", "secrets", "globalSecrets", "knownUsers"})
            QVERIFY2(out.contains(QLatin1String(key)), key);
        QVERIFY(out.value("activeConfig").isNull());
        // A migrated state saves over the old one (it decrypts with the same key).
        QVERIFY(store.save(*loaded, m_key).ok());
    }

    void keepsUnknownKeys()
    {
        TempProject project;
        StateStore store(project.root());
        QJsonObject json = sampleState().toJson();
        json.insert("futureFeature", QJsonObject{{"enabled", true}});
        json.insert("identity", QJsonValue::Null); // the original's v1 migration writes this
        QVERIFY(writeSealedState(project, QJsonDocument(json).toJson(), m_key));

        auto loaded = store.load(m_key);
        QVERIFY(loaded.ok());
        QVERIFY(store.save(*loaded, m_key).ok());
        auto again = store.load(m_key);
        QVERIFY(again.ok());
        QCOMPARE(again->extra.value("futureFeature").toObject().value("enabled").toBool(), true);
        QVERIFY(again->toJson().contains("identity"));
    }

    // A newer noorm's state can be read here but is never rewritten (which would stamp it
    // 0.1.0 and drop what this build does not know): the save is refused, naming the file
    // and both versions, and the file keeps its bytes.
    void readsStateFromNewerNoormButRefusesToSaveIt_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("schema");
        QTest::addColumn<QString>("writer");
        QTest::newRow("newer package, same schema") << "1.0.0-alpha.3" << 1 << "noorm 1.0.0-alpha.3 (state schema 1)";
        QTest::newRow("newer schema") << QStringLiteral(NOORM_VERSION) << 2
                                      << QStringLiteral("noorm " NOORM_VERSION " (state schema 2)");
    }
    void readsStateFromNewerNoormButRefusesToSaveIt()
    {
        QFETCH(QString, version);
        QFETCH(int, schema);
        QFETCH(QString, writer);
        TempProject project;
        StateStore store(project.root());
        QJsonObject json = sampleState().toJson();
        json.insert("version", version);
        json.insert("schemaVersion", schema);
        QVERIFY(writeSealedState(project, QJsonDocument(json).toJson(), m_key));
        const QByteArray before = readBytes(store.path());

        auto loaded = store.load(m_key);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        QCOMPARE(loaded->activeConfig, QStringLiteral("dev"));
        QVERIFY(loaded->configs.contains(QStringLiteral("dev")));
        QCOMPARE(loaded->version, version);

        const Status saved = store.save(*loaded, m_key);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, ErrorKind::Refused);
        QCOMPARE(saved.error().file, store.path());
        const QString text = saved.error().toString();
        QVERIFY2(text.contains(writer), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("this is noorm " NOORM_VERSION " (state schema 1)")), qPrintable(text));
        QCOMPARE(readBytes(store.path()), before);
    }

    // The original writes no schemaVersion and numbers its releases on its own line: its
    // states (and this build's own older ones) are rewritten as before.
    void savesOverTheOriginalsStateAndOlderOnes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("the original's 1.0.0-alpha.12") << readBytes(QStringLiteral(NOORM_FIXTURES_DIR "/compat/state.plain.json"));
        QTest::newRow("an older noorm") << QByteArray(R"({"version":"0.0.9","schemaVersion":1})");
    }
    void savesOverTheOriginalsStateAndOlderOnes()
    {
        QFETCH(QByteArray, json);
        TempProject project;
        StateStore store(project.root());
        QVERIFY(writeSealedState(project, json, m_key));
        auto loaded = store.load(m_key);
        QVERIFY(loaded.ok());
        const Status saved = store.save(*loaded, m_key);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QCOMPARE(store.load(m_key)->version, QStringLiteral(NOORM_VERSION));
    }

    void rejectsDamagedFieldsNamingTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("secret not a string") << QByteArray(R"({"secrets":{"dev":{"K":1}}})") << "secrets.dev.K";
        QTest::newRow("configs not an object") << QByteArray(R"({"configs":[]})") << "configs";
        QTest::newRow("activeConfig a number") << QByteArray(R"({"activeConfig":3})") << "activeConfig";
    }
    void rejectsDamagedFieldsNamingTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        auto state = State::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!state.ok());
        QCOMPARE(state.error().key, key);
    }

    void loadsStateWrittenByTheOriginal()
    {
        const QJsonObject keypair = readJson(QStringLiteral(NOORM_FIXTURES_DIR "/compat/keypair.json"));
        const Secret key(keypair.value("privateKey").toString());
        TempProject project;
        project.write(QStringLiteral(".noorm/state/state.enc"), readBytes(QStringLiteral(NOORM_FIXTURES_DIR "/compat/state.enc")));
        auto loaded = StateStore(project.root()).load(key);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));

        const QJsonObject expected = readJson(QStringLiteral(NOORM_FIXTURES_DIR "/compat/state.plain.json"));
        QCOMPARE(loaded->version, expected.value("version").toString());
        QCOMPARE(loaded->activeConfig, QStringLiteral("dev"));
        const Config dev = loaded->configs.value(QStringLiteral("dev"));
        QCOMPARE(dev.connection.dialect, QStringLiteral("postgres"));
        QCOMPARE(dev.connection.port.value_or(0), 5432);
        QVERIFY(dev.connection.password == Secret(QStringLiteral("pässwörd \"quoted\"")));
        QVERIFY(loaded->secrets.value("dev").value("API_KEY") == Secret(QStringLiteral("sk-test-123")));
        QVERIFY(loaded->secrets.value("dev").contains("EMPTY"));
        QVERIFY(loaded->globalSecrets.value("SHARED_TOKEN") == Secret(QStringLiteral("tok-ünïcode-✓")));
        QCOMPARE(loaded->knownUsers, expected.value("knownUsers").toObject());
        QCOMPARE(loaded->toJson().value("configs").toObject().value("dev").toObject().value("connection").toObject(),
                 expected.value("configs").toObject().value("dev").toObject().value("connection").toObject());
    }

    void originalDecryptsStateWeWrite()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not on PATH");
        TempProject project;
        StateStore store(project.root());
        const State state = sampleState();
        QVERIFY(store.save(state, m_key).ok());
        QProcess p;
        p.start(node, {QStringLiteral(NOORM_FIXTURES_DIR "/compat/decrypt-state.mjs"), store.path(), m_key.reveal()});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject decrypted = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(decrypted, state.toJson());
    }
};

QTEST_GUILESS_MAIN(TestState)
#include "tst_state.moc"
