"""The ``households`` page through GraphQL against a hand-written asyncpg endpoint.

A throwaway database gets the demo data and ``--households`` synthetic households in 马站镇.
The real app (``/graphql``) and a plain Starlette baseline run in two uvicorn processes (one
worker each) on 127.0.0.1. Signed in as ``mazhan_admin``, both are asked for
``households(first: n)`` with each household's members; the baseline authenticates and scopes
the transaction as ``/graphql`` does, then runs two asyncpg queries (households, members) and
builds the same JSON with ``orjson``. At start-up both bodies are compared for first: 10 and
first: 100 (the run stops with a diff if they differ) and the SQL statements per ``/graphql``
request are counted for both sizes (they must be equal). A separate process (``wrk`` if
installed, else an asyncio client) then drives first: 100 on each endpoint in alternating
slices, and the script prints requests/s and the ratio graphql / baseline (target: >= 0.25).

Run from the repository root::

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
    REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/households_page.py

The helpers live in the ``overhead`` and ``registry`` packages next to this file.
"""

from __future__ import annotations

import warnings

# pgserver (imported by towncheck.cli, which the database setup uses) warns at import time
# when XDG_RUNTIME_DIR is unset; irrelevant here, so the filter goes in before any import.
warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR")

import argparse  # noqa: E402
import sys  # noqa: E402

from overhead.cli import add_households, new_parser  # noqa: E402
from overhead.database import ThrowawayDatabase  # noqa: E402
from overhead.page_bench import (  # noqa: E402
    MEASURED_SIZE,
    PageBench,
    add_page_slice_options,
    page_main,
)
from registry.page_baseline import PAGE_PATH, page_baseline_app, statements  # noqa: E402
from registry.page_check import found, page_body, require_full  # noqa: E402
from registry.town import fill_and_describe  # noqa: E402

TARGET = 0.25


def prepare(database: ThrowawayDatabase, args: argparse.Namespace) -> PageBench:
    fill_and_describe(database, households=args.households, seed=args.seed)
    return PageBench(
        baseline=page_baseline_app,
        path=PAGE_PATH,
        body=page_body,
        check=require_full,
        found=found,
        queries=statements(),
        named="households, members",
        heading=f"households(first: {MEASURED_SIZE}) with members",
        target=TARGET,
    )


# --- Command line ----------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    root = new_parser(__doc__)
    add_households(
        root, default=2000, help="synthetic households generated in the town (at least 100)"
    )
    add_page_slice_options(root)
    return root


def main(argv: list[str] | None = None) -> int:
    return page_main(parser(), prepare, argv, full_page="households")


if __name__ == "__main__":
    sys.exit(main())
