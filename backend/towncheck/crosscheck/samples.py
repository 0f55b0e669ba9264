"""The cross-check sample in the database: its inputs recorded with the draw, its rows.

The households (area, category, whether the self-check found problems, whether risk flags
are raised) are recorded in the draw's inputs when the draw is made, so the sample can be
recomputed from the record alone, whatever the registry says later.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Final

from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.crosscheck.models import Draw, SampledHousehold
from towncheck.crosscheck.sampling import SampleHousehold, sample_households

_HOUSEHOLDS: Final = text("""
select h.id, vl.area_id, h.category,
  exists(select 1 from findings f where f.town_id = h.town_id and f.household_id = h.id
         and f.cycle_id = :cycle and f.stage = 'self') as finding,
  exists(select 1 from risk_flags r where r.town_id = h.town_id and r.household_id = h.id)
    as risk
from households h join villages vl on vl.town_id = h.town_id and vl.id = h.village_id
where h.town_id = :town order by h.id
""")


async def record_sample(session: AsyncSession, *, draw: Draw, seed: bytes) -> int:
    """Record the sample's inputs in the draw and store the sampled households."""
    rows = await session.execute(_HOUSEHOLDS, {"town": draw.town_id, "cycle": draw.cycle_id})
    draw.inputs = {
        **(draw.inputs or {}),
        "sample": [[r.id, r.area_id, r.category, r.finding, r.risk] for r in rows],
    }
    await session.flush()
    chosen = sample_of(draw)
    if chosen:
        await session.execute(
            insert(SampledHousehold),
            [
                {
                    "town_id": draw.town_id,
                    "cycle_id": draw.cycle_id,
                    "household_id": household,
                    "team_id": team,
                    "reason": reason,
                }
                for household, (team, reason) in sorted(chosen.items())
            ],
        )
    return len(chosen)


def recompute_sample(draw: Draw) -> dict[int, int]:
    """Household id → team id, from the draw's record alone."""
    return {household: team for household, (team, _) in sample_of(draw).items()}


def sample_of(draw: Draw) -> dict[int, tuple[int, str]]:
    """Household id → (team id, why it is in the sample)."""
    inputs: dict[str, Any] = draw.inputs or {}
    team_of = {area: team for area, team in (draw.result or {}).get("placements", [])}
    households = [
        SampleHousehold(
            id=int(h), area_id=int(a), category=str(c), has_findings=bool(f), has_risk_flags=bool(r)
        )
        for h, a, c, f, r in inputs.get("sample", [])
        if a in team_of
    ]
    rates = {k: Decimal(v) for k, v in draw.sample_rates.items()}
    chosen = set(
        sample_households(
            seed=bytes.fromhex(draw.seed), households=households, rates=rates
        ).household_ids
    )
    every = not rates
    return {
        h.id: (team_of[h.area_id], _reason(h, every=every)) for h in households if h.id in chosen
    }


def _reason(household: SampleHousehold, *, every: bool) -> str:
    if household.has_findings:
        return "finding"
    if household.has_risk_flags:
        return "risk"
    return "all" if every else "sampled"
