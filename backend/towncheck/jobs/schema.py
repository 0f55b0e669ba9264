"""GraphQL: background jobs and their progress (a job is a Relay node)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import cast

import strawberry
from strawberry.scalars import JSON

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.nodes import resolves
from towncheck.api.relay import GlobalId, Node, node_id
from towncheck.jobs import service as jobs
from towncheck.jobs.models import JobRun


@strawberry.type(description="后台任务 / A background job and its progress.")
class Job(Node):
    kind: str
    status: str = strawberry.field(description="queued / running / done / failed")
    progress: int
    total: int
    result: JSON | None
    error: str | None
    created_at: datetime
    finished_at: datetime | None

    @classmethod
    def of(cls, row: JobRun) -> Job:
        return cls(
            id=node_id("Job", row.id.int),
            kind=row.kind,
            status=row.status,
            progress=row.progress,
            total=row.total,
            result=cast(JSON, row.result),
            error=row.error,
            created_at=row.created_at,
            finished_at=row.finished_at,
        )


@resolves("Job")
async def _job_node(info: Info, gid: GlobalId) -> Job | None:
    principal = viewer(info)
    if not 0 <= gid.id < 1 << 128:
        return None
    async with info.context.db as session:
        row = await session.get(JobRun, uuid.UUID(int=gid.id))
    if row is None or not jobs.visible_to(policy=info.context.policy, principal=principal, job=row):
        return None
    return Job.of(row)
