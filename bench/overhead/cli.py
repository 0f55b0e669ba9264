"""What every benchmark's command line does alike: arguments, the run, the machine."""

from __future__ import annotations

import argparse
import os
import platform
import signal
import sys
import time
from collections.abc import Callable
from typing import TypeVar

from overhead.common import BenchError
from overhead.database import ThrowawayDatabase
from overhead.processes import Children

N = TypeVar("N", int, float)


def new_parser(doc: str | None) -> argparse.ArgumentParser:
    """A parser described by the first line of the script's docstring."""
    return argparse.ArgumentParser(description=doc.split("\n", 1)[0] if doc else None)


def _bounded(kind: Callable[[str], N], limit: N, shown: str) -> Callable[[str], N]:
    def parse(value: str) -> N:
        number = kind(value)
        if not 0 < number <= limit:
            raise argparse.ArgumentTypeError(f"must be in {shown}")
        return number

    return parse


def count_arg(limit: int) -> Callable[[str], int]:
    """An argparse type: a whole number in [1, limit]."""
    return _bounded(int, limit, f"[1, {limit}]")


def positive(limit: float) -> Callable[[str], float]:
    """An argparse type: a number in (0, limit]."""
    return _bounded(float, limit, f"(0, {limit:g}]")


def add_households(root: argparse.ArgumentParser, *, default: int, help: str) -> None:
    """``--households`` (how many the run generates; ``help`` says where) and ``--seed``."""
    root.add_argument("--households", type=count_arg(200_000), default=default, help=help)
    root.add_argument("--seed", type=int, default=1)


def machine_line(load_at_start: float, began: float) -> str:
    """The machine the numbers were measured on, and how busy it was."""
    return (
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, 1-min load average "
        f"{load_at_start:.2f} at start, {os.getloadavg()[0]:.2f} at end; "
        f"total time {time.perf_counter() - began:.1f} s"
    )


def run_in_database(
    work: Callable[[ThrowawayDatabase, Children], None],
    *,
    cleaned: str = "child processes stopped",
) -> int:
    """Run ``work`` on a fresh throwaway database; drop it and stop every child afterwards.

    ``cleaned`` says what else was cleaned up, in the line that reports the drop.
    """
    began = time.perf_counter()
    load_at_start = os.getloadavg()[0]
    database = ThrowawayDatabase.plan()
    children = Children()
    created = False
    try:
        database.create()
        created = True
        work(database, children)
    finally:
        children.stop_all()
        if created:
            database.drop()
            print(f"\ndatabase {database.name} dropped; {cleaned}", flush=True)
    print(machine_line(load_at_start, began))
    return 0


def _terminate(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def run_measure(measure: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a measurement so that SIGTERM and Ctrl-C still reach its cleanup (``finally``)."""
    signal.signal(signal.SIGTERM, _terminate)
    try:
        return measure(args)
    except BenchError as error:
        print(f"bench aborted: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
