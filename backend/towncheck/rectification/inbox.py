"""The in-app inbox: a user's own notifications, newest first, and marking them read.

Row-level security lets anyone who reads a town see its notifications rows; the inbox is
personal, so every query here also filters on the viewer's user id.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

from sqlalchemy import ColumnElement, and_, false, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.principal import Principal
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, forbidden, invalid, not_found, unauthenticated
from towncheck.orm import utcnow
from towncheck.rectification.models import Notification

MARK_MAX: Final = 100


def _mine(
    principal: Principal, town_ids: Collection[int], unread_only: bool
) -> ColumnElement[bool]:
    """The viewer's notifications in those towns (nothing for tokens, which have no user)."""
    if principal.user_id is None or not town_ids:
        return false()
    condition = and_(
        Notification.town_id.in_(sorted(town_ids)), Notification.user_id == principal.user_id
    )
    return and_(condition, Notification.read_at.is_(None)) if unread_only else condition


async def inbox(
    session: AsyncSession,
    *,
    principal: Principal,
    town_ids: Collection[int],
    unread_only: bool = False,
    after_id: int | None = None,
    limit: int,
) -> Sequence[Notification]:
    """Up to ``limit`` notifications older than ``after_id`` (keyset: ids only grow, so a
    notice arriving while the user pages does not shift the pages)."""
    stmt = select(Notification).where(_mine(principal, town_ids, unread_only))
    if after_id is not None:
        stmt = stmt.where(Notification.id < after_id)
    return (await session.scalars(stmt.order_by(Notification.id.desc()).limit(limit))).all()


async def count(
    session: AsyncSession,
    *,
    principal: Principal,
    town_ids: Collection[int],
    unread_only: bool = False,
) -> int:
    stmt = select(func.count()).select_from(Notification)
    return int(await session.scalar(stmt.where(_mine(principal, town_ids, unread_only))) or 0)


async def unread_count(
    session: AsyncSession, *, principal: Principal, town_ids: Collection[int]
) -> int:
    return await count(session, principal=principal, town_ids=town_ids, unread_only=True)


async def mark_read(
    session: AsyncSession, *, principal: Principal, town_id: int, ids: Sequence[int]
) -> Sequence[Notification]:
    """Mark the viewer's own notifications read; all of them or, when one is not theirs,
    none (the caller's savepoint rolls back). Marking a read one again changes nothing."""
    if not principal.authenticated:
        raise unauthenticated()
    if principal.read_only:
        raise DomainError(ErrorCode.READ_ONLY, "只读凭证不能修改数据")
    if principal.user_id is None or not principal.roles_in_town(town_id):
        raise forbidden()
    wanted = sorted(set(ids))
    if len(wanted) > MARK_MAX:
        raise invalid(f"一次最多标记 {MARK_MAX} 条通知", field="ids")
    rows = (
        await session.scalars(
            select(Notification)
            .where(
                Notification.town_id == town_id,
                Notification.user_id == principal.user_id,
                Notification.id.in_(wanted),
            )
            .order_by(Notification.id.desc())
        )
    ).all()
    if len(rows) != len(wanted):
        # Someone else's notice and a missing one look alike: ids reveal nothing.
        raise not_found("通知不存在或不是您的通知")
    unread = [r.id for r in rows if r.read_at is None]
    if not unread:
        return rows
    await allow_town_write(session, town_id)
    now = utcnow()
    await session.execute(
        update(Notification)
        .where(
            Notification.town_id == town_id,
            Notification.user_id == principal.user_id,
            Notification.id.in_(unread),
            Notification.read_at.is_(None),
        )
        .values(read_at=now)
        .execution_options(synchronize_session="fetch")
    )
    await audit.record(
        session,
        actor=principal,
        action="notification.read",
        # Many ids would not fit the target column: the reader is the target, the ids follow.
        target_type="User",
        target_id=principal.user_id,
        town_id=town_id,
        after={"ids": unread, "read_at": now.isoformat()},
    )
    return rows
