// core/crypto: known answers (FIPS/RFC vectors and values Node's crypto produced), the
// original's key encodings, and files made by tests/fixtures/compat/generate.mjs.

#include "crypto/crypto_primitives.h"
#include "crypto/passphrase_box.h"
#include "crypto/share_payload.h"
#include "crypto/x25519.h"
#include "live.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace noorm;

namespace {

QByteArray hex(const char *h) { return QByteArray::fromHex(h); }

QJsonObject readFixture(const QString &name)
{
    QFile f(QStringLiteral(NOORM_FIXTURES_DIR "/compat/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestCrypto : public QObject {
    Q_OBJECT
private slots:
    void sha256MatchesKnownAnswers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    }
    void sha256MatchesKnownAnswers()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(sha256Hex(input), expected);
    }

    void randomBytesHaveRequestedLengthAndDiffer()
    {
        const QByteArray a = randomBytes(32);
        QCOMPARE(a.size(), 32);
        QVERIFY(a != randomBytes(32));
    }

    void decodeHexRejectsMalformedInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("odd length") << "abc";
        QTest::newRow("stray character") << "zz";
        QTest::newRow("space") << "ab cd";
    }
    void decodeHexRejectsMalformedInput()
    {
        QFETCH(QString, input);
        QVERIFY(!decodeHex(input, QStringLiteral("test")).ok());
    }

    // RFC 5869 appendix A, test cases 1 and 3 (3 = empty salt and info, as noorm uses it).
    void hkdfMatchesRfc5869_data()
    {
        QTest::addColumn<QByteArray>("ikm");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<QByteArray>("info");
        QTest::addColumn<QByteArray>("okm");
        QTest::newRow("case 1") << QByteArray(22, 0x0b) << hex("000102030405060708090a0b0c") << hex("f0f1f2f3f4f5f6f7f8f9")
                                << hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
        QTest::newRow("case 3 no salt") << QByteArray(22, 0x0b) << QByteArray() << QByteArray()
                                        << hex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
    }
    void hkdfMatchesRfc5869()
    {
        QFETCH(QByteArray, ikm);
        QFETCH(QByteArray, salt);
        QFETCH(QByteArray, info);
        QFETCH(QByteArray, okm);
        auto out = hkdfSha256(ikm, salt, info, static_cast<int>(okm.size()));
        QVERIFY(out.ok());
        QCOMPARE(out->toHex(), okm.toHex());
    }

