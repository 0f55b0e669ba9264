"""The cross-check draw's pure core: commit–reveal, the seed, the random stream, and the
draw itself checked against brute force (validity, minimax balance, exact uniformity)."""

from __future__ import annotations

import hashlib
import itertools
import random
from collections import Counter
from collections.abc import Mapping, Sequence

import pytest

from towncheck.crosscheck import draw as draw_module
from towncheck.crosscheck.commitment import (
    Reveal,
    canonical_secret,
    check_reveal,
    commitment_of,
    draw_seed,
    seed_text,
)
from towncheck.crosscheck.draw import (
    ALGORITHM_VERSION,
    Area,
    DrawResult,
    Placement,
    Team,
    plan_draw,
    run_draw,
    verify_draw,
)
from towncheck.crosscheck.errors import (
    AreaConflictsAllTeams,
    DrawInfeasible,
    DrawTooLarge,
    InvalidDrawInput,
    InvalidSecret,
    RotationInfeasible,
    TeamsShortOfAreas,
    UnsupportedAlgorithm,
)
from towncheck.crosscheck.randomness import RandomStream

from .chi_square import uniform_fit

Assignment = tuple[tuple[int, int], ...]  # ((area id, team id), …) by area id


def seed_of(i: int) -> bytes:
    return hashlib.sha256(f"test seed {i}".encode()).digest()


def team(team_id: int, *cadres: int, name: str | None = None) -> Team:
    return Team(id=team_id, name=name or f"第{team_id}队", cadre_ids=frozenset(cadres))


def area(area_id: int, households: int, *cadres: int, name: str | None = None) -> Area:
    return Area(
        id=area_id,
        name=name or f"管理区{area_id}",
        households=households,
        cadre_ids=frozenset(cadres),
    )


def key_of(result: DrawResult) -> Assignment:
    return tuple((p.area_id, p.team_id) for p in result.placements)


def brute_force(
    teams: Sequence[Team],
    areas: Sequence[Area],
    previous: Mapping[int, int] | None = None,
    avoid_previous: bool = False,
) -> tuple[int | None, set[Assignment]]:
    """(capacity, valid assignments) by trying every map from areas to teams."""
    areas = sorted(areas, key=lambda a: a.id)
    feasible: list[tuple[int, Assignment]] = []
    for choice in itertools.product(teams, repeat=len(areas)):
        if any(not t.cadre_ids.isdisjoint(a.cadre_ids) for t, a in zip(choice, areas, strict=True)):
            continue
        if avoid_previous and any(
            (previous or {}).get(a.id) == t.id for t, a in zip(choice, areas, strict=True)
        ):
            continue
        if len(areas) >= len(teams) and {t.id for t in choice} != {t.id for t in teams}:
            continue
        loads = Counter[int]()
        for t, a in zip(choice, areas, strict=True):
            loads[t.id] += a.households
        largest = max(loads.values(), default=0)
        feasible.append((largest, tuple((a.id, t.id) for t, a in zip(choice, areas, strict=True))))
    if not feasible:
        return None, set()
    best = min(largest for largest, _ in feasible)
    return best, {assignment for largest, assignment in feasible if largest == best}


def random_instance(
    rng: random.Random,
    *,
    areas: int,
    teams: int,
    conflict: float = 0.2,
    households: int = 9,
    fewest: int = 0,
) -> tuple[list[Team], list[Area]]:
    team_list = [team(t + 1, *(100 * (t + 1) + k for k in range(3))) for t in range(teams)]
    area_list = []
    for a in range(areas):
        cadres = [100 * (t + 1) + rng.randrange(3) for t in range(teams) if rng.random() < conflict]
        area_list.append(area(a + 1, rng.randint(fewest, households), *cadres))
    return team_list, area_list


def assert_valid(result: DrawResult, teams: Sequence[Team], areas: Sequence[Area]) -> None:
    by_id = {t.id: t for t in teams}
    assert sorted(p.area_id for p in result.placements) == sorted(a.id for a in areas)
    for a in areas:
        owner = by_id[result.team_of()[a.id]]
        assert owner.cadre_ids.isdisjoint(a.cadre_ids), "conflict of interest"
    loads = Counter[int]()
    for a in areas:
        loads[result.team_of()[a.id]] += a.households
    assert max(loads.values()) == result.capacity
    if len(areas) >= len(teams):
        assert set(loads) == set(by_id), "a team drew no area"


