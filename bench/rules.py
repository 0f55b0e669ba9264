"""The project and policy rules of a county against a bare SQL join of the same tables.

A throwaway database gets the demo data and a county of ``--towns`` towns (the demo's three
and more written as the owner role, each with areas, villages, a town admin and one active
cycle on the default checklist), filled set-based and deterministic by ``--seed``: about
``--members`` registered members in households of ~3.1 (32-byte ID hashes), incomes,
department lists (低保, 特困, disability subsidies, training, public-welfare jobs,
microcredit, temporary aid) whose entries match a large share of the members by ID hash,
and ``--projects`` projects per town with library entries, adjustments, assets, quarterly
asset checks, returns, distribution plans and deposits — every rule finds violations.

Then, alternating in the same run (after one warm-up pass of each):

* the rules: for every town, in its own unit of work of the app's login role with the scope
  of the town's admin, ``projects.rules.run_rules`` and ``sectors.rules.run_rules`` for the
  town's cycle (what the ``runProjectRules`` and ``runPolicyRules`` mutations call),
  committed; the findings they raised are deleted (not timed) before the next pass;
* the baseline: per town, in the same scopes, two hand-written statements joining the same
  tables (projects with their library entry and child rows; households with their members,
  latest income and the year's department entries matched by ID hash), one row each.

It prints seconds of both per round, the findings raised and rows joined, the ratio
rules / baseline, a re-run with the findings in place, and each rule's statement timed
alone. Run from the repository root::

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
    REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/rules.py

The helpers live in the ``overhead``, ``registry`` and ``rules_town`` packages next to
this file.
"""

from __future__ import annotations

import warnings

# pgserver (imported by towncheck.cli, which the database setup uses) warns at import time
# when XDG_RUNTIME_DIR is unset; irrelevant here, so the filter goes in before any import.
warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR")

import argparse  # noqa: E402
import asyncio  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402

from overhead.cli import count_arg, new_parser, positive, run_in_database, run_measure  # noqa: E402
from overhead.common import BenchError, ratio  # noqa: E402
from overhead.database import ThrowawayDatabase  # noqa: E402
from overhead.processes import Children  # noqa: E402
from rules_town.county import MAX_TOWNS  # noqa: E402
from rules_town.fill import County, fill_county  # noqa: E402
from rules_town.runs import (  # noqa: E402
    BaselinePass,
    RuleCost,
    RulesPass,
    baseline_pass,
    cases,
    clear_findings,
    rerun,
    rule_costs,
    rules_pass,
)
from towncheck.auth.policy import default_policy  # noqa: E402
from towncheck.config import Settings  # noqa: E402
from towncheck.db import Database  # noqa: E402


def _describe(county: County, seed: int, year: int) -> None:
    s = county.seconds
    towns = len(county.towns)
    print(
        f"county: {towns} towns ({towns - county.created_towns} of the demo, "
        f"{county.created_towns} written), {county.villages} villages, an admin and one active "
        f"cycle ({year}) each; {s['county']:.1f} s",
        flush=True,
    )
    print(
        f"registry: {county.households:,} households, {county.members:,} members "
        f"(~{county.members // towns:,} per town), incomes of 2 years; seed {seed}; "
        f"{s['registry']:.1f} s",
        flush=True,
    )
    print(
        f"department lists: {county.lists:,} lists, {county.entries:,} entries; "
        f"{county.matched:,} members ({100 * county.matched / max(county.members, 1):.0f} %) "
        f"on at least one; {s['lists']:.1f} s",
        flush=True,
    )
    print(
        f"projects: {county.projects:,} ({county.projects // towns} per town), "
        f"{county.library:,} library entries, {county.assets:,} assets, "
        f"{county.project_rows:,} project rows in all; {s['projects']:.1f} s; "
        f"vacuum (analyze) {s['vacuum']:.1f} s",
        flush=True,
    )


def _rules_line(label: str, run: RulesPass) -> str:
    return (
        f"{label:<10}rules {run.seconds:8.2f} s (project rules {run.projects:.2f} s, "
        f"policy rules {run.sectors:.2f} s; slowest town {run.slowest[0]} "
        f"{run.slowest[1]:.2f} s), raised {run.raised_projects:,} + {run.raised_sectors:,}"
    )


def _baseline_line(label: str, run: BaselinePass) -> str:
    return f"{label:<10}baseline {run.seconds:5.2f} s"


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):9.2f}{min(values):9.2f}{max(values):9.2f}"


async def _measure(
    settings: Settings, county: County, rounds: int, today: date, timeout: float
) -> tuple[list[RulesPass], list[BaselinePass], RulesPass | None, list[RuleCost]]:
    policy = default_policy()
    app = Database(settings.app_url(), pool_size=1)
    owner = Database(settings.owner_url(), pool_size=1)
    try:
        runs = await cases(app, county.towns)
        await clear_findings(owner)
        print(_rules_line("warm-up", await rules_pass(app, policy, runs, today)), flush=True)
        print(_baseline_line("warm-up", await baseline_pass(app, runs, today.year)), flush=True)
        rules: list[RulesPass] = []
        baselines: list[BaselinePass] = []
        for n in range(rounds):
            # Alternate which goes first, so that neither always follows the other.
            for which in ("rules", "baseline") if n % 2 == 0 else ("baseline", "rules"):
                if which == "rules":
                    await clear_findings(owner)
                    rules.append(await rules_pass(app, policy, runs, today))
                    print(_rules_line(f"round {n + 1}", rules[-1]), flush=True)
                else:
                    baselines.append(await baseline_pass(app, runs, today.year))
                    print(_baseline_line(f"round {n + 1}", baselines[-1]), flush=True)
        again = await rerun(app, policy, runs[0], today, timeout)
        costs = await rule_costs(app, runs, today)
    finally:
        await app.dispose()
        await owner.dispose()
    return rules, baselines, again, costs


