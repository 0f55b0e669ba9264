"""Filtered pages of the rectification ledger through GraphQL against a hand-written endpoint.

A throwaway database gets the demo data, ``--households`` synthetic households in 马站镇,
one active cycle and ``--items`` ledger items in it (one sweep finding each, the item's
history in ``ledger_transitions``), written set-based and deterministic by ``--seed``. The
real app (``/graphql``) and a plain Starlette baseline run in two uvicorn processes (one
worker each) on 127.0.0.1. Signed in as ``mazhan_admin``, both are asked for
``ledger(cycleId, filter: {state: "open", areaId, overdue: true}, first: n)`` with
``totalCount``, ``pageInfo`` and twelve fields per item (``ownerName`` and ``headName``
among them) in the area with the most matching items; the baseline authenticates and scopes
the transaction as ``/graphql`` does, then runs four asyncpg queries (page, count, heads,
owners) and builds the same JSON with ``orjson``. At start-up both bodies are compared for
first: 10 and first: 100 (the run stops with a diff if they differ) and the SQL statements
per ``/graphql`` request are counted for both sizes (they must be equal). A separate process
(``wrk`` if installed, else an asyncio client) then drives first: 100 on each endpoint in
alternating slices, and the script prints requests/s and the ratio graphql / baseline.

Run from the repository root::

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
    REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/ledger_pages.py

The helpers live in the ``overhead``, ``registry`` and ``ledger`` packages next to this file.
"""

from __future__ import annotations

import warnings

# pgserver (imported by towncheck.cli, which the database setup uses) warns at import time
# when XDG_RUNTIME_DIR is unset; irrelevant here, so the filter goes in before any import.
warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR")

import argparse  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

from ledger.baseline import PAGE_PATH, statements  # noqa: E402
from ledger.fill import DEADLINE_DAYS, Ledger, fill_ledger  # noqa: E402
from ledger.servers import (  # noqa: E402
    check_pages,
    page_body,
    serve_baseline,
    start_baseline,
    statement_kinds,
)
from overhead.cli import count_arg, machine_line, run_measure  # noqa: E402
from overhead.common import HOST, USERNAME, BenchError, ratio  # noqa: E402
from overhead.database import ThrowawayDatabase  # noqa: E402
from overhead.load import Driver, LoadResult, LoadSpec, PythonDriver, WrkDriver  # noqa: E402
from overhead.processes import Children  # noqa: E402
from overhead.servers import Server, sign_in, start_server  # noqa: E402
from registry.town import TOWN, fill_town  # noqa: E402

MEASURED_SIZE = 100
REWARM_SECONDS = 1.0  # load before each later slice, after the endpoint was idle


def run_load(
    driver: Driver,
    graphql: Server,
    baseline: Server,
    *,
    token: str,
    body: bytes,
    args: argparse.Namespace,
) -> tuple[list[LoadResult], list[LoadResult]]:
    """Alternate graphql and baseline in ``rounds`` slices of the measured time."""
    runs: dict[str, list[LoadResult]] = {"graphql": [], "baseline": []}
    targets = [(graphql, "/graphql"), (baseline, PAGE_PATH)]
    for round_no in range(args.rounds):
        # Alternating the order keeps drift in background load from favouring one side.
        order = targets if round_no % 2 == 0 else targets[::-1]
        for server, path in order:
            warmup = args.warmup if round_no == 0 else min(REWARM_SECONDS, args.warmup)
            spec = LoadSpec(
                port=server.port,
                path=path,
                body=body,
                token=token,
                concurrency=args.concurrency,
                warmup=warmup,
                duration=args.duration / args.rounds,
            )
            runs[server.name].append(driver.run(spec))
        g, b = runs["graphql"][-1], runs["baseline"][-1]
        print(
            f"  round {round_no + 1}/{args.rounds}: graphql {g.rate:8.1f}/s  baseline "
            f"{b.rate:8.1f}/s  ratio {ratio(g.rate, b.rate):5.2f}  errors {g.errors + b.errors}",
            flush=True,
        )
    return runs["graphql"], runs["baseline"]


def _rate(runs: list[LoadResult]) -> float:
    seconds = sum(r.seconds for r in runs)
    return sum(r.requests for r in runs) / seconds if seconds else 0.0


def print_summary(
    graphql: list[LoadResult], baseline: list[LoadResult], statements_per_request: int
) -> None:
    rounds = [ratio(g.rate, b.rate) for g, b in zip(graphql, baseline, strict=True)]
    errors = sum(r.errors for r in graphql + baseline)
    g, b = _rate(graphql), _rate(baseline)
    print(
        f'\nledger(filter: {{state: "open", areaId, overdue: true}}, first: {MEASURED_SIZE}),'
        " requests/s over all rounds"
    )
    print(f"  graphql   {g:8.1f}/s")
    print(f"  baseline  {b:8.1f}/s  (hand-written asyncpg, same JSON)")
    print(
        f"  ratio     {ratio(g, b):8.2f}   graphql / baseline; per round "
        f"{min(rounds):.2f}-{max(rounds):.2f}"
    )
    print(f"  errors    {errors:8d}")
    print(
        f"  SQL statements per /graphql request: {statements_per_request} for first: 10 and "
        f"for first: 100 (equal)"
    )


def _driver(children: Children, load_choice: str, wrk: str | None, scratch: Path) -> Driver:
    if wrk:
        return WrkDriver(children, wrk, scratch)
    return PythonDriver(children, "httpx" if load_choice == "httpx" else "asyncio")