# --- commit–reveal and the seed ---------------------------------------------------------


def test_commitment_is_sha256_of_the_documented_text() -> None:
    text = b"towncheck draw commitment v1\ncycle=7\nteam=3\nsecret=42\n"
    assert commitment_of(cycle_id=7, team_id=3, secret="42") == hashlib.sha256(text).hexdigest()


def test_reveal_checks_against_the_commitment() -> None:
    commitment = commitment_of(cycle_id=7, team_id=3, secret="123456789012")
    assert check_reveal(commitment=commitment, cycle_id=7, team_id=3, secret="123456789012")
    assert check_reveal(commitment=commitment.upper(), cycle_id=7, team_id=3, secret="123456789012")
    assert not check_reveal(commitment=commitment, cycle_id=7, team_id=3, secret="123456789013")
    assert not check_reveal(commitment=commitment, cycle_id=7, team_id=4, secret="123456789012")
    assert not check_reveal(commitment=commitment, cycle_id=8, team_id=3, secret="123456789012")
    assert not check_reveal(commitment="not hex", cycle_id=7, team_id=3, secret="123456789012")


def test_secrets_are_canonical_digits() -> None:
    assert canonical_secret(" 007 ") == "7"
    assert canonical_secret("000") == "0"
    assert canonical_secret("１２３") == "123"  # full-width digits from a Chinese IME
    assert canonical_secret("9" * 64) == "9" * 64
    same = commitment_of(cycle_id=1, team_id=1, secret="0042")
    assert same == commitment_of(cycle_id=1, team_id=1, secret="42")


@pytest.mark.parametrize("secret", ["", "  ", "12a", "-5", "1.5", "1 2", "9" * 65, "٣"])
def test_bad_secrets_are_refused(secret: str) -> None:
    with pytest.raises(InvalidSecret) as caught:
        commitment_of(cycle_id=1, team_id=1, secret=secret)
    assert caught.value.code == "INVALID_SECRET"
    assert "秘密数" in caught.value.message


def test_seed_is_sha256_of_the_documented_text() -> None:
    reveals = [Reveal(team_id=3, secret="9"), Reveal(team_id=1, secret="042")]
    text = "towncheck draw seed v1\ncycle=7\nteam=1;secret=42\nteam=3;secret=9\n"
    assert seed_text(cycle_id=7, reveals=reveals, fallback=None) == text
    assert (
        draw_seed(cycle_id=7, reveals=reveals, fallback=None)
        == hashlib.sha256(text.encode()).digest()
    )
    with_fallback = draw_seed(cycle_id=7, reveals=reveals, fallback="lottery-2026-0318")
    assert with_fallback == hashlib.sha256(f"{text}fallback=lottery-2026-0318\n".encode()).digest()


def test_seed_depends_on_every_reveal_but_not_their_order() -> None:
    reveals = [Reveal(team_id=1, secret="11"), Reveal(team_id=2, secret="22")]
    seed = draw_seed(cycle_id=5, reveals=reveals, fallback=None)
    assert seed == draw_seed(cycle_id=5, reveals=reveals[::-1], fallback=None)
    changed = [Reveal(team_id=1, secret="11"), Reveal(team_id=2, secret="23")]
    assert seed != draw_seed(cycle_id=5, reveals=changed, fallback=None)
    assert seed != draw_seed(cycle_id=6, reveals=reveals, fallback=None)
    assert seed != draw_seed(cycle_id=5, reveals=reveals[:1], fallback=None)
    assert seed != draw_seed(cycle_id=5, reveals=reveals, fallback="x")


