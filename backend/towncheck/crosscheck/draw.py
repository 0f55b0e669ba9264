"""The draw (抽签): which office team re-checks which management area (``draw-v1``), and
which algorithm a draw uses (``draw-v1``, or ``draw-chain-v1`` for larger towns).

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

Which algorithm — ``run_draw`` uses ``draw-v1`` whenever it can complete (at most
``MAX_AREAS`` areas and ``MAX_TEAMS`` teams, and the search within ``WORK_LIMIT``), and
otherwise ``draw-chain-v1`` (``draw_chain``: a heuristic capacity and a seeded Markov
chain, approximately uniform, for towns of any size). Both conditions depend only on the
inputs, so the choice is deterministic; ``verify_draw`` recomputes with the algorithm the
record names and, for a chain draw, also checks that ``draw-v1`` could not have completed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from towncheck.crosscheck.draw_chain import CHAIN_ALGORITHM, ChainPlan, plan_chain
from towncheck.crosscheck.draw_result import (
    DrawCheck,
    DrawResult,
    Placement,
    TeamLoad,
    assemble,
    differences,
)
from towncheck.crosscheck.errors import DrawTooLarge, UnsupportedAlgorithm
from towncheck.crosscheck.feasibility import allowed_areas
from towncheck.crosscheck.inputs import Area, Team, canonical
from towncheck.crosscheck.partition import Budget, Partition
from towncheck.crosscheck.randomness import RandomStream

__all__ = [
    "ALGORITHMS",
    "ALGORITHM_VERSION",
    "CHAIN_ALGORITHM",
    "MAX_AREAS",
    "MAX_TEAMS",
    "Area",
    "ChainPlan",
    "DrawCheck",
    "DrawPlan",
    "DrawResult",
    "Placement",
    "Team",
    "TeamLoad",
    "plan_auto",
    "plan_chain",
    "plan_draw",
    "run_draw",
    "verify_draw",
]

ALGORITHM_VERSION: Final = "draw-v1"
DRAW_STREAM: Final = "draw-v1"
ALGORITHMS: Final = (ALGORITHM_VERSION, CHAIN_ALGORITHM)
MAX_AREAS: Final = 20
MAX_TEAMS: Final = 20
# Units are steps of the subset search, some 4–5 million a second on one core: any draw,
# finished or refused, takes at most about 3 seconds. The limit decides only whether a
# draw can be computed, never which assignment it yields.
WORK_LIMIT: Final = 12_000_000


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
        owner = [0] * len(self.areas)
        for t, subset in enumerate(taken):
            for bit in range(len(self.areas)):
                if subset >> bit & 1:
                    owner[bit] = t
        return assemble(
            algorithm=ALGORITHM_VERSION,
            seed=seed,
            valid_count=self.valid_count,
            capacity=self.capacity,
            teams=self.teams,
            areas=self.areas,
            owner=owner,
        )


def plan_draw(
    *,
    teams: Sequence[Team],
    areas: Sequence[Area],
    previous: Mapping[int, int] | None = None,
    avoid_previous: bool = False,
) -> DrawPlan:
    """Check the hard constraints, find the capacity M and count the valid assignments.

    This is ``draw-v1`` alone. ``previous`` maps area id → the team id that checked it in
    the previous cycle; it matters only with ``avoid_previous``. Raises a
    ``DrawInfeasible`` subclass naming what blocks the draw, ``DrawTooLarge`` beyond the
    size limits, ``InvalidDrawInput`` for inputs that do not describe a draw.
    """
    ordered_teams, ordered_areas = canonical(teams, areas)
    if len(ordered_areas) > MAX_AREAS or len(ordered_teams) > MAX_TEAMS:
        raise DrawTooLarge(
            f"抽签最多支持 {MAX_AREAS} 个管理区、{MAX_TEAMS} 支队伍，"
            f"本次有 {len(ordered_areas)} 个管理区、{len(ordered_teams)} 支队伍"
        )
    allowed = allowed_areas(ordered_teams, ordered_areas, previous, avoid_previous)
    partition = Partition(
        weights=[area.households for area in ordered_areas],
        allowed=allowed,
        nonempty=len(ordered_areas) >= len(ordered_teams),
        budget=Budget(WORK_LIMIT),
    )
    return DrawPlan(
        teams=ordered_teams,
        areas=ordered_areas,
        eligible=tuple(allowed),
        partition=partition,
    )


def plan_auto(
    *,
    teams: Sequence[Team],
    areas: Sequence[Area],
    previous: Mapping[int, int] | None = None,
    avoid_previous: bool = False,
) -> DrawPlan | ChainPlan:
    """The plan of the algorithm the rule picks: ``draw-v1`` if it completes, else the chain.

    Raises what ``plan_draw`` raises, except ``DrawTooLarge``.
    """
    exact = _exact_plan(teams=teams, areas=areas, previous=previous, avoid_previous=avoid_previous)
    if exact is not None:
        return exact
    return plan_chain(teams=teams, areas=areas, previous=previous, avoid_previous=avoid_previous)


def run_draw(
    *,
    seed: bytes,
    teams: Sequence[Team],
    areas: Sequence[Area],
    previous: Mapping[int, int] | None = None,
    avoid_previous: bool = False,
) -> DrawResult:
    """Draw: one valid assignment at random from the seed, by the algorithm the rule picks."""
    plan = plan_auto(teams=teams, areas=areas, previous=previous, avoid_previous=avoid_previous)
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
    """Recompute a recorded draw from its inputs and seed, and say where they differ.

    The recomputation uses the algorithm the record names (``UnsupportedAlgorithm`` for
    one this code does not implement). A chain draw where ``draw-v1`` could have completed
    breaks the rule that picks the algorithm, which is reported as a difference too.
    """
    found: list[str] = []
    if recorded.algorithm == ALGORITHM_VERSION:
        again = plan_draw(
            teams=teams, areas=areas, previous=previous, avoid_previous=avoid_previous
        ).choose(seed=seed)
    elif recorded.algorithm == CHAIN_ALGORITHM:
        again = plan_chain(
            teams=teams, areas=areas, previous=previous, avoid_previous=avoid_previous
        ).choose(seed=seed)
        exact = _exact_plan(
            teams=teams, areas=areas, previous=previous, avoid_previous=avoid_previous
        )
        if exact is not None:
            found.append(
                f"算法不同：记录为 {CHAIN_ALGORITHM}，"
                f"而本次输入可以精确计算，按规则应使用 {ALGORITHM_VERSION}"
            )
    else:
        raise UnsupportedAlgorithm(recorded.algorithm)
    found += differences(recorded, again)
    return DrawCheck(matches=not found, recomputed=again, differences=tuple(found))


def _exact_plan(
    *,
    teams: Sequence[Team],
    areas: Sequence[Area],
    previous: Mapping[int, int] | None,
    avoid_previous: bool,
) -> DrawPlan | None:
    """The ``draw-v1`` plan, or None when it cannot complete (size or work limit)."""
    ordered_teams, ordered_areas = canonical(teams, areas)
    if len(ordered_areas) > MAX_AREAS or len(ordered_teams) > MAX_TEAMS:
        return None  # spare the constraint checks plan_chain is about to make
    try:
        return plan_draw(teams=teams, areas=areas, previous=previous, avoid_previous=avoid_previous)
    except DrawTooLarge:
        return None
