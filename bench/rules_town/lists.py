"""One town's department lists, written as an import leaves them (matched by ID hash) and
set-based as the owner role, after ``registry.fill_registry`` in the same transaction.

Safety net: the households the registry says are eligible (monitored, or last year's income
per head below the line) are on the 低保 list — single people on the 特困 list half the
time —, every member, one row per month of each quarter of the year that has ended (and of
last year's fourth quarter), except ``GAP`` per mille of them, which the safety-net rule
finds; ``WRONG`` per mille of the others are on the 低保 list anyway. Payments are made on
the 10th of the month, except ``LATE`` per mille made after the month and ``SHORT`` per mille
below the standard. Disability subsidies go to the severely disabled (care) and to disabled
members of 低保 households (living), except ``GAP`` per mille of each. Training, public-welfare
jobs, microcredit and temporary aid reach shares of all members (and training lists a few
people the registry no longer has), so that the entries match a large share of the members.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.sectors.kinds import MONTHLY_STANDARD

GAP: Final = 40
WRONG: Final = 10
LATE: Final = 15
SHORT: Final = 15
# Per mille of members on the other lists (microcredit: of heads).
OTHER_SHARES: Final = {
    "training": 200,
    "public_welfare_job": 30,
    "microcredit": 60,
    "temporary_aid": 15,
}
GONE: Final = 20  # per mille of training rows whose person the registry no longer has

COVER_SQL: Final = """
create temp table bench_cover on commit drop as
select cast(:first as bigint) + h.k - 1 as household_id,
    case
        when h.category = 'monitored' or h.below then
            case when r.roll < :gap then null
                 when h.size = 1 and r.roll % 2 = 0 then 'tekun'
                 else 'dibao' end
        when r.roll < :wrong then 'dibao'
    end as kind
from bench_homes h
cross join lateral (select cast(abs(hashtextextended('cover:' || cast(:key as text) || ':'
    || h.k, 0)) % 1000 as int) as roll) r
"""

LIST_SQL: Final = """
insert into department_lists (town_id, kind, year, label, filename, sha256, row_count,
    total_amount)
values (:town, :kind, :year, :label, :filename, :sha, 0, 0)
returning id
"""

# One row per member of the covered households and month of the quarter.
SAFETY_NET_SQL: Final = """
insert into department_entries (town_id, list_id, row_no, member_id, household_id, id_hash,
    name, amount, category, start_on, end_on, paid_on, extra)
select m.town_id, cast(:list as bigint),
    1 + row_number() over (order by m.household_id, m.position, mo.m),
    m.id, m.household_id, m.id_hash, m.name,
    case when r.roll < :short then cast(:standard as numeric) - 45
         else cast(:standard as numeric) end,
    '', make_date(:year, mo.m, 1),
    cast(make_date(:year, mo.m, 1) + interval '1 month - 1 day' as date),
    case when r.roll >= :short and r.roll < cast(:short as int) + cast(:late as int)
         then cast(make_date(:year, mo.m, 1) + interval '1 month' as date) + 5 + r.roll % 30
         else make_date(:year, mo.m, 10) end,
    '{}'
from bench_cover c
join members m on m.town_id = :town and m.household_id = c.household_id
cross join generate_series(cast(:first_month as int), cast(:first_month as int) + 2) mo(m)
cross join lateral (select cast(abs(hashtextextended('paid:' || cast(:key as text) || ':'
    || cast(:list as bigint) || ':' || m.id || ':' || mo.m, 0)) % 1000 as int) as roll) r
where c.kind = :kind
"""

DISABILITY_SQL: Final = """
insert into department_entries (town_id, list_id, row_no, member_id, household_id, id_hash,
    name, amount, category, start_on, end_on, paid_on, extra)
select m.town_id, cast(:list as bigint), 1 + row_number() over (order by m.id, x.category),
    m.id, m.household_id, m.id_hash, m.name, x.amount, x.category, null, null,
    make_date(:year, 3, 15), '{}'
from members m
left join bench_cover c on c.household_id = m.household_id
cross join lateral (values ('care', cast(90 as numeric), m.disability_grade in (1, 2)),
    ('living', cast(80 as numeric), coalesce(c.kind = 'dibao', false))) x(category, amount, wanted)
cross join lateral (select cast(abs(hashtextextended('subsidy:' || cast(:key as text) || ':'
    || m.id || ':' || x.category, 0)) % 1000 as int) as roll) r
where m.town_id = :town and m.disability_grade is not null and x.wanted and r.roll >= :gap
"""

OTHER_SQL: Final = """
insert into department_entries (town_id, list_id, row_no, member_id, household_id, id_hash,
    name, amount, category, start_on, end_on, paid_on, extra)