def test_seed_refuses_what_cannot_be_recomputed() -> None:
    twice = [Reveal(team_id=1, secret="1"), Reveal(team_id=1, secret="2")]
    with pytest.raises(InvalidDrawInput):
        draw_seed(cycle_id=1, reveals=twice, fallback=None)
    with pytest.raises(InvalidDrawInput):
        draw_seed(cycle_id=1, reveals=[], fallback=None)
    for fallback in ["", " padded", "line\nbreak", "中文", "x" * 129]:
        with pytest.raises(InvalidDrawInput):
            draw_seed(cycle_id=1, reveals=[], fallback=fallback)
    assert len(draw_seed(cycle_id=1, reveals=[], fallback="x" * 128)) == 32
    with pytest.raises(InvalidDrawInput):
        commitment_of(cycle_id=-1, team_id=1, secret="1")


# --- the random stream ------------------------------------------------------------------


def test_stream_is_sha256_in_counter_mode() -> None:
    seed = seed_of(0)
    stream = RandomStream(seed=seed, label="draw-v1")
    expected = b"".join(
        hashlib.sha256(seed + b"draw-v1\x00" + i.to_bytes(8, "big")).digest() for i in range(3)
    )
    assert stream.read(40) + stream.read(56) == expected


def test_below_is_rejection_sampling_on_the_lowest_bits() -> None:
    seed = seed_of(1)
    raw = RandomStream(seed=seed, label="x").read(64)
    stream = RandomStream(seed=seed, label="x")
    # n = 5: 3 bits from one byte each try, rejected while ≥ 5.
    accepted = next(b & 7 for b in raw if b & 7 < 5)
    assert stream.below(5) == accepted
    assert RandomStream(seed=seed, label="x").below(1) == 0


def test_below_covers_its_range_evenly() -> None:
    stream = RandomStream(seed=seed_of(2), label="x")
    counts = Counter(stream.below(6) for _ in range(6000))
    assert set(counts) == set(range(6))
    assert all(800 < c < 1200 for c in counts.values())
    big = 10**30 + 7
    assert all(0 <= stream.below(big) < big for _ in range(100))


def test_labels_give_independent_streams() -> None:
    seed = seed_of(3)
    assert RandomStream(seed=seed, label="a").read(32) != RandomStream(seed=seed, label="b").read(
        32
    )
    with pytest.raises(InvalidDrawInput):
        RandomStream(seed=b"short", label="a")
    with pytest.raises(InvalidDrawInput):
        RandomStream(seed=seed, label="a\x00b")


def test_shuffle_and_sample() -> None:
    stream = RandomStream(seed=seed_of(4), label="x")
    items = list(range(20))
    shuffled = stream.shuffle(items)
    assert sorted(shuffled) == items and shuffled != items
    picked = stream.sample(items, 7)
    assert len(set(picked)) == 7 and set(picked) <= set(items)
    assert stream.sample(items, 0) == []
    with pytest.raises(ValueError):
        stream.sample(items, 21)


# --- the draw ---------------------------------------------------------------------------


def test_same_inputs_same_draw_whatever_the_input_order() -> None:
    teams, areas = random_instance(random.Random(7), areas=9, teams=4)
    first = run_draw(seed=seed_of(0), teams=teams, areas=areas)
    again = run_draw(seed=seed_of(0), teams=teams[::-1], areas=areas[::-1])
    assert first == again
    assert first.algorithm == ALGORITHM_VERSION == "draw-v1"
    assert first.seed_hex == seed_of(0).hex()
    others = {key_of(run_draw(seed=seed_of(i), teams=teams, areas=areas)) for i in range(1, 10)}
    assert len(others | {key_of(first)}) > 1


@pytest.mark.parametrize("case", range(100))
def test_counts_and_capacity_equal_brute_force(case: int) -> None:
    rng = random.Random(case)
    teams, areas = random_instance(
        rng, areas=rng.randint(1, 7), teams=rng.randint(1, 4), conflict=0.15
    )
    avoid = case % 2 == 1
    previous = {a.id: rng.choice(teams).id for a in areas} if avoid else None
    capacity, valid = brute_force(teams, areas, previous, avoid)
    if capacity is None:
        with pytest.raises(DrawInfeasible):
            plan_draw(teams=teams, areas=areas, previous=previous, avoid_previous=avoid)
        return
    plan = plan_draw(teams=teams, areas=areas, previous=previous, avoid_previous=avoid)
    assert (plan.capacity, plan.valid_count) == (capacity, len(valid))
    for i in range(30):
        result = plan.choose(seed=seed_of(i))
        assert key_of(result) in valid
        assert (result.capacity, result.valid_count) == (capacity, len(valid))