    void aesGcmRoundTripsWith16ByteIv()
    {
        const QByteArray key = randomBytes(32);
        auto sealed = aesGcmEncrypt(key, "hello, state");
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->iv.size(), 16);
        QCOMPARE(sealed->authTag.size(), 16);
        auto plain = aesGcmDecrypt(key, *sealed);
        QVERIFY(plain.ok());
        QCOMPARE(*plain, QByteArray("hello, state"));
    }

    // Ciphertext and tag made by Node: createCipheriv('aes-256-gcm', 32 x 0x07, 000102..0f).
    void aesGcmDecryptsNodeKnownAnswer()
    {
        AesGcmSealed sealed{hex("000102030405060708090a0b0c0d0e0f"), hex("6ad11853e29cc3f1a11ba2d6aa955477"),
                            hex("cc7fa1d1ca81daf6d5309ab675c308f8ffc9")};
        auto plain = aesGcmDecrypt(QByteArray(32, 0x07), sealed);
        QVERIFY(plain.ok());
        QCOMPARE(*plain, QByteArray("noorm known answer"));
    }

    void aesGcmDetectsTampering_data()
    {
        QTest::addColumn<int>("part"); // 0 iv, 1 tag, 2 ciphertext, 3 key
        QTest::newRow("iv") << 0;
        QTest::newRow("auth tag") << 1;
        QTest::newRow("ciphertext") << 2;
        QTest::newRow("wrong key") << 3;
    }
    void aesGcmDetectsTampering()
    {
        QFETCH(int, part);
        QByteArray key = randomBytes(32);
        auto sealed = aesGcmEncrypt(key, "do not change me");
        QVERIFY(sealed.ok());
        QByteArray *target = part == 0 ? &sealed->iv : part == 1 ? &sealed->authTag : part == 2 ? &sealed->ciphertext : &key;
        (*target)[3] = static_cast<char>((*target)[3] ^ 0x01);
        auto plain = aesGcmDecrypt(key, *sealed);
        QVERIFY(!plain.ok());
        QVERIFY(plain.error().message.contains(QLatin1String("wrong key or the data was modified")));
    }

    void keyPairUsesNodeDerEncoding()
    {
        const X25519KeyPair pair = generateX25519KeyPair();
        QVERIFY(pair.publicKey.startsWith(QLatin1String(kX25519SpkiPrefixHex)));
        QCOMPARE(pair.publicKey.size(), 88);
        QVERIFY(pair.privateKey.reveal().startsWith(QLatin1String(kX25519Pkcs8PrefixHex)));
        QCOMPARE(pair.privateKey.reveal().size(), 96);
        QCOMPARE(pair.publicKey, pair.publicKey.toLower());
        auto derived = x25519PublicKeyFor(pair.privateKey);
        QVERIFY(derived.ok());
        QCOMPARE(*derived, pair.publicKey);
    }

    void x25519MatchesRfc7748()
    {
        const Secret alice(QByteArray(kX25519Pkcs8PrefixHex) + "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        const QString bobPub = QLatin1String(kX25519SpkiPrefixHex) + QLatin1String("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        auto shared = x25519SharedSecret(alice, bobPub);
        QVERIFY(shared.ok());
        QCOMPARE(shared->revealBytes().toHex(), QByteArray("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"));
        auto alicePub = x25519PublicKeyFor(alice);
        QVERIFY(alicePub.ok());
        QCOMPARE(*alicePub, QLatin1String(kX25519SpkiPrefixHex) + QLatin1String("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"));
    }

    void ecdhAgreesBothWays()
    {
        const X25519KeyPair a = generateX25519KeyPair();
        const X25519KeyPair b = generateX25519KeyPair();
        auto ab = x25519SharedSecret(a.privateKey, b.publicKey);
        auto ba = x25519SharedSecret(b.privateKey, a.publicKey);
        QVERIFY(ab.ok() && ba.ok());
        QCOMPARE(ab->revealBytes().size(), 32);
        QVERIFY(ab->revealBytes() == ba->revealBytes());
    }

    void rejectsKeysInOtherEncodings_data()
    {
        QTest::addColumn<QString>("publicKey");
        QTest::newRow("raw 32 bytes") << QString(64, QLatin1Char('a'));
        QTest::newRow("ed25519 spki") << "302a300506032b6570032100" + QString(64, QLatin1Char('a'));
        QTest::newRow("truncated") << QString::fromLatin1(kX25519SpkiPrefixHex) + QString(62, QLatin1Char('a'));
    }
    void rejectsKeysInOtherEncodings()
    {
        QFETCH(QString, publicKey);
        QVERIFY(!x25519RawPublicKey(publicKey).ok());
        QVERIFY(!encryptForRecipient("x", publicKey, {}, {}).ok());
    }

    void fixtureKeyPairFromNodeBelongsTogether()
    {
        const QJsonObject kp = readFixture(QStringLiteral("keypair.json"));
        QVERIFY(!kp.isEmpty());
        auto derived = x25519PublicKeyFor(Secret(kp.value(QStringLiteral("privateKey")).toString()));
        QVERIFY(derived.ok());
        QCOMPARE(*derived, kp.value(QStringLiteral("publicKey")).toString());
    }

    void sharePayloadRoundTripsThroughJson()
    {
        const X25519KeyPair bob = generateX25519KeyPair();
        auto payload = encryptForRecipient("{\"secrets\":{}}", bob.publicKey, QStringLiteral("alice@x"), QStringLiteral("bob@x"));
        QVERIFY(payload.ok());
        const QJsonObject json = payload->toJson();
        for (const char *key : {"version", "sender", "recipient", "ephemeralPubKey", "iv", "authTag", "ciphertext"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("iv")).toString().size(), 32);
        auto back = SharePayload::fromJson(json);
        QVERIFY(back.ok());
        auto plain = decryptWithPrivateKey(*back, bob.privateKey);
        QVERIFY(plain.ok());
        QCOMPARE(plain->reveal(), QStringLiteral("{\"secrets\":{}}"));
    }

    void shareRefusesOtherKeyOrOtherInfo()
    {
        const X25519KeyPair bob = generateX25519KeyPair();
        const X25519KeyPair eve = generateX25519KeyPair();
        auto payload = encryptForRecipient("secret", bob.publicKey, {}, {}, kVaultSecretInfo);
        QVERIFY(payload.ok());
        QVERIFY(!decryptWithPrivateKey(*payload, eve.privateKey, kVaultSecretInfo).ok());
        QVERIFY(!decryptWithPrivateKey(*payload, bob.privateKey, kConfigShareInfo).ok());
        QVERIFY(decryptWithPrivateKey(*payload, bob.privateKey, kVaultSecretInfo).ok());
        SharePayload v2 = *payload;
        v2.version = 2;
        auto refused = decryptWithPrivateKey(v2, bob.privateKey, kVaultSecretInfo);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("version")));
    }

    void decryptsConfigShareWrittenByNode()
    {
        const QJsonObject kp = readFixture(QStringLiteral("keypair.json"));
        auto payload = SharePayload::fromJson(readFixture(QStringLiteral("staging.noorm.enc")));
        QVERIFY(payload.ok());
        QCOMPARE(payload->sender, QStringLiteral("alice@example.com"));
        auto plain = decryptWithPrivateKey(*payload, Secret(kp.value(QStringLiteral("privateKey")).toString()));
        QVERIFY2(plain.ok(), qPrintable(plain.ok() ? QString() : plain.error().message));
        QCOMPARE(QJsonDocument::fromJson(plain->revealBytes()).object(), readFixture(QStringLiteral("share.plain.json")));
    }

    void nodeDecryptsShareWeWrite()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("node is not on PATH");
        const X25519KeyPair bob = generateX25519KeyPair();
        auto payload = encryptForRecipient("{\"config\":{\"name\":\"ünï\"}}", bob.publicKey, QStringLiteral("a@x"), QStringLiteral("b@x"));
        QVERIFY(payload.ok());
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("x.noorm.enc")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(payload->toJson()).toJson());
        f.close();
        QProcess p;
        p.start(node, {QStringLiteral(NOORM_FIXTURES_DIR "/compat/decrypt-share.mjs"), f.fileName(), bob.privateKey.reveal()});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), QStringLiteral("{\"config\":{\"name\":\"ünï\"}}"));
    }

    // Python's `cryptography` (an implementation of its own) reads what we write and we read
    // what it writes, for both info strings: the config share and the team vault.
    void sharesRoundTripWithPythonCryptography_data()
    {
        QTest::addColumn<QByteArray>("info");
        QTest::newRow("config share") << QByteArray(kConfigShareInfo);
        QTest::newRow("vault secret") << QByteArray(kVaultSecretInfo);
    }
    void sharesRoundTripWithPythonCryptography()
    {
        QFETCH(QByteArray, info);
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        const auto run = [&](const QStringList &args, const QByteArray &input, QByteArray *out, bool failureExpected = false) {
            QProcess p;
            p.start(python, QStringList{QStringLiteral(NOORM_SOURCE_DIR "/tests/support/share_vectors.py")} + args);
            p.write(input);
            p.closeWriteChannel();
            if (!p.waitForFinished(60000) || p.exitCode() != 0) {
                if (!failureExpected)
                    qWarning() << p.readAllStandardError();
                return false;
            }
            *out = p.readAllStandardOutput();
            return true;
        };
        QByteArray probe;
        if (python.isEmpty() || !run({QStringLiteral("keypair")}, {}, &probe)) {
            if (noorm::test::isCi())
                QFAIL("python3 with the cryptography package is needed under CI=true (setup.sh installs python3-cryptography)");
            QSKIP("python3 with the cryptography package is not installed");
        }
        const QByteArray plain = "{\"config\":{\"name\":\"ünï\"},\"secrets\":{\"API\":\"s3cr3t\"}}";
        const QString infoText = QString::fromLatin1(info);

        // Python writes for our key; we read it.
        const X25519KeyPair ours = generateX25519KeyPair();
        QByteArray written;
        QVERIFY(run({QStringLiteral("encrypt"), ours.publicKey, infoText}, plain, &written));
        auto payload = SharePayload::fromJson(QJsonDocument::fromJson(written).object());
        QVERIFY(payload.ok());
        auto opened = decryptWithPrivateKey(*payload, ours.privateKey, info);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened->revealBytes(), plain);

        // We write for Python's key; it reads it.
        const QJsonObject theirs = QJsonDocument::fromJson(probe).object();
        QVERIFY(theirs.value(QStringLiteral("publicKey")).toString().startsWith(QLatin1String("302a300506032b656e032100")));
        auto sealed = encryptForRecipient(plain, theirs.value(QStringLiteral("publicKey")).toString(), QStringLiteral("a@x"),
                                          QStringLiteral("b@x"), info);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->iv.size(), 32); // 16 bytes, as the original's
        QByteArray read;
        QVERIFY(run({QStringLiteral("decrypt"), theirs.value(QStringLiteral("privateKey")).toString(), infoText},
                    QJsonDocument(sealed->toJson()).toJson(), &read));
        QCOMPARE(read, plain);
        // The other info string does not open it: each use has its own key.
        const QString other = info == QByteArray(kConfigShareInfo) ? QString::fromLatin1(kVaultSecretInfo) : QString::fromLatin1(kConfigShareInfo);
        QVERIFY(!run({QStringLiteral("decrypt"), theirs.value(QStringLiteral("privateKey")).toString(), other},
                     QJsonDocument(sealed->toJson()).toJson(), &read, true));
    }

    void passphraseBoxRoundTrips()
    {
        const Secret key(QStringLiteral("302e0201...private"));
        auto file = sealWithPassphrase(key, Secret(QStringLiteral("correct horse")));
        QVERIFY(file.ok());
        QVERIFY(!file->contains("private")); // never the plaintext
        QVERIFY(file->contains(kPassphraseBoxFormat));
        auto opened = openWithPassphrase(*file, Secret(QStringLiteral("correct horse")));
        QVERIFY(opened.ok());
        QVERIFY(*opened == key);
    }

    void passphraseBoxRejectsWrongPassphraseAndDamage()
    {
        auto file = sealWithPassphrase(Secret(QStringLiteral("k")), Secret(QStringLiteral("right")));
        QVERIFY(file.ok());
        auto wrong = openWithPassphrase(*file, Secret(QStringLiteral("wrong")));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(QLatin1String("wrong passphrase")));
        QVERIFY(!openWithPassphrase("not json", Secret(QStringLiteral("right"))).ok());
        QJsonObject json = QJsonDocument::fromJson(*file).object();
        json[QStringLiteral("memlimit")] = 1e12; // a crafted file must not make us allocate a terabyte
        QVERIFY(!openWithPassphrase(QJsonDocument(json).toJson(), Secret(QStringLiteral("right"))).ok());
        QVERIFY(!sealWithPassphrase(Secret(QStringLiteral("k")), Secret()).ok());
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
