"""Risk flags: suspected problems found from registry data, before anyone visits.

Recomputed in set-based SQL for the households a change touched (or a whole town): the old
flags of those households are deleted and the rules' results inserted in one statement each.
The households are named by a list of ids, by a table of ids (a bulk import's, which never
leaves the database), or not at all for the whole town.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.db import hash_joins

DEFAULT_LINE = Decimal(4500)
DEFAULT_MARGIN = Decimal(450)
BULK = 200

FLAGS: dict[str, str] = {
    "income_below_line": "人均纯收入低于标准",
    "income_near_line": "人均纯收入略高于标准（边缘）",
    "housing_without_plan": "C/D 级危房无改造计划",
    "housing_overdue": "危房改造逾期未完成",
    "no_basic_medical": "有成员未参加基本医疗保险",
    "school_age_not_enrolled": "有义务教育阶段成员未在校",
    "chronic_uncertified": "慢性病未办理认定",
    "unsafe_water": "饮水不安全",
}

# ``{households}`` is the condition on the unqualified ``household_id`` that picks the
# households recomputed (empty for the whole town).

# Per-capita net income of each household's latest year, against its county's line.
_INCOME = """
with latest as (
  select distinct on (i.household_id) i.town_id, i.household_id, i.year,
         i.wages + i.production + i.property + i.transfers - i.production_costs as net
  from incomes i where i.town_id = :town {households}
  order by i.household_id, i.year desc
), per_capita as (
  select l.*, l.net / greatest(count(m.id), 1) as pc,
         coalesce(p.line, :line) as line, coalesce(p.margin, :margin) as margin
  from latest l
  join towns t on t.id = l.town_id
  left join poverty_lines p on p.county_id = t.county_id and p.year = l.year
  left join members m on m.town_id = l.town_id and m.household_id = l.household_id
  group by l.town_id, l.household_id, l.year, l.net, p.line, p.margin
)
insert into risk_flags (town_id, household_id, flag, detail)
select town_id, household_id,
       case when pc < line then 'income_below_line' else 'income_near_line' end,
       jsonb_build_object('year', year, 'per_capita', round(pc, 2), 'line', line)
from per_capita where pc < line + margin
"""

_HOUSING = """
insert into risk_flags (town_id, household_id, flag, detail)
select town_id, household_id,
       case when repair_plan = '' then 'housing_without_plan' else 'housing_overdue' end,
       jsonb_build_object('grade', housing_grade, 'plan_due', plan_due)
from living_conditions
where town_id = :town {households} and housing_grade in ('C', 'D')
  and (repair_plan = '' or (plan_done_on is null and plan_due < current_date))
union all
select town_id, household_id, 'unsafe_water', jsonb_build_object('source', water_source)
from living_conditions
where town_id = :town {households} and not water_safe
"""

# The birth-date bound only spares computing age() for most members: everyone aged 15 or
# less (in whole years) was born less than 17 years ago.
_MEMBERS = """
insert into risk_flags (town_id, household_id, flag, detail)
select town_id, household_id, flag, jsonb_build_object('members', jsonb_agg(name))
from (
  select town_id, household_id, name, 'no_basic_medical' as flag
  from members where town_id = :town {households} and not basic_medical
  union all
  select town_id, household_id, name, 'school_age_not_enrolled'
  from members where town_id = :town {households}
    and birth_date > current_date - interval '17 years'
    and extract(year from age(current_date, birth_date)) between 6 and 15
    and enrolled is not true
  union all
  select town_id, household_id, name, 'chronic_uncertified'
  from members where town_id = :town {households}
    and chronic_illness and not chronic_certified
) found
group by town_id, household_id, flag
"""

_DELETE = "delete from risk_flags where town_id = :town {households}"
_STATEMENTS = (_DELETE, _INCOME, _HOUSING, _MEMBERS)


@asynccontextmanager
async def _bulk_plans(session: AsyncSession) -> AsyncIterator[None]:
    """Hash joins over bitmap scans, whatever the (possibly stale) statistics say.

    Right after a bulk load the planner has no statistics, takes the tables for nearly empty
    and picks nested loops (minutes over a whole town) and plain index scans, which visit a
    town's members in index order, page after random page, once per rule."""
    async with hash_joins(session):
        previous = await session.scalar(text("select current_setting('enable_indexscan')"))
        await session.execute(text("select set_config('enable_indexscan', 'off', true)"))
        try:
            yield
        finally:
            await session.execute(
                text("select set_config('enable_indexscan', :previous, true)"),
                {"previous": previous},
            )


async def _run(session: AsyncSession, households: str, params: dict[str, Any]) -> None:
    for statement in _STATEMENTS:
        await session.execute(text(statement.format(households=households)), params)


def _params(town_id: int) -> dict[str, Any]:
    return {"town": town_id, "line": DEFAULT_LINE, "margin": DEFAULT_MARGIN}


async def recompute(
    session: AsyncSession, *, town_id: int, household_ids: Sequence[int] | None = None
) -> None:
    """Refresh the flags of these households (all of the town's when None)."""
    if household_ids is None:
        async with _bulk_plans(session):
            await _run(session, "", _params(town_id))
        return
    params = {**_params(town_id), "ids": list(household_ids)}
    if len(household_ids) > BULK:
        async with _bulk_plans(session):
            await _run(session, "and household_id = any(:ids)", params)
    else:
        await _run(session, "and household_id = any(:ids)", params)


async def recompute_listed(session: AsyncSession, *, town_id: int, table: str) -> None:
    """Refresh the flags of the town's households whose ids are in ``table`` (a temporary
    table with a ``household_id`` column, filled by a bulk change; duplicates allowed)."""
    if not table.isidentifier():
        raise ValueError(f"not a table name: {table!r}")
    listed = f"and household_id in (select household_id from {table})"  # noqa: S608
    async with _bulk_plans(session):
        await _run(session, listed, _params(town_id))