def reference_draw(seed: bytes, teams: Sequence[Team], areas: Sequence[Area]) -> Assignment:
    """The documented walk, done naively over the brute-force list of valid assignments.

    Teams by id, areas by id (area i is bit i); for each team, r = below(number of valid
    completions), then its possible subsets in ascending bitmask order.
    """
    teams = sorted(teams, key=lambda t: t.id)
    areas = sorted(areas, key=lambda a: a.id)
    bit = {a.id: 1 << i for i, a in enumerate(areas)}
    _, valid = brute_force(teams, areas)
    as_masks = []
    for assignment in valid:
        masks = [0] * len(teams)
        for area_id, team_id in assignment:
            masks[[t.id for t in teams].index(team_id)] |= bit[area_id]
        as_masks.append(tuple(masks))
    stream = RandomStream(seed=seed, label="draw-v1")
    prefix: tuple[int, ...] = ()
    for _ in teams:
        matching = [m for m in as_masks if m[: len(prefix)] == prefix]
        rank = stream.below(len(matching))
        for subset in sorted({m[len(prefix)] for m in matching}):
            ways = sum(1 for m in matching if m[len(prefix)] == subset)
            if rank < ways:
                prefix = (*prefix, subset)
                break
            rank -= ways
    team_of = {}
    for t, subset in zip(teams, prefix, strict=True):
        for a in areas:
            if subset & bit[a.id]:
                team_of[a.id] = t.id
    return tuple(sorted(team_of.items()))


@pytest.mark.parametrize("case", range(10))
def test_the_draw_is_the_documented_walk(case: int) -> None:
    rng = random.Random(500 + case)
    teams, areas = random_instance(rng, areas=rng.randint(3, 6), teams=rng.randint(2, 4))
    try:
        plan = plan_draw(teams=teams, areas=areas)
    except DrawInfeasible:
        return
    for i in range(10):
        assert key_of(plan.choose(seed=seed_of(i))) == reference_draw(seed_of(i), teams, areas)


def test_every_valid_assignment_is_drawn_about_equally_often() -> None:
    teams = [team(1, 11), team(2, 21), team(3, 31)]
    areas = [
        area(1, 30, 11),  # team 1 has a conflict here
        area(2, 20),
        area(3, 20, 21),  # team 2 has a conflict here
        area(4, 10),
        area(5, 10),
        area(6, 0),
    ]
    capacity, valid = brute_force(teams, areas)
    plan = plan_draw(teams=teams, areas=areas)
    assert plan.capacity == capacity == 30
    assert plan.valid_count == len(valid)
    assert 10 <= len(valid) <= 60
    draws = 2000
    seen = Counter(key_of(plan.choose(seed=seed_of(i))) for i in range(draws))
    assert set(seen) == valid  # every valid one drawn, nothing else
    # Fixed seeds, so this cannot flake; α is the chance a fair draw fails for these seeds.
    fit = uniform_fit(seen, valid)
    assert fit.passes, f"chi-square {fit.statistic:.1f} > {fit.critical:.1f} ({fit.degrees} df)"


@pytest.mark.parametrize("case", range(12))
def test_constraints_hold_for_every_seed(case: int) -> None:
    rng = random.Random(1000 + case)
    teams, areas = random_instance(rng, areas=10, teams=rng.randint(2, 6), households=300)
    previous = {a.id: rng.choice(teams).id for a in areas}
    try:
        plan = plan_draw(teams=teams, areas=areas, previous=previous, avoid_previous=True)
    except DrawInfeasible:
        return
    for i in range(25):
        result = plan.choose(seed=seed_of(i))
        assert_valid(result, teams, areas)
        assert all(previous[p.area_id] != p.team_id for p in result.placements)


