"""Self-check visit submissions through GraphQL against a hand-written asyncpg endpoint.

A throwaway database gets the demo data and ``--households`` synthetic households in 马站镇;
the town's poverty office creates and activates two cycles on the default checklist and
generates their assignments. The real app (``/graphql``) and a plain Starlette baseline run
in two uvicorn processes (one worker each) on 127.0.0.1. Signed in as ``mazhan_admin`` (the
poverty office may visit any household of its town), one photo and one document are
uploaded through ``uploadEvidence`` and every visit refers to them. ``--clients`` concurrent
clients then submit one visit per household (``--visits``, an answer to each of the
template's household checkpoints, two of them reporting a problem): first ``submitVisit``
on ``/graphql`` into one cycle, then the same bodies to the baseline into the other, which
stores the same rows (visit, version, answers, findings) with hand-written asyncpg
statements (``selfcheck/baseline.py`` lists what it leaves out). The script prints visits/s,
p50 and p99 latency for both and the ratio graphql / baseline.

Then every request is sent once more, concurrently, with the same ``clientId``: each must
answer with the visit it created, and the rows of visits, visit_versions, visit_answers and
findings of both cycles must be what they were before; if not, the run fails.

Run from the repository root::

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
    REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/visit_submissions.py

The helpers live in the ``overhead``, ``registry`` and ``selfcheck`` packages next to this
file.
"""

from __future__ import annotations

import warnings

# pgserver (imported by towncheck.cli, which the database setup uses) warns at import time
# when XDG_RUNTIME_DIR is unset; irrelevant here, so the filter goes in before any import.
warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402

import orjson  # noqa: E402

from overhead.cli import add_households, count_arg, new_parser, run_in_database, run_measure  # noqa: E402
from overhead.common import USERNAME, BenchError, ratio  # noqa: E402
from overhead.database import ThrowawayDatabase  # noqa: E402
from overhead.processes import Children  # noqa: E402
from overhead.servers import Server, sign_in, start_servers  # noqa: E402
from registry.town import TOWN, fill_town  # noqa: E402
from selfcheck.baseline import VISITS_PATH, visits_baseline_app  # noqa: E402
from selfcheck.clients import Run, retry_failed, submit_all  # noqa: E402
from selfcheck.evidence import upload_evidence  # noqa: E402
from selfcheck.town import (  # noqa: E402
    FAILED_ANSWERS,
    Cycles,
    Rows,
    answers_for,
    count_rows,
    household_ids,
    make_cycles,
    submission_body,
)


def _bodies(
    cycles: Cycles, cycle_id: int, households: list[int], photo: str, document: str
) -> list[bytes]:
    today = date.today()
    return [
        orjson.dumps(
            submission_body(
                cycles.town,
                cycle_id,
                household,
                answers_for(cycles.checkpoints, photo, document, household),
                today,
            )
        )
        for household in households
    ]


def _run(
    label: str, server: Server, path: str, token: str, bodies: list[bytes], *, clients: int
) -> tuple[Run, int]:
    """Send every body once (measured), then the failed ones again until stored."""
    run = submit_all(label, server, path, token, bodies, clients=clients)
    return run, retry_failed(run, server, path, token, bodies, clients=clients)


def _replay(
    label: str,
    server: Server,
    path: str,
    token: str,
    bodies: list[bytes],
    *,
    first: Run,
    clients: int,
) -> tuple[Run, int]:
    again, retried = _run(label, server, path, token, bodies, clients=clients)
    changed = sum(1 for a, b in zip(first.visit_ids, again.visit_ids, strict=True) if a != b)
    if changed:
        raise BenchError(f"{label}: {changed} replayed requests answered another visit")
    return again, retried


def _failures(run: Run, retried: int) -> str:
    if not run.failures:
        return ""
    return (
        f"\n            {len(run.failures)} failed, sent again until stored ({retried} "
        f"requests); first failure: {run.failures[0][:200]}"
    )


def _require_unchanged(label: str, before: Rows, after: Rows) -> None:
    if before != after:
        raise BenchError(
            f"{label}: the replay changed the stored rows\n  before: {before.line()}\n"
            f"  after:  {after.line()}"
        )


