"""The draw (抽签) at town scale: time to draw and to verify, and how balanced the result is.

A generated town (``draw_town.py``: ``--teams`` teams of 3–8 members, ``--areas`` areas of
20–400 households, about ``--conflicts`` of the (team, area) pairs in conflict of
interest; deterministic by ``--seed``) is drawn with ``run_draw`` as the service does,
which picks ``draw-chain-v1`` when ``draw-v1`` cannot complete. The script prints the
town, the time of ``run_draw`` (planning and drawing) and of ``verify_draw`` (the median
and range of ``--repeat`` runs; every run must give the same draw and verify it), the
capacity M against the lower bound L = max(largest area, ⌈total / teams⌉), the spread of
the team totals, and for the chain how many steps changed the assignment and a mixing
check: of the pairs of areas that share a team in the chain's start, how many still do
after the documented number of steps and after four times as many, averaged over
``--mixing-seeds`` seeds (if the two agree, the walk has forgotten its start).

For comparison a town of 10 teams × 12 areas (same seed) goes through ``draw-v1``, which
counts every valid assignment and draws among them exactly uniformly; the chain's
heuristic M for that town is printed next to the exact one. Run from the repository
root (no database needed)::

    .venv/bin/python bench/draw.py --seed 1
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import TypeVar

from draw_town import Town, conflict_share, generate_town
from overhead.cli import count_arg, machine_line, run_measure
from overhead.common import BenchError
from towncheck.crosscheck.draw import (
    DrawResult,
    plan_chain,
    run_draw,
    verify_draw,
)
from towncheck.crosscheck.draw_chain import ChainPlan
from towncheck.crosscheck.errors import DrawInfeasible

T = TypeVar("T")


def timed(repeat: int, run: Callable[[], T]) -> tuple[list[float], list[T]]:
    """Seconds and results of ``repeat`` runs."""
    seconds, results = [], []
    for _ in range(repeat):
        began = time.perf_counter()
        results.append(run())
        seconds.append(time.perf_counter() - began)
    return seconds, results


def spread(seconds: list[float]) -> str:
    return (
        f"{statistics.median(seconds):.3f} s (median of {len(seconds)}, "
        f"{min(seconds):.3f}–{max(seconds):.3f})"
    )


def describe(town: Town) -> str:
    households = [area.households for area in town.areas]
    members = sum(len(team.cadre_ids) for team in town.teams)
    return (
        f"{len(town.teams)} teams ({members} members), {len(town.areas)} areas, "
        f"{sum(households):,} households ({min(households)}–{max(households)} per area), "
        f"{conflict_share(town.teams, town.areas):.1%} of (team, area) pairs in conflict"
    )


def draw_and_verify(town: Town, seed: bytes, repeat: int) -> DrawResult:
    """Time ``run_draw`` and ``verify_draw``, requiring the same draw every time."""
    draw_seconds, draws = timed(
        repeat, lambda: run_draw(seed=seed, teams=town.teams, areas=town.areas)
    )
    result = draws[0]
    if any(other != result for other in draws):
        raise BenchError("the same inputs and seed gave different draws")
    verify_seconds, checks = timed(
        repeat,
        lambda: verify_draw(recorded=result, seed=seed, teams=town.teams, areas=town.areas),
    )
    if not all(check.matches for check in checks):
        raise BenchError(f"the draw does not verify: {checks[0].differences[:3]}")
    print(f"  algorithm        {result.algorithm}")
    print(f"  run_draw         {spread(draw_seconds)}")
    print(f"  verify_draw      {spread(verify_seconds)}  (matches)")
    return result


def balance(town: Town, result: DrawResult) -> None:
    households = [area.households for area in town.areas]
    lower = max(*households, -(-sum(households) // len(town.teams)))
    totals = sorted(load.households for load in result.loads)
    gap = result.capacity - lower
    print(
        f"  capacity M       {result.capacity}; lower bound L {lower} = max(largest area "
        f"{max(households)}, ⌈{sum(households)} / {len(town.teams)}⌉); "
        f"M − L = {gap} ({gap / lower:.2%})"
    )
    print(
        f"  team totals      min {totals[0]}, median {statistics.median(totals):g}, "
        f"max {totals[-1]}; spread (max − min) {totals[-1] - totals[0]}; "
        f"{totals.count(result.capacity)} team(s) at M"
    )
    if result.valid_count:
        print(f"  valid count      {result.valid_count:,} assignments (all counted)")


def mixing(plan: ChainPlan, seed: bytes, seeds: int) -> None:
    start = plan.start.owner
    walk = plan.walk(seed=seed)
    moved = sum(1 for a, b in zip(walk.owner, start, strict=True) if a != b)
    print(
        f"  chain            {plan.steps:,} steps, {walk.accepted:,} changed the assignment; "
        f"{moved} of {len(start)} areas end on another team than in the start"
    )
    pairs = [
        (a, b) for a, b in itertools.combinations(range(len(start)), 2) if start[a] == start[b]
    ]
    kept = []
    for steps in (plan.steps, 4 * plan.steps):
        together = [
            sum(1 for a, b in pairs if owner[a] == owner[b])
            for owner in (
                plan.walk(seed=hashlib.sha256(b"mixing %d" % i).digest(), steps=steps).owner
                for i in range(seeds)
            )
        ]
        kept.append(statistics.mean(together))
    print(
        f"  mixing check     of the start's {len(pairs)} same-team pairs of areas, "
        f"{kept[0]:.1f} still share a team after {plan.steps:,} steps and {kept[1]:.1f} "
        f"after {4 * plan.steps:,} (mean of {seeds} seeds)"
    )


def measure(args: argparse.Namespace) -> int:
    began = time.perf_counter()
    load_at_start = os.getloadavg()[0]
    seed = hashlib.sha256(f"bench draw {args.seed}".encode()).digest()
    large = generate_town(
        teams=args.teams, areas=args.areas, seed=args.seed, conflicts=args.conflicts
    )
    small = generate_town(teams=10, areas=12, seed=args.seed, conflicts=args.conflicts)
    try:
        print(f"town --seed {args.seed}: {describe(large)}")
        result = draw_and_verify(large, seed, args.repeat)
        balance(large, result)
        plan = plan_chain(teams=large.teams, areas=large.areas)
        if result.algorithm == "draw-chain-v1":
            mixing(plan, seed, args.mixing_seeds)
        print(f"\ncomparison town: {describe(small)}")
        exact = draw_and_verify(small, seed, args.repeat)
        balance(small, exact)
        heuristic = plan_chain(teams=small.teams, areas=small.areas).capacity
        print(f"  chain's M        {heuristic} for the same town (heuristic, not minimal)")
    except DrawInfeasible as error:
        raise BenchError(f"the generated town cannot be drawn: {error.message}") from error
    print(machine_line(load_at_start, began))
    return 0


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    root.add_argument("--seed", type=int, default=1, help="generates the town and the draw seed")
    root.add_argument("--teams", type=count_arg(500), default=50)
    root.add_argument("--areas", type=count_arg(5000), default=200)
    root.add_argument(
        "--conflicts", type=float, default=0.15, help="target share of conflicting pairs"
    )
    root.add_argument("--repeat", type=count_arg(100), default=3, help="timed runs of each")
    root.add_argument("--mixing-seeds", type=count_arg(100), default=4)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if not 0 <= args.conflicts < 1 or args.teams < 2:
        print("--conflicts must be in [0, 1) and --teams at least 2", file=sys.stderr)
        return 2
    return run_measure(measure, args)


if __name__ == "__main__":
    sys.exit(main())