def test_fewer_areas_than_teams_leaves_some_teams_idle() -> None:
    teams = [team(1), team(2), team(3), team(4)]
    areas = [area(1, 50), area(2, 40)]
    plan = plan_draw(teams=teams, areas=areas)
    assert plan.capacity == 50
    assert plan.valid_count == 4 * 3  # two areas to two different teams
    result = plan.choose(seed=seed_of(0))
    assert [load.households for load in result.loads].count(0) == 2


def test_loads_and_eligibility_are_reported() -> None:
    teams = [team(1, 11), team(2, 21)]
    areas = [area(1, 30, 11), area(2, 20), area(3, 25, 21)]
    plan = plan_draw(teams=teams, areas=areas)
    assert plan.eligible_teams() == {1: (2,), 2: (1, 2), 3: (1,)}
    result = plan.choose(seed=seed_of(0))
    by_team = {load.team_id: load for load in result.loads}
    assert {by_team[1].area_ids, by_team[2].area_ids} <= {(2, 3), (3,), (1,), (1, 2)}
    assert sum(load.households for load in result.loads) == 75
    assert result.capacity == 45 and result.valid_count == 1


def test_verify_recomputes_and_points_at_differences() -> None:
    teams, areas = random_instance(random.Random(3), areas=8, teams=3)
    recorded = run_draw(seed=seed_of(5), teams=teams, areas=areas)
    check = verify_draw(recorded=recorded, seed=seed_of(5), teams=teams, areas=areas)
    assert check.matches and check.differences == ()
    moved = recorded.placements[0]
    other = next(t.id for t in teams if t.id != moved.team_id)
    tampered = DrawResult(
        algorithm=recorded.algorithm,
        seed_hex=recorded.seed_hex,
        valid_count=recorded.valid_count,
        capacity=recorded.capacity,
        placements=(Placement(area_id=moved.area_id, team_id=other), *recorded.placements[1:]),
        loads=(),
    )
    check = verify_draw(recorded=tampered, seed=seed_of(5), teams=teams, areas=areas)
    assert not check.matches
    assert any(f"管理区 {moved.area_id}" in d for d in check.differences)
    wrong_seed = verify_draw(recorded=recorded, seed=seed_of(6), teams=teams, areas=areas)
    assert not wrong_seed.matches and "种子不同" in wrong_seed.differences[0]
    future = DrawResult("draw-v9", recorded.seed_hex, 1, 1, recorded.placements, ())
    with pytest.raises(UnsupportedAlgorithm):
        verify_draw(recorded=future, seed=seed_of(5), teams=teams, areas=areas)


def test_an_area_every_team_conflicts_with() -> None:
    teams = [team(1, 11), team(2, 21), team(3, 31)]
    areas = [area(1, 10), area(2, 10, 11, 21, 31, name="东岭"), area(3, 10)]
    with pytest.raises(AreaConflictsAllTeams) as caught:
        plan_draw(teams=teams, areas=areas)
    error = caught.value
    assert error.code == "AREA_CONFLICTS_ALL_TEAMS"
    assert error.area_ids == (2,)
    assert "管理区「东岭」的帮扶/包村干部分布在所有队伍中" in error.message


def test_a_team_that_conflicts_with_every_area() -> None:
    teams = [team(1, 11, name="农业办"), team(2, 21)]
    areas = [area(1, 10, 11), area(2, 10, 11)]
    with pytest.raises(TeamsShortOfAreas) as caught:
        plan_draw(teams=teams, areas=areas)
    assert caught.value.code == "TEAMS_SHORT_OF_AREAS"
    assert caught.value.team_ids == (1,)
    assert "「农业办」" in caught.value.message and "抽不到任何管理区" in caught.value.message
    # With more teams than areas a team may go without, so the same conflict is fine.
    plan_draw(teams=[*teams, team(3)], areas=areas)


def test_teams_that_together_can_take_too_few_areas() -> None:
    # Teams 1 and 2 may only take area 1; four areas for three teams means each needs one.
    teams = [team(1, 11, name="甲"), team(2, 21, name="乙"), team(3, name="丙")]
    areas = [area(1, 10, name="一区"), area(2, 10, 11, 21), area(3, 10, 11, 21), area(4, 5, 11, 21)]
    with pytest.raises(TeamsShortOfAreas) as caught:
        plan_draw(teams=teams, areas=areas)
    error = caught.value
    assert error.team_ids == (1, 2)
    assert error.area_ids == (1,)
    assert "队伍「甲」、「乙」共 2 支" in error.message and "「一区」共 1 个" in error.message


