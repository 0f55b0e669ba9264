"""The draw for large towns (``draw-chain-v1``) and the automatic choice of algorithm.

The chain is checked against brute force where that is possible: every draw satisfies
the hard constraints and the capacity, the walk is the documented one (re-implemented
naively here), and over many seeds each valid assignment comes up about equally often
(chi-square at a fixed α, on small towns where the documented moves connect them all).
"""

from __future__ import annotations

import random
from collections import Counter, deque
from collections.abc import Iterator, Mapping, Sequence

import pytest

from towncheck.crosscheck import draw as draw_module
from towncheck.crosscheck.draw import (
    ALGORITHM_VERSION,
    CHAIN_ALGORITHM,
    DrawResult,
    Placement,
    plan_auto,
    plan_chain,
    plan_draw,
    run_draw,
    verify_draw,
)
from towncheck.crosscheck.draw_chain import NEIGHBOURS, ChainPlan, chain_steps
from towncheck.crosscheck.errors import (
    AreaConflictsAllTeams,
    DrawInfeasible,
    RotationInfeasible,
    TeamsShortOfAreas,
    UnsupportedAlgorithm,
)
from towncheck.crosscheck.inputs import Area, Team
from towncheck.crosscheck.randomness import RandomStream

from .chi_square import critical_value, uniform_fit
from .test_crosscheck_draw import area, brute_force, key_of, random_instance, seed_of, team

Owners = tuple[int, ...]  # team index per area, canonical order


def check_draw(
    result: DrawResult,
    teams: Sequence[Team],
    areas: Sequence[Area],
    previous: Mapping[int, int] | None = None,
    avoid_previous: bool = False,
) -> None:
    """Every hard constraint, and no team above the recorded capacity."""
    by_id = {t.id: t for t in teams}
    assert [p.area_id for p in result.placements] == sorted(a.id for a in areas)
    loads = Counter[int]()
    for a in areas:
        owner = result.team_of()[a.id]
        assert by_id[owner].cadre_ids.isdisjoint(a.cadre_ids), "conflict of interest"
        if avoid_previous:
            assert (previous or {}).get(a.id) != owner, "rotation"
        loads[owner] += a.households
    assert max(loads.values()) <= result.capacity
    if len(areas) >= len(teams):
        assert set(loads) == set(by_id), "a team drew no area"
    assert {(load.team_id, load.households) for load in result.loads} == {
        (t.id, loads[t.id]) for t in teams
    }


def valid_under(plan: ChainPlan, owners: Sequence[int]) -> bool:
    """The chain's validity, recomputed from scratch from the plan's public inputs."""
    eligible = plan.eligible_teams()
    loads = [0] * len(plan.teams)
    for a, t in zip(plan.areas, owners, strict=True):
        if plan.teams[t].id not in eligible[a.id]:
            return False
        loads[t] += a.households
    if max(loads) > plan.capacity:
        return False
    return not plan.nonempty or len(set(owners)) == len(plan.teams)


def reference_walk(plan: ChainPlan, seed: bytes) -> Owners:
    """The walk as the module docstring describes it, without any of its bookkeeping."""
    stream = RandomStream(seed=seed, label="draw-chain-v1")
    areas, teams = len(plan.areas), len(plan.teams)
    by_weight = sorted(range(areas), key=lambda a: (plan.areas[a].households, plan.areas[a].id))
    owners = list(plan.start.owner)
    for _ in range(chain_steps(areas=areas, teams=teams)):
        k = stream.below(8)
        proposal = list(owners)
        if k == 4:
            a, t = stream.below(areas), stream.below(teams)
            proposal[a] = t
        elif k in (5, 6):
            a = stream.below(areas)
            if k == 5:
                b = stream.below(areas)
            else:
                d = stream.below(2 * NEIGHBOURS)
                position = by_weight.index(a) + (
                    d - NEIGHBOURS if d < NEIGHBOURS else d - NEIGHBOURS + 1
                )
                if not 0 <= position < areas:
                    continue
                b = by_weight[position]
            proposal[a], proposal[b] = owners[b], owners[a]
        elif k == 7:
            s, t = stream.below(teams), stream.below(teams)
            proposal = [t if o == s else s if o == t else o for o in owners]
        if valid_under(plan, proposal):
            owners = proposal
    return tuple(owners)


