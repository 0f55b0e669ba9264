"""Sign-in, sessions and turning a bearer secret into a principal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.models import (
    ApiToken,
    CountyMembership,
    LoginFailure,
    TownMembership,
    User,
    UserSession,
)
from towncheck.auth.principal import Membership, Principal
from towncheck.auth.roles import Role
from towncheck.auth.secrets import (
    SESSION_PREFIX,
    TOKEN_PREFIX,
    new_secret,
    secret_hash,
    verify_password,
)
from towncheck.db import act_as_user, allow_county_audit, name_account, present_secret
from towncheck.errors import DomainError, ErrorCode
from towncheck.orm import utcnow
from towncheck.tenancy.models import Town

USERNAME_MAX = 64


class LoginRefused(DomainError):
    """Wrong credentials. ``account`` is what the failure is counted against."""

    def __init__(self, account: str) -> None:
        super().__init__(ErrorCode.INVALID_CREDENTIALS, "用户名或密码错误")
        self.account = account


@dataclass(frozen=True, slots=True)
class SignIn:
    """A successful sign-in: the secret is given to the client once and never stored."""

    secret: str
    expires_at: datetime
    principal: Principal


@dataclass(frozen=True, slots=True)
class Throttle:
    max_failures: int
    window: timedelta


async def _throttled(session: AsyncSession, *, username: str, address: str, rule: Throttle) -> bool:
    since = utcnow() - rule.window
    counts = (
        await session.execute(
            select(
                func.count().filter(LoginFailure.username == username),
                func.count().filter(LoginFailure.address == address),
            ).where(
                LoginFailure.failed_at >= since,
                or_(LoginFailure.username == username, LoginFailure.address == address),
            )
        )
    ).one()
    # An address gets more room than an account: many cadres share one township network.
    return counts[0] >= rule.max_failures or counts[1] >= rule.max_failures * 4


async def login(
    session: AsyncSession,
    *,
    actor: Principal,
    username: str,
    password: str,
    address: str,
    session_hours: int,
    throttle: Throttle,
) -> SignIn:
    """Check the password and open a session.

    Raises ``LoginRefused`` or THROTTLED. The caller runs this in a savepoint and records a
    refusal with ``record_failure`` after the savepoint is rolled back, in the request's
    transaction, which commits whatever other fields of the request do.
    """
    if actor.read_only:
        raise DomainError(ErrorCode.READ_ONLY, "只读凭证不能登录")
    name = username.strip()[:USERNAME_MAX]
    await name_account(session, name)
    user = await session.scalar(select(User).where(or_(User.username == name, User.phone == name)))
    # Failures count against the account whatever name (username or phone) was typed.
    account = user.username if user else name
    if await _throttled(session, username=account, address=address, rule=throttle):
        minutes = int(throttle.window.total_seconds() // 60)
        raise DomainError(ErrorCode.THROTTLED, f"登录失败次数过多，请 {minutes} 分钟后再试")
    valid = verify_password(user.password_hash if user else None, password)
    if user is None or not valid or not user.is_active:
        raise LoginRefused(account)
    await session.execute(delete(LoginFailure).where(LoginFailure.username == account))
    secret = new_secret(SESSION_PREFIX)
    expires_at = utcnow() + timedelta(hours=session_hours)
    await act_as_user(session, user.id)
    row = UserSession(
        user_id=user.id, token_hash=secret_hash(secret), expires_at=expires_at, address=address
    )
    session.add(row)
    await session.flush()
    principal = await principal_for_user(session, user_id=user.id, session_id=row.id)
    assert principal is not None
    await allow_county_audit(session, user.county_id)
    await audit.record(
        session,
        actor=principal,
        action="auth.login",
        target_type="User",
        target_id=user.id,
        county_id=user.county_id,
        after={"address": address},
    )
    return SignIn(secret=secret, expires_at=expires_at, principal=principal)


async def queue_attempt(session: AsyncSession, *, username: str) -> None:
    """Make attempts on one name wait for each other, so parallel guesses cannot outrun the
    failure count. Call it outside any savepoint: rolling one back releases the lock."""
    key = f"login:{username.strip()[:USERNAME_MAX]}"
    await session.execute(text("select pg_advisory_xact_lock(hashtext(:k))"), {"k": key})


async def record_failure(session: AsyncSession, *, account: str, address: str) -> None:
    session.add(LoginFailure(username=account[:USERNAME_MAX], address=address[:64]))
    await session.flush()


async def logout(session: AsyncSession, *, principal: Principal) -> None:
    if principal.session_id is None or principal.county_id is None:
        return
    await session.execute(
        update(UserSession)
        .where(UserSession.id == principal.session_id, UserSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    await allow_county_audit(session, principal.county_id)
    await audit.record(
        session,
        actor=principal,
        action="auth.logout",
        target_type="User",
        target_id=principal.user_id,
        county_id=principal.county_id,
    )


async def authenticate(session: AsyncSession, *, secret: str) -> Principal | None:
    """The principal behind a session or token secret, or None if unknown or expired."""
    if secret.startswith(TOKEN_PREFIX):
        return await _authenticate_token(session, secret=secret)
    if not secret.startswith(SESSION_PREFIX):
        return None
    digest = secret_hash(secret)
    await present_secret(session, digest)
    found = (
        await session.execute(
            select(UserSession.id, UserSession.user_id).where(
                UserSession.token_hash == digest,
                UserSession.revoked_at.is_(None),
                UserSession.expires_at > func.now(),
            )
        )
    ).first()
    if found is None:
        return None
    return await principal_for_user(session, user_id=found[1], session_id=found[0])


async def _authenticate_token(session: AsyncSession, *, secret: str) -> Principal | None:
    digest = secret_hash(secret)
    await present_secret(session, digest)
    token = await session.scalar(
        select(ApiToken).where(
            ApiToken.token_hash == digest,
            ApiToken.revoked_at.is_(None),
            ApiToken.expires_at > func.now(),
        )
    )
    if token is None:
        return None
    return Principal(
        kind="token",
        county_id=token.county_id,
        token_id=token.id,
        label=token.label,
        memberships=tuple(
            Membership(role=Role.EVALUATOR, county_id=token.county_id, town_id=t)
            for t in token.town_ids
        ),
        token_towns=frozenset(token.town_ids),
        read_only=True,
    )


async def principal_for_user(
    session: AsyncSession, *, user_id: int, session_id: int | None = None
) -> Principal | None:
    """None for a deactivated account. Row-level security lets a user read their own
    account and memberships before anything else."""
    await act_as_user(session, user_id)
    user = await session.get(User, user_id)
    if user is None or not user.is_active:
        return None
    town_rows = (
        await session.scalars(select(TownMembership).where(TownMembership.user_id == user.id))
    ).all()
    county_rows = (
        await session.scalars(
            select(CountyMembership).where(
                CountyMembership.user_id == user.id, CountyMembership.county_id == user.county_id
            )
        )
    ).all()
    memberships = [Membership(role=Role(m.role), county_id=user.county_id) for m in county_rows] + [
        Membership(
            role=Role(m.role),
            county_id=user.county_id,
            town_id=m.town_id,
            office_id=m.office_id,
            area_id=m.area_id,
            village_id=m.village_id,
        )
        for m in town_rows
    ]
    county_towns: frozenset[int] = frozenset()
    if county_rows:
        county_towns = frozenset(
            (await session.scalars(select(Town.id).where(Town.county_id == user.county_id))).all()
        )
    return Principal(
        kind="user",
        county_id=user.county_id,
        user_id=user.id,
        label=user.display_name,
        memberships=tuple(memberships),
        county_towns=county_towns,
        session_id=session_id,
    )