def test_rotation_that_makes_the_draw_impossible() -> None:
    teams = [team(1, 11, name="甲"), team(2, 21, name="乙")]
    areas = [area(1, 10, 21, name="一区"), area(2, 10)]
    previous = {1: 1, 2: 2}
    plan_draw(teams=teams, areas=areas, previous=previous)  # fine without rotation
    with pytest.raises(RotationInfeasible) as caught:
        plan_draw(teams=teams, areas=areas, previous=previous, avoid_previous=True)
    error = caught.value
    assert error.code == "ROTATION_INFEASIBLE"
    assert error.area_ids == (1,)
    assert "管理区「一区」只有上一轮检查过它的队伍「甲」没有利益冲突" in error.message
    assert "不启用该选项则可以完成抽签" in error.message


def test_rotation_shortage_of_areas() -> None:
    # Two areas, two teams; team 2 conflicts in area 1 and checked area 2 last cycle.
    teams = [team(1, name="甲"), team(2, 21, name="乙")]
    areas = [area(1, 10, 21), area(2, 10)]
    with pytest.raises(RotationInfeasible) as caught:
        plan_draw(teams=teams, areas=areas, previous={2: 2}, avoid_previous=True)
    assert caught.value.team_ids == (2,)
    assert "抽不到任何管理区" in caught.value.message


def test_rotation_is_ignored_when_not_asked_for() -> None:
    teams = [team(1), team(2)]
    areas = [area(1, 10), area(2, 10)]
    plan = plan_draw(teams=teams, areas=areas, previous={1: 1, 2: 2})
    assert plan.valid_count == 2
    rotated = plan_draw(teams=teams, areas=areas, previous={1: 1, 2: 2}, avoid_previous=True)
    assert rotated.valid_count == 1
    assert rotated.choose(seed=seed_of(0)).team_of() == {1: 2, 2: 1}


def test_inputs_that_do_not_describe_a_draw() -> None:
    with pytest.raises(InvalidDrawInput):
        plan_draw(teams=[], areas=[area(1, 1)])
    with pytest.raises(InvalidDrawInput):
        plan_draw(teams=[team(1)], areas=[])
    with pytest.raises(InvalidDrawInput):
        plan_draw(teams=[team(1), team(1)], areas=[area(1, 1)])
    with pytest.raises(InvalidDrawInput):
        plan_draw(teams=[team(1)], areas=[area(1, 1), area(1, 2)])
    with pytest.raises(InvalidDrawInput):
        plan_draw(teams=[team(1)], areas=[area(1, -1)])


def test_size_limits() -> None:
    with pytest.raises(DrawTooLarge) as caught:
        plan_draw(teams=[team(1)], areas=[area(a, 1) for a in range(21)])
    assert caught.value.code == "DRAW_TOO_LARGE"
    with pytest.raises(DrawTooLarge):
        plan_draw(teams=[team(t) for t in range(21)], areas=[area(1, 1)])


def test_search_work_is_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    teams, areas = random_instance(random.Random(9), areas=12, teams=5, households=400)
    monkeypatch.setattr(draw_module, "WORK_LIMIT", 1000)
    with pytest.raises(DrawTooLarge):
        plan_draw(teams=teams, areas=areas)


@pytest.mark.parametrize(("areas", "teams"), [(12, 10), (16, 8)])
def test_town_sized_draws_stay_within_the_work_limit(areas: int, teams: int) -> None:
    team_list, area_list = random_instance(
        random.Random(areas), areas=areas, teams=teams, conflict=0.15, households=400, fewest=50
    )
    result = run_draw(seed=seed_of(0), teams=team_list, areas=area_list)
    assert result.algorithm == ALGORITHM_VERSION  # not the fallback for larger towns
    assert_valid(result, team_list, area_list)