def neighbours(plan: ChainPlan, owners: Owners) -> Iterator[Owners]:
    """Every valid assignment one documented move, swap or exchange away."""
    count, teams = len(owners), len(plan.teams)
    candidates = [(*owners[:a], t, *owners[a + 1 :]) for a in range(count) for t in range(teams)]
    for a in range(count):
        for b in range(a + 1, count):
            swapped = list(owners)
            swapped[a], swapped[b] = owners[b], owners[a]
            candidates.append(tuple(swapped))
    for s in range(teams):
        for t in range(s + 1, teams):
            candidates.append(tuple(t if o == s else s if o == t else o for o in owners))
    return (c for c in candidates if c != owners and valid_under(plan, c))


def reachable(plan: ChainPlan) -> set[Owners]:
    """The valid assignments the chain can reach from its start."""
    seen = {plan.start.owner}
    pending = deque(seen)
    while pending:
        for following in neighbours(plan, pending.popleft()):
            if following not in seen:
                seen.add(following)
                pending.append(following)
    return seen


def as_owners(plan: ChainPlan, assignment: Sequence[tuple[int, int]]) -> Owners:
    index = {t.id: i for i, t in enumerate(plan.teams)}
    return tuple(index[team_id] for _, team_id in sorted(assignment))


# --- the hard constraints and the capacity -------------------------------------------------


@pytest.mark.parametrize("case", range(40))
def test_constraints_hold_for_every_seed_in_small_towns(case: int) -> None:
    rng = random.Random(3000 + case)
    teams, areas = random_instance(
        rng, areas=rng.randint(1, 9), teams=rng.randint(1, 5), conflict=0.2, households=60
    )
    avoid = case % 2 == 1
    previous = {a.id: rng.choice(teams).id for a in areas} if avoid else None
    try:
        exact = plan_draw(teams=teams, areas=areas, previous=previous, avoid_previous=avoid)
    except DrawInfeasible as refused:
        # Infeasible for one algorithm, infeasible for the other, with the same reason.
        with pytest.raises(type(refused)):
            plan_chain(teams=teams, areas=areas, previous=previous, avoid_previous=avoid)
        return
    plan = plan_chain(teams=teams, areas=areas, previous=previous, avoid_previous=avoid)
    # The heuristic M is an assignment's largest total: never below the true minimum.
    assert exact.capacity <= plan.capacity
    assert plan.lower_bound <= exact.capacity
    assert valid_under(plan, plan.start.owner)
    assert plan.eligible_teams() == exact.eligible_teams()
    for i in range(20):
        result = plan.choose(seed=seed_of(i))
        assert result.algorithm == CHAIN_ALGORITHM and result.valid_count == 0
        assert result.capacity == plan.capacity
        check_draw(result, teams, areas, previous, avoid)


@pytest.mark.parametrize("case", range(4))
def test_constraints_hold_in_a_larger_town(case: int) -> None:
    rng = random.Random(4000 + case)
    teams, areas = random_instance(
        rng, areas=60, teams=15, conflict=0.15, households=400, fewest=20
    )
    previous = {a.id: rng.choice(teams).id for a in areas}
    plan = plan_chain(teams=teams, areas=areas, previous=previous, avoid_previous=True)
    assert plan.capacity - plan.lower_bound <= plan.lower_bound // 50  # within 2 %
    starts = set()
    for i in range(3):
        walk = plan.walk(seed=seed_of(i))
        assert walk.accepted > 0
        starts.add(walk.owner)
        check_draw(plan.choose(seed=seed_of(i)), teams, areas, previous, avoid_previous=True)
    assert len(starts) == 3


def test_the_heuristic_capacity_is_usually_the_least() -> None:
    # Not a guarantee (the docstring says so); a guard against the heuristic getting worse.
    equal = total = 0
    for case in range(120):
        rng = random.Random(5000 + case)
        teams, areas = random_instance(
            rng, areas=rng.randint(4, 10), teams=rng.randint(2, 5), households=100, fewest=1
        )
        try:
            exact = plan_draw(teams=teams, areas=areas)
        except DrawInfeasible:
            continue
        total += 1
        equal += plan_chain(teams=teams, areas=areas).capacity == exact.capacity
    assert equal >= 0.8 * total


# --- the walk ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", range(6))
def test_the_walk_is_the_documented_one(case: int) -> None:
    rng = random.Random(6000 + case)
    teams, areas = random_instance(
        rng, areas=rng.randint(3, 12), teams=rng.randint(2, 5), conflict=0.15, households=30
    )
    try:
        plan = plan_chain(teams=teams, areas=areas)
    except DrawInfeasible:
        return
    for i in range(3):
        assert plan.walk(seed=seed_of(i)).owner == reference_walk(plan, seed_of(i))


