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
import sys  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402

from ledger.baseline import PAGE_PATH, ledger_baseline_app, statements  # noqa: E402
from ledger.fill import DEADLINE_DAYS, Ledger, fill_ledger  # noqa: E402
from ledger.page_check import found, page_body, require_counted  # noqa: E402
from overhead.cli import add_households, count_arg, new_parser  # noqa: E402
from overhead.database import ThrowawayDatabase  # noqa: E402
from overhead.page_bench import (  # noqa: E402
    MEASURED_SIZE,
    PageBench,
    add_page_slice_options,
    page_main,
)
from registry.town import fill_and_describe  # noqa: E402


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


def prepare(database: ThrowawayDatabase, args: argparse.Namespace) -> PageBench:
    fill_and_describe(database, households=args.households, seed=args.seed)
    began = time.perf_counter()
    ledger = fill_ledger(database.settings, items=args.items, seed=args.seed, today=date.today())
    _describe(ledger, time.perf_counter() - began, args.seed)
    return PageBench(
        baseline=ledger_baseline_app,
        path=PAGE_PATH,
        body=lambda size: page_body(ledger, size),
        check=require_counted(ledger),
        found=found,
        queries=statements(),
        named="page, count, heads, owners",
        heading=f'ledger(filter: {{state: "open", areaId, overdue: true}}, first: {MEASURED_SIZE})',
    )


# --- Command line ----------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    root = new_parser(__doc__)
    root.add_argument(
        "--items",
        type=count_arg(2_000_000),
        default=50_000,
        help="ledger items generated in the town's cycle",
    )
    add_households(
        root, default=2000, help="synthetic households generated in the town, the items' households"
    )
    add_page_slice_options(root)
    return root


def main(argv: list[str] | None = None) -> int:
    return page_main(parser(), prepare, argv, full_page="items")


if __name__ == "__main__":
    sys.exit(main())
