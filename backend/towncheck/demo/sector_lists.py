"""The demo's lists of temporary aid, training, public-welfare jobs and microcredit for 马站镇:
mostly in order, with a row or two that trips each rule of ``sectors.rules_lists``, picked
from whatever registry the town has (the synthetic one, or the few households a test makes).

Like the demo's other lists they are written as an import leaves them, by member id (the
entries take the member's ID hash and name from the registry).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Final

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.sectors.models import DepartmentList
from towncheck.sectors.rules_lists import ELIGIBLE, LABOUR_AGES, LABOUR_FORCE, NO_LABOUR, among

TOTALS: Final = """
update department_lists l set row_count = s.n, total_amount = s.total
from (select count(*) as n, coalesce(sum(amount), 0) as total from department_entries
      where town_id = :town and list_id = :list) s
where l.town_id = :town and l.id = :list
"""

# One entry per element of the arrays, for the member of that id, in that order.
_ENTRIES = """
insert into department_entries (town_id, list_id, row_no, member_id, household_id, id_hash,
                                name, amount, category, start_on, end_on, paid_on, extra)
select m.town_id, cast(:list as bigint), 1 + r.n, m.id, m.household_id, m.id_hash, m.name,
       r.amount, '', r.start_on, r.end_on, r.paid_on, '{}'
from unnest(cast(:members as bigint[]), cast(:amounts as numeric[]), cast(:starts as date[]),
            cast(:ends as date[]), cast(:paid as date[])) with ordinality
  as r(member_id, amount, start_on, end_on, paid_on, n)
join members m on m.town_id = :town and m.id = r.member_id
"""

# The first ``:n`` members (in registry order) that ``{which}`` picks over ``m`` and ``h``.
_PICK = """
select m.id from members m join households h on h.town_id = m.town_id and h.id = m.household_id
where m.town_id = :town and {which}
order by m.household_id, m.position, m.id
limit :n
"""
_ADULT = f":year - extract(year from m.birth_date) >= {LABOUR_AGES[0]}"
_ELIGIBLE_HEAD = f"m.relation = 'head' and h.category in {among(ELIGIBLE)}"
_ORDINARY_HEAD = "m.relation = 'head' and h.category = 'ordinary'"
# Public-welfare jobs are meant for the weak labour force, but anyone who can work may hold one.
_CAN_WORK = (
    f"h.category in {among(ELIGIBLE)} and {_ADULT}"
    f" and m.labour_status in {among(('weak', *LABOUR_FORCE))}"
)
_CANNOT_WORK = f"m.labour_status in {among(NO_LABOUR)} and {_ADULT}"

# One member of working age in the labour force from each household given: whom the training
# rule asks for.
_TRAINEES = f"""
select distinct on (m.household_id) m.id from members m
where m.town_id = :town and m.household_id = any(:households)
  and m.labour_status in {among(LABOUR_FORCE)} and m.enrolled is not true
  and :year - extract(year from m.birth_date) between {LABOUR_AGES[0]} and {LABOUR_AGES[1]}
order by m.household_id, m.position, m.id
"""  # noqa: S608

# One entry: the member, amount, 起始日期, 截止日期, 发放日期.
_Entry = tuple[int, Decimal | None, date | None, date | None, date | None]


async def new_list(session: AsyncSession, *, town_id: int, kind: str, year: int, label: str) -> int:
    made = DepartmentList(
        town_id=town_id,
        kind=kind,
        year=year,
        label=label,
        filename=f"演示{label}.xlsx",
        sha256=bytes(32),
        row_count=0,
        total_amount=Decimal(0),
    )
    session.add(made)
    await session.flush()
    return made.id


async def load_other_lists(
    session: AsyncSession,
    *,
    town_id: int,
    year: int,
    today: date,
    label: str,
    trained: list[int],
) -> None:
    """The year's four lists; ``trained`` are the households with a trainee."""

    async def pick(which: str, n: int) -> list[int]:
        sql = _PICK.format(which=which)
        return list(await session.scalars(text(sql), {"town": town_id, "year": year, "n": n}))

    async def write(kind: str, entries: list[_Entry]) -> None:
        if not entries:
            return
        listed = await new_list(session, town_id=town_id, kind=kind, year=year, label=label)
        members, amounts, starts, ends, paid = (list(c) for c in zip(*entries, strict=True))
        await session.execute(
            text(_ENTRIES),
            {
                "town": town_id,
                "list": listed,
                "members": members,
                "amounts": amounts,
                "starts": starts,
                "ends": ends,
                "paid": paid,
            },
        )
        await session.execute(text(TOTALS), {"town": town_id, "list": listed})

    heads = await pick(_ELIGIBLE_HEAD, 3)
    ordinary = await pick(_ORDINARY_HEAD, 1)

    # 临时救助: once each, in February; the last head a second time that month (重复救助).
    aid: list[_Entry] = [(h, Decimal(800), None, None, date(year, 2, 5)) for h in heads]
    aid += [(h, Decimal(500), None, None, date(year, 2, 25)) for h in heads[-1:]]
    await write("temporary_aid", aid)

    # 技能培训: a ten-day course in March.
    trainees = await session.scalars(
        text(_TRAINEES), {"town": town_id, "year": year, "households": trained}
    )
    course = (date(year, 3, 1), date(year, 3, 10))
    await write("training", [(t, Decimal(800), *course, None) for t in trainees])

    # 公益岗位: posts for the whole year; the first holder left at the end of January and was
    # still paid in March (离岗后仍发放); one post is held by someone who cannot work and one by
    # an ordinary household's head (对象不符).
    workers = await pick(_CAN_WORK, 3)
    year_long = (date(year, 1, 1), date(year, 12, 31))
    january = (date(year, 1, 1), date(year, 1, 31))
    others = [*await pick(_CANNOT_WORK, 1), *ordinary]
    jobs: list[_Entry] = [(w, Decimal(500), *january, date(year, 3, 10)) for w in workers[:1]]
    jobs += [(w, Decimal(500), *year_long, date(year, 2, 10)) for w in [*workers[1:], *others]]
    await write("public_welfare_job", jobs)

    # 扶贫小额信贷: three-year loans of 50,000 yuan, but the first head's (30,000) fell due a
    # month ago (逾期未还) and the second's is 80,000 (超过额度); an ordinary household's head
    # has one too (对象不符).
    granted = date(year, 1, 2)
    due = today - timedelta(days=30)
    term = (granted, granted.replace(year=year + 3) - timedelta(days=1))
    loans: list[_Entry] = [(h, Decimal(30000), min(granted, due), due, None) for h in heads[:1]]
    loans += [(h, Decimal(80000), *term, None) for h in heads[1:2]]
    loans += [(h, Decimal(50000), *term, None) for h in [*heads[2:], *ordinary]]
    await write("microcredit", loans)
