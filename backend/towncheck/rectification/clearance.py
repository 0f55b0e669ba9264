"""Clearance (清零): how much of a cycle's ledger is still open, by town, area, village or
cadre; the burn-down of open items over the rectification window; closing a cycle.

The seed requires the ledger to reach zero open items by the end of the rectification
stage. Dates are Chinese calendar days: a sign-off at 00:30 Beijing time on the day after
the deadline is late, although it is still the deadline's date in UTC. Every "day" below
is therefore taken in Asia/Shanghai, in SQL, whatever the server's time zone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Final, Literal

from sqlalchemy import ColumnElement, Date, Select, and_, cast, func, literal_column, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.models import User
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.cycles.models import Cycle
from towncheck.cycles.service import change_state
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, invalid, not_found
from towncheck.rectification.models import ClosingException, LedgerItem
from towncheck.tenancy.models import Area, Town, Village

By = Literal["town", "area", "village", "cadre"]
ZONE: Final = "Asia/Shanghai"
# States in which an item no longer needs work: signed off (销号) or withdrawn on appeal.
DONE: Final = ("signed_off", "withdrawn")
EXCEPTION_MAX: Final = 2000
_PERCENT: Final = Decimal("0.01")
# Items whose finding has no household (projects, funds) belong to no area or village.
UNPLACED: Final[Mapping[str, str]] = {"area": "（未关联管理区）", "village": "（未关联村）"}


@dataclass(frozen=True, slots=True)
class ClearanceRow:
    """One group's figures; ``key_id`` is the town's, area's, village's or owner's id
    (``None`` for the items that belong to no area or village)."""

    key_id: int | None
    name: str
    total: int
    open: int  # not yet signed off
    overdue: int  # not yet signed off and past the deadline
    signed_off: int
    on_time: int  # signed off on or before the deadline (Beijing date)
    on_time_rate: Decimal | None  # percent of the signed-off items; None if none yet
    cleared: bool  # nothing open: the group's ledger is 清零


@dataclass(frozen=True, slots=True)
class BurnDownDay:
    """Open items at the end of ``day``; ``open`` is None for days still to come."""

    day: date
    open: int | None
    ideal: Decimal  # the straight line from the first day's count to zero on rect_end


def local_day(moment: Any) -> ColumnElement[date]:
    """The Beijing calendar date of a ``timestamptz`` column."""
    return cast(func.timezone(literal_column(f"'{ZONE}'"), moment), Date)


def _aggregates(today: date) -> tuple[ColumnElement[Any], ...]:
    item = LedgerItem
    # count(item.id) rather than count(*): the town's row is an outer join and must show 0.
    signed = item.state == "signed_off"
    return (
        func.count(item.id).label("total"),
        func.count(item.id).filter(item.state != "signed_off").label("open"),
        func.count(item.id)
        .filter(item.state != "signed_off", item.deadline < today)
        .label("overdue"),
        func.count(item.id).filter(signed).label("signed_off"),
        func.count(item.id)
        .filter(signed, local_day(item.signed_off_at) <= item.deadline)
        .label("on_time"),
    )


def _in_cycle(town_id: int, cycle_id: int) -> ColumnElement[bool]:
    item = LedgerItem
    # Withdrawn items were never problems (the finding fell on appeal): they do not count.
    return and_(item.town_id == town_id, item.cycle_id == cycle_id, item.state != "withdrawn")


def _clearance_query(*, town_id: int, cycle_id: int, by: By, today: date) -> Select[Any]:
    item = LedgerItem
    figures = _aggregates(today)
    if by == "town":
        # From the town, so that a cycle with nothing in its ledger still has its row.
        return (
            select(Town.id.label("key_id"), Town.name.label("name"), *figures)
            .select_from(Town)
            .outerjoin(item, and_(item.town_id == Town.id, _in_cycle(town_id, cycle_id)))
            .where(Town.id == town_id)
            .group_by(Town.id, Town.name)
        )
    key, name, target, onclause = _grouping(by)
    # Areas and villages in their administrative order (ids follow the registry's order).
    return (
        select(
            key.label("key_id"), func.coalesce(name, UNPLACED.get(by, "")).label("name"), *figures
        )
        .select_from(item)
        .outerjoin(target, onclause)
        .where(_in_cycle(town_id, cycle_id))
        .group_by(key, name)
        .order_by(key.asc().nulls_last())
    )


def _grouping(by: By) -> tuple[Any, Any, Any, ColumnElement[bool]]:
    """The group's key, its name and where the name comes from."""
    item = LedgerItem
    if by == "area":
        return (
            item.area_id,
            Area.name,
            Area,
            (Area.town_id == item.town_id) & (Area.id == item.area_id),
        )
    if by == "village":
        return (
            item.village_id,
            Village.name,
            Village,
            (Village.town_id == item.town_id) & (Village.id == item.village_id),
        )
    if by == "cadre":
        return item.owner_id, User.display_name, User, User.id == item.owner_id
    raise invalid(f"不支持的统计口径：{by}", field="by")


def _rate(on_time: int, signed_off: int) -> Decimal | None:
    if not signed_off:
        return None
    # Official figures round half up (66.665 → 66.67), not Decimal's default half-even.
    return (Decimal(on_time * 100) / Decimal(signed_off)).quantize(_PERCENT, rounding=ROUND_HALF_UP)


