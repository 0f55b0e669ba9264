"""Personal identifiers at rest: AES-GCM encryption plus a keyed hash for exact lookup.

Both keys are derived from TOWNCHECK_DATA_KEY, so rotating it means re-encrypting; the
hash is keyed so that a leaked table cannot be matched against a list of ID numbers.
"""

from __future__ import annotations

import hmac
import os
from functools import cache

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_VERSION = b"\x01"
_AAD = b"towncheck personal data v1"


def _derive(secret: str, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"towncheck", info=purpose).derive(
        secret.encode()
    )


class Vault:
    """Seals and opens personal identifiers; computes their lookup hashes."""

    def __init__(self, data_key: str) -> None:
        self._aead = AESGCM(_derive(data_key, b"encrypt"))
        self._hash_key = _derive(data_key, b"lookup-hash")

    def seal(self, value: str) -> bytes:
        nonce = os.urandom(12)
        return _VERSION + nonce + self._aead.encrypt(nonce, value.encode(), _AAD)

    def open(self, sealed: bytes) -> str:
        if sealed[:1] != _VERSION:
            raise ValueError("unknown personal-data format")
        return self._aead.decrypt(sealed[1:13], sealed[13:], _AAD).decode()

    def lookup_hash(self, value: str) -> bytes:
        return hmac.digest(self._hash_key, value.encode(), "sha256")


@cache
def vault_for(data_key: str) -> Vault:
    return Vault(data_key)
