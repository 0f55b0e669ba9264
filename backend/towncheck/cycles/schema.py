"""GraphQL types, queries and mutations of cycles and assignments."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime
from enum import Enum
from typing import TypeVar

import strawberry
from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.api.relay import GlobalId, Node, node_id
from towncheck.auth.principal import can, require
from towncheck.cycles import assignments, models, service
from towncheck.errors import DomainError
from towncheck.households.models import Household
from towncheck.selfcheck.models import Visit

T = TypeVar("T")


@strawberry.enum(description="阶段 / Stage.")
class CycleStage(Enum):
    SELF = "self"
    CROSS = "cross"
    RECT = "rect"


@strawberry.enum(description="进度统计口径 / Progress grouping.")
class ProgressBy(Enum):
    CADRE = "cadre"
    VILLAGE = "village"
    AREA = "area"
    TOWN = "town"


@strawberry.type(description="进度 / Households visited of those assigned.")
class Progress:
    key: strawberry.ID | None
    name: str
    done: int
    total: int


@strawberry.type(description="评估周期 / One run of the evaluation in a town.")
class Cycle(Node):
    row: strawberry.Private[models.Cycle]
    name: str
    year: int
    state: str = strawberry.field(description="draft / active / closed")
    self_start: date
    self_end: date
    cross_start: date
    cross_end: date
    rect_start: date
    rect_end: date
    rules_note: str
    created_at: datetime

    @classmethod
    def of(cls, row: models.Cycle) -> Cycle:
        return cls(
            id=node_id("Cycle", row.id, row.town_id),
            row=row,
            name=row.name,
            year=row.year,
            state=row.state,
            self_start=row.self_start,
            self_end=row.self_end,
            cross_start=row.cross_start,
            cross_end=row.cross_end,
            rect_start=row.rect_start,
            rect_end=row.rect_end,
            rules_note=row.rules_note,
            created_at=row.created_at,
        )

    @strawberry.field(description="评估细则版本 ID / The pinned checklist version.")
    def version_id(self) -> strawberry.ID:
        return node_id("ChecklistVersion", self.row.version_id)

    @strawberry.field(description="进度 / Progress by cadre, village, area or town.")
    async def progress(self, info: Info, by: ProgressBy = ProgressBy.TOWN) -> list[Progress]:
        kinds = {"cadre": "User", "village": "Village", "area": "Area", "town": "Town"}
        async with info.context.db as session:
            rows = await assignments.progress(
                session, town_id=self.row.town_id, cycle_id=self.row.id, by=by.value
            )
        town = None if by is ProgressBy.CADRE or by is ProgressBy.TOWN else self.row.town_id
        return [
            Progress(
                key=None if r.key is None else node_id(kinds[by.value], r.key, town),
                name=r.name,
                done=r.done,
                total=r.total,
            )
            for r in rows
        ]


@strawberry.type(description="核查任务 / An assignment: who checks which household or subject.")
class Assignment(Node):
    subject: str = strawberry.field(description="household/projects/funds/social/collaboration")
    household_id: strawberry.ID | None
    head_name: str | None
    assignee_id: strawberry.ID
    basis: str = strawberry.field(description="helper/area/village/office/manual")
    done: bool = strawberry.field(description="已提交入户访谈 / A visit is submitted.")


def _cycle_key(value: strawberry.ID) -> tuple[int, int]:
    gid = GlobalId.decode(value, expect="Cycle")
    return gid.town_id or 0, gid.id


@strawberry.type
class CycleQuery:
    @strawberry.field(description="可见乡镇的评估周期 / Cycles of the towns you may see.")
    async def cycles(self, info: Info, state: str | None = None) -> list[Cycle]:
        principal = viewer(info)
        async with info.context.db as session:
            policy = info.context.policy
            towns = [
                t
                for t in principal.read_towns
                if can(policy, principal, "cycle", "read", town_id=t)
            ]
            query = select(models.Cycle).where(models.Cycle.town_id.in_(towns))
            if state is not None:
                query = query.where(models.Cycle.state == state)
            rows = (await session.scalars(query.order_by(models.Cycle.id.desc()))).all()
        return [Cycle.of(r) for r in rows]

    @strawberry.field(description="我的核查任务（未完成在前）/ What I should visit next.")
    async def my_assignments(self, info: Info, cycle_id: strawberry.ID) -> list[Assignment]:
        principal = viewer(info)
        town_id, cycle = _cycle_key(cycle_id)
        require(info.context.policy, principal, "cycle", "read", town_id=town_id)
        visited = exists().where(
            Visit.town_id == models.Assignment.town_id,
            Visit.cycle_id == models.Assignment.cycle_id,
            Visit.household_id == models.Assignment.household_id,
            Visit.stage == "self",
            Visit.state != "returned",
        )
        async with info.context.db as session:
            rows = (
                await session.execute(
                    select(models.Assignment, Household.head_name, visited.label("done"))
                    .outerjoin(
                        Household,
                        (Household.town_id == models.Assignment.town_id)
                        & (Household.id == models.Assignment.household_id),
                    )
                    .where(
                        models.Assignment.town_id == town_id,
                        models.Assignment.cycle_id == cycle,
                        models.Assignment.assignee_id == principal.user_id,
                    )
                    .order_by(visited, models.Assignment.id)
                )
            ).all()
        return [
            Assignment(
                id=node_id("Assignment", a.id, a.town_id),
                subject=a.subject,
                household_id=None
                if a.household_id is None
                else node_id("Household", a.household_id, a.town_id),
                head_name=head,
                assignee_id=node_id("User", a.assignee_id),
                basis=a.basis,
                done=bool(done),
            )
            for a, head, done in rows
        ]


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

    @strawberry.mutation(description="结束评估周期 / Close an active cycle.")
    async def close_cycle(self, info: Info, id: strawberry.ID) -> CyclePayload:
        return await _change(info, id, "closed")

    @strawberry.mutation(description="延长阶段时间窗（记入审计）/ Extend a stage (audited).")
    async def extend_cycle_stage(self, info: Info, input: ExtendStageInput) -> CyclePayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.Cycle:
            town_id, cycle_id = _cycle_key(input.cycle_id)
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
            town_id, cycle = _cycle_key(cycle_id)
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
            town_id, cycle = _cycle_key(cycle_id)
            return await assignments.generate(
                session, policy=ctx.policy, principal=principal, town_id=town_id, cycle_id=cycle
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return GenerateAssignmentsPayload(errors=[MutationError.of(result)])
        return GenerateAssignmentsPayload(created=result.created, unassigned=result.unassigned)

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
        town_id, cycle_id = _cycle_key(id)
        return await service.change_state(
            session,
            policy=ctx.policy,
            principal=principal,
            town_id=town_id,
            cycle_id=cycle_id,
            to=to,
        )

    return await _cycle(info, act)
