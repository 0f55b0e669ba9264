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
import sys  # noqa: E402

from overhead.baseline import baseline_app  # noqa: E402
from overhead.casbin_rates import casbin_rates  # noqa: E402
from overhead.cli import new_parser, positive, run_in_database, run_measure  # noqa: E402
from overhead.common import CASES, USERNAME, ratio  # noqa: E402
from overhead.database import ThrowawayDatabase  # noqa: E402
from overhead.load import load  # noqa: E402
from overhead.processes import Children  # noqa: E402
from overhead.servers import (  # noqa: E402
    add_server_arguments,
    check_parity,
    serve_graphql,
    sign_in,
    start_servers,
)
from overhead.slices import (  # noqa: E402
    Slices,
    Slicing,
    add_slice_options,
    load_driver,
    overall_rate,
    run_slices,
)

PER = "endpoint and case"


# --- Measurements ----------------------------------------------------------------------------


def print_table(results: dict[str, Slices]) -> None:
    print("\nrequests/s over all rounds (ratio = graphql / baseline; 1.00 = no overhead)")
    print(
        f"  {'case':<6}{'graphql':>10}{'baseline':>10}{'ratio':>8}  {'per-round ratio':<16}"
        f"{'errors':>6}"
    )
    for case in CASES:
        slices = results[case.name]
        print(
            f"  {case.name:<6}{overall_rate(slices.graphql):10.1f}"
            f"{overall_rate(slices.baseline):10.1f}{slices.overall_ratio:8.2f}  "
            f"{slices.spread:<16}{slices.errors:>6}"
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


def measure_http(children: Children, database: ThrowawayDatabase, slicing: Slicing) -> None:
    """Servers up, sign in, parity check, then the load runs and their table."""
    logins = database.populate()
    print(f"database {database.name}: migrated, demo data loaded", flush=True)
    graphql, baseline = start_servers(children, database.settings, baseline_app)
    token = sign_in(graphql, logins.password)
    print(f"signed in as {USERNAME}; parity check, one traced request per endpoint:")
    print("\n".join(check_parity(graphql, baseline, token)), flush=True)
    with load_driver(children, slicing) as driver:
        print(slicing.line(driver, per=PER), flush=True)
        results = {
            case.name: run_slices(
                driver,
                graphql,
                baseline,
                path=case.baseline_path,
                body=case.body(),
                token=token,
                slicing=slicing,
                label=f"{case.name:<5} ",
            )
            for case in CASES
        }
    print_table(results)


def measure(args: argparse.Namespace) -> int:
    slicing = Slicing.from_args(args)

    def work(database: ThrowawayDatabase, children: Children) -> None:
        measure_http(children, database, slicing)
        print_casbin(args.casbin_seconds)

    return run_in_database(work)


# --- Command line ----------------------------------------------------------------------------


def _add_children(root: argparse.ArgumentParser) -> None:
    """The internal subcommands this script runs in its own child processes."""
    sub = root.add_subparsers(dest="command")
    add_server_arguments(sub.add_parser("serve", help="internal: run the real app"))
    driver = sub.add_parser("load", help="internal: drive load, spec on stdin")
    driver.add_argument("--client", choices=["asyncio", "httpx"], default="asyncio")


def parser() -> argparse.ArgumentParser:
    root = new_parser(__doc__)
    add_slice_options(root, concurrency=16, duration=8.0, max_duration=120, rounds=4, per=PER)
    root.add_argument("--casbin-seconds", type=positive(10), default=1.0)
    _add_children(root)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "serve":
        serve_graphql(args)
        return 0
    if args.command == "load":
        with contextlib.suppress(KeyboardInterrupt):
            load(args.client)
        return 0
    return run_measure(measure, args)


if __name__ == "__main__":
    sys.exit(main())