def test_the_draw_depends_on_the_inputs_and_the_seed_only() -> None:
    teams, areas = random_instance(random.Random(11), areas=30, teams=8, households=300)
    first = run_draw(seed=seed_of(0), teams=teams, areas=areas)
    assert first.algorithm == CHAIN_ALGORITHM
    assert first == run_draw(seed=seed_of(0), teams=teams[::-1], areas=areas[::-1])
    others = {key_of(run_draw(seed=seed_of(i), teams=teams, areas=areas)) for i in range(1, 6)}
    assert key_of(first) not in others and len(others) == 5


def test_steps_grow_with_the_town() -> None:
    assert chain_steps(areas=1, teams=1) == 50
    assert chain_steps(areas=6, teams=3) == 50 * 6 * 3 * 2
    assert chain_steps(areas=200, teams=50) == 50 * 200 * 8 * 6


# --- uniformity ----------------------------------------------------------------------------


def test_critical_values_match_the_tables() -> None:
    # χ²(0.999; k) from the tables; Wilson–Hilferty is slightly above, never below.
    for degrees, table in [(1, 10.828), (5, 20.515), (10, 29.588), (30, 59.703), (100, 149.449)]:
        assert table <= critical_value(degrees) <= table * 1.031


UNIFORM_TOWNS = {
    # Three teams, six areas; team 1 may not take area 2.
    "six areas": (
        [team(1, 11), team(2, 21), team(3, 31)],
        [area(1, 4), area(2, 4, 11), area(3, 9), area(4, 9), area(5, 3), area(6, 6)],
        None,
    ),
    # Fewer areas than teams: some teams draw nothing.
    "idle teams": (
        [team(1, 11), team(2, 21), team(3, 31), team(4, 41), team(5, 51)],
        [area(1, 15, 31), area(2, 12, 51), area(3, 3, 11, 21, 31), area(4, 4, 11, 41)],
        None,
    ),
    # Rotation: nobody re-checks the area it checked in the previous cycle; team 1 may
    # not take area 3 either.
    "rotation": (
        [team(1, 11), team(2, 21), team(3, 31)],
        [area(1, 1), area(2, 7), area(3, 6, 11), area(4, 4), area(5, 5), area(6, 6)],
        {1: 3, 2: 3, 3: 2, 4: 3, 5: 3, 6: 2},
    ),
}


@pytest.mark.parametrize("name", UNIFORM_TOWNS)
def test_every_valid_assignment_is_drawn_about_equally_often(name: str) -> None:
    teams, areas, previous = UNIFORM_TOWNS[name]
    avoid = previous is not None
    plan = plan_chain(teams=teams, areas=areas, previous=previous, avoid_previous=avoid)
    capacity, valid = brute_force(teams, areas, previous, avoid)
    # The premises of the test: the heuristic found the least capacity, so the chain's
    # valid set is draw-v1's, and the documented moves connect all of it.
    assert plan.capacity == capacity
    support = {as_owners(plan, assignment) for assignment in valid}
    assert reachable(plan) == support
    assert 10 <= len(support) <= 50
    draws = 20 * len(support)
    seen = Counter(plan.walk(seed=seed_of(i)).owner for i in range(draws))
    fit = uniform_fit(seen, support)  # also refuses anything outside the valid set
    assert fit.passes, f"chi-square {fit.statistic:.1f} > {fit.critical:.1f} ({fit.degrees} df)"


# --- the automatic choice and verification ----------------------------------------------


def test_draw_v1_whenever_it_can_complete() -> None:
    teams, areas = random_instance(random.Random(1), areas=10, teams=4)
    assert run_draw(seed=seed_of(0), teams=teams, areas=areas).algorithm == ALGORITHM_VERSION
    assert isinstance(plan_auto(teams=teams, areas=areas), draw_module.DrawPlan)


def test_the_chain_beyond_the_size_limits() -> None:
    teams, areas = random_instance(random.Random(2), areas=21, teams=4)
    result = run_draw(seed=seed_of(0), teams=teams, areas=areas)
    assert result.algorithm == CHAIN_ALGORITHM
    check_draw(result, teams, areas)
    # More teams than draw-v1 takes, fewer areas than teams.
    many = [team(t) for t in range(1, 26)]
    few = [area(a, 10 * a) for a in range(1, 6)]
    result = run_draw(seed=seed_of(0), teams=many, areas=few)
    assert result.algorithm == CHAIN_ALGORITHM
    assert result.capacity == 50
    assert sum(1 for load in result.loads if load.area_ids) == 5
    check_draw(result, many, few)


