"""What a draw records, whichever algorithm made it, and how a recomputation is compared.

Both algorithms (``draw-v1`` in ``draw``, ``draw-chain-v1`` in ``draw_chain``) end with
a team index per area in the canonical order (teams and areas by ascending id); ``assemble``
turns that into the recorded ``DrawResult``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from towncheck.crosscheck.inputs import Area, Team


@dataclass(frozen=True, slots=True)
class Placement:
    """One area and the team drawn to re-check it."""

    area_id: int
    team_id: int


@dataclass(frozen=True, slots=True)
class TeamLoad:
    """What one team drew: its areas (by id) and their households in total."""

    team_id: int
    area_ids: tuple[int, ...]
    households: int


@dataclass(frozen=True, slots=True)
class DrawResult:
    """A draw as recorded: enough to recompute it from the same inputs and seed."""

    algorithm: str
    seed_hex: str
    # How many valid assignments the draw chose among; 0 means "not counted" (draw-chain-v1
    # samples without counting them).
    valid_count: int
    capacity: int  # M: no team's household total exceeds it
    placements: tuple[Placement, ...]  # by area id
    loads: tuple[TeamLoad, ...]  # by team id

    def team_of(self) -> dict[int, int]:
        """Area id → team id."""
        return {placement.area_id: placement.team_id for placement in self.placements}


@dataclass(frozen=True, slots=True)
class DrawCheck:
    """A recorded draw compared with its recomputation."""

    matches: bool
    recomputed: DrawResult
    differences: tuple[str, ...]


def assemble(
    *,
    algorithm: str,
    seed: bytes,
    valid_count: int,
    capacity: int,
    teams: Sequence[Team],
    areas: Sequence[Area],
    owner: Sequence[int],
) -> DrawResult:
    """The recorded form of an assignment: ``owner[i]`` is the team index of area i."""
    loads = []
    for t, team in enumerate(teams):
        mine = [area for area, o in zip(areas, owner, strict=True) if o == t]
        loads.append(
            TeamLoad(
                team_id=team.id,
                area_ids=tuple(area.id for area in mine),
                households=sum(area.households for area in mine),
            )
        )
    return DrawResult(
        algorithm=algorithm,
        seed_hex=seed.hex(),
        valid_count=valid_count,
        capacity=capacity,
        placements=tuple(
            Placement(area_id=area.id, team_id=teams[o].id)
            for area, o in zip(areas, owner, strict=True)
        ),
        loads=tuple(loads),
    )


def differences(recorded: DrawResult, again: DrawResult) -> list[str]:
    """Where a recorded draw and its recomputation differ, in words (empty when they agree)."""
    found = []
    if recorded.seed_hex.lower() != again.seed_hex:
        found.append(f"种子不同：记录为 {recorded.seed_hex}，重算为 {again.seed_hex}")
    if recorded.valid_count != again.valid_count:
        found.append(f"有效方案数不同：记录为 {recorded.valid_count}，重算为 {again.valid_count}")
    if recorded.capacity != again.capacity:
        found.append(f"最大队伍户数不同：记录为 {recorded.capacity}，重算为 {again.capacity}")
    recorded_teams, again_teams = recorded.team_of(), again.team_of()
    for area_id in sorted(recorded_teams.keys() | again_teams.keys()):
        before, after = recorded_teams.get(area_id), again_teams.get(area_id)
        if before != after:
            found.append(
                f"管理区 {area_id}：记录为队伍 {_or_none(before)}，重算为队伍 {_or_none(after)}"
            )
    return found


def _or_none(team_id: int | None) -> str:
    return "（无）" if team_id is None else str(team_id)
