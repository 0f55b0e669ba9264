"""A page through ``/graphql`` against a hand-written endpoint: servers, check, load, summary.

``households_page.py`` and ``ledger_pages.py`` differ only in the page (``PageBench``) and in
what they put in the database before; the run is the same: both servers up, sign in, the
start-up check for every checked size, then the largest page in alternating load slices.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from overhead.cli import run_in_database, run_measure
from overhead.common import USERNAME
from overhead.database import ThrowawayDatabase
from overhead.page_parity import (
    CHECKED_SIZES,
    PageCheck,
    check_sizes,
    per_request_line,
    print_checks,
)
from overhead.processes import Children
from overhead.servers import BaselineFactory, sign_in, start_servers
from overhead.slices import Slicing, add_slice_options, load_driver, print_summary, run_slices
from towncheck.config import Settings

MEASURED_SIZE = max(CHECKED_SIZES)


@dataclass(frozen=True, slots=True)
class PageBench:
    """The page a run measures, and how its checks and summary read."""

    baseline: BaselineFactory  # the baseline app, started in its own process
    path: str  # the baseline's endpoint
    body: Callable[[int], bytes]  # the request for ``first: n``, the same to both
    check: Callable[[list[PageCheck]], None]  # what the page must hold; raises if not
    found: Callable[[PageCheck], str]  # what it holds, for a check's line
    queries: Sequence[str]  # the baseline's asyncpg queries
    named: str  # ... as listed in the output
    heading: str  # the summary's first line
    target: float | None = None  # the ratio to reach, if there is one


def add_page_slice_options(root: argparse.ArgumentParser) -> None:
    """The load options, with defaults for a page."""
    # A page takes milliseconds to tens of milliseconds of one core: a few connections keep
    # one worker busy, and each slice must be long enough that the requests still in flight
    # when it ends (not counted) are a small share.
    add_slice_options(root, concurrency=4, duration=30.0, max_duration=300, rounds=3)


def run_page_bench(
    children: Children, settings: Settings, password: str, slicing: Slicing, bench: PageBench
) -> None:
    """Both servers, the check, the load; ``password``: the demo logins' password."""
    graphql, baseline = start_servers(children, settings, bench.baseline)
    token = sign_in(graphql, password)
    print(f"signed in as {USERNAME}; parity check, one traced request per endpoint and size:")
    checks = check_sizes(graphql, baseline, token, path=bench.path, body=bench.body)
    bench.check(checks)
    print_checks(checks, bench.found, bench.queries, bench.named)
    with load_driver(children, slicing) as driver:
        print(slicing.line(driver, first=MEASURED_SIZE), flush=True)
        slices = run_slices(
            driver,
            graphql,
            baseline,
            path=bench.path,
            body=bench.body(MEASURED_SIZE),
            token=token,
            slicing=slicing,
        )
    print_summary(bench.heading, slices, target=bench.target)
    print(per_request_line(checks))


Prepare = Callable[[ThrowawayDatabase, argparse.Namespace], PageBench]


def page_main(
    root: argparse.ArgumentParser, prepare: Prepare, argv: list[str] | None, *, full_page: str
) -> int:
    """A page script's ``main``: parse, then on a throwaway database with the demo data,
    ``prepare`` (fill it, describe the page) and run the bench. ``full_page``: the option
    (a count) that must give at least one full page."""
    args = root.parse_args(argv)
    if getattr(args, full_page.replace("-", "_")) < MEASURED_SIZE:
        root.error(f"--{full_page} must be at least {MEASURED_SIZE} (one full page)")

    def measure(args: argparse.Namespace) -> int:
        slicing = Slicing.from_args(args)

        def work(database: ThrowawayDatabase, children: Children) -> None:
            logins = database.populate()
            bench = prepare(database, args)
            run_page_bench(children, database.settings, logins.password, slicing, bench)

        return run_in_database(work)

    return run_measure(measure, args)
