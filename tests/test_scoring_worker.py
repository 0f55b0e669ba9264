"""Reliability: a real worker process is killed with SIGKILL in the middle of a scoring run;
another worker completes the run once, with results identical to an uninterrupted run."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import uuid

from sqlalchemy import text

from towncheck.api.relay import GlobalId
from towncheck.auth.principal import Principal
from towncheck.db import TenantScope
from towncheck.jobs import runner
from towncheck.jobs import service as jobs
from towncheck.scoring.jobs import KIND, params_for
from towncheck.scoring.runs import Target

from .selfcheck_helpers import GENERATE, SUBMIT, helper_household, ready_cycle, submission
from .test_scoring import _rows

# The blocking snapshot row takes a cycle's first number, as the run's own insert would.
BLOCK = """insert into score_snapshots (town_id, cycle_id, number, job_id, method,
  template_version_id, data_cutoff, audit_seq, households)
select town_id, id, 1, :job, 'block', version_id, now(), 0, 0 from cycles
where town_id = :t and id = :c"""


def _worker(settings) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "REDIS_URL": settings.redis_url,
        "TOWNCHECK_REDIS_NAMESPACE": settings.redis_namespace,
        "TOWNCHECK_SECRET_KEY": "worker-test-secret",
        "TOWNCHECK_DATA_KEY": "worker-test-data",
        # A short lease and frequent ticks, so the killed worker's job is taken up within
        # seconds; no automatic scoring, so that only this test's run touches the cycles.
        "TOWNCHECK_JOB_LEASE_SECONDS": "3",
        "TOWNCHECK_TICK_SECONDS": "1",
        "TOWNCHECK_SCORING_QUIET_SECONDS": "86400",
        "TOWNCHECK_SCORING_MAX_WAIT_SECONDS": "86400",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "towncheck.cli", "worker"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


async def _job(owner_db, job_id: str) -> tuple[str, int, int]:
    async with owner_db.unit_of_work(TenantScope()) as s:
        row = (
            await s.execute(
                text("select status, progress, attempts from job_runs where id = :j"),
                {"j": job_id},
            )
        ).one()
    return row[0], row[1], row[2]


async def _wait(owner_db, job_id: str, until, *, seconds: float = 60) -> tuple[str, int, int]:
    state = await _job(owner_db, job_id)
    for _ in range(int(seconds * 10)):
        if until(state):
            return state
        await asyncio.sleep(0.1)
        state = await _job(owner_db, job_id)
    raise AssertionError(f"job {job_id} stuck at {state}")


async def _request(owner_db, services, county: int, targets: list[Target]) -> str:
    actor = Principal(kind="system", county_id=county, label="评分可靠性测试")
    towns = sorted({t.town_id for t in targets})
    async with owner_db.unit_of_work(TenantScope.system(county_id=county, town_ids=towns)) as s:
        params = params_for(targets, reason="manual", requested_by=None)
        job = await jobs.request(s, principal=actor, kind=KIND, params=params)
    return str(job.id)


async def _snapshots(owner_db, job_id: str) -> list[tuple[int, int, int, int]]:
    async with owner_db.unit_of_work(TenantScope()) as s:
        rows = await s.execute(
            text(
                "select town_id, cycle_id, id, number from score_snapshots where job_id = :j"
                " order by cycle_id"
            ),
            {"j": job_id},
        )
        return [tuple(r) for r in rows]


async def _cycle_with_visits(gql, owner_db, client, name: str) -> Target:
    households = [await helper_household(gql, owner_db, f"{name}户{i}") for i in range(2)]
    today, cycle, answers = await ready_cycle(gql, owner_db, client, name)
    await gql(GENERATE, {"id": cycle}, as_user="mazhan_admin")
    for household in households:
        body = await gql(
            SUBMIT, {"input": submission(cycle, household, answers, today)}, as_user="mazhan_helper"
        )
        assert body["data"]["submitVisit"]["errors"] == []
    gid = GlobalId.decode(cycle)
    return Target(town_id=gid.town_id or 0, cycle_id=gid.id)


async def test_a_killed_worker_leaves_no_partial_snapshot_and_the_retry_matches(
    gql, owner_db, services, client, settings
):
    targets = [await _cycle_with_visits(gql, owner_db, client, f"可靠性周期{i}") for i in (1, 2)]
    town = targets[0].town_id
    async with owner_db.unit_of_work(TenantScope()) as s:
        county = int(await s.scalar(text("select county_id from towns where id = :t"), {"t": town}))
    job_id = await _request(owner_db, services, county, targets)

    # Hold the second cycle's first snapshot number in an open transaction: the worker
    # scores the first cycle, then waits inside the second one's transaction.
    blocker = await owner_db.engine.connect()
    transaction = await blocker.begin()
    await blocker.execute(text(BLOCK), {"job": uuid.uuid4(), "t": town, "c": targets[1].cycle_id})
    first = _worker(settings)
    try:
        assert services.jobs is not None
        services.jobs.enqueue(job_id=job_id, county_id=county)
        await _wait(owner_db, job_id, lambda s: s[0] == "running" and s[1] == 1)
        await asyncio.sleep(0.5)  # well inside the second cycle's transaction by now
        first.send_signal(signal.SIGKILL)
        await asyncio.to_thread(first.wait, 30)
        # The dead worker's server process would notice only when it next writes to it.
        await blocker.execute(
            text(
                "select pg_terminate_backend(pid) from pg_stat_activity"
                " where pid <> pg_backend_pid() and datname = current_database()"
                " and query ilike 'insert into score_snapshots%'"
            )
        )
    finally:
        await transaction.rollback()
        await blocker.close()
        if first.poll() is None:
            first.kill()
    written = await _snapshots(owner_db, job_id)
    assert [(t, c) for t, c, _, _ in written] == [(town, targets[0].cycle_id)]

    second = _worker(settings)
    try:
        state = await _wait(owner_db, job_id, lambda s: s[0] == "done")
    finally:
        second.terminate()
        output, _ = await asyncio.to_thread(second.communicate, timeout=60)
    assert second.returncode == 0, output
    assert state[2] == 2  # claimed once by each worker
    written = await _snapshots(owner_db, job_id)
    assert [(t, c, n) for t, c, _, n in written] == [
        (town, targets[0].cycle_id, 1),
        (town, targets[1].cycle_id, 1),
    ]

    # An uninterrupted run over the same data gives identical rows.
    again = await _request(owner_db, services, county, targets)
    assert await runner.run(services.database, job_id=again, county_id=county) == "done"
    reference = await _snapshots(owner_db, again)
    assert [n for _, _, _, n in reference] == [2, 2]
    for (_, _, killed, _), (_, _, clean, _) in zip(written, reference, strict=True):
        assert await _rows(owner_db, town, killed) == await _rows(owner_db, town, clean)
