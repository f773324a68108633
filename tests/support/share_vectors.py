#!/usr/bin/env python3
"""An independent implementation of noorm's share scheme (the original's config share and
the team vault), on Python's `cryptography` package, for tst_crypto to check noorm's
files against in both directions:

  share_vectors.py keypair                      -> {"publicKey": hex SPKI, "privateKey": hex PKCS#8}
  share_vectors.py encrypt PUBHEX INFO < plain   -> the payload JSON for that recipient
  share_vectors.py decrypt PRIVHEX INFO < payload -> the plaintext

Scheme: ephemeral X25519; HKDF-SHA256(shared secret, salt empty, info, 32 bytes);
AES-256-GCM with a random 16-byte IV; every byte field lowercase hex.
"""
import json
import os
import sys

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


def key_for(shared, info):
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info.encode()).derive(shared)


def spki_hex(public_key):
    return public_key.public_bytes(serialization.Encoding.DER,
                                   serialization.PublicFormat.SubjectPublicKeyInfo).hex()


def main():
    command = sys.argv[1]
    if command == "keypair":
        private = X25519PrivateKey.generate()
        pkcs8 = private.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())
        print(json.dumps({"publicKey": spki_hex(private.public_key()), "privateKey": pkcs8.hex()}))
    elif command == "encrypt":
        recipient = serialization.load_der_public_key(bytes.fromhex(sys.argv[2]))
        ephemeral = X25519PrivateKey.generate()
        key = key_for(ephemeral.exchange(recipient), sys.argv[3])
        iv = os.urandom(16)
        sealed = AESGCM(key).encrypt(iv, sys.stdin.buffer.read(), None)
        print(json.dumps({"version": 1, "sender": "python@example.com", "recipient": "noorm@example.com",
                          "ephemeralPubKey": spki_hex(ephemeral.public_key()), "iv": iv.hex(),
                          "authTag": sealed[-16:].hex(), "ciphertext": sealed[:-16].hex()}))
    elif command == "decrypt":
        private = serialization.load_der_private_key(bytes.fromhex(sys.argv[2]), password=None)
        payload = json.load(sys.stdin)
        ephemeral = serialization.load_der_public_key(bytes.fromhex(payload["ephemeralPubKey"]))
        key = key_for(private.exchange(ephemeral), sys.argv[3])
        plain = AESGCM(key).decrypt(bytes.fromhex(payload["iv"]),
                                    bytes.fromhex(payload["ciphertext"]) + bytes.fromhex(payload["authTag"]), None)
        sys.stdout.buffer.write(plain)
    else:
        sys.exit("usage: share_vectors.py keypair | encrypt PUBHEX INFO | decrypt PRIVHEX INFO")


if __name__ == "__main__":
    main()