def measure_http(children: Children, database: ThrowawayDatabase, args: argparse.Namespace) -> None:
    logins = database.populate()
    began = time.perf_counter()
    town, counts = fill_town(database.settings, households=args.households, seed=args.seed)
    cycles = make_cycles(database.settings)
    households = household_ids(database.settings, town, args.visits)
    if len(households) < args.visits:
        raise BenchError(f"only {len(households)} households in {TOWN}; --visits {args.visits}")
    print(
        f"database {database.name}: migrated, demo data loaded, {counts.households:,} "
        f"households generated in {TOWN} (town {town.id}, seed {args.seed}); cycles "
        f"{cycles.graphql} (graphql) and {cycles.baseline} (baseline) active with "
        f"{cycles.assigned:,} assignments each, {cycles.unassigned} unassigned; "
        f"{time.perf_counter() - began:.1f} s",
        flush=True,
    )
    graphql, baseline = start_servers(children, database.settings, visits_baseline_app)
    token = sign_in(graphql, logins.password)
    photo, document = upload_evidence(graphql, token, town.id)
    g_bodies = _bodies(cycles, cycles.graphql, households, photo, document)
    b_bodies = _bodies(cycles, cycles.baseline, households, photo, document)
    sizes = sorted(len(b) for b in g_bodies)
    print(
        f"signed in as {USERNAME}; one photo and one document uploaded; {len(households):,} "
        f"visits per endpoint, {len(cycles.checkpoints)} answers each ({FAILED_ANSWERS} report "
        f"a problem), request body {sizes[len(sizes) // 2]:,} B; {args.clients} concurrent "
        "clients (httpx.AsyncClient)",
        flush=True,
    )
    g_run, g_retried = _run("graphql", graphql, "/graphql", token, g_bodies, clients=args.clients)
    b_run, b_retried = _run(
        "baseline", baseline, VISITS_PATH, token, b_bodies, clients=args.clients
    )
    before = count_rows(database.settings, town, [cycles.graphql, cycles.baseline])
    print(f"\nsubmitVisit, {len(households):,} visits per endpoint, {args.clients} clients")
    print(g_run.line() + _failures(g_run, g_retried))
    print(b_run.line() + "  (hand-written asyncpg, same rows)" + _failures(b_run, b_retried))
    print(f"  ratio     {ratio(g_run.rate, b_run.rate):8.2f}   graphql / baseline visits/s")
    print(f"  stored    graphql:  {before[0].line()}")
    print(f"            baseline: {before[1].line()}")

    g_again, g_again_retried = _replay(
        "graphql", graphql, "/graphql", token, g_bodies, first=g_run, clients=args.clients
    )
    b_again, b_again_retried = _replay(
        "baseline", baseline, VISITS_PATH, token, b_bodies, first=b_run, clients=args.clients
    )
    after = count_rows(database.settings, town, [cycles.graphql, cycles.baseline])
    _require_unchanged("graphql", before[0], after[0])
    _require_unchanged("baseline", before[1], after[1])
    print("\nreplay: every request sent once more with the same clientId, concurrently")
    print(g_again.line() + _failures(g_again, g_again_retried))
    print(b_again.line() + _failures(b_again, b_again_retried))
    print(
        f"  every replayed request answered the visit it created; rows unchanged: "
        f"graphql {after[0].line()}; baseline {after[1].line()}"
    )


def measure(args: argparse.Namespace) -> int:
    return run_in_database(lambda database, children: measure_http(children, database, args))


# --- Command line ----------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    root = new_parser(__doc__)
    add_households(root, default=2000, help="synthetic households generated in the town")
    root.add_argument(
        "--visits",
        type=count_arg(200_000),
        default=None,
        help="visits per endpoint, one per household (default: --households)",
    )
    root.add_argument("--clients", type=count_arg(1000), default=200, help="concurrent clients")
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.visits is None:
        args.visits = args.households
    return run_measure(measure, args)


if __name__ == "__main__":
    sys.exit(main())