def _report(
    rules: list[RulesPass],
    baselines: list[BaselinePass],
    again: RulesPass | None,
    costs: list[RuleCost],
    *,
    rerun_town: str,
    timeout: float,
) -> None:
    b = baselines[-1]
    r = rules[-1]
    towns_note = "every town, one unit of work each"
    print(f"\n{'':<44}{'median':>9}{'min':>9}{'max':>9}")
    print(f"  {'rules run (2 × run_rules), s':<42}{_spread([x.seconds for x in rules])}")
    print(f"  {'  of which project rules, s':<42}{_spread([x.projects for x in rules])}")
    print(f"  {'  of which policy rules, s':<42}{_spread([x.sectors for x in rules])}")
    print(f"  {'baseline (bare joins), s':<42}{_spread([x.seconds for x in baselines])}")
    ratios = [ratio(x.seconds, y.seconds) for x, y in zip(rules, baselines, strict=True)]
    print(f"  {'ratio rules / baseline (per round)':<42}{_spread(ratios)}")
    print(f"  ({towns_note}; {len(rules)} rounds)")
    violations = sum(c.violations for c in costs)
    project_violations = sum(c.violations for c in costs if c.code.startswith("二"))
    print(
        f"\nrules: {violations:,} violations ({project_violations:,} of the 13 project rules, "
        f"{violations - project_violations:,} of the 4 policy rules), stored as "
        f"{r.raised_projects:,} project findings and {r.raised_sectors:,} household findings "
        "per run"
    )
    print(
        f"baseline: {b.projects:,} projects with {b.project_rows:,} rows (library entry, "
        f"adjustments, assets, checks, returns, plans, deposits); {b.households:,} households "
        f"with {b.members:,} members, {b.incomes:,} assessed incomes and {b.entries:,} of the "
        "year's department entries matched by ID hash"
    )
    if again is None:
        print(
            f"re-run in {rerun_town} with its findings in place: stopped after {timeout:g} s "
            "(--rerun-timeout, statement_timeout) and rolled back"
        )
    else:
        print(
            f"re-run in {rerun_town} with its findings in place (nothing new, nothing removed): "
            f"{again.seconds:.2f} s (project rules {again.projects:.2f} s, policy rules "
            f"{again.sectors:.2f} s), raised {again.raised_projects + again.raised_sectors}"
        )
    print("\neach rule's statement alone (count(*), every town, once):")
    print(f"  {'checkpoint':<12}{'rule':<42}{'violations':>11}{'seconds':>9}")
    for c in sorted(costs, key=lambda c: -c.seconds):
        print(f"  {c.code:<12}{c.name:<42}{c.violations:>11,}{c.seconds:>9.2f}")


def measure_rules(database: ThrowawayDatabase, args: argparse.Namespace) -> None:
    began = time.perf_counter()
    database.populate()
    print(
        f"database {database.name}: migrated, demo data loaded in "
        f"{time.perf_counter() - began:.1f} s",
        flush=True,
    )
    today = date.today()
    county = fill_county(
        database.settings,
        towns=args.towns,
        projects=args.projects,
        members=args.members,
        seed=args.seed,
        today=today,
    )
    _describe(county, args.seed, today.year)
    rules, baselines, again, costs = asyncio.run(
        _measure(database.settings, county, args.rounds, today, args.rerun_timeout)
    )
    if not rules or any(x.raised_projects == 0 or x.raised_sectors == 0 for x in rules):
        raise BenchError("a rules pass raised no findings: the fill does not trip the rules")
    _report(
        rules,
        baselines,
        again,
        costs,
        rerun_town=county.towns[0].name,
        timeout=args.rerun_timeout,
    )
    if quiet := [c.name for c in costs if c.violations == 0]:
        raise BenchError(f"rules that found nothing: {', '.join(quiet)}")


def measure(args: argparse.Namespace) -> int:
    def work(database: ThrowawayDatabase, _: Children) -> None:
        measure_rules(database, args)

    return run_in_database(work, cleaned="nothing else to clean")


# --- Command line ----------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    root = new_parser(__doc__)
    root.add_argument(
        "--towns",
        type=count_arg(MAX_TOWNS),
        default=20,
        help="towns of the county, the demo's 3 first",
    )
    root.add_argument("--projects", type=count_arg(5000), default=200, help="projects per town")
    root.add_argument(
        "--members",
        type=count_arg(5_000_000),
        default=500_000,
        help="registered members of the whole county, spread evenly over the towns",
    )
    root.add_argument("--seed", type=int, default=1)
    root.add_argument(
        "--rerun-timeout",
        type=positive(3600),
        default=120,
        help="seconds a statement of the re-run (first town, findings in place) may take",
    )
    root.add_argument(
        "--rounds", type=count_arg(20), default=3, help="timed rounds of rules and baseline"
    )
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return run_measure(measure, args)


if __name__ == "__main__":
    sys.exit(main())
