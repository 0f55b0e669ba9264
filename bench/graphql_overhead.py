"""What GraphQL costs on top of the same SQL, as ratios measured within one run.

The real app (``/graphql``) and a plain Starlette baseline run in two uvicorn processes
(one worker each) on 127.0.0.1. For each case the baseline endpoint authenticates the
bearer token, applies the tenant scope and runs the same selects the resolvers and loaders
run, in one transaction on the app's login role, and returns the same JSON bytes. At
startup both bodies and the SQL each request sends are compared; the run stops if they
differ. A separate process (``wrk`` if installed, else an asyncio client) then drives each
endpoint in turn, and the script prints requests/s and the ratio graphql / baseline.

It also times Casbin checks: a plain ``casbin.Enforcer`` against the project's
``Policy.enforce`` (FastEnforcer, uncached) and ``Policy.allows`` (memoised).

Run from the repository root::

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
    REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/graphql_overhead.py

The helpers live in the ``overhead`` package next to this file; running the file as a
script puts its directory first on ``sys.path``, which is how they are found.
"""

from __future__ import annotations

import warnings

# pgserver (imported by towncheck.cli, which the database setup uses) warns at import time
# when XDG_RUNTIME_DIR is unset; irrelevant here, so the filter goes in before any import.
warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR")

import argparse  # noqa: E402
import contextlib  # noqa: E402
import os  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

from overhead.casbin_rates import casbin_rates  # noqa: E402
from overhead.cli import machine_line, run_measure  # noqa: E402
from overhead.common import CASES, HOST, USERNAME, BenchError, ratio  # noqa: E402
from overhead.database import ThrowawayDatabase  # noqa: E402
from overhead.load import Driver, LoadResult, LoadSpec, PythonDriver, WrkDriver, load  # noqa: E402
from overhead.processes import Children  # noqa: E402
from overhead.servers import Server, check_parity, serve, sign_in, start_server  # noqa: E402

REWARM_SECONDS = 1.0  # load before each later slice, after the endpoint was idle

Results = dict[tuple[str, str], list[LoadResult]]


# --- Measurements ----------------------------------------------------------------------------


def run_load(
    driver: Driver, graphql: Server, baseline: Server, token: str, args: argparse.Namespace
) -> Results:
    """Per case, alternate graphql and baseline in ``rounds`` slices of the measured time."""
    results: Results = {}
    for case in CASES:
        targets = [(graphql, "/graphql"), (baseline, case.baseline_path)]
        for round_no in range(args.rounds):
            # Alternating the order keeps drift in background load from favouring one side.
            order = targets if round_no % 2 == 0 else targets[::-1]
            for server, path in order:
                warmup = args.warmup if round_no == 0 else min(REWARM_SECONDS, args.warmup)
                spec = LoadSpec(
                    port=server.port,
                    path=path,
                    body=case.body(),
                    token=token,
                    concurrency=args.concurrency,
                    warmup=warmup,
                    duration=args.duration / args.rounds,
                )
                results.setdefault((case.name, server.name), []).append(driver.run(spec))
            g = results[(case.name, "graphql")][-1]
            b = results[(case.name, "baseline")][-1]
            print(
                f"  {case.name:<5} round {round_no + 1}/{args.rounds}: graphql {g.rate:8.1f}/s"
                f"  baseline {b.rate:8.1f}/s  ratio {ratio(g.rate, b.rate):5.2f}"
                f"  errors {g.errors + b.errors}",
                flush=True,
            )
    return results


def _rate(runs: list[LoadResult]) -> float:
    seconds = sum(r.seconds for r in runs)
    return sum(r.requests for r in runs) / seconds if seconds else 0.0


def print_table(results: Results) -> None:
    print("\nrequests/s over all rounds (ratio = graphql / baseline; 1.00 = no overhead)")
    print(
        f"  {'case':<6}{'graphql':>10}{'baseline':>10}{'ratio':>8}  {'per-round ratio':<16}"
        f"{'errors':>6}"
    )
    for case in CASES:
        g, b = results[(case.name, "graphql")], results[(case.name, "baseline")]
        rounds = [ratio(x.rate, y.rate) for x, y in zip(g, b, strict=True)]
        spread = f"{min(rounds):.2f}-{max(rounds):.2f}"
        errors = sum(r.errors for r in g + b)
        print(
            f"  {case.name:<6}{_rate(g):10.1f}{_rate(b):10.1f}"
            f"{ratio(_rate(g), _rate(b)):8.2f}  {spread:<16}{errors:>6}"
        )


