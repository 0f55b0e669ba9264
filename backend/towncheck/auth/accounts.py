"""Accounts: creation (CLI, demo) and password changes."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.models import CountyMembership, TownMembership, User, UserSession
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Membership, Principal, require
from towncheck.auth.roles import Role
from towncheck.auth.secrets import hash_password, password_problem, verify_password
from towncheck.db import allow_county_audit, allow_county_write, allow_town_write
from towncheck.errors import DomainError, ErrorCode, invalid
from towncheck.orm import utcnow


async def create_user(
    session: AsyncSession,
    *,
    actor: Principal,
    county_id: int,
    username: str,
    display_name: str,
    password: str,
    memberships: Sequence[Membership] = (),
    phone: str | None = None,
) -> User:
    """Create an account with its memberships. The caller's scope must allow the writes."""
    username = username.strip()
    if not username or len(username) > 64:
        raise invalid("用户名须为 1 到 64 个字符", field="username")
    await allow_county_write(session, county_id)
    user = User(
        county_id=county_id,
        username=username,
        display_name=display_name,
        password_hash=hash_password(password),
        phone=phone,
    )
    session.add(user)
    try:
        # Usernames are unique across counties, whose accounts this transaction cannot see.
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as error:
        message = f"用户名 {username} 已存在"
        raise DomainError(ErrorCode.CONFLICT, message, field="username") from error
    for m in memberships:
        if m.town_id is None:
            session.add(CountyMembership(user_id=user.id, county_id=county_id, role=m.role.value))
            continue
        await allow_town_write(session, m.town_id)
        membership = TownMembership(
            town_id=m.town_id,
            user_id=user.id,
            role=m.role.value,
            office_id=m.office_id,
            area_id=m.area_id,
            village_id=m.village_id,
        )
        session.add(membership)
        await session.flush()
        await audit.record(
            session,
            actor=actor,
            action="membership.create",
            target_type="TownMembership",
            target_id=membership.id,
            town_id=m.town_id,
            after={
                "user_id": user.id,
                "role": m.role.value,
                "office_id": m.office_id,
                "area_id": m.area_id,
                "village_id": m.village_id,
            },
        )
    await audit.record(
        session,
        actor=actor,
        action="user.create",
        target_type="User",
        target_id=user.id,
        county_id=county_id,
        after={"username": user.username, "roles": sorted({m.role.value for m in memberships})},
    )
    return user


async def change_password(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    current_password: str,
    new_password: str,
) -> None:
    if principal.kind != "user" or principal.user_id is None or principal.county_id is None:
        raise DomainError(ErrorCode.FORBIDDEN, "只有登录用户可以修改密码")
    domain_town = next(iter(m.town_id for m in principal.memberships if m.town_id), None)
    require(policy, principal, "account", "write", town_id=domain_town)
    user = await session.get(User, principal.user_id)
    if user is None or not verify_password(user.password_hash, current_password):
        raise DomainError(ErrorCode.INVALID_CREDENTIALS, "当前密码不正确", field="currentPassword")
    problem = password_problem(new_password)
    if problem:
        raise DomainError(ErrorCode.WEAK_PASSWORD, problem, field="newPassword")
    if new_password == current_password:
        raise DomainError(ErrorCode.WEAK_PASSWORD, "新密码不能与当前密码相同", field="newPassword")
    user.password_hash = hash_password(new_password)
    user.password_changed_at = utcnow()
    # Whoever knew the old password may hold another session: end all but this one.
    await session.execute(
        update(UserSession)
        .where(
            UserSession.user_id == user.id,
            UserSession.revoked_at.is_(None),
            UserSession.id != (principal.session_id or 0),
        )
        .values(revoked_at=utcnow())
    )
    await session.flush()
    await allow_county_audit(session, principal.county_id)
    await audit.record(
        session,
        actor=principal,
        action="user.change_password",
        target_type="User",
        target_id=user.id,
        county_id=principal.county_id,
    )


def role_of(value: str) -> Role:
    try:
        return Role(value)
    except ValueError as error:
        raise invalid(f"未知角色: {value}", field="role") from error
