"""What every benchmark's command line does alike: count arguments, the run, the machine."""

from __future__ import annotations

import argparse
import os
import platform
import signal
import sys
import time
from collections.abc import Callable

from overhead.common import BenchError


def count_arg(limit: int) -> Callable[[str], int]:
    """An argparse type: a whole number in [1, limit]."""

    def parse(value: str) -> int:
        number = int(value)
        if not 0 < number <= limit:
            raise argparse.ArgumentTypeError(f"must be in [1, {limit}]")
        return number

    return parse


def machine_line(load_at_start: float, began: float) -> str:
    """The machine the numbers were measured on, and how busy it was."""
    return (
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, 1-min load average "
        f"{load_at_start:.2f} at start, {os.getloadavg()[0]:.2f} at end; "
        f"total time {time.perf_counter() - began:.1f} s"
    )


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
