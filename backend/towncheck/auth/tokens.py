"""Evaluator API tokens: read-only, scoped to towns, expiring, revocable."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.models import ApiToken
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, can, require
from towncheck.auth.secrets import TOKEN_PREFIX, new_secret, secret_hash
from towncheck.db import allow_county_write
from towncheck.errors import invalid, not_found
from towncheck.orm import utcnow

MAX_DAYS = 365


@dataclass(frozen=True, slots=True)
class IssuedToken:
    token: ApiToken
    secret: str


def _validate(label: str, town_ids: Sequence[int], expires_in_days: int) -> str:
    label = label.strip()
    if not label or len(label) > 100:
        raise invalid("请填写评估机构名称（不超过 100 个字）", field="label")
    if not town_ids:
        raise invalid("请至少选择一个乡镇", field="townIds")
    if not 1 <= expires_in_days <= MAX_DAYS:
        raise invalid(f"有效期须在 1 到 {MAX_DAYS} 天之间", field="expiresInDays")
    return label


async def issue(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    label: str,
    town_ids: Sequence[int],
    expires_in_days: int,
) -> IssuedToken:
    """Every chosen town must be one where the principal may issue tokens."""
    clean_label = _validate(label, town_ids, expires_in_days)
    for town_id in town_ids:
        require(policy, principal, "token", "write", town_id=town_id)
    assert principal.county_id is not None and principal.user_id is not None
    await allow_county_write(session, principal.county_id)
    secret = new_secret(TOKEN_PREFIX)
    token = ApiToken(
        county_id=principal.county_id,
        label=clean_label,
        token_hash=secret_hash(secret),
        prefix=secret[:10],
        town_ids=sorted(set(town_ids)),
        created_by=principal.user_id,
        expires_at=utcnow() + timedelta(days=expires_in_days),
    )
    session.add(token)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="token.issue",
        target_type="ApiToken",
        target_id=token.id,
        county_id=principal.county_id,
        after={
            "label": token.label,
            "town_ids": token.town_ids,
            "expires_at": token.expires_at.isoformat(),
        },
    )
    return IssuedToken(token=token, secret=secret)


def _manageable(policy: Policy, principal: Principal, token: ApiToken, action: str) -> bool:
    return all(can(policy, principal, "token", action, town_id=t) for t in token.town_ids)


async def visible(session: AsyncSession, *, policy: Policy, principal: Principal) -> list[ApiToken]:
    """Tokens of the county whose every town the viewer may manage, newest first."""
    if not any(can(policy, principal, "token", "read", town_id=t) for t in principal.read_towns):
        require(policy, principal, "token", "read")
    rows = (
        await session.scalars(
            select(ApiToken)
            .where(ApiToken.county_id == principal.county_id)
            .order_by(ApiToken.id.desc())
        )
    ).all()
    return [t for t in rows if _manageable(policy, principal, t, "read")]


async def revoke(
    session: AsyncSession, *, policy: Policy, principal: Principal, token_id: int
) -> ApiToken:
    token = await session.scalar(
        select(ApiToken).where(ApiToken.id == token_id, ApiToken.county_id == principal.county_id)
    )
    if token is None:
        raise not_found("凭证不存在")
    for town_id in token.town_ids:
        require(policy, principal, "token", "write", town_id=town_id)
    if token.revoked_at is None:
        assert principal.county_id is not None
        await allow_county_write(session, principal.county_id)
        token.revoked_at = utcnow()
        await session.flush()
        await audit.record(
            session,
            actor=principal,
            action="token.revoke",
            target_type="ApiToken",
            target_id=token.id,
            county_id=principal.county_id,
            before={"revoked_at": None},
            after={"revoked_at": token.revoked_at.isoformat()},
        )
    return token
