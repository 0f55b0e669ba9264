"""The demo's department lists: 马站镇's 低保 list and its disability subsidies for this year
cover nearly everyone the registry says is eligible, leaving just enough gaps that running
the policy rules shows each kind of finding; its temporary aid, training, public-welfare job
and microcredit lists are mostly in order, with one or two rows that trip each of the rules
over them. Idempotent: a town that already has the demo's 低保 list is left alone.

The lists are written as an import leaves them (matched by ID hash, set-based SQL over the
registry): the demo has no department's spreadsheet to read, and the synthetic registry's
ID numbers need not be decrypted to match.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.db import Database, TenantScope, allow_town_write
from towncheck.demo.sector_lists import TOTALS, load_other_lists, new_list
from towncheck.sectors import rules
from towncheck.sectors.kinds import MONTHLY_STANDARD
from towncheck.sectors.models import DepartmentList
from towncheck.tenancy.models import Town

DEMO_TOWN: Final = "马站镇"
LABEL: Final = "演示：一季度"  # the 低保 list's label: present means loaded
LEFT_OUT: Final = 2  # eligible households the 低保 list misses; the training list too
PAID_ON_DAY: Final = 10

# Heads of the households the 低保 list covers, one row per month of the first quarter,
# paid on the 10th.
_DIBAO = """
insert into department_entries (town_id, list_id, row_no, member_id, household_id, id_hash,
                                name, amount, category, start_on, end_on, paid_on, extra)
select m.town_id, cast(:list as bigint), 1 + row_number() over (order by m.household_id, mo),
       m.id, m.household_id, m.id_hash, m.name, cast(:amount as numeric), '',
       make_date(:year, mo, 1),
       (make_date(:year, mo, 1) + interval '1 month - 1 day')::date,
       make_date(:year, mo, :paid_day), '{}'
from members m cross join generate_series(1, 3) mo
where m.town_id = :town and m.relation = 'head' and m.household_id = any(:households)
"""

# Disability subsidies for the members ``:which`` selects, all but the first of them.
_DISABILITY = """
insert into department_entries (town_id, list_id, row_no, member_id, household_id, id_hash,
                                name, amount, category, start_on, end_on, paid_on, extra)
select town_id, cast(:list as bigint), :after + row_number() over (order by id), id,
       household_id,
       id_hash, name, cast(:amount as numeric), cast(:category as text), null, null,
       make_date(:year, 3, 15), '{{}}'
from (select m.*, row_number() over (order by m.id) as n from members m
      where m.town_id = :town and {which}) picked
where n > 1
"""
_SEVERE = "m.disability_grade in (1, 2)"
_DISABLED_ON_DIBAO = """m.disability_grade is not null and exists (
  select 1 from department_entries e where e.town_id = m.town_id and e.list_id = :dibao
    and e.household_id = m.household_id)"""


async def load_sectors(
    database: Database, scope: TenantScope, towns: list[Town], *, today: date
) -> None:
    async with database.unit_of_work(scope) as session:
        for town in towns:
            if town.name != DEMO_TOWN:
                continue
            loaded = select(DepartmentList.id).where(
                DepartmentList.town_id == town.id,
                DepartmentList.kind == "dibao",
                DepartmentList.year == today.year,
                DepartmentList.label == LABEL,
            )
            if await session.scalar(loaded) is not None:
                continue
            await allow_town_write(session, town.id)
            await _lists(session, town_id=town.id, year=today.year, today=today)


async def _lists(session: AsyncSession, *, town_id: int, year: int, today: date) -> None:
    # Before any list: the households the safety-net and training rules find.
    found = await rules.check(session, town_id=town_id, year=year)
    # Everyone the safety-net rule finds today, but for the first ``LEFT_OUT`` households.
    eligible = sorted({v.household_id for v in found if v.rule == "safety_net_gap"})
    covered = eligible[LEFT_OUT:]
    dibao = await new_list(session, town_id=town_id, kind="dibao", year=year, label=LABEL)
    params = {"town": town_id, "list": dibao, "year": year}
    await session.execute(
        text(_DIBAO),
        {
            **params,
            "households": covered,
            "amount": MONTHLY_STANDARD["dibao"],
            "paid_day": PAID_ON_DAY,
        },
    )
    if len(covered) >= 2:
        # One January paid in March (late), one February paid short.
        await session.execute(
            text(
                "update department_entries set paid_on = :late where town_id = :town"
                " and list_id = :list and household_id = :h and start_on = :jan"
            ),
            {**params, "h": covered[0], "late": date(year, 3, 5), "jan": date(year, 1, 1)},
        )
        await session.execute(
            text(
                "update department_entries set amount = :short where town_id = :town"
                " and list_id = :list and household_id = :h and start_on = :feb"
            ),
            {**params, "h": covered[1], "short": Decimal(200), "feb": date(year, 2, 1)},
        )
    await session.execute(text(TOTALS), params)
    subsidies = await new_list(
        session, town_id=town_id, kind="disability_subsidy", year=year, label=LABEL
    )
    after = 1  # the heading row
    for category, which, amount, extra in (
        ("care", _SEVERE, Decimal(90), {}),
        ("living", _DISABLED_ON_DIBAO, Decimal(80), {"dibao": dibao}),
    ):
        result = await session.execute(
            text(_DISABILITY.format(which=which)),
            {
                "town": town_id,
                "list": subsidies,
                "year": year,
                "category": category,
                "amount": amount,
                "after": after,
                **extra,
            },
        )
        after += result.rowcount  # type: ignore[attr-defined]
    await session.execute(text(TOTALS), {"town": town_id, "list": subsidies})
    # Trainees from every household the training rule finds, but for the first ``LEFT_OUT``.
    untrained = sorted({v.household_id for v in found if v.rule == "labour_without_training"})
    await load_other_lists(
        session,
        town_id=town_id,
        year=year,
        today=today,
        label=LABEL,
        trained=untrained[LEFT_OUT:],
    )
