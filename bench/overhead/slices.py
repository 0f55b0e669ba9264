"""Load in alternating slices: graphql, baseline, baseline, graphql, ... and their summary.

The measured time per endpoint is split in ``rounds`` slices that alternate between the two
servers, so both see the same drift in background load. The first slice of each endpoint is
preceded by the full warm-up, later ones by a short re-warm (the endpoint was idle).
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from overhead.cli import count_arg, positive
from overhead.common import BenchError, ratio
from overhead.load import Driver, LoadResult, LoadSpec, PythonDriver, WrkDriver
from overhead.processes import Children
from overhead.servers import Server

REWARM_SECONDS = 1.0  # load before each later slice, after the endpoint was idle


def add_slice_options(
    root: argparse.ArgumentParser,
    *,
    concurrency: int,
    duration: float,
    max_duration: float,
    rounds: int,
    per: str = "endpoint",
) -> None:
    """``--concurrency``, ``--warmup``, ``--duration``, ``--rounds`` and ``--load``."""
    root.add_argument("--concurrency", type=count_arg(256), default=concurrency)
    root.add_argument(
        "--warmup",
        type=positive(60),
        default=3.0,
        help="seconds of load before the first measured slice",
    )
    root.add_argument(
        "--duration",
        type=positive(max_duration),
        default=duration,
        help=f"measured seconds per {per}, over all rounds",
    )
    root.add_argument(
        "--rounds",
        type=count_arg(20),
        default=rounds,
        help="alternating graphql/baseline slices the measured time is split in",
    )
    root.add_argument(
        "--load",
        choices=["auto", "wrk", "asyncio", "httpx"],
        default="auto",
        help="auto: wrk if installed, else the asyncio client",
    )


@dataclass(frozen=True, slots=True)
class Slicing:
    """The options of ``add_slice_options``, and ``wrk`` if it is to be used."""

    concurrency: int
    warmup: float
    duration: float
    rounds: int
    load: str
    wrk: str | None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Slicing:
        """Raises if ``--load wrk`` was asked for and wrk is not installed."""
        wrk = shutil.which("wrk") if args.load in {"auto", "wrk"} else None
        if args.load == "wrk" and wrk is None:
            raise BenchError("--load wrk: wrk is not installed")
        return cls(
            concurrency=args.concurrency,
            warmup=args.warmup,
            duration=args.duration,
            rounds=args.rounds,
            load=args.load,
            wrk=wrk,
        )

    def line(self, driver: Driver, *, first: int | None = None, per: str = "endpoint") -> str:
        """What the load is, for the output (``first``: the measured page size)."""
        page = f"first: {first}; " if first is not None else ""
        return (
            f"load: {driver.label}; {page}concurrency {self.concurrency}; per {per} "
            f"{self.warmup:g} s warm-up, then {self.duration:g} s measured in "
            f"{self.rounds} alternating slices ({REWARM_SECONDS:g} s re-warm each)"
        )


@contextlib.contextmanager
def load_driver(children: Children, slicing: Slicing) -> Iterator[Driver]:
    """The driver ``--load`` picks, with a scratch directory; closed at the end."""
    with tempfile.TemporaryDirectory(prefix="towncheck-bench-") as scratch:
        driver: Driver
        if slicing.wrk:
            driver = WrkDriver(children, slicing.wrk, Path(scratch))
        else:
            driver = PythonDriver(children, "httpx" if slicing.load == "httpx" else "asyncio")
        try:
            yield driver
        finally:
            driver.close()


def overall_rate(runs: list[LoadResult]) -> float:
    """Requests per second over all slices."""
    seconds = sum(r.seconds for r in runs)
    return sum(r.requests for r in runs) / seconds if seconds else 0.0


@dataclass(frozen=True, slots=True)
class Slices:
    graphql: list[LoadResult] = field(default_factory=list)
    baseline: list[LoadResult] = field(default_factory=list)

    @property
    def overall_ratio(self) -> float:
        return ratio(overall_rate(self.graphql), overall_rate(self.baseline))

    @property
    def spread(self) -> str:
        """The lowest and highest ratio of one round."""
        rounds = [ratio(g.rate, b.rate) for g, b in zip(self.graphql, self.baseline, strict=True)]
        return f"{min(rounds):.2f}-{max(rounds):.2f}"

    @property
    def errors(self) -> int:
        return sum(r.errors for r in self.graphql + self.baseline)


def run_slices(
    driver: Driver,
    graphql: Server,
    baseline: Server,
    *,
    path: str,
    body: bytes,
    token: str,
    slicing: Slicing,
    label: str = "",
) -> Slices:
    """``/graphql`` against the baseline's ``path``, the same ``body`` to both; one line a
    round, after ``label``."""
    slices = Slices()
    runs = {graphql.name: slices.graphql, baseline.name: slices.baseline}
    targets = [(graphql, "/graphql"), (baseline, path)]
    for round_no in range(slicing.rounds):
        # Alternating the order keeps drift in background load from favouring one side.
        order = targets if round_no % 2 == 0 else targets[::-1]
        for server, server_path in order:
            spec = LoadSpec(
                port=server.port,
                path=server_path,
                body=body,
                token=token,
                concurrency=slicing.concurrency,
                warmup=slicing.warmup if round_no == 0 else min(REWARM_SECONDS, slicing.warmup),
                duration=slicing.duration / slicing.rounds,
            )
            runs[server.name].append(driver.run(spec))
        g, b = slices.graphql[-1], slices.baseline[-1]
        print(
            f"  {label}round {round_no + 1}/{slicing.rounds}: graphql {g.rate:8.1f}/s  baseline "
            f"{b.rate:8.1f}/s  ratio {ratio(g.rate, b.rate):5.2f}  errors {g.errors + b.errors}",
            flush=True,
        )
    return slices


def print_summary(heading: str, slices: Slices, *, target: float | None = None) -> None:
    """Requests/s of both over all rounds, the ratio, its range per round, the errors."""
    met = ""
    if target is not None:
        met = f"; target >= {target:g}: {'met' if slices.overall_ratio >= target else 'NOT met'}"
    print(f"\n{heading}, requests/s over all rounds")
    print(f"  graphql   {overall_rate(slices.graphql):8.1f}/s")
    print(f"  baseline  {overall_rate(slices.baseline):8.1f}/s  (hand-written asyncpg, same JSON)")
    print(
        f"  ratio     {slices.overall_ratio:8.2f}   graphql / baseline; "
        f"per round {slices.spread}{met}"
    )
    print(f"  errors    {slices.errors:8d}")
