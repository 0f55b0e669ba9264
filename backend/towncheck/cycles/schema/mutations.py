"""GraphQL mutations of cycles: create, change state, extend, train, assign."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.file_uploads import Upload

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.api.relay import GlobalId
from towncheck.api.uploads import UploadedFile
from towncheck.cycles import assignments, attachments, models, service
from towncheck.cycles.schema.types import Cycle, CycleAttachment, CycleStage, cycle_key
from towncheck.errors import DomainError, invalid
from towncheck.evidence.storage import local_storage
from towncheck.orm import utcnow
from towncheck.rectification import clearance


@strawberry.input(description="阶段时间窗（含首尾日期）/ Stage windows, dates inclusive.")
class WindowsInput:
    self_start: date
    self_end: date
    cross_start: date
    cross_end: date
    rect_start: date
    rect_end: date


@strawberry.input(description="新建评估周期 / Create a cycle.")
class CreateCycleInput:
    town_id: strawberry.ID
    version_id: strawberry.ID
    name: str
    year: int
    windows: WindowsInput
    rules_note: str = ""


@strawberry.input(description="延长阶段 / Extend a stage window.")
class ExtendStageInput:
    cycle_id: strawberry.ID
    stage: CycleStage
    new_end: date
    reason: str


@strawberry.type
class CyclePayload:
    cycle: Cycle | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class GenerateAssignmentsPayload:
    created: int = 0
    unassigned: int = strawberry.field(default=0, description="无人负责的户 / Nobody's households.")
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class AttachmentPayload:
    attachment: CycleAttachment | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class CountPayload:
    count: int = 0
    errors: list[MutationError] = strawberry.field(default_factory=list)


async def _cycle(
    info: Info, act: Callable[[AsyncSession], Awaitable[models.Cycle]]
) -> CyclePayload:
    result = await attempt(info, act)
    if isinstance(result, DomainError):
        return CyclePayload(errors=[MutationError.of(result)])
    return CyclePayload(cycle=Cycle.of(result))


@strawberry.type
class CycleMutation:
    @strawberry.mutation(
        description="新建评估周期（草稿）/ Create a cycle from a published version."
    )
    async def create_cycle(self, info: Info, input: CreateCycleInput) -> CyclePayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.Cycle:
            w = input.windows
            return await service.create_cycle(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=GlobalId.decode(input.town_id, expect="Town").id,
                version_id=GlobalId.decode(input.version_id, expect="ChecklistVersion").id,
                name=input.name,
                year=input.year,
                rules_note=input.rules_note,
                windows=service.Windows(
                    w.self_start, w.self_end, w.cross_start, w.cross_end, w.rect_start, w.rect_end
                ),
            )

        return await _cycle(info, act)

    @strawberry.mutation(description="启动评估周期 / Activate a draft cycle.")
    async def activate_cycle(self, info: Info, id: strawberry.ID) -> CyclePayload:
        return await _change(info, id, "active")

    @strawberry.mutation(
        description="结束评估周期；整改未清零时须填写例外说明 exception / Close a cycle."
    )
    async def close_cycle(
        self,
        info: Info,
        id: strawberry.ID,
        exception: str | None = None,
    ) -> CyclePayload:
        """``exception``: why to close with ledger items still open (recorded, audited)."""
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.Cycle:
            town_id, cycle_id = cycle_key(id)
            return await clearance.close_cycle(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                cycle_id=cycle_id,
                exception=exception,
                now=utcnow(),
            )

        return await _cycle(info, act)

    @strawberry.mutation(description="延长阶段时间窗（记入审计）/ Extend a stage (audited).")
    async def extend_cycle_stage(self, info: Info, input: ExtendStageInput) -> CyclePayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.Cycle:
            town_id, cycle_id = cycle_key(input.cycle_id)
            return await service.extend_stage(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                cycle_id=cycle_id,
                stage=input.stage.value,
                new_end=input.new_end,
                reason=input.reason,
            )

        return await _cycle(info, act)

    @strawberry.mutation(description="记录培训签到 / Record who attended the training.")
    async def record_training(
        self, info: Info, cycle_id: strawberry.ID, user_ids: list[strawberry.ID], attended_on: date
    ) -> CountPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> int:
            town_id, cycle = cycle_key(cycle_id)
            users = [GlobalId.decode(u, expect="User").id for u in user_ids]
            return await service.record_training(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                cycle_id=cycle,
                user_ids=users,
                attended_on=attended_on,
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return CountPayload(errors=[MutationError.of(result)])
        return CountPayload(count=result)

    @strawberry.mutation(description="按规则生成核查任务 / Generate the self-check assignments.")
    async def generate_assignments(
        self, info: Info, cycle_id: strawberry.ID
    ) -> GenerateAssignmentsPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> assignments.Generated:
            town_id, cycle = cycle_key(cycle_id)
            return await assignments.generate(
                session, policy=ctx.policy, principal=principal, town_id=town_id, cycle_id=cycle
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return GenerateAssignmentsPayload(errors=[MutationError.of(result)])
        return GenerateAssignmentsPayload(created=result.created, unassigned=result.unassigned)

    @strawberry.mutation(
        description="上传培训材料或细则 / Attach training material or the town's rules."
    )
    async def attach_to_cycle(
        self,
        info: Info,
        cycle_id: strawberry.ID,
        file: Upload,
        kind: str = "training",
        title: str = "",
    ) -> AttachmentPayload:
        return await _attach(info, cycle_id=cycle_id, kind=kind, title=title, file=file)

    @strawberry.mutation(description="改派核查任务 / Give an assignment to another cadre.")
    async def reassign(
        self, info: Info, assignment_id: strawberry.ID, assignee_id: strawberry.ID
    ) -> CountPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> int:
            gid = GlobalId.decode(assignment_id, expect="Assignment")
            row = await assignments.reassign(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=gid.town_id or 0,
                assignment_id=gid.id,
                assignee_id=GlobalId.decode(assignee_id, expect="User").id,
            )
            return 1 if row else 0

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return CountPayload(errors=[MutationError.of(result)])
        return CountPayload(count=result)


async def _change(info: Info, id: strawberry.ID, to: str) -> CyclePayload:
    ctx, principal = info.context, viewer(info)

    async def act(session: AsyncSession) -> models.Cycle:
        town_id, cycle_id = cycle_key(id)
        return await service.change_state(
            session,
            policy=ctx.policy,
            principal=principal,
            town_id=town_id,
            cycle_id=cycle_id,
            to=to,
        )

    return await _cycle(info, act)


async def _attach(
    info: Info, *, cycle_id: strawberry.ID, kind: str, title: str, file: Upload
) -> AttachmentPayload:
    ctx, principal = info.context, viewer(info)
    if not isinstance(file, UploadedFile):
        return AttachmentPayload(
            errors=[MutationError.of(invalid("请选择要上传的文件", field="file"))]
        )

    async def act(session: AsyncSession) -> models.CycleAttachment:
        town_id, cycle = cycle_key(cycle_id)
        return await attachments.attach(
            session,
            policy=ctx.policy,
            principal=principal,
            storage=local_storage(ctx.settings),
            town_id=town_id,
            cycle_id=cycle,
            kind=kind,
            title=title,
            filename=file.filename,
            content=file.content,
        )

    result = await attempt(info, act)
    if isinstance(result, DomainError):
        return AttachmentPayload(errors=[MutationError.of(result)])
    return AttachmentPayload(attachment=CycleAttachment.of(result))