def _describe(ledger: Ledger, seconds: float, seed: int) -> None:
    states = ", ".join(f"{state} {n:,}" for state, n in ledger.by_state.items())
    print(
        f"ledger: cycle {ledger.cycle_id}, {ledger.items:,} items ({states}), "
        f"{ledger.overdue:,} overdue (deadlines today ± {DEADLINE_DAYS} days), "
        f"{ledger.transitions:,} transitions, {ledger.checkpoints} checkpoints, "
        f"{ledger.owners} owners; seed {seed}; {seconds:.1f} s",
        flush=True,
    )
    areas = ", ".join(f"{a.name} {a.matching:,}" for a in ledger.areas)
    print(f"  open and overdue per area: {areas}; measured: {ledger.measured.name}")


def measure_http(
    children: Children, database: ThrowawayDatabase, wrk: str | None, args: argparse.Namespace
) -> None:
    logins = database.populate()
    began = time.perf_counter()
    town, counts = fill_town(database.settings, households=args.households, seed=args.seed)
    print(
        f"database {database.name}: migrated, demo data loaded, {counts.households:,} "
        f"households with {counts.members:,} members generated in {TOWN} (town {town.id}, "
        f"seed {args.seed}) in {time.perf_counter() - began:.1f} s",
        flush=True,
    )
    began = time.perf_counter()
    ledger = fill_ledger(database.settings, items=args.items, seed=args.seed, today=date.today())
    _describe(ledger, time.perf_counter() - began, args.seed)
    graphql = start_server(children, "graphql", database.settings)
    baseline = start_baseline(children, database.settings)
    print(
        f"servers: graphql {HOST}:{graphql.port}, baseline {HOST}:{baseline.port} "
        "(uvicorn, one worker each, own processes)",
        flush=True,
    )
    token = sign_in(graphql, logins.password)
    print(f"signed in as {USERNAME}; parity check, one traced request per endpoint and size:")
    checks = check_pages(graphql, baseline, token, ledger)
    for check in checks:
        print(check.line())
    print(f"  /graphql statements: {', '.join(statement_kinds(checks[-1]))}")
    print(
        f"  baseline: the same first {len(checks[-1].baseline_sql)} (authentication, scope),"
        f" then {len(statements())} asyncpg queries (page, count, heads, owners)",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="towncheck-bench-") as scratch:
        driver = _driver(children, args.load, wrk, Path(scratch))
        print(
            f"load: {driver.label}; first: {MEASURED_SIZE}; concurrency {args.concurrency}; "
            f"per endpoint {args.warmup:g} s warm-up, then {args.duration:g} s measured in "
            f"{args.rounds} alternating slices ({REWARM_SECONDS:g} s re-warm each)",
            flush=True,
        )
        try:
            graphql_runs, baseline_runs = run_load(
                driver,
                graphql,
                baseline,
                token=token,
                body=page_body(ledger, MEASURED_SIZE),
                args=args,
            )
        finally:
            driver.close()
    print_summary(graphql_runs, baseline_runs, len(checks[-1].graphql_sql))


def measure(args: argparse.Namespace) -> int:
    began = time.perf_counter()
    wrk = shutil.which("wrk") if args.load in {"auto", "wrk"} else None
    if args.load == "wrk" and wrk is None:
        raise BenchError("--load wrk: wrk is not installed")
    load_at_start = os.getloadavg()[0]
    database = ThrowawayDatabase.plan()
    children = Children()
    created = False
    try:
        database.create()
        created = True
        measure_http(children, database, wrk, args)
    finally:
        children.stop_all()
        if created:
            database.drop()
            print(f"\ndatabase {database.name} dropped; child processes stopped", flush=True)
    print(machine_line(load_at_start, began))
    return 0


# --- Command line ----------------------------------------------------------------------------


def _positive(limit: float) -> Callable[[str], float]:
    def parse(value: str) -> float:
        number = float(value)
        if not 0 < number <= limit:
            raise argparse.ArgumentTypeError(f"must be in (0, {limit:g}]")
        return number

    return parse


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    root.add_argument(
        "--items",
        type=count_arg(2_000_000),
        default=50_000,
        help="ledger items generated in the town's cycle",
    )
    root.add_argument(
        "--households",
        type=count_arg(200_000),
        default=2000,
        help="synthetic households generated in the town, the items' households",
    )
    root.add_argument("--seed", type=int, default=1)
    # A page takes milliseconds of one core: a few connections keep one worker busy, and
    # each slice must be long enough that the requests still in flight when it ends (not
    # counted) are a small share.
    root.add_argument("--concurrency", type=count_arg(256), default=4)
    root.add_argument(
        "--warmup",
        type=_positive(60),
        default=3.0,
        help="seconds of load before the first measured slice",
    )
    root.add_argument(
        "--duration",
        type=_positive(300),
        default=30.0,
        help="measured seconds per endpoint, over all rounds",
    )
    root.add_argument(
        "--rounds",
        type=count_arg(20),
        default=3,
        help="alternating graphql/baseline slices the measured time is split in",
    )
    root.add_argument(
        "--load",
        choices=["auto", "wrk", "asyncio", "httpx"],
        default="auto",
        help="auto: wrk if installed, else the asyncio client",
    )
    sub = root.add_subparsers(dest="command")
    child = sub.add_parser("serve-baseline", help="internal: run the baseline server")
    child.add_argument("--fd", type=int, required=True)
    child.add_argument("--database-url", required=True)
    child.add_argument("--redis-url", required=True)
    child.add_argument("--namespace", required=True)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "serve-baseline":
        serve_baseline(args.fd, args.database_url, args.redis_url, args.namespace)
        return 0
    if args.items < MEASURED_SIZE:
        parser().error(f"--items must be at least {MEASURED_SIZE} (one full page)")
    return run_measure(measure, args)


if __name__ == "__main__":
    sys.exit(main())