select cast(:town as int), cast(:list as bigint), 1 + row_number() over (order by p.n),
    p.member_id, p.household_id, p.id_hash, p.name,
    case cast(:kind as text) when 'training' then 800 when 'public_welfare_job' then 500
        when 'microcredit' then 50000 else 500 + p.roll % 2500 end,
    '',
    case cast(:kind as text) when 'training' then make_date(:year, 3, 1) + p.roll % 200
        when 'public_welfare_job' then make_date(:year, 1, 1) + p.roll % 60
        when 'microcredit' then make_date(:year - 1, 1, 1) + p.roll % 300 end,
    case cast(:kind as text) when 'training' then make_date(:year, 3, 11) + p.roll % 200
        when 'public_welfare_job' then make_date(:year, 12, 31)
        when 'microcredit' then make_date(:year + 2, 1, 1) + p.roll % 300 end,
    case cast(:kind as text) when 'public_welfare_job' then make_date(:year, 6, 10)
        when 'temporary_aid' then make_date(:year, 1, 1) + p.roll % 150 end,
    '{}'
from (
    select m.id as n, m.id as member_id, m.household_id, m.id_hash, m.name, r.roll
    from members m
    cross join lateral (select cast(abs(hashtextextended(cast(:kind as text) || ':'
        || cast(:key as text) || ':' || m.id, 0)) % 1000 as int) as roll) r
    where m.town_id = :town and r.roll < :share
        and (cast(:kind as text) <> 'microcredit' or m.position = 0)
    union all
    select -g.i, 0, 0, decode(md5('gone:' || cast(:key as text) || ':' || g.i)
        || md5('gone-hmac:' || cast(:key as text) || ':' || g.i), 'hex'), '迁出人员' || g.i, 0
    from generate_series(1, cast(:gone as int)) g(i)
) p
"""

TOTALS_SQL: Final = """
update department_lists l set row_count = s.n, total_amount = s.total
from (select list_id, count(*) as n, coalesce(sum(amount), 0) as total
      from department_entries where town_id = :town group by list_id) s
where l.town_id = :town and l.id = s.list_id
"""


@dataclass(frozen=True, slots=True)
class Lists:
    lists: int
    entries: int


def _quarters(year: int, today: date) -> list[tuple[int, int]]:
    """(year, first month) of last year's fourth quarter and of every quarter of ``year``
    that has ended."""
    ended = [
        (year, m)
        for m in (1, 4, 7, 10)
        if (date(year + 1, 1, 1) if m == 10 else date(year, m + 3, 1)) <= today
    ]
    return [(year - 1, 10), *ended]


async def _new_list(session: AsyncSession, town: int, kind: str, year: int, label: str) -> int:
    made = await session.scalar(
        text(LIST_SQL),
        {
            "town": town,
            "kind": kind,
            "year": year,
            "label": label,
            "filename": f"{year}年{label}{kind}.xlsx",
            "sha": bytes(32),
        },
    )
    return int(made or 0)


async def fill_lists(
    session: AsyncSession,
    *,
    town_id: int,
    first_household: int,
    members: int,
    seed: int,
    year: int,
    today: date,
) -> Lists:
    """The town's lists and entries (``bench_homes`` of the registry fill must exist)."""
    key = f"{seed}:{town_id}"
    base = {"town": town_id, "key": key}
    await session.execute(
        text(COVER_SQL), {**base, "first": first_household, "gap": GAP, "wrong": WRONG}
    )
    made = 0
    for list_year, first_month in _quarters(year, today):
        label = f"第{(first_month + 2) // 3}季度"
        for kind in ("dibao", "tekun"):
            made += 1
            listed = await _new_list(session, town_id, kind, list_year, label)
            await session.execute(
                text(SAFETY_NET_SQL),
                {
                    **base,
                    "list": listed,
                    "kind": kind,
                    "year": list_year,
                    "first_month": first_month,
                    "standard": MONTHLY_STANDARD[kind],
                    "short": SHORT,
                    "late": LATE,
                },
            )
    for list_year in (year - 1, year):
        made += 1
        listed = await _new_list(session, town_id, "disability_subsidy", list_year, "全年")
        await session.execute(
            text(DISABILITY_SQL), {**base, "list": listed, "year": list_year, "gap": GAP}
        )
    for kind, share in OTHER_SHARES.items():
        made += 1
        listed = await _new_list(session, town_id, kind, year, "全年")
        gone = members * share // 1000 * GONE // 1000 if kind == "training" else 0
        await session.execute(
            text(OTHER_SQL),
            {**base, "list": listed, "kind": kind, "year": year, "share": share, "gone": gone},
        )
    await session.execute(text(TOTALS_SQL), {"town": town_id})
    entries = await session.scalar(
        text("select count(*) from department_entries where town_id = :t"), {"t": town_id}
    )
    return Lists(lists=made, entries=int(entries or 0))
