"""Risk flags: suspected problems found from registry data, before anyone visits.

Recomputed in set-based SQL for the households a change touched (or a whole town): the old
flags of those households are deleted and the rules' results inserted in one statement each.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import nullcontext
from decimal import Decimal

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

# Per-capita net income of each household's latest year, against its county's line.
_INCOME = """
with latest as (
  select distinct on (i.household_id) i.town_id, i.household_id, i.year,
         i.wages + i.production + i.property + i.transfers - i.production_costs as net
  from incomes i where i.town_id = :town and i.household_id = any(:ids)
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
where town_id = :town and household_id = any(:ids) and housing_grade in ('C', 'D')
  and (repair_plan = '' or (plan_done_on is null and plan_due < current_date))
union all
select town_id, household_id, 'unsafe_water', jsonb_build_object('source', water_source)
from living_conditions
where town_id = :town and household_id = any(:ids) and not water_safe
"""

_MEMBERS = """
insert into risk_flags (town_id, household_id, flag, detail)
select town_id, household_id, flag, jsonb_build_object('members', jsonb_agg(name))
from (
  select town_id, household_id, name, 'no_basic_medical' as flag
  from members where town_id = :town and household_id = any(:ids) and not basic_medical
  union all
  select town_id, household_id, name, 'school_age_not_enrolled'
  from members where town_id = :town and household_id = any(:ids)
    and extract(year from age(current_date, birth_date)) between 6 and 15
    and enrolled is not true
  union all
  select town_id, household_id, name, 'chronic_uncertified'
  from members where town_id = :town and household_id = any(:ids)
    and chronic_illness and not chronic_certified
) found
group by town_id, household_id, flag
"""


async def recompute(
    session: AsyncSession, *, town_id: int, household_ids: Sequence[int] | None = None
) -> None:
    """Refresh the flags of these households (all of the town's when None)."""
    if household_ids is None:
        ids_sql = "select id from households where town_id = :town"
        rows = await session.execute(text(ids_sql), {"town": town_id})
        household_ids = [r[0] for r in rows]
    params = {
        "town": town_id,
        "ids": list(household_ids),
        "line": DEFAULT_LINE,
        "margin": DEFAULT_MARGIN,
    }
    await session.execute(
        text("delete from risk_flags where town_id = :town and household_id = any(:ids)"), params
    )
    # Right after a bulk load the planner has no statistics and picks nested loops that take
    # minutes over a whole town; hash joins are right for large sets anyway.
    async with hash_joins(session) if len(household_ids) > BULK else nullcontext():
        for statement in (_INCOME, _HOUSING, _MEMBERS):
            await session.execute(text(statement), params)
