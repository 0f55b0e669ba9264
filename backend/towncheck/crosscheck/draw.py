"""The draw (抽签): which office team re-checks which management area (``draw-v1``).

Hard constraints — an assignment of areas to teams is *feasible* when

1. every area goes to exactly one team;
2. no team gets an area in which one of its members is responsible (an area liaison
   cadre of the area, or an assistance cadre of one of its households);
3. with ``avoid_previous``, no team gets the area it checked in the previous cycle;
4. when there are at least as many areas as teams, every team gets at least one area.

Balance — the households per team as even as the areas allow: the *capacity* M is the
smallest possible household total of the largest team over all feasible assignments
(minimax). The *valid* assignments are the feasible ones whose largest team total is M.

Choice — one valid assignment, exactly uniformly at random, read from the seed's
``draw-v1`` stream with ``below`` only (see ``randomness``). Teams are ordered by id;
areas are ordered by id and the i-th of them is bit i (value 2^i) of a bitmask. For each
team but the last, in turn, with U the areas not yet assigned: draw ``r = below(N)``,
N being the number of valid assignments that extend the choices made so far; walk the
subsets S of U in ascending order of their bitmask value, and take the first S for which
r < n(S), the number of valid assignments extending the choices so far and S, otherwise
subtracting n(S) from r. The last team takes what remains.

Everything depends only on the inputs and the seed, so ``verify_draw`` recomputes a
recorded draw. The exact counting is exponential in the number of areas: at most
``MAX_AREAS`` areas and ``MAX_TEAMS`` teams, and ``WORK_LIMIT`` steps of search, are
accepted; beyond them ``DrawTooLarge`` is raised (deterministically, so a recomputation
agrees). Measured on one core: 12 areas × 10 teams well under 0.2 s; 16 × 8 about 0.5 s
typically and under 2.5 s. The hard cases are those where M hardly constrains the other
teams — one area holding more households than an average team's share (a large town
seat) — which from about 14 areas on may exceed the limit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from towncheck.crosscheck.errors import DrawTooLarge, UnsupportedAlgorithm
from towncheck.crosscheck.feasibility import obstruction, raise_for_conflicts, raise_for_rotation
from towncheck.crosscheck.inputs import Area, Team, canonical, conflict_free, rotated
from towncheck.crosscheck.partition import Budget, Partition
from towncheck.crosscheck.randomness import RandomStream

__all__ = [
    "ALGORITHM_VERSION",
    "MAX_AREAS",
    "MAX_TEAMS",
    "Area",
    "DrawCheck",
    "DrawPlan",
    "DrawResult",
    "Placement",
    "Team",
    "TeamLoad",
    "plan_draw",
    "run_draw",
    "verify_draw",
]

ALGORITHM_VERSION: Final = "draw-v1"
DRAW_STREAM: Final = "draw-v1"
MAX_AREAS: Final = 20
MAX_TEAMS: Final = 20
# Units are steps of the subset search, some 4–5 million a second on one core: any draw,
# finished or refused, takes at most about 3 seconds. The limit decides only whether a
# draw can be computed, never which assignment it yields.
WORK_LIMIT: Final = 12_000_000


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
    valid_count: int  # how many valid assignments the draw chose among
    capacity: int  # M, the largest team's household total
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


class DrawPlan:
    """Everything about a draw but the seed: the valid assignments, counted.

    Planning does the expensive search once; ``choose`` then costs a walk over the teams,
    so one plan can serve several seeds (previews, tests, statistics).
    """

    def __init__(
        self,
        *,
        teams: tuple[Team, ...],
        areas: tuple[Area, ...],
        eligible: tuple[int, ...],
        partition: Partition,
    ) -> None:
        self.teams = teams
        self.areas = areas
        self._eligible = eligible
        self._partition = partition
        self.capacity = partition.capacity
        self.valid_count = partition.valid_count

    def eligible_teams(self) -> dict[int, tuple[int, ...]]:
        """Area id → the ids of the teams that may draw it (hard constraints 2 and 3)."""
        return {
            area.id: tuple(
                team.id for t, team in enumerate(self.teams) if self._eligible[t] >> bit & 1
            )
            for bit, area in enumerate(self.areas)
        }

    def choose(self, *, seed: bytes) -> DrawResult:
        """The valid assignment the seed selects."""
        taken = self._partition.walk(RandomStream(seed=seed, label=DRAW_STREAM))
        team_of: dict[int, int] = {}
        loads = []
        for team, subset in zip(self.teams, taken, strict=True):
            mine = [area for bit, area in enumerate(self.areas) if subset >> bit & 1]
            for area in mine:
                team_of[area.id] = team.id
            loads.append(
                TeamLoad(
                    team_id=team.id,
                    area_ids=tuple(area.id for area in mine),
                    households=sum(area.households for area in mine),
                )
            )
        return DrawResult(
            algorithm=ALGORITHM_VERSION,
            seed_hex=seed.hex(),
            valid_count=self.valid_count,
            capacity=self.capacity,
            placements=tuple(
                Placement(area_id=area.id, team_id=team_of[area.id]) for area in self.areas
            ),
            loads=tuple(loads),
        )


def plan_draw(
    *,
    teams: Sequence[Team],
    areas: Sequence[Area],
    previous: Mapping[int, int] | None = None,
    avoid_previous: bool = False,
) -> DrawPlan:
    """Check the hard constraints, find the capacity M and count the valid assignments.

    ``previous`` maps area id → the team id that checked it in the previous cycle; it
    matters only with ``avoid_previous``. Raises a ``DrawInfeasible`` subclass naming what
    blocks the draw, ``DrawTooLarge`` beyond the size limits, ``InvalidDrawInput`` for
    inputs that do not describe a draw.
    """
    ordered_teams, ordered_areas = canonical(teams, areas)
    if len(ordered_areas) > MAX_AREAS or len(ordered_teams) > MAX_TEAMS:
        raise DrawTooLarge(
            f"抽签最多支持 {MAX_AREAS} 个管理区、{MAX_TEAMS} 支队伍，"
            f"本次有 {len(ordered_areas)} 个管理区、{len(ordered_teams)} 支队伍"
        )
    nonempty = len(ordered_areas) >= len(ordered_teams)
    allowed = conflict_free(ordered_teams, ordered_areas)
    found = obstruction(allowed, len(ordered_areas), nonempty)
    if found is not None:
        raise_for_conflicts(found, ordered_teams, ordered_areas)
    if avoid_previous and previous:
        allowed = rotated(allowed, ordered_teams, ordered_areas, previous)
        found = obstruction(allowed, len(ordered_areas), nonempty)
        if found is not None:
            raise_for_rotation(found, ordered_teams, ordered_areas, previous)
    partition = Partition(
        weights=[area.households for area in ordered_areas],
        allowed=allowed,
        nonempty=nonempty,
        budget=Budget(WORK_LIMIT),
    )
    return DrawPlan(
        teams=ordered_teams,
        areas=ordered_areas,
        eligible=tuple(allowed),
        partition=partition,
    )


def run_draw(
    *,
    seed: bytes,
    teams: Sequence[Team],
    areas: Sequence[Area],
    previous: Mapping[int, int] | None = None,
    avoid_previous: bool = False,
) -> DrawResult:
    """Draw: one valid assignment, uniformly at random from the seed (see the module doc)."""
    plan = plan_draw(teams=teams, areas=areas, previous=previous, avoid_previous=avoid_previous)
    return plan.choose(seed=seed)


def verify_draw(
    *,
    recorded: DrawResult,
    seed: bytes,
    teams: Sequence[Team],
    areas: Sequence[Area],
    previous: Mapping[int, int] | None = None,
    avoid_previous: bool = False,
) -> DrawCheck:
    """Recompute a recorded draw from its inputs and seed, and say where they differ."""
    if recorded.algorithm != ALGORITHM_VERSION:
        raise UnsupportedAlgorithm(recorded.algorithm)
    again = run_draw(
        seed=seed, teams=teams, areas=areas, previous=previous, avoid_previous=avoid_previous
    )
    differences = []
    if recorded.seed_hex.lower() != again.seed_hex:
        differences.append(f"种子不同：记录为 {recorded.seed_hex}，重算为 {again.seed_hex}")
    if recorded.valid_count != again.valid_count:
        differences.append(
            f"有效方案数不同：记录为 {recorded.valid_count}，重算为 {again.valid_count}"
        )
    if recorded.capacity != again.capacity:
        differences.append(f"最大队伍户数不同：记录为 {recorded.capacity}，重算为 {again.capacity}")
    recorded_teams, again_teams = recorded.team_of(), again.team_of()
    for area_id in sorted(recorded_teams.keys() | again_teams.keys()):
        before, after = recorded_teams.get(area_id), again_teams.get(area_id)
        if before != after:
            differences.append(
                f"管理区 {area_id}：记录为队伍 {_or_none(before)}，重算为队伍 {_or_none(after)}"
            )
    return DrawCheck(matches=not differences, recomputed=again, differences=tuple(differences))


def _or_none(team_id: int | None) -> str:
    return "（无）" if team_id is None else str(team_id)
