"""Requesting jobs and deciding who may see them (running them: ``jobs/runner.py``)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, can
from towncheck.db import allow_county_write
from towncheck.jobs.models import JobRun
from towncheck.jobs.registry import HANDLERS


async def request(
    session: AsyncSession, *, principal: Principal, kind: str, params: dict[str, Any]
) -> JobRun:
    """Record a job; the caller enqueues it once the transaction has committed."""
    if kind not in HANDLERS:
        raise ValueError(f"unknown job kind {kind}")
    assert principal.county_id is not None
    await allow_county_write(session, principal.county_id)
    job = JobRun(
        id=uuid.uuid4(),
        county_id=principal.county_id,
        kind=kind,
        params=params,
        status="queued",
        progress=0,
        total=0,
        attempts=0,
        requested_by=principal.user_id,
    )
    session.add(job)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="job.request",
        target_type="JobRun",
        target_id=job.id,
        county_id=principal.county_id,
        after={"kind": kind, "params": params},
    )
    return job


def visible_to(*, policy: Policy, principal: Principal, job: JobRun) -> bool:
    """A job about some towns is seen by whoever may read jobs in all of them."""
    towns = [int(t) for t in job.params.get("town_ids") or []]
    if not towns:
        return can(policy, principal, "job", "read")
    return all(can(policy, principal, "job", "read", town_id=t) for t in towns)