def print_casbin(seconds: float) -> None:
    rates = casbin_rates(seconds)
    print(
        f"\nCasbin checks/s, one thread, ~{seconds:g} s each, a mix of {rates.total} checks "
        f"(7 roles x town:5 x 7 resources x read/write: {rates.allowed} allowed, "
        f"{rates.total - rates.allowed} denied; all three agree on every check)"
    )
    print(f"  {'casbin.Enforcer.enforce (baseline)':<37}{rates.baseline:10,.0f}/s")
    print(f"  {'Policy.enforce (FastEnforcer + lock)':<37}{rates.enforce:10,.0f}/s")
    print(f"  {'Policy.allows (memoised)':<37}{rates.allows:10,.0f}/s")
    print(f"  {'ratio Policy.enforce / Enforcer':<37}{ratio(rates.enforce, rates.baseline):10.2f}")
    print(f"  {'ratio Policy.allows / Enforcer':<37}{ratio(rates.allows, rates.baseline):10.2f}")


def _driver(children: Children, load_choice: str, wrk: str | None, scratch: Path) -> Driver:
    if wrk:
        return WrkDriver(children, wrk, scratch)
    return PythonDriver(children, "httpx" if load_choice == "httpx" else "asyncio")


def measure_http(
    children: Children, database: ThrowawayDatabase, wrk: str | None, args: argparse.Namespace
) -> None:
    """Servers up, sign in, parity check, then the load runs and their table."""
    logins = database.populate()
    print(f"database {database.name}: migrated, demo data loaded", flush=True)
    graphql = start_server(children, "graphql", database.settings)
    baseline = start_server(children, "baseline", database.settings)
    print(
        f"servers: graphql {HOST}:{graphql.port}, baseline {HOST}:{baseline.port} "
        "(uvicorn, one worker each, own processes)",
        flush=True,
    )
    token = sign_in(graphql, logins.password)
    print(f"signed in as {USERNAME}; parity check, one traced request per endpoint:")
    print("\n".join(check_parity(graphql, baseline, token)), flush=True)
    with tempfile.TemporaryDirectory(prefix="towncheck-bench-") as scratch:
        driver = _driver(children, args.load, wrk, Path(scratch))
        print(
            f"load: {driver.label}; concurrency {args.concurrency}; per endpoint and "
            f"case {args.warmup:g} s warm-up, then {args.duration:g} s measured in "
            f"{args.rounds} alternating slices ({REWARM_SECONDS:g} s re-warm each)",
            flush=True,
        )
        try:
            results = run_load(driver, graphql, baseline, token, args)
        finally:
            driver.close()
    print_table(results)


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
        print_casbin(args.casbin_seconds)
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


def _add_children(root: argparse.ArgumentParser) -> None:
    """The internal subcommands this script runs in its own child processes."""
    sub = root.add_subparsers(dest="command")
    child = sub.add_parser("serve", help="internal: run one server")
    child.add_argument("--app", choices=["graphql", "baseline"], required=True)
    child.add_argument("--fd", type=int, required=True)
    child.add_argument("--database-url", required=True)
    child.add_argument("--redis-url", required=True)
    child.add_argument("--namespace", required=True)
    driver = sub.add_parser("load", help="internal: drive load, spec on stdin")
    driver.add_argument("--client", choices=["asyncio", "httpx"], default="asyncio")


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    root.add_argument("--concurrency", type=lambda v: int(_positive(256)(v)), default=16)
    root.add_argument(
        "--warmup",
        type=_positive(60),
        default=3.0,
        help="seconds of load before the first measured slice",
    )
    root.add_argument(
        "--duration",
        type=_positive(120),
        default=8.0,
        help="measured seconds per endpoint and case, over all rounds",
    )
    root.add_argument(
        "--rounds",
        type=lambda v: int(_positive(20)(v)),
        default=4,
        help="alternating graphql/baseline slices the measured time is split in",
    )
    root.add_argument("--casbin-seconds", type=_positive(10), default=1.0)
    root.add_argument(
        "--load",
        choices=["auto", "wrk", "asyncio", "httpx"],
        default="auto",
        help="auto: wrk if installed, else the asyncio client",
    )
    _add_children(root)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "serve":
        serve(args.app, args.fd, args.database_url, args.redis_url, args.namespace)
        return 0
    if args.command == "load":
        with contextlib.suppress(KeyboardInterrupt):
            load(args.client)
        return 0
    return run_measure(measure, args)


if __name__ == "__main__":
    sys.exit(main())
