"""Recomputing a recorded draw and its sample from what was recorded, and comparing.

Anyone holding the record (the GraphQL draw record, or the database through
``towncheck draw verify``) can redo every step: each reveal against its commitment, the
seed from the reveals and the fallback, the assignment from the recorded inputs and the
seed, and the sample from the recorded households and the seed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.crosscheck.commitment import Reveal, check_reveal, draw_seed
from towncheck.crosscheck.draw import DrawResult, Placement, run_draw, verify_draw
from towncheck.crosscheck.errors import DrawError
from towncheck.crosscheck.gather import from_record
from towncheck.crosscheck.models import Draw, DrawCommitment, SampledHousehold, TeamArea
from towncheck.crosscheck.samples import recompute_sample
from towncheck.errors import DomainError, ErrorCode, not_found


@dataclass(frozen=True, slots=True)
class Verification:
    matches: bool
    seed_hex: str
    algorithm: str
    differences: tuple[str, ...]


def recompute_seed(
    *, cycle_id: int, commitments: Sequence[DrawCommitment], fallback: str | None
) -> bytes:
    reveals = [
        Reveal(team_id=c.team_id, secret=c.secret) for c in commitments if c.secret is not None
    ]
    return draw_seed(cycle_id=cycle_id, reveals=reveals, fallback=fallback)


def run_recorded(record: Mapping[str, Any], *, seed: bytes) -> DrawResult:
    teams, areas, previous, avoid = from_record(record)
    return run_draw(seed=seed, teams=teams, areas=areas, previous=previous, avoid_previous=avoid)


def recorded_result(draw: Draw) -> DrawResult:
    result = draw.result or {}
    return DrawResult(
        algorithm=draw.algorithm,
        seed_hex=draw.seed,
        valid_count=int(result.get("valid_count") or 0),
        capacity=int(result.get("capacity", 0)),
        placements=tuple(Placement(area_id=a, team_id=t) for a, t in result.get("placements", [])),
        loads=(),
    )


async def verify_recorded(session: AsyncSession, *, town_id: int, cycle_id: int) -> Verification:
    draw = await session.get(Draw, (town_id, cycle_id))
    if draw is None:
        raise not_found("本周期没有抽签记录")
    if draw.state != "drawn" or draw.inputs is None:
        raise DomainError(ErrorCode.CONFLICT, "本周期的抽签尚未完成")
    commitments = list(
        await session.scalars(
            select(DrawCommitment)
            .where(DrawCommitment.town_id == town_id, DrawCommitment.cycle_id == cycle_id)
            .order_by(DrawCommitment.team_id)
        )
    )
    differences = [
        f"队伍 {c.team_id} 揭示的秘密数与其承诺不符"
        for c in commitments
        if c.secret is not None
        and not check_reveal(
            commitment=c.commitment, cycle_id=cycle_id, team_id=c.team_id, secret=c.secret
        )
    ]
    try:
        seed = recompute_seed(cycle_id=cycle_id, commitments=commitments, fallback=draw.fallback)
        if seed.hex() != draw.seed:
            differences.append(f"种子不同：记录为 {draw.seed}，重算为 {seed.hex()}")
        teams, areas, previous, avoid = from_record(draw.inputs)
        check = verify_draw(
            recorded=recorded_result(draw),
            seed=seed,
            teams=teams,
            areas=areas,
            previous=previous,
            avoid_previous=avoid,
        )
    except DrawError as error:
        return Verification(False, draw.seed, draw.algorithm, (*differences, error.message))
    differences += check.differences
    differences += await _stored_matches(session, draw)
    return Verification(not differences, draw.seed, draw.algorithm, tuple(differences))


async def _stored_matches(session: AsyncSession, draw: Draw) -> list[str]:
    """The rows teams work from must be what the record says."""
    town, cycle = draw.town_id, draw.cycle_id
    placed = await session.execute(
        select(TeamArea.area_id, TeamArea.team_id).where(
            TeamArea.town_id == town, TeamArea.cycle_id == cycle
        )
    )
    stored = {area: team for area, team in placed}
    recorded = {a: t for a, t in (draw.result or {}).get("placements", [])}
    problems = [] if stored == recorded else ["已保存的管理区分配与抽签记录不一致"]
    rows = await session.execute(
        select(SampledHousehold.household_id, SampledHousehold.team_id).where(
            SampledHousehold.town_id == town, SampledHousehold.cycle_id == cycle
        )
    )
    if {household: team for household, team in rows} != recompute_sample(draw):
        problems.append("已保存的互查样本与按记录重算的样本不一致")
    return problems
