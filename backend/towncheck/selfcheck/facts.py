"""What the registry says about a household, as the facts checkpoint rules read.

One statement gathers everything (members counted with filters, the latest income year,
living conditions and the county's line for that year), so that submitting a visit costs
the same whatever the household's size.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Final

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.households.risk import DEFAULT_LINE, DEFAULT_MARGIN

Facts = dict[str, Any]

_SELECT: Final = """
select h.id, h.category, coalesce(mc.n, 0) as n, mc.no_basic, mc.no_critical, mc.no_special,
       mc.not_delivered, mc.no_doctor, mc.chronic_uncertified, mc.not_enrolled, mc.disabled,
       mc.labour_able, i.year as income_year, i.net, i.evidenced,
       lc.housing_grade, lc.repair_plan, lc.plan_done_on, lc.plan_due, lc.water_safe,
       p.line, p.margin
from households h
left join lateral (
  select count(*) as n,
    count(*) filter (where not m.basic_medical) as no_basic,
    count(*) filter (where not m.critical_illness) as no_critical,
    count(*) filter (where not m.special_insurance) as no_special,
    count(*) filter (where m.special_insurance and not m.special_policy_delivered)
      as not_delivered,
    count(*) filter (where not m.family_doctor) as no_doctor,
    count(*) filter (where m.chronic_illness and not m.chronic_certified) as chronic_uncertified,
    count(*) filter (where extract(year from age(:today, m.birth_date)) between 6 and 15
                       and m.enrolled is not true) as not_enrolled,
    count(*) filter (where m.disability_type is not null) as disabled,
    count(*) filter (where m.labour_status in ('ordinary', 'skilled')) as labour_able
  from members m where m.town_id = h.town_id and m.household_id = h.id
) mc on true
left join lateral (
  select year, wages + production + property + transfers - production_costs as net,
         evidence <> '' as evidenced
  from incomes where town_id = h.town_id and household_id = h.id
  order by year desc limit 1
) i on true
left join living_conditions lc on lc.town_id = h.town_id and lc.household_id = h.id
left join lateral (
  select pl.line, pl.margin from poverty_lines pl join towns t on t.county_id = pl.county_id
  where t.id = h.town_id and pl.year = i.year
) p on true
where h.town_id = :town
"""
_FACTS: Final = text(_SELECT + " and h.id = :household")
_TOWN_FACTS: Final = text(_SELECT + " order by h.id")


async def household_facts(
    session: AsyncSession, *, town_id: int, household_id: int, today: date
) -> Facts | None:
    """The facts of one household, or None when it is not visible here."""
    row = (
        await session.execute(_FACTS, {"town": town_id, "household": household_id, "today": today})
    ).first()
    if row is None:
        return None
    return _facts(row._mapping, today=today)


async def town_facts(session: AsyncSession, *, town_id: int, today: date) -> dict[int, Facts]:
    """The facts of every household of the town, in one statement (for sweeps)."""
    rows = await session.execute(_TOWN_FACTS, {"town": town_id, "today": today})
    return {int(r.id): _facts(r._mapping, today=today) for r in rows}


def _facts(r: Any, *, today: date) -> Facts:
    size = int(r["n"])
    per_capita = (
        None if r["net"] is None else (Decimal(r["net"]) / max(size, 1)).quantize(Decimal("0.01"))
    )
    graded = r["housing_grade"] is not None
    return {
        "line": Decimal(r["line"]) if r["line"] is not None else DEFAULT_LINE,
        "margin": Decimal(r["margin"]) if r["margin"] is not None else DEFAULT_MARGIN,
        "household": {"category": r["category"], "size": size},
        "income": {"per_capita": per_capita, "evidenced": r["evidenced"], "year": r["income_year"]},
        "housing": {
            "grade": r["housing_grade"],
            "has_plan": bool(r["repair_plan"]) if graded else None,
            "plan_done": r["plan_done_on"] is not None if graded else None,
            "overdue": (
                r["plan_done_on"] is None and r["plan_due"] is not None and r["plan_due"] < today
            )
            if graded
            else None,
        },
        "water": {"safe": r["water_safe"]},
        "members": {
            "count": size,
            "without_basic_medical": _count(r["no_basic"]),
            "without_critical_illness": _count(r["no_critical"]),
            "without_special_insurance": _count(r["no_special"]),
            "policy_not_delivered": _count(r["not_delivered"]),
            "without_family_doctor": _count(r["no_doctor"]),
            "chronic_uncertified": _count(r["chronic_uncertified"]),
            "school_age_not_enrolled": _count(r["not_enrolled"]),
            "disabled": _count(r["disabled"]),
            "labour_able": _count(r["labour_able"]),
        },
    }


def _count(value: object) -> int:
    return int(value) if isinstance(value, int) else 0
