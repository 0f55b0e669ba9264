"""Requesting the deadline check once a day for every county.

The worker calls ``request_daily_checks`` every hour; it requests a ``ledger.deadlines`` job
for a county only when none was requested for that day yet, so any number of workers and
restarts still give one check a day (and the check itself is idempotent besides).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date
from typing import Final

from sqlalchemy import exists, select

from towncheck.auth.principal import Principal
from towncheck.db import Database, TenantScope
from towncheck.jobs import service as jobs
from towncheck.jobs.models import JobRun
from towncheck.jobs.queue import JobQueue
from towncheck.rectification.jobs import KIND
from towncheck.tenancy.models import Town

log = logging.getLogger("towncheck.rectification.daily")
EVERY: Final = 3600.0  # seconds between looks; the check itself runs once a day


async def request_daily_checks(database: Database, queue: JobQueue, *, today: date) -> int:
    """Request today's check where it was not requested yet; the number requested."""
    async with database.unit_of_work(TenantScope()) as session:
        counties = sorted(set(await session.scalars(select(Town.county_id))))
    requested = []
    for county in counties:
        async with database.unit_of_work(TenantScope.system(county_id=county, town_ids=[])) as s:
            done = await s.scalar(
                select(
                    exists().where(
                        JobRun.county_id == county,
                        JobRun.kind == KIND,
                        JobRun.params["today"].astext == today.isoformat(),
                    )
                )
            )
            if done:
                continue
            actor = Principal(kind="system", county_id=county, label="每日整改时限检查")
            job = await jobs.request(
                s, principal=actor, kind=KIND, params={"today": today.isoformat()}
            )
            requested.append((str(job.id), county))
    for job_id, county in requested:  # after commit, as every job request
        queue.enqueue(job_id=job_id, county_id=county)
    return len(requested)


async def run_daily(database: Database, queue: JobQueue, stop: asyncio.Event) -> None:
    """Until ``stop`` is set: look every hour whether today's check is requested."""
    while not stop.is_set():
        try:
            sent = await request_daily_checks(database, queue, today=date.today())
            if sent:
                log.info("requested the deadline check for %d county(ies)", sent)
        except OSError as error:  # the database may be briefly unreachable: try next hour
            log.warning("deadline check not requested: %s", error)
        try:
            await asyncio.wait_for(stop.wait(), timeout=EVERY)
        except TimeoutError:
            continue
