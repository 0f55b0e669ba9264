"""GraphQL: the viewer's notification inbox and the deadline check job."""

from __future__ import annotations

from datetime import datetime

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.api.nodes import resolves
from towncheck.api.relay import (
    Connection,
    GlobalId,
    Node,
    decode_cursor,
    keyset_page,
    node_id,
    page_size,
)
from towncheck.auth.principal import require
from towncheck.errors import DomainError, invalid
from towncheck.jobs import service as jobs
from towncheck.jobs.models import JobRun
from towncheck.jobs.schema import Job
from towncheck.rectification import inbox
from towncheck.rectification.jobs import KIND as DEADLINES_KIND
from towncheck.rectification.models import Notification as NotificationRow


@strawberry.type(description="通知 / An in-app notification to the viewer about a ledger item.")
class Notification(Node):
    kind: str = strawberry.field(
        description="原因：due_soon 即将到期，overdue 已超期 / Why: due_soon or overdue."
    )
    message: str = strawberry.field(description="通知内容 / The notice (Chinese).")
    town_id: strawberry.ID = strawberry.field(description="所属乡镇 / The town.")
    item_id: strawberry.ID | None = strawberry.field(
        description="相关整改事项 / The ledger item it is about."
    )
    created_at: datetime = strawberry.field(description="通知时间 / When it was written.")
    read_at: datetime | None = strawberry.field(description="已读时间 / When it was read.")
    read: bool = strawberry.field(description="是否已读 / Whether it has been read.")

    @classmethod
    def of(cls, row: NotificationRow) -> Notification:
        return cls(
            id=node_id("Notification", row.id, row.town_id),
            kind=row.kind,
            message=row.message,
            town_id=node_id("Town", row.town_id),
            item_id=None
            if row.item_id is None
            else node_id("LedgerItem", row.item_id, row.town_id),
            created_at=row.created_at,
            read_at=row.read_at,
            read=row.read_at is not None,
        )


@resolves("Notification")
async def _notification_node(info: Info, gid: GlobalId) -> Notification | None:
    principal = viewer(info)
    if gid.town_id is None or principal.user_id is None:
        return None
    async with info.context.db as session:
        row = await session.get(NotificationRow, (gid.town_id, gid.id))
    # Everyone reading the town could load the row; only its addressee may see it.
    if row is None or row.user_id != principal.user_id:
        return None
    return Notification.of(row)


@strawberry.type
class MarkNotificationsReadPayload:
    notifications: list[Notification] = strawberry.field(default_factory=list)
    unread_count: int = strawberry.field(default=0, description="剩余未读 / Unread left.")
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class RequestDeadlineCheckPayload:
    job: Job | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class NotificationQuery:
    @strawberry.field(description="我的通知（新到旧）/ The viewer's notifications, newest first.")
    async def notifications(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        unread_only: bool = False,
    ) -> Connection[Notification]:
        principal = viewer(info)
        size, before_id = page_size(first), decode_cursor(after, kind="k")
        towns = principal.read_towns
        async with info.context.db as session:
            rows = await inbox.inbox(
                session,
                principal=principal,
                town_ids=towns,
                unread_only=unread_only,
                after_id=before_id if before_id >= 0 else None,
                limit=size + 1,
            )
            total = await inbox.count(
                session, principal=principal, town_ids=towns, unread_only=unread_only
            )
        return keyset_page(
            rows, Notification.of, key=lambda r: r.id, size=size, after=after, total=total
        )

    @strawberry.field(description="我的未读通知数 / How many of the viewer's notices are unread.")
    async def unread_notification_count(self, info: Info) -> int:
        principal = viewer(info)
        async with info.context.db as session:
            return await inbox.unread_count(
                session, principal=principal, town_ids=principal.read_towns
            )


@strawberry.type
class NotificationMutation:
    @strawberry.mutation(description="标记通知已读 / Mark the viewer's own notifications read.")
    async def mark_notifications_read(
        self, info: Info, ids: list[strawberry.ID]
    ) -> MarkNotificationsReadPayload:
        async def run(session: AsyncSession) -> tuple[list[NotificationRow], int]:
            principal = viewer(info)
            if len(ids) > inbox.MARK_MAX:
                raise invalid(f"一次最多标记 {inbox.MARK_MAX} 条通知", field="ids")
            by_town: dict[int, list[int]] = {}
            for raw in ids:
                gid = GlobalId.decode(raw, expect="Notification")
                if gid.town_id is None:
                    raise invalid("无效的 ID", field="ids")
                by_town.setdefault(gid.town_id, []).append(gid.id)
            marked: list[NotificationRow] = []
            for town_id, town_ids in sorted(by_town.items()):
                marked += await inbox.mark_read(
                    session, principal=principal, town_id=town_id, ids=town_ids
                )
            unread = await inbox.unread_count(
                session, principal=principal, town_ids=principal.read_towns
            )
            return marked, unread

        result = await attempt(info, run)
        if isinstance(result, DomainError):
            return MarkNotificationsReadPayload(errors=MutationError.all_of(result))
        rows, unread = result
        return MarkNotificationsReadPayload(
            notifications=[Notification.of(r) for r in rows], unread_count=unread
        )

    @strawberry.mutation(
        description="检查整改时限并发送通知（后台任务）/ Flag due and overdue items as a job."
    )
    async def request_deadline_check(
        self, info: Info, town_id: strawberry.ID
    ) -> RequestDeadlineCheckPayload:
        ctx = info.context

        async def run(session: AsyncSession) -> JobRun:
            principal = viewer(info)
            town = GlobalId.decode(town_id, expect="Town").id
            require(ctx.policy, principal, "ledger", "write", town_id=town)
            if ctx.jobs is None:
                raise invalid("后台任务服务未启用")
            return await jobs.request(
                session,
                principal=principal,
                kind=DEADLINES_KIND,
                params={"town_ids": [town], "requested_by": principal.user_id},
            )

        result = await attempt(info, run)
        if isinstance(result, DomainError):
            return RequestDeadlineCheckPayload(errors=[MutationError.of(result)])
        queue, job_id, county = ctx.jobs, str(result.id), result.county_id
        if queue is not None:
            # Sent only once the job row is committed, or a fast worker would not find it.
            ctx.after_commit.append(lambda: queue.enqueue(job_id=job_id, county_id=county))
        return RequestDeadlineCheckPayload(job=Job.of(result))
