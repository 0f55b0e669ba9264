"""Deadlines of the ledger: flag items due soon or overdue, and tell who must act.

Run daily per town (job ``ledger.deadlines``). The flags are recomputed from the deadlines
in one statement, and only items whose flag *changes* produce notices: the owner is told,
and so are the owner's superiors — the area cadres of the item's management area and the
town's poverty office. Running it again the same day changes no flag, so it notifies
nobody and writes nothing; the notices' unique key makes even two concurrent runs safe.

A notice is written once per user, item and reason: an item whose deadline is extended
and which later falls due again does not notify twice for the same reason (``overdue``
after ``due_soon`` is a new reason and does notify).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from sqlalchemy import (
    BigInteger,
    and_,
    any_,
    bindparam,
    case,
    func,
    literal,
    select,
    union_all,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.models import TownMembership, User
from towncheck.auth.principal import Principal
from towncheck.auth.roles import Role
from towncheck.db import allow_town_write
from towncheck.rectification.models import LedgerItem
from towncheck.rectification.notify import DUE_SOON, OVERDUE, Channel, Note

CLOSED: Final = ("signed_off", "withdrawn")
PROBLEM_CHARS: Final = 40
AUDITED_IDS: Final = 200  # the audit entry lists at most this many item ids

# Ranks order who a recipient is for an item: the owner's own wording wins when the owner
# is also an area cadre or in the poverty office.
OWNER, AREA, OFFICE = 0, 1, 2


@dataclass(frozen=True, slots=True)
class DeadlineReport:
    """After a run: how many items of the town are overdue or due soon (all of them, not
    just the new ones), how many flags this run changed and how many notes it sent."""

    town_id: int
    overdue: int
    due_soon: int
    changed: int
    notified: int


@dataclass(frozen=True, slots=True)
class _Flagged:
    item_id: int
    flag: str
    owner_id: int
    problem: str
    deadline: date


async def check_deadlines(
    session: AsyncSession,
    *,
    town_id: int,
    today: date,
    due_soon_days: int = 3,
    channels: Sequence[Channel],
    actor: Principal | None = None,
) -> DeadlineReport:
    """Recompute the town's flags, notify about the changes, audit them (when ``actor``)."""
    if due_soon_days < 0:
        raise ValueError("due_soon_days must not be negative")
    await allow_town_write(session, town_id)
    changed = await _reflag(session, town_id=town_id, today=today, days=due_soon_days)
    flagged = [c for c in changed if c.flag in (DUE_SOON, OVERDUE)]
    notes = await _notes(session, town_id=town_id, flagged=flagged)
    for channel in channels:
        await channel.deliver(session, notes)
    counts = await _counts(session, town_id=town_id)
    report = DeadlineReport(
        town_id=town_id,
        overdue=counts.get(OVERDUE, 0),
        due_soon=counts.get(DUE_SOON, 0),
        changed=len(changed),
        notified=len(notes),
    )
    if actor is not None and changed:
        await audit.record(
            session,
            actor=actor,
            action="ledger.deadlines",
            target_type="Town",
            target_id=town_id,
            town_id=town_id,
            after={
                "today": today.isoformat(),
                "overdue": report.overdue,
                "due_soon": report.due_soon,
                "notified": report.notified,
                "changed": {str(c.item_id): c.flag for c in changed[:AUDITED_IDS]},
            },
        )
    return report


async def _reflag(session: AsyncSession, *, town_id: int, today: date, days: int) -> list[_Flagged]:
    """One UPDATE over the town's items; RETURNING gives exactly the rows that changed.

    Closed items lose their flag: a signed-off item is no longer late. Under READ COMMITTED
    a concurrent run waits for our row locks, then re-checks ``flag <> new`` and finds
    nothing left to change.
    """
    new_flag = case(
        (LedgerItem.state.in_(CLOSED), literal("")),
        (LedgerItem.deadline < today, literal(OVERDUE)),
        (LedgerItem.deadline <= today + timedelta(days=days), literal(DUE_SOON)),
        else_=literal(""),
    )
    stmt = (
        update(LedgerItem)
        .where(LedgerItem.town_id == town_id, LedgerItem.flag != new_flag)
        .values(flag=new_flag)
        .returning(
            LedgerItem.id,
            LedgerItem.flag,
            LedgerItem.owner_id,
            LedgerItem.problem,
            LedgerItem.deadline,
        )
        .execution_options(synchronize_session="fetch")
    )
    rows = (await session.execute(stmt)).all()
    return sorted((_Flagged(*row) for row in rows), key=lambda f: f.item_id)