async def clearance(
    session: AsyncSession, *, town_id: int, cycle_id: int, by: By, today: date
) -> list[ClearanceRow]:
    """The cycle's ledger figures per group, in one statement. The caller authorizes."""
    query = _clearance_query(town_id=town_id, cycle_id=cycle_id, by=by, today=today)
    rows = (await session.execute(query)).mappings()
    return [
        ClearanceRow(
            key_id=r["key_id"],
            name=r["name"],
            total=r["total"],
            open=r["open"],
            overdue=r["overdue"],
            signed_off=r["signed_off"],
            on_time=r["on_time"],
            on_time_rate=_rate(r["on_time"], r["signed_off"]),
            cleared=r["open"] == 0,
        )
        for r in rows
    ]


# The state an item was in at the end of a day is the last step it took on or before that
# day (a reopened item counts again from the day it was reopened); an item with no
# recorded step yet is open from the day it was created. ``spans`` turns the steps into
# half-open ranges of days [since, until) so that each (day, item) meets at most one span.
_BURN_DOWN: Final = text("""
with c as (
  select rect_start, rect_end, (now() at time zone 'Asia/Shanghai')::date as today
  from cycles where town_id = :town and id = :cycle
),
days as (
  select c.rect_start + n as day from c, generate_series(0, c.rect_end - c.rect_start) as n
  union
  select c.today from c where c.today > c.rect_end
),
items as (
  select id, (created_at at time zone 'Asia/Shanghai')::date as born
  from ledger_items where town_id = :town and cycle_id = :cycle
),
moves as (
  select t.item_id, (t.at at time zone 'Asia/Shanghai')::date as day, t.at, t.id, t.to_state
  from ledger_transitions t join items i on i.id = t.item_id
  where t.town_id = :town
),
ends as (
  select distinct on (item_id, day) item_id, day, to_state
  from moves order by item_id, day, at desc, id desc
),
spans as (
  select item_id, day as since, lead(day) over (partition by item_id order by day) as until,
         to_state
  from ends
),
counts as (
  select d.day,
         count(i.id) filter (
           where coalesce(s.to_state, 'open') not in ('signed_off', 'withdrawn')) as remaining
  from days d
  left join items i on i.born <= d.day
  left join spans s on s.item_id = i.id and s.since <= d.day
                   and (s.until is null or d.day < s.until)
  group by d.day
)
select k.day,
       case when k.day > c.today then null else k.remaining end as remaining,
       case when k.day >= c.rect_end then 0
            else round(first_value(k.remaining) over (order by k.day)
                       * (c.rect_end - k.day)::numeric / (c.rect_end - c.rect_start), 2)
       end as ideal
from counts k cross join c
order by k.day
""")


async def burn_down(session: AsyncSession, *, town_id: int, cycle_id: int) -> list[BurnDownDay]:
    """Open items at the end of each day of the rectification window (and today, if the
    window is over), with the ideal line; empty if the cycle is not visible."""
    rows = await session.execute(_BURN_DOWN, {"town": town_id, "cycle": cycle_id})
    return [
        BurnDownDay(day=day, open=remaining, ideal=Decimal(ideal)) for day, remaining, ideal in rows
    ]


async def close_cycle(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    cycle_id: int,
    exception: str | None,
    now: datetime,
) -> Cycle:
    """End the cycle once its ledger is cleared, or with the poverty office's recorded
    reason (例外说明) for the items still open."""
    require(policy, principal, "cycle", "write", town_id=town_id)
    reason = (exception or "").strip()
    if len(reason) > EXCEPTION_MAX:
        raise invalid(f"例外说明不能超过 {EXCEPTION_MAX} 个字", field="exception")
    await allow_town_write(session, town_id)
    # Locked so that two admins closing at once queue here: the second then finds the
    # cycle closed instead of both recording an exception.
    cycle = await session.get(Cycle, (town_id, cycle_id), with_for_update=True)
    if cycle is None:
        raise not_found("评估周期不存在或您无权查看")
    remaining = await _open_items(session, town_id=town_id, cycle_id=cycle_id)
    if remaining and not reason:
        raise DomainError(
            ErrorCode.CONFLICT,
            f"尚有 {remaining} 项整改未销号，不能结束周期；如确需结束请填写例外说明",
        )
    # change_state checks the state machine (only an active cycle may close) before any
    # exception is stored.
    closed = await change_state(
        session, policy=policy, principal=principal, town_id=town_id, cycle_id=cycle_id, to="closed"
    )
    if remaining:
        session.add(
            ClosingException(
                town_id=town_id,
                cycle_id=cycle_id,
                reason=reason,
                open_items=remaining,
                recorded_by=principal.user_id,
                recorded_at=now,
            )
        )
        await session.flush()
        await audit.record(
            session,
            actor=principal,
            action="cycle.close_exception",
            target_type="Cycle",
            target_id=cycle_id,
            town_id=town_id,
            after={"reason": reason, "open_items": remaining},
        )
    return closed


async def _open_items(session: AsyncSession, *, town_id: int, cycle_id: int) -> int:
    count = await session.scalar(
        select(func.count())
        .select_from(LedgerItem)
        .where(
            LedgerItem.town_id == town_id,
            LedgerItem.cycle_id == cycle_id,
            LedgerItem.state.not_in(DONE),
        )
    )
    return int(count or 0)
