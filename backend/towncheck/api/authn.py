"""Who is calling: bearer secrets for API clients, the session cookie for browsers."""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request

from towncheck.auth import service
from towncheck.auth.principal import ANONYMOUS, Principal
from towncheck.auth.schema import SESSION_COOKIE
from towncheck.auth.secrets import csrf_token

CSRF_HEADER = "x-csrf-token"


@dataclass(frozen=True, slots=True)
class Caller:
    principal: Principal
    rejected: bool = False  # a bearer secret was sent and is unknown or expired: 401
    via_cookie: bool = False
    csrf_ok: bool = True
    clear_cookie: bool = False


async def identify(session: AsyncSession, request: Request, *, secret_key: str) -> Caller:
    header = request.headers.get("authorization")
    if header is not None:
        scheme, _, secret = header.partition(" ")
        if scheme.lower() != "bearer" or not secret.strip():
            return Caller(ANONYMOUS, rejected=True)
        principal = await service.authenticate(session, secret=secret.strip())
        return Caller(ANONYMOUS, rejected=True) if principal is None else Caller(principal)
    cookie = request.cookies.get(SESSION_COOKIE)
    if not cookie:
        return Caller(ANONYMOUS)
    principal = await service.authenticate(session, secret=cookie)
    if principal is None:
        # A stale cookie must not lock a browser out of the sign-in form.
        return Caller(ANONYMOUS, clear_cookie=True)
    sent = request.headers.get(CSRF_HEADER, "")
    expected = csrf_token(cookie, secret_key)
    # Bytes, not str: compare_digest refuses non-ASCII text, and headers are the client's.
    matches = hmac.compare_digest(sent.encode("utf-8", "replace"), expected.encode())
    return Caller(principal, via_cookie=True, csrf_ok=matches)
