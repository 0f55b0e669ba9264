"""Passwords (argon2id) and random bearer secrets stored only as hashes."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

# OWASP's argon2id minimum (19 MiB, t=2) keeps sign-in fast on small servers.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, type=Type.ID)
# Verifying against this keeps response time the same for unknown accounts.
_DUMMY_HASH = _HASHER.hash("towncheck-timing-equaliser")

SESSION_PREFIX = "tcs_"
TOKEN_PREFIX = "tce_"


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _HASHER.check_needs_rehash(password_hash)


def new_secret(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(32)


def secret_hash(secret: str) -> bytes:
    """Bearer secrets have 256 random bits, so a plain SHA-256 is a safe lookup key."""
    return hashlib.sha256(secret.encode()).digest()


def csrf_token(session_secret: str, key: str) -> str:
    """Bound to the session: a page on another site cannot compute it."""
    return hmac.new(key.encode(), session_secret.encode(), hashlib.sha256).hexdigest()


def password_problem(password: str) -> str | None:
    """Return why a new password is too weak, or None."""
    if len(password) < 10:
        return "新密码至少需要 10 个字符"
    kinds = sum(
        [
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        ]
    )
    if kinds < 2:
        return "新密码需包含字母、数字或符号中的至少两类"
    return None
