"""GraphQL: the audit trail of a town and its verification job."""

from __future__ import annotations

from datetime import datetime
from typing import cast

import strawberry
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.scalars import JSON

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.api.relay import (
    Connection,
    GlobalId,
    Node,
    decode_cursor,
    keyset_page,
    node_id,
    page_size,
)
from towncheck.audit import service as audit
from towncheck.audit.jobs import VERIFY_KIND
from towncheck.audit.models import AuditEntry as AuditEntryRow
from towncheck.auth.principal import require
from towncheck.errors import DomainError, invalid
from towncheck.jobs import service as jobs
from towncheck.jobs.models import JobRun
from towncheck.jobs.schema import Job


@strawberry.type(description="审计记录 / An audit entry (append-only, hash-chained).")
class AuditEntry(Node):
    seq: int
    actor: str = strawberry.field(description="操作人 / Who acted.")
    action: str
    target_type: str
    target_id: str
    before: JSON | None
    after: JSON | None
    created_at: datetime
    hash: str = strawberry.field(description="本条哈希（十六进制）/ This entry's hash (hex).")

    @classmethod
    def of(cls, row: AuditEntryRow) -> AuditEntry:
        return cls(
            id=node_id("AuditEntry", row.seq, row.town_id),
            seq=row.seq,
            actor=row.actor_label,
            action=row.action,
            target_type=row.target_type,
            target_id=row.target_id,
            before=cast(JSON, row.before),
            after=cast(JSON, row.after),
            created_at=row.created_at,
            hash=row.hash.hex(),
        )


@strawberry.input
class RequestAuditVerificationInput:
    town_ids: list[strawberry.ID] | None = None


@strawberry.type
class RequestAuditVerificationPayload:
    job: Job | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class AuditQuery:
    @strawberry.field(description="乡镇审计日志（新到旧）/ A town's audit trail, newest first.")
    async def audit_entries(
        self,
        info: Info,
        town_id: strawberry.ID,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[AuditEntry]:
        principal, town = viewer(info), GlobalId.decode(town_id, expect="Town").id
        require(info.context.policy, principal, "audit", "read", town_id=town)
        size, before_seq = page_size(first), decode_cursor(after, kind="k")
        stmt = select(AuditEntryRow).where(AuditEntryRow.town_id == town)
        if before_seq >= 0:
            stmt = stmt.where(AuditEntryRow.seq < before_seq)
        stmt = stmt.order_by(AuditEntryRow.seq.desc()).limit(size + 1)
        async with info.context.db as session:
            rows = (await session.scalars(stmt)).all()
            total = await audit.count_entries(session, town_id=town)
        return keyset_page(
            rows, AuditEntry.of, key=lambda r: r.seq, size=size, after=after, total=total
        )


@strawberry.type
class AuditMutation:
    @strawberry.mutation(description="校验审计链（后台任务）/ Verify audit chains as a job.")
    async def request_audit_verification(
        self, info: Info, input: RequestAuditVerificationInput | None = None
    ) -> RequestAuditVerificationPayload:
        ctx = info.context

        async def run(session: AsyncSession) -> JobRun:
            principal = viewer(info)
            towns = [GlobalId.decode(t, expect="Town").id for t in (input and input.town_ids) or []]
            for town in towns:
                require(ctx.policy, principal, "job", "write", town_id=town)
            if not towns:
                require(ctx.policy, principal, "job", "write")
            if ctx.jobs is None:
                raise invalid("后台任务服务未启用")
            return await jobs.request(
                session, principal=principal, kind=VERIFY_KIND, params={"town_ids": towns}
            )

        result = await attempt(info, run)
        if isinstance(result, DomainError):
            return RequestAuditVerificationPayload(errors=[MutationError.of(result)])
        queue, job_id, county = ctx.jobs, str(result.id), result.county_id
        if queue is not None:
            ctx.after_commit.append(lambda: queue.enqueue(job_id=job_id, county_id=county))
        return RequestAuditVerificationPayload(job=Job.of(result))