def test_the_chain_when_the_exact_search_runs_out_of_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    teams, areas = random_instance(random.Random(9), areas=12, teams=5, households=400)
    exact = run_draw(seed=seed_of(1), teams=teams, areas=areas)
    assert exact.algorithm == ALGORITHM_VERSION
    monkeypatch.setattr(draw_module, "WORK_LIMIT", 1000)
    chained = run_draw(seed=seed_of(1), teams=teams, areas=areas)
    assert chained.algorithm == CHAIN_ALGORITHM
    check_draw(chained, teams, areas)
    assert verify_draw(recorded=chained, seed=seed_of(1), teams=teams, areas=areas).matches
    monkeypatch.undo()
    # With the real limit draw-v1 completes, so a chain record breaks the rule.
    check = verify_draw(recorded=chained, seed=seed_of(1), teams=teams, areas=areas)
    assert not check.matches
    assert check.differences[0].startswith("算法不同")
    assert check.recomputed.algorithm == CHAIN_ALGORITHM


def test_verify_recomputes_a_chain_draw_and_points_at_differences() -> None:
    teams, areas = random_instance(random.Random(3), areas=40, teams=9, households=300)
    previous = {a.id: teams[a.id % len(teams)].id for a in areas}

    def verify(recorded: DrawResult, seed: bytes) -> draw_module.DrawCheck:
        return verify_draw(
            recorded=recorded,
            seed=seed,
            teams=teams,
            areas=areas,
            previous=previous,
            avoid_previous=True,
        )

    recorded = run_draw(
        seed=seed_of(5), teams=teams, areas=areas, previous=previous, avoid_previous=True
    )
    assert recorded.algorithm == CHAIN_ALGORITHM and recorded.valid_count == 0
    check = verify(recorded, seed_of(5))
    assert check.matches and check.differences == () and check.recomputed == recorded
    # What the database keeps: no loads, and the count as text turned back into a number.
    stored = DrawResult(
        recorded.algorithm, recorded.seed_hex, int("0"), recorded.capacity, recorded.placements, ()
    )
    assert verify(stored, seed_of(5)).matches
    moved = recorded.placements[0]
    other = next(t.id for t in teams if t.id != moved.team_id)
    tampered = DrawResult(
        recorded.algorithm,
        recorded.seed_hex,
        0,
        recorded.capacity - 1,
        (Placement(area_id=moved.area_id, team_id=other), *recorded.placements[1:]),
        (),
    )
    check = verify(tampered, seed_of(5))
    assert not check.matches
    assert any("最大队伍户数不同" in d for d in check.differences)
    assert any(f"管理区 {moved.area_id}：" in d for d in check.differences)
    wrong_seed = verify(recorded, seed_of(6))
    assert not wrong_seed.matches and "种子不同" in wrong_seed.differences[0]
    future = DrawResult("draw-chain-v9", recorded.seed_hex, 0, 1, recorded.placements, ())
    with pytest.raises(UnsupportedAlgorithm):
        verify(future, seed_of(5))


def test_large_towns_get_the_same_infeasibility_reasons() -> None:
    teams = [team(t, 10 * t) for t in range(1, 31)]
    everyone = [10 * t for t in range(1, 31)]
    areas = [area(a, 50) for a in range(1, 41)]
    with pytest.raises(AreaConflictsAllTeams) as caught:
        run_draw(seed=seed_of(0), teams=teams, areas=[*areas, area(41, 9, *everyone)])
    assert caught.value.area_ids == (41,)
    # Team 1 conflicts in every area, yet with more areas than teams needs one.
    with pytest.raises(TeamsShortOfAreas) as short:
        run_draw(seed=seed_of(0), teams=teams, areas=[area(a, 50, 10) for a in range(1, 41)])
    assert short.value.team_ids == (1,)
    # Only team 1 may take area 1, and it checked area 1 last time.
    previous = {1: 1}
    blocked = [area(1, 50, *everyone[1:]), *areas[1:]]
    run_draw(seed=seed_of(0), teams=teams, areas=blocked, previous=previous)
    with pytest.raises(RotationInfeasible):
        run_draw(
            seed=seed_of(0), teams=teams, areas=blocked, previous=previous, avoid_previous=True
        )


def test_a_town_of_fifty_teams_and_two_hundred_areas() -> None:
    teams, areas = random_instance(
        random.Random(50), areas=200, teams=50, conflict=0.12, households=400, fewest=20
    )
    result = run_draw(seed=seed_of(0), teams=teams, areas=areas)
    assert result.algorithm == CHAIN_ALGORITHM
    check_draw(result, teams, areas)
    assert verify_draw(recorded=result, seed=seed_of(0), teams=teams, areas=areas).matches
