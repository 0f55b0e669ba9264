"""The two timed things: one ``scoring.run`` job over every town, run by a fresh
``towncheck worker`` process, and the bare SQL aggregate over the same answers."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import asyncpg

from overhead.common import BenchError
from overhead.processes import Children
from rules_town.county import CountyTown
from scoring_county.fill import asyncpg_url
from towncheck.auth.principal import Principal
from towncheck.config import Settings
from towncheck.db import Database, TenantScope
from towncheck.jobs import service as jobs
from towncheck.jobs.broker import make_broker
from towncheck.jobs.queue import JobQueue, JobRuntime
from towncheck.scoring.jobs import KIND, params_for
from towncheck.scoring.runs import Target

READY: Final = "TownCheck worker running"
POLL_SECONDS: Final = 0.05
STARTS: Final = 3
# No automatic scoring run may start during a measurement.
NEVER: Final = str(10**8)

BASELINE_SQL: Final = """
select v.household_id, count(*) as answered,
       count(*) filter (where f.checkpoint is null) as passed
from visits v
join visit_answers a on a.town_id = v.town_id and a.visit_id = v.id and a.version = v.version
left join (
  select distinct town_id, household_id, checkpoint from findings
  where cycle_id = any($1::bigint[]) and household_id is not null and state <> 'withdrawn'
) f on f.town_id = v.town_id and f.household_id = v.household_id and f.checkpoint = a.checkpoint
where v.cycle_id = any($1::bigint[]) and v.stage = 'self' and v.state in ('submitted', 'accepted')
group by v.household_id
"""


@dataclass(frozen=True, slots=True)
class ScoringRun:
    seconds: float
    peak_mb: float  # the worker's VmHWM at the end
    snapshots: int


@dataclass(frozen=True, slots=True)
class BaselineRun:
    seconds: float
    households: int
    answers: int


def _worker_env(settings: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "APP_DATABASE_URL"}
    env.update(
        DATABASE_URL=settings.owner_url(),
        REDIS_URL=settings.redis_url or "",
        TOWNCHECK_REDIS_NAMESPACE=settings.redis_namespace,
        TOWNCHECK_DEBUG="1",  # the development keys are fine here
        TOWNCHECK_SCORING_QUIET_SECONDS=NEVER,
        TOWNCHECK_SCORING_MAX_WAIT_SECONDS=NEVER,
    )
    return env


def _peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise BenchError("no VmHWM in /proc status")


def _start_worker(children: Children, settings: Settings, log: Path) -> subprocess.Popen[bytes]:
    """A fresh worker, started again (up to ``STARTS`` times) if it exits before it is
    ready, e.g. on an import error while the working tree is being edited."""
    for attempt in range(1, STARTS + 1):
        out = log.open("wb")
        process = children.start(
            [sys.executable, "-m", "towncheck.cli", "worker"],
            env=_worker_env(settings),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        out.close()
        deadline = time.monotonic() + 60
        while READY not in log.read_text(errors="replace"):
            if process.poll() is not None or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        else:
            return process
        children.stop(process)
        if attempt < STARTS:
            time.sleep(10)
    raise BenchError(f"the worker did not start:\n{log.read_text(errors='replace')}")


async def _request(settings: Settings, towns: list[CountyTown]) -> tuple[str, int]:
    owner = Database(settings.owner_url(), pool_size=1)
    try:
        return await _record_job(owner, towns)
    finally:
        await owner.dispose()


async def _record_job(owner: Database, towns: list[CountyTown]) -> tuple[str, int]:
    county_id = towns[0].county_id
    targets = [Target(town_id=t.id, cycle_id=t.cycle_id) for t in towns]
    scope = TenantScope.system(county_id=county_id, town_ids=[t.id for t in towns])
    async with owner.unit_of_work(scope) as session:
        actor = Principal(kind="system", county_id=county_id, label="性能测试")
        params = params_for(targets, reason="manual", requested_by=None)
        job = await jobs.request(session, principal=actor, kind=KIND, params=params)
        return str(job.id), county_id


async def _wait_done(url: str, job_id: str, process: subprocess.Popen[bytes]) -> dict:
    connection = await asyncpg.connect(url)
    try:
        while True:
            row = await connection.fetchrow(
                "select status, result, error from job_runs where id = $1::uuid", job_id
            )
            if row is not None and row["status"] == "done":
                return dict(row)
            if row is not None and row["status"] in ("failed", "retrying"):
                raise BenchError(f"scoring job {row['status']}: {row['error']}")
            if process.poll() is not None:
                raise BenchError("the worker exited during the scoring run")
            await asyncio.sleep(POLL_SECONDS)
    finally:
        await connection.close()


def scoring_run(children: Children, settings: Settings, towns: list[CountyTown]) -> ScoringRun:
    """One job over every town by a fresh worker; timed from enqueue to status ``done``."""
    with tempfile.TemporaryDirectory(prefix="scoring-bench-") as scratch:
        log = Path(scratch) / "worker.log"
        process = _start_worker(children, settings, log)
        try:
            job_id, county_id = asyncio.run(_request(settings, towns))
            queue = JobQueue(make_broker(settings), JobRuntime(settings))
            began = time.perf_counter()
            if not queue.enqueue(job_id=job_id, county_id=county_id):
                raise BenchError("the broker is unreachable")
            row = asyncio.run(_wait_done(asyncpg_url(settings.owner_url()), job_id, process))
            seconds = time.perf_counter() - began
            peak = _peak_mb(process.pid)
        finally:
            children.stop(process)
    result = row["result"]
    snapshots = len(json.loads(result)["snapshots"]) if result else 0
    if snapshots != len(towns):
        raise BenchError(f"the job wrote {snapshots} snapshots for {len(towns)} towns")
    return ScoringRun(seconds=seconds, peak_mb=peak, snapshots=snapshots)


async def _baseline(url: str, cycles: list[int]) -> BaselineRun:
    connection = await asyncpg.connect(url)
    try:
        began = time.perf_counter()
        rows = await connection.fetch(BASELINE_SQL, cycles)
        seconds = time.perf_counter() - began
    finally:
        await connection.close()
    return BaselineRun(seconds, len(rows), sum(r["answered"] for r in rows))


def baseline_run(settings: Settings, towns: list[CountyTown]) -> BaselineRun:
    """The bare aggregate over every town's answers, as the owner role."""
    return asyncio.run(_baseline(asyncpg_url(settings.owner_url()), [t.cycle_id for t in towns]))
