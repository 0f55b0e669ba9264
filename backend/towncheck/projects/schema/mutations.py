"""GraphQL mutations: the library (apply, review), projects (create, update) and the rules."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from decimal import Decimal
from typing import TypeVar

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt_all
from towncheck.errors import invalid
from towncheck.orm import utcnow
from towncheck.projects import library, models, rules, service
from towncheck.projects.schema.types import LibraryEntry, Project, town_key
from towncheck.selfcheck.schema.types import cycle_key

T = TypeVar("T")


@strawberry.input(description="项目库申报 / A village's application to the library.")
class ApplyLibraryEntryInput:
    village_id: strawberry.ID
    year: int
    name: str
    planned_investment: Decimal = strawberry.field(description="计划投资（元）/ Yuan.")


@strawberry.input(description="许可文件 / A permit: document number and date.")
class PermitInput:
    number: str = ""
    issued_on: date | None = None


@strawberry.input(description="项目信息（整表提交）/ A project's form, every field.")
class ProjectInput:
    library_id: strawberry.ID = strawberry.field(description="当年项目库条目 / Library entry.")
    year: int
    name: str
    approved_on: date
    planned_investment: Decimal = strawberry.field(description="计划投资（元）/ Yuan.")
    planned_content: str = ""
    env_permit: PermitInput | None = None
    land_permit: PermitInput | None = None
    planning_permit: PermitInput | None = None
    tender_amount: Decimal | None = None
    contract_amount: Decimal | None = None
    contractor: str = ""
    employer: str = ""
    contract_on: date | None = None
    completed_on: date | None = None
    accepted_on: date | None = None
    audited_on: date | None = None
    notice_on: date | None = None

    def data(self) -> tuple[int, service.ProjectData]:
        town, entry = town_key(self.library_id, "LibraryEntry")
        return town, service.ProjectData(
            library_id=entry,
            year=self.year,
            name=self.name,
            approved_on=self.approved_on,
            planned_investment=self.planned_investment,
            planned_content=self.planned_content,
            env_permit=_permit(self.env_permit),
            land_permit=_permit(self.land_permit),
            planning_permit=_permit(self.planning_permit),
            tender_amount=self.tender_amount,
            contract_amount=self.contract_amount,
            contractor=self.contractor,
            employer=self.employer,
            contract_on=self.contract_on,
            completed_on=self.completed_on,
            accepted_on=self.accepted_on,
            audited_on=self.audited_on,
            notice_on=self.notice_on,
        )


def _permit(value: PermitInput | None) -> service.Permit:
    return service.Permit() if value is None else service.Permit(value.number, value.issued_on)


@strawberry.type
class LibraryEntryPayload:
    entry: LibraryEntry | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class ProjectPayload:
    project: Project | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class RunProjectRulesPayload:
    count: int = strawberry.field(default=0, description="新发现的问题数 / Findings raised.")
    errors: list[MutationError] = strawberry.field(default_factory=list)


async def _entry(
    info: Info, act: Callable[[AsyncSession], Awaitable[models.LibraryEntry]]
) -> LibraryEntryPayload:
    result = await attempt_all(info, act)
    if isinstance(result, list):
        return LibraryEntryPayload(errors=result)
    return LibraryEntryPayload(entry=LibraryEntry.of(result))


async def _project(
    info: Info, act: Callable[[AsyncSession], Awaitable[models.Project]]
) -> ProjectPayload:
    result = await attempt_all(info, act)
    if isinstance(result, list):
        return ProjectPayload(errors=result)
    return ProjectPayload(project=Project.of(result))


@strawberry.type
class ProjectMutation:
    @strawberry.mutation(description="村申报项目入库 / Apply for the project library.")
    async def apply_library_entry(
        self, info: Info, input: ApplyLibraryEntryInput
    ) -> LibraryEntryPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.LibraryEntry:
            town, village = town_key(input.village_id, "Village")
            data = library.EntryData(village, input.year, input.name, input.planned_investment)
            return await library.apply_entry(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town,
                data=data,
                today=date.today(),
            )

        return await _entry(info, act)

    @strawberry.mutation(description="乡镇审核项目库条目 / Approve or reject a library entry.")
    async def decide_library_entry(
        self, info: Info, id: strawberry.ID, approve: bool, note: str = ""
    ) -> LibraryEntryPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.LibraryEntry:
            town, entry = town_key(id, "LibraryEntry")
            return await library.decide_entry(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town,
                entry_id=entry,
                approve=approve,
                note=note,
                now=utcnow(),
            )

        return await _entry(info, act)

    @strawberry.mutation(description="新建项目 / Create a project from the library.")
    async def create_project(self, info: Info, input: ProjectInput) -> ProjectPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.Project:
            town, data = input.data()
            return await service.create_project(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town,
                data=data,
                today=date.today(),
            )

        return await _project(info, act)

    @strawberry.mutation(description="修改项目 / Update a project (the whole form).")
    async def update_project(
        self, info: Info, id: strawberry.ID, input: ProjectInput
    ) -> ProjectPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.Project:
            town, project = town_key(id, "Project")
            entry_town, data = input.data()
            if entry_town != town:
                raise invalid("项目库条目须属于项目所在的乡镇", field="libraryId")
            return await service.update_project(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town,
                project_id=project,
                data=data,
                today=date.today(),
            )

        return await _project(info, act)

    @strawberry.mutation(
        description="运行项目规则，发现的问题记入本周期 / Run the project rules for a cycle."
    )
    async def run_project_rules(
        self, info: Info, cycle_id: strawberry.ID
    ) -> RunProjectRulesPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> int:
            town, cycle = cycle_key(cycle_id)
            return await rules.run_rules(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town,
                cycle_id=cycle,
                today=date.today(),
            )

        result = await attempt_all(info, act)
        if isinstance(result, list):
            return RunProjectRulesPayload(errors=result)
        return RunProjectRulesPayload(count=result)
