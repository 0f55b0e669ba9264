"""GraphQL types, queries and mutations of checklist templates."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import Enum

import strawberry
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.api.relay import GlobalId, Node, node_id
from towncheck.auth.principal import require
from towncheck.checklists import content, models, service
from towncheck.errors import DomainError, not_found


@strawberry.enum(description="文档格式 / Document format.")
class DocumentFormat(Enum):
    YAML = "yaml"
    JSON = "json"


@strawberry.type(description="指标 / A checkpoint.")
class Checkpoint:
    code: str
    text: str
    target: str = strawberry.field(description="household/village/project/fund/town/cadre")
    answer_type: str = strawberry.field(description="yes_no/number/grade/choice/text/photo")
    weight: Decimal
    required: bool
    choices: list[str]
    unit: str
    rule: str | None
    expect: bool
    severity: str
    guidance: str
    evidence_photos: int
    evidence_documents: int
    evidence_note: str
    prefill: str | None = strawberry.field(
        description="预填的农户数据（如 income.per_capita）/ The registry fact it starts from."
    )

    @classmethod
    def of(cls, c: content.Checkpoint) -> Checkpoint:
        return cls(
            code=c.code,
            text=c.text,
            target=c.target.value,
            answer_type=c.answer.value,
            weight=c.weight,
            required=c.required,
            choices=list(c.choices),
            unit=c.unit,
            rule=c.rule,
            expect=c.expect,
            severity=c.severity.value,
            guidance=c.guidance,
            evidence_photos=c.evidence.photos,
            evidence_documents=c.evidence.documents,
            evidence_note=c.evidence.note,
            prefill=c.prefill,
        )


@strawberry.type(description="评估项目 / An item.")
class ChecklistItem:
    code: str
    title: str
    checkpoints: list[Checkpoint]


@strawberry.type(description="评估板块 / A section.")
class ChecklistSection:
    code: str
    title: str
    items: list[ChecklistItem]


@strawberry.type(description="评估细则版本 / A template version (published ones never change).")
class ChecklistVersion(Node):
    row: strawberry.Private[models.ChecklistVersion]
    number: int
    state: str = strawberry.field(description="draft / published")
    checkpoint_count: int
    published_at: datetime | None

    @classmethod
    def of(cls, row: models.ChecklistVersion) -> ChecklistVersion:
        return cls(
            id=node_id("ChecklistVersion", row.id),
            row=row,
            number=row.number,
            state=row.state,
            checkpoint_count=row.checkpoint_count,
            published_at=row.published_at,
        )

    @strawberry.field(description="板块、项目与指标 / Sections, items and checkpoints.")
    def sections(self) -> list[ChecklistSection]:
        return [
            ChecklistSection(
                code=s.code,
                title=s.title,
                items=[
                    ChecklistItem(
                        code=i.code,
                        title=i.title,
                        checkpoints=[Checkpoint.of(c) for c in i.checkpoints],
                    )
                    for i in s.items
                ],
            )
            for s in service.content_of(self.row).sections
        ]

    @strawberry.field(description="导出为 YAML 或 JSON / The version as a document.")
    def document(self, format: DocumentFormat = DocumentFormat.YAML) -> str:
        return service.export_version(self.row, format=format.value)


@strawberry.type(description="评估细则 / A county's checklist template.")
class ChecklistTemplate(Node):
    code: str
    name: str
    versions: list[ChecklistVersion]


@strawberry.type
class ChecklistQuery:
    @strawberry.field(description="本县的评估细则 / The county's checklist templates.")
    async def checklist_templates(self, info: Info) -> list[ChecklistTemplate]:
        principal = viewer(info)
        async with info.context.db as session:
            if principal.county_id is None:
                return []
            templates = (
                await session.scalars(
                    select(models.ChecklistTemplate).order_by(models.ChecklistTemplate.id)
                )
            ).all()
            versions = (
                await session.scalars(
                    select(models.ChecklistVersion).order_by(models.ChecklistVersion.number)
                )
            ).all()
        return [
            ChecklistTemplate(
                id=node_id("ChecklistTemplate", t.id),
                code=t.code,
                name=t.name,
                versions=[ChecklistVersion.of(v) for v in versions if v.template_id == t.id],
            )
            for t in templates
        ]


@strawberry.type
class ChecklistVersionPayload:
    version: ChecklistVersion | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class ChecklistMutation:
    @strawberry.mutation(
        description="导入评估细则（YAML 或 JSON），生成草稿版本 / Import a template document."
    )
    async def import_checklist(
        self, info: Info, document: str, format: DocumentFormat = DocumentFormat.YAML
    ) -> ChecklistVersionPayload:
        ctx = info.context
        principal = viewer(info)

        async def act(session: AsyncSession) -> models.ChecklistVersion:
            return await service.import_version(
                session,
                policy=ctx.policy,
                principal=principal,
                document=document,
                format=format.value,
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return ChecklistVersionPayload(errors=MutationError.all_of(result))
        return ChecklistVersionPayload(version=ChecklistVersion.of(result))

    @strawberry.mutation(description="发布版本（发布后不可修改）/ Publish a version.")
    async def publish_checklist_version(
        self, info: Info, id: strawberry.ID
    ) -> ChecklistVersionPayload:
        ctx = info.context
        principal = viewer(info)

        async def act(session: AsyncSession) -> models.ChecklistVersion:
            version_id = GlobalId.decode(id, expect="ChecklistVersion").id
            return await service.publish_version(
                session, policy=ctx.policy, principal=principal, version_id=version_id
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return ChecklistVersionPayload(errors=[MutationError.of(result)])
        return ChecklistVersionPayload(version=ChecklistVersion.of(result))


async def version_by_id(info: Info, version_id: int) -> ChecklistVersion:
    principal = viewer(info)
    async with info.context.db as session:
        require(info.context.policy, principal, "checklist", "read")
        if principal.county_id is None:
            raise not_found()
        row = await session.get(models.ChecklistVersion, (principal.county_id, version_id))
    if row is None:
        raise not_found("评估细则版本不存在")
    return ChecklistVersion.of(row)