async def _counts(session: AsyncSession, *, town_id: int) -> dict[str, int]:
    rows = await session.execute(
        select(LedgerItem.flag, func.count())
        .where(LedgerItem.town_id == town_id, LedgerItem.flag.in_((DUE_SOON, OVERDUE)))
        .group_by(LedgerItem.flag)
    )
    return {flag: int(count) for flag, count in rows.all()}


async def _recipients(
    session: AsyncSession, *, town_id: int, item_ids: Sequence[int]
) -> list[tuple[int, int, int]]:
    """``(item, user, rank)`` for every active user to tell, each user once per item."""
    # One array parameter, not one per id: a first run over a large ledger may flag
    # more items than a statement may have parameters.
    listed = bindparam("item_ids", list(item_ids), type_=ARRAY(BigInteger))
    mine = and_(LedgerItem.town_id == town_id, LedgerItem.id == any_(listed))
    owners = select(
        LedgerItem.id.label("item_id"),
        LedgerItem.owner_id.label("user_id"),
        literal(OWNER).label("rank"),
    ).where(mine)
    area_cadres = (
        select(LedgerItem.id, TownMembership.user_id, literal(AREA))
        .join(
            TownMembership,
            and_(
                TownMembership.town_id == LedgerItem.town_id,
                TownMembership.area_id == LedgerItem.area_id,
                TownMembership.role == Role.AREA_CADRE.value,
            ),
        )
        .where(mine)
    )
    office = (
        select(LedgerItem.id, TownMembership.user_id, literal(OFFICE))
        .join(
            TownMembership,
            and_(
                TownMembership.town_id == LedgerItem.town_id,
                TownMembership.role == Role.TOWN_ADMIN.value,
            ),
        )
        .where(mine)
    )
    everyone = union_all(owners, area_cadres, office).subquery()
    rank = func.min(everyone.c.rank)
    rows = await session.execute(
        select(everyone.c.item_id, everyone.c.user_id, rank)
        .join(User, User.id == everyone.c.user_id)
        .where(User.is_active.is_(True))
        .group_by(everyone.c.item_id, everyone.c.user_id)
        .order_by(everyone.c.item_id, everyone.c.user_id)
    )
    return [(int(i), int(u), int(r)) for i, u, r in rows.all()]


async def _notes(session: AsyncSession, *, town_id: int, flagged: Sequence[_Flagged]) -> list[Note]:
    if not flagged:
        return []
    by_id = {f.item_id: f for f in flagged}
    recipients = await _recipients(session, town_id=town_id, item_ids=list(by_id))
    owner_ids = {f.owner_id for f in flagged}
    rows = await session.execute(select(User.id, User.display_name).where(User.id.in_(owner_ids)))
    names = {user_id: name for user_id, name in rows.all()}
    notes = []
    for item_id, user_id, rank in recipients:
        item = by_id[item_id]
        owner = None if rank == OWNER else names.get(item.owner_id, "责任人")
        notes.append(
            Note(
                town_id=town_id,
                user_id=user_id,
                item_id=item_id,
                kind=item.flag,
                message=message(item, owner_name=owner),
            )
        )
    return notes


def short(problem: str) -> str:
    """The first 40 characters of the problem, marked when cut."""
    text = " ".join(problem.split())
    return text if len(text) <= PROBLEM_CHARS else text[:PROBLEM_CHARS] + "…"


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def message(item: _Flagged, *, owner_name: str | None) -> str:
    """The owner is asked to act; a superior (``owner_name`` given) to see that it is done."""
    problem, deadline = short(item.problem), chinese_date(item.deadline)
    if owner_name is None:
        if item.flag == OVERDUE:
            return f"整改事项「{problem}」已超过整改时限 {deadline}，请尽快整改并提交销号"
        return f"整改事项「{problem}」将于 {deadline} 到期，请抓紧整改"
    if item.flag == OVERDUE:
        return (
            f"整改事项「{problem}」已超过整改时限 {deadline}（责任人：{owner_name}），"
            "请督促尽快整改并提交销号"
        )
    return f"整改事项「{problem}」将于 {deadline} 到期（责任人：{owner_name}），请督促抓紧整改"
