"""Scoring after changes: debounced and coalesced, driven by the audit chains.

Every change to a town is a mutation, and every mutation appends to the town's audit chain,
so a cycle's scores are out of date exactly when its town's chain has grown past the
``audit_seq`` its latest snapshot recorded. The worker looks every few seconds and requests
one run per county covering every out-of-date active cycle whose town has been quiet for
``quiet`` (many changes → one run), or whose oldest unscored change has waited ``max_wait``
(a town that never falls quiet is still scored). While a county's run is queued or running
nothing more is requested for it; changes made meanwhile are picked up by the next look.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import exists, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.auth.principal import Principal
from towncheck.db import Database, TenantScope
from towncheck.jobs import service as jobs
from towncheck.jobs.models import JobRun
from towncheck.jobs.queue import JobQueue
from towncheck.scoring.jobs import KIND, params_for
from towncheck.scoring.runs import Target
from towncheck.tenancy.models import Town

ACTOR_LABEL: Final = "自动评分"
PENDING: Final = ("queued", "running", "retrying")

_OUT_OF_DATE: Final = text("""
select c.town_id, c.id
from cycles c
left join lateral (
  select s.audit_seq from score_snapshots s
  where s.town_id = c.town_id and s.cycle_id = c.id order by s.number desc limit 1
) last_run on true
cross join lateral (
  select max(a.seq) as seq, max(a.created_at) as latest, min(a.created_at) as oldest
  from audit_entries a
  where a.town_id = c.town_id and a.seq > coalesce(last_run.audit_seq, 0)
) changes
where c.state = 'active' and changes.seq is not null
  and (changes.latest < :quiet_before or changes.oldest < :waited_before)
order by c.town_id, c.id
""")


async def out_of_date(
    session: AsyncSession, *, now: datetime, quiet: timedelta, max_wait: timedelta
) -> list[Target]:
    rows = await session.execute(
        _OUT_OF_DATE, {"quiet_before": now - quiet, "waited_before": now - max_wait}
    )
    return [Target(town_id=town, cycle_id=cycle) for town, cycle in rows]


async def _pending(session: AsyncSession, county_id: int) -> bool:
    return bool(
        await session.scalar(
            select(
                exists().where(
                    JobRun.county_id == county_id,
                    JobRun.kind == KIND,
                    JobRun.status.in_(PENDING),
                )
            )
        )
    )


async def request_due(
    database: Database, queue: JobQueue, *, now: datetime, quiet: timedelta, max_wait: timedelta
) -> int:
    """Request the runs that are due; the number of jobs requested."""
    async with database.unit_of_work(TenantScope()) as session:
        towns = (await session.execute(select(Town.county_id, Town.id))).all()
    counties: dict[int, list[int]] = {}
    for county, town in towns:
        counties.setdefault(county, []).append(town)
    requested = []
    for county, town_ids in sorted(counties.items()):
        scope = TenantScope.system(county_id=county, town_ids=town_ids)
        async with database.unit_of_work(scope) as session:
            if await _pending(session, county):
                continue
            targets = await out_of_date(session, now=now, quiet=quiet, max_wait=max_wait)
            if not targets:
                continue
            actor = Principal(kind="system", county_id=county, label=ACTOR_LABEL)
            params = params_for(targets, reason="auto", requested_by=None)
            job = await jobs.request(session, principal=actor, kind=KIND, params=params)
            requested.append((str(job.id), county))
    for job_id, county in requested:  # after commit, as every job request
        queue.enqueue(job_id=job_id, county_id=county)
    return len(requested)
