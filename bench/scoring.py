"""One scoring run of a whole county (a real worker) against a bare SQL aggregate of the same answers.

A throwaway database gets the demo data and a county of ``--towns`` towns (the demo's three
and more written as the owner role, each with areas, villages, a town admin and one active
cycle), all on a new published version of the default template with 10 more household
yes/no checkpoints (40 in all). Each town gets ~``--households`` households (members,
incomes, a helper for nine in ten), one submitted self-check visit per household answering
every household checkpoint (copied in with asyncpg: 20 × 5,000 × 40 = ~4 million
``visit_answers`` rows) and an open finding for ~5 % of the answers; then ``vacuum
(analyze)``. Generation is not timed.

Then, alternating in the same run (after one warm-up of each), ``--rounds`` times:

* scoring: a fresh ``towncheck worker`` process (the CLI, its own Redis namespace); one
  ``scoring.run`` job for every town's cycle is requested and enqueued, timed from enqueue
  to the job row's status ``done``; the worker's peak resident memory (VmHWM) is read
  before it is stopped;
* baseline: one bare aggregate over the same answers (visits ⋈ answers ⟕ findings, grouped
  by household, every town), fetched through asyncpg as the owner role.

It prints the medians, the ratio scoring / baseline (target ≤ 2), the worker's peak memory,
and each statement of one town's run timed alone (with ``auto_explain`` plans of the
slowest when the ratio is above 2). Run from the repository root::

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/scoring.py

The helpers live in the ``overhead``, ``rules_town`` and ``scoring_county`` packages next to
this file.
"""  # noqa: E501

from __future__ import annotations

import warnings

# pgserver (imported by towncheck.cli, which the database setup uses) warns at import time
# when XDG_RUNTIME_DIR is unset; irrelevant here, so the filter goes in before any import.
warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR")

import argparse  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402
from typing import Final  # noqa: E402

from overhead.cli import count_arg, new_parser, run_in_database, run_measure  # noqa: E402
from overhead.common import ratio  # noqa: E402
from overhead.database import ThrowawayDatabase  # noqa: E402
from overhead.processes import Children  # noqa: E402
from rules_town.county import MAX_TOWNS  # noqa: E402
from scoring_county.fill import County, fill_county  # noqa: E402
from scoring_county.measure import BaselineRun, ScoringRun, baseline_run, scoring_run  # noqa: E402
from scoring_county.profile import profile  # noqa: E402

TARGET_RATIO: Final = 2.0


def _describe(county: County) -> None:
    s = county.seconds
    towns = len(county.towns)
    print(
        f"county: {towns} towns, one active cycle each on checklist version "
        f"{county.version_id} ({county.checkpoints} household checkpoints); {s['county']:.1f} s",
        flush=True,
    )
    print(
        f"registry: {county.households:,} households (~{county.households // towns:,} per "
        f"town), {county.members:,} members, {county.helpers:,} household helpers in the "
        f"database; {s['registry']:.1f} s",
        flush=True,
    )
    print(
        f"self-check: {county.visits:,} visits, {county.answers:,} answers, "
        f"{county.findings:,} findings ({100 * county.findings / max(county.answers, 1):.1f} % "
        f"of answers); {s['visits']:.1f} s; vacuum (analyze) {s['vacuum']:.1f} s",
        flush=True,
    )


def _scoring_line(label: str, run: ScoringRun) -> str:
    return (
        f"{label:<10}scoring  {run.seconds:8.2f} s ({run.snapshots} snapshots), "
        f"worker peak {run.peak_mb:.0f} MB"
    )


def _baseline_line(label: str, run: BaselineRun) -> str:
    return (
        f"{label:<10}baseline {run.seconds:8.2f} s ({run.households:,} households, "
        f"{run.answers:,} answers)"
    )


def _spread(values: list[float], digits: int = 2) -> str:
    return "".join(
        f"{v:9.{digits}f}" for v in (statistics.median(values), min(values), max(values))
    )


def measure_scoring(
    database: ThrowawayDatabase, children: Children, args: argparse.Namespace
) -> None:
    began = time.perf_counter()
    database.populate()
    print(
        f"database {database.name}: migrated, demo data loaded in "
        f"{time.perf_counter() - began:.1f} s",
        flush=True,
    )
    began = time.perf_counter()
    county = fill_county(
        database.settings,
        towns=args.towns,
        households=args.households,
        seed=args.seed,
        today=date.today(),
    )
    _describe(county)
    print(f"generation in all: {time.perf_counter() - began:.1f} s\n", flush=True)
    settings, towns = database.settings, county.towns
    print(_scoring_line("warm-up", scoring_run(children, settings, towns)), flush=True)
    print(_baseline_line("warm-up", baseline_run(settings, towns)), flush=True)
    scorings: list[ScoringRun] = []
    baselines: list[BaselineRun] = []
    for n in range(args.rounds):
        # Alternate which goes first, so that neither always follows the other.
        for which in ("scoring", "baseline") if n % 2 == 0 else ("baseline", "scoring"):
            if which == "scoring":
                scorings.append(scoring_run(children, settings, towns))
                print(_scoring_line(f"round {n + 1}", scorings[-1]), flush=True)
            else:
                baselines.append(baseline_run(settings, towns))
                print(_baseline_line(f"round {n + 1}", baselines[-1]), flush=True)
    ratios = [ratio(s.seconds, b.seconds) for s, b in zip(scorings, baselines, strict=True)]
    median_ratio = ratio(
        statistics.median(s.seconds for s in scorings),
        statistics.median(b.seconds for b in baselines),
    )
    print(f"\n{'':<46}{'median':>9}{'min':>9}{'max':>9}")
    print(f"  {'scoring (one job, every town, worker), s':<44}"
          f"{_spread([s.seconds for s in scorings])}")  # fmt: skip
    print(f"  {'baseline (bare aggregate), s':<44}{_spread([b.seconds for b in baselines])}")
    print(f"  {'ratio scoring / baseline (per round)':<44}{_spread(ratios)}")
    print(f"  {'worker peak memory (VmHWM), MB':<44}{_spread([s.peak_mb for s in scorings], 0)}")
    verdict = "within" if median_ratio <= TARGET_RATIO else "ABOVE"
    print(
        f"\nratio of the medians {median_ratio:.2f}: {verdict} the target of "
        f"{TARGET_RATIO:g}; worker peak {max(s.peak_mb for s in scorings):.0f} MB (max of "
        f"{len(scorings)} fresh workers); {len(towns)} towns, {args.rounds} rounds",
        flush=True,
    )
    profile(settings, towns[-1], explain=median_ratio > TARGET_RATIO)


def measure(args: argparse.Namespace) -> int:
    def work(database: ThrowawayDatabase, children: Children) -> None:
        measure_scoring(database, children, args)

    return run_in_database(work)


# --- Command line ----------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    root = new_parser(__doc__)
    root.add_argument(
        "--towns", type=count_arg(MAX_TOWNS), default=20, help="towns, the demo's 3 first"
    )
    root.add_argument(
        "--households", type=count_arg(100_000), default=5000, help="households per town (~)"
    )
    root.add_argument("--seed", type=int, default=1)
    root.add_argument(
        "--rounds", type=count_arg(20), default=3, help="timed rounds of scoring and baseline"
    )
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return run_measure(measure, args)


if __name__ == "__main__":
    sys.exit(main())
