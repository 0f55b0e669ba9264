"""The draw for large towns (``draw-chain-v1``): a seeded Markov chain over valid assignments.

``draw-v1`` counts every valid assignment exactly, which is exponential in the number of
areas; ``draw`` falls back to this algorithm when that cannot complete (see ``run_draw``).

Hard constraints — the same as ``draw-v1``: every area to exactly one team; no team gets
an area in which one of its members is responsible; with ``avoid_previous`` no team gets
the area it checked in the previous cycle; with at least as many areas as teams, every
team gets at least one area.

Balance — the capacity M is the largest team total of a deterministic heuristic
assignment (``chain_capacity``: a matching giving each team one area, longest processing
time first for the rest, then trades and relays of areas that lower the largest total).
M is the best that search finds, *not* proven minimal. The *valid* assignments are those
satisfying the hard constraints with every team total at most M. They are not counted:
``DrawResult.valid_count`` is 0, meaning "not counted".

Choice — a lazy Metropolis chain on the valid assignments, started from the heuristic
assignment and driven only by the seed's stream labelled ``draw-chain-v1`` (``below``
only, see ``randomness``). Teams and areas are indexed by ascending id; "by weight" is the
areas ordered by (households, id), and K = ``NEIGHBOURS``. Each of the ``chain_steps``
steps reads ``k = below(8)`` and then:

* k = 0 … 3: stay (the chain is lazy, hence aperiodic);
* k = 4 (*move*): ``a = below(A)``, ``t = below(T)``; area a goes to team t;
* k = 5 (*swap*): ``a = below(A)``, ``b = below(A)``; areas a and b exchange teams;
* k = 6 (*near swap*): ``a = below(A)``, ``d = below(2K)``, offset ``d − K`` if d < K
  else ``d − K + 1`` (so ±1 … ±K); b is the area that many places from a by weight (stay
  when there is none); areas a and b exchange teams. Swapping areas of similar size is
  what keeps a tightly balanced assignment moving;
* k = 7 (*exchange*): ``s = below(T)``, ``t = below(T)``; teams s and t exchange all their
  areas.

The proposed assignment replaces the current one iff it is valid; otherwise the chain
stays. Every proposal is symmetric (the proposal that undoes it has the same probability,
whatever the current assignment), so with rejections as self-loops the uniform
distribution on each class of valid assignments that these moves connect is stationary,
and the lazy chain converges to it.

The walk takes ``chain_steps`` = ``STEPS_FACTOR`` × A × ⌈log2 A⌉ × ⌈log2 T⌉ steps (each
logarithm at least 1): every area must be proposed many times over, as in collecting
coupons; that is 480,000 steps for 200 areas and 50 teams, about half a second. The result
is *approximately* uniform over the start's class; no mixing bound is proven. The tests
check it with a chi-square test on small towns whose valid sets ``draw-v1`` enumerates.
Two caveats. The moves need not connect every valid assignment, and when M leaves the
teams almost no room (the heuristic often ends within a household or two of the lower
bound) they mostly exchange whole teams' areas or areas of equal size: which team gets
which group of areas is then well shuffled, but the grouping keeps some memory of the
start after the documented steps (``bench/draw.py`` prints a check). Everything depends
only on the inputs and the seed, so anyone can recompute the draw.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from towncheck.crosscheck.chain_capacity import Start, balanced_start
from towncheck.crosscheck.chain_state import Loads
from towncheck.crosscheck.draw_result import DrawResult, assemble
from towncheck.crosscheck.feasibility import allowed_areas
from towncheck.crosscheck.inputs import Area, Team, canonical
from towncheck.crosscheck.randomness import RandomStream

CHAIN_ALGORITHM: Final = "draw-chain-v1"
CHAIN_STREAM: Final = "draw-chain-v1"
STEPS_FACTOR: Final = 50
NEIGHBOURS: Final = 4  # K: how far by weight a near swap reaches


def chain_steps(*, areas: int, teams: int) -> int:
    """``STEPS_FACTOR`` × A × max(1, ⌈log2 A⌉) × max(1, ⌈log2 T⌉), in integers."""
    # (n − 1).bit_length() is ⌈log2 n⌉ for n ≥ 1, without floating point.
    return (
        STEPS_FACTOR * areas * max(1, (areas - 1).bit_length()) * max(1, (teams - 1).bit_length())
    )


@dataclass(frozen=True, slots=True)
class ChainWalk:
    """Where a walk ended (team index per area) and how many steps changed the assignment."""

    owner: tuple[int, ...]
    accepted: int


class ChainPlan:
    """Everything about a chain draw but the seed: the constraints, M and the start."""

    def __init__(
        self, *, teams: tuple[Team, ...], areas: tuple[Area, ...], allowed: Sequence[int]
    ) -> None:
        self.teams = teams
        self.areas = areas
        self.nonempty = len(areas) >= len(teams)
        self._allowed = tuple(allowed)
        self._weights = tuple(area.households for area in areas)
        # Per area, the bitmask of teams that may take it.
        self._area_teams = tuple(
            sum(1 << t for t, mask in enumerate(allowed) if mask >> bit & 1)
            for bit in range(len(areas))
        )
        self.start: Start = balanced_start(
            weights=self._weights,
            area_teams=self._area_teams,
            teams=len(teams),
            nonempty=self.nonempty,
        )
        self.capacity = self.start.capacity
        self.lower_bound = self.start.lower_bound
        self.valid_count = 0  # not counted
        self.steps = chain_steps(areas=len(areas), teams=len(teams))
        self._by_weight = tuple(sorted(range(len(areas)), key=lambda a: (self._weights[a], a)))
        rank = [0] * len(areas)
        for position, a in enumerate(self._by_weight):
            rank[a] = position
        self._rank = tuple(rank)

    def eligible_teams(self) -> dict[int, tuple[int, ...]]:
        """Area id → the ids of the teams that may draw it (no conflict, rotation)."""
        return {
            area.id: tuple(
                team.id for t, team in enumerate(self.teams) if self._allowed[t] >> bit & 1
            )
            for bit, area in enumerate(self.areas)
        }

    def choose(self, *, seed: bytes) -> DrawResult:
        """The assignment the seed's walk ends at."""
        return assemble(
            algorithm=CHAIN_ALGORITHM,
            seed=seed,
            valid_count=self.valid_count,
            capacity=self.capacity,
            teams=self.teams,
            areas=self.areas,
            owner=self.walk(seed=seed).owner,
        )

    def walk(self, *, seed: bytes, steps: int | None = None) -> ChainWalk:
        """The documented walk of ``chain_steps`` steps from the heuristic assignment.

        ``steps`` overrides their number, for studying how the chain mixes only: a draw
        always takes the documented number.
        """
        below = RandomStream(seed=seed, label=CHAIN_STREAM).below
        state = Loads(
            owner=self.start.owner,
            weights=self._weights,
            area_teams=self._area_teams,
            teams=len(self.teams),
            nonempty=self.nonempty,
        )
        capacity, by_weight, rank = self.capacity, self._by_weight, self._rank
        area_count, team_count = len(self.areas), len(self.teams)
        accepted = 0
        for _ in range(self.steps if steps is None else steps):
            kind = below(8)
            if kind < 4:
                continue  # the lazy half
            if kind == 4:
                made = state.move(below(area_count), below(team_count), capacity)
            elif kind == 5:
                made = state.swap(below(area_count), below(area_count), capacity)
            elif kind == 6:
                a = below(area_count)
                d = below(2 * NEIGHBOURS)
                position = rank[a] + (d - NEIGHBOURS if d < NEIGHBOURS else d - NEIGHBOURS + 1)
                made = 0 <= position < area_count and state.swap(a, by_weight[position], capacity)
            else:
                made = state.exchange(below(team_count), below(team_count))
            accepted += made
        return ChainWalk(owner=tuple(state.owner), accepted=accepted)


def plan_chain(
    *,
    teams: Sequence[Team],
    areas: Sequence[Area],
    previous: Mapping[int, int] | None = None,
    avoid_previous: bool = False,
) -> ChainPlan:
    """Check the hard constraints and find the start and M; no size limit applies.

    Raises a ``DrawInfeasible`` subclass naming what blocks the draw, ``InvalidDrawInput``
    for inputs that do not describe a draw.
    """
    ordered_teams, ordered_areas = canonical(teams, areas)
    allowed = allowed_areas(ordered_teams, ordered_areas, previous, avoid_previous)
    return ChainPlan(teams=ordered_teams, areas=ordered_areas, allowed=allowed)
