"""GraphQL types, queries and mutations of household visits, findings and evidence."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

import strawberry
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.file_uploads import Upload

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.api.relay import GlobalId, Node, node_id
from towncheck.api.uploads import UploadedFile
from towncheck.auth.principal import require
from towncheck.errors import DomainError, invalid
from towncheck.evidence import service as evidence
from towncheck.evidence.models import EvidenceFile
from towncheck.evidence.storage import local_storage
from towncheck.households.models import Household
from towncheck.households.scope import visible
from towncheck.selfcheck import models, service
from towncheck.selfcheck.answers import AnswerData, InvalidVisit

MAX_LIST = 500


@strawberry.type(description="答案 / An answer of one version.")
class Answer:
    checkpoint: str
    value: strawberry.scalars.JSON | None
    note: str
    evidence: list[str]
    fixed_on_spot: bool


@strawberry.type(description="入户访谈的一次提交 / One submitted version of a visit.")
class VisitVersion:
    version: int
    visited_on: date
    submitted_at: datetime
    note: str
    review_comment: str
    answers: list[Answer]


@strawberry.type(description="入户访谈 / A household visit.")
class Visit(Node):
    row: strawberry.Private[models.Visit]
    household_id: strawberry.ID
    stage: str
    state: str = strawberry.field(description="submitted / returned / accepted")
    version: int
    submitted_at: datetime
    review_comment: str

    @classmethod
    def of(cls, row: models.Visit) -> Visit:
        return cls(
            id=node_id("Visit", row.id, row.town_id),
            row=row,
            household_id=node_id("Household", row.household_id, row.town_id),
            stage=row.stage,
            state=row.state,
            version=row.version,
            submitted_at=row.submitted_at,
            review_comment=row.review_comment,
        )

    @strawberry.field(description="每次提交及其答案（含退回前的版本）/ Every version.")
    async def versions(self, info: Info) -> list[VisitVersion]:
        async with info.context.db as session:
            versions = (
                await session.scalars(
                    select(models.VisitVersion)
                    .where(
                        models.VisitVersion.town_id == self.row.town_id,
                        models.VisitVersion.visit_id == self.row.id,
                    )
                    .order_by(models.VisitVersion.version)
                )
            ).all()
            answers = await service.answers_of(
                session, town_id=self.row.town_id, visit_ids=[self.row.id]
            )
        return [
            VisitVersion(
                version=v.version,
                visited_on=v.visited_on,
                submitted_at=v.submitted_at,
                note=v.note,
                review_comment=v.review_comment,
                answers=[
                    Answer(
                        checkpoint=a.checkpoint,
                        value=a.value,
                        note=a.note,
                        evidence=list(a.evidence),
                        fixed_on_spot=a.fixed_on_spot,
                    )
                    for a in answers.get((v.visit_id, v.version), [])
                ],
            )
            for v in versions
        ]


@strawberry.type(description="问题 / A finding.")
class Finding(Node):
    visit_id: strawberry.ID
    household_id: strawberry.ID
    checkpoint: str
    stage: str
    severity: str
    source: str = strawberry.field(description="rule（台账数据）/ answer（入户核查）")
    description: str
    state: str = strawberry.field(description="open / fixed_on_spot")
    fix_note: str
    fix_evidence: list[str]
    found_by: strawberry.ID
    created_at: datetime

    @classmethod
    def of(cls, r: models.Finding) -> Finding:
        return cls(
            id=node_id("Finding", r.id, r.town_id),
            visit_id=node_id("Visit", r.visit_id, r.town_id),
            household_id=node_id("Household", r.household_id, r.town_id),
            checkpoint=r.checkpoint,
            stage=r.stage,
            severity=r.severity,
            source=r.source,
            description=r.description,
            state=r.state,
            fix_note=r.fix_note,
            fix_evidence=list(r.fix_evidence),
            found_by=node_id("User", r.found_by),
            created_at=r.created_at,
        )


@strawberry.type(description="证据文件 / A stored evidence file.")
class EvidenceFileType:
    key: str
    kind: str
    filename: str
    content_type: str
    size: int
    stripped: list[str] = strawberry.field(description="已去除的元数据 / Metadata removed.")


def _cycle(value: strawberry.ID) -> tuple[int, int]:
    gid = GlobalId.decode(value, expect="Cycle")
    return gid.town_id or 0, gid.id


@strawberry.type
class SelfCheckQuery:
    @strawberry.field(description="周期内的入户访谈（最多 500 条）/ Visits of a cycle.")
    async def visits(
        self, info: Info, cycle_id: strawberry.ID, state: str | None = None
    ) -> list[Visit]:
        principal = viewer(info)
        town_id, cycle = _cycle(cycle_id)
        require(info.context.policy, principal, "visit", "read", town_id=town_id)
        query = (
            select(models.Visit)
            .join(
                Household,
                (Household.town_id == models.Visit.town_id)
                & (Household.id == models.Visit.household_id),
            )
            .where(
                models.Visit.town_id == town_id, models.Visit.cycle_id == cycle, visible(principal)
            )
        )
        if state is not None:
            query = query.where(models.Visit.state == state)
        async with info.context.db as session:
            rows = (await session.scalars(query.order_by(models.Visit.id).limit(MAX_LIST))).all()
        return [Visit.of(r) for r in rows]

    @strawberry.field(description="问题清单（可筛选，最多 500 条）/ Findings with filters.")
    async def findings(
        self,
        info: Info,
        *,
        cycle_id: strawberry.ID,
        state: str | None = None,
        severity: str | None = None,
        checkpoint: str | None = None,
        household_id: strawberry.ID | None = None,
    ) -> list[Finding]:
        principal = viewer(info)
        town_id, cycle = _cycle(cycle_id)
        require(info.context.policy, principal, "visit", "read", town_id=town_id)
        query = (
            select(models.Finding)
            .join(
                Household,
                (Household.town_id == models.Finding.town_id)
                & (Household.id == models.Finding.household_id),
            )
            .where(
                models.Finding.town_id == town_id,
                models.Finding.cycle_id == cycle,
                visible(principal),
            )
        )
        for column, wanted in (
            (models.Finding.state, state),
            (models.Finding.severity, severity),
            (models.Finding.checkpoint, checkpoint),
        ):
            if wanted is not None:
                query = query.where(column == wanted)
        if household_id is not None:
            query = query.where(
                models.Finding.household_id == GlobalId.decode(household_id, expect="Household").id
            )
        async with info.context.db as session:
            rows = (await session.scalars(query.order_by(models.Finding.id).limit(MAX_LIST))).all()
        return [Finding.of(r) for r in rows]

    @strawberry.field(description="问题数 / Count of findings by state.")
    async def finding_count(self, info: Info, cycle_id: strawberry.ID, state: str = "open") -> int:
        principal = viewer(info)
        town_id, cycle = _cycle(cycle_id)
        require(info.context.policy, principal, "visit", "read", town_id=town_id)
        async with info.context.db as session:
            count = await session.scalar(
                select(func.count())
                .select_from(models.Finding)
                .where(
                    models.Finding.town_id == town_id,
                    models.Finding.cycle_id == cycle,
                    models.Finding.state == state,
                )
            )
        return int(count or 0)


@strawberry.input(description="一个指标的答案 / An answer.")
class AnswerInput:
    checkpoint: str
    yes: bool | None = None
    number: Decimal | None = None
    text: str | None = strawberry.field(
        default=None, description="等级、选项或文字 / Grade, choice or text."
    )
    note: str = ""
    evidence: list[str] = strawberry.field(default_factory=list, description="证据文件 key")
    fixed_on_spot: bool = strawberry.field(
        default=False, description="立行立改 / Fixed on the spot."
    )


@strawberry.input(description="提交入户访谈 / Submit a visit.")
class SubmitVisitInput:
    client_id: str = strawberry.field(description="客户端生成的 UUID；重试时不变 / Retry-safe id.")
    cycle_id: strawberry.ID
    household_id: strawberry.ID
    visited_on: date
    answers: list[AnswerInput]
    note: str = ""


@strawberry.input(description="审核入户访谈 / Review a visit.")
class ReviewVisitInput:
    visit_id: strawberry.ID
    accept: bool
    comment: str = ""


@strawberry.type
class VisitPayload:
    visit: Visit | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class EvidencePayload:
    file: EvidenceFileType | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


def _visit_errors(error: DomainError) -> list[MutationError]:
    if isinstance(error, InvalidVisit):
        return [
            MutationError(code=error.code, message=p.message, field=p.field) for p in error.problems
        ]
    return [MutationError.of(error)]


def _submission(input: SubmitVisitInput) -> tuple[int, service.Submission]:
    try:
        client_id = uuid.UUID(input.client_id)
    except ValueError:
        raise invalid("clientId 须为 UUID", field="clientId") from None
    town_id, cycle_id = _cycle(input.cycle_id)
    household = GlobalId.decode(input.household_id, expect="Household")
    answers = tuple(
        AnswerData(
            checkpoint=a.checkpoint,
            yes=a.yes,
            number=a.number,
            text=a.text,
            note=a.note,
            evidence=tuple(a.evidence),
            fixed_on_spot=a.fixed_on_spot,
        )
        for a in input.answers
    )
    return town_id, service.Submission(
        client_id=client_id,
        cycle_id=cycle_id,
        household_id=household.id,
        visited_on=input.visited_on,
        answers=answers,
        note=input.note,
    )


@strawberry.type
class SelfCheckMutation:
    @strawberry.mutation(description="提交入户访谈（重试安全）/ Submit a visit (retry-safe).")
    async def submit_visit(self, info: Info, input: SubmitVisitInput) -> VisitPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.Visit:
            town_id, submission = _submission(input)
            return await service.submit_visit(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                submission=submission,
                today=date.today(),
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return VisitPayload(errors=_visit_errors(result))
        return VisitPayload(visit=Visit.of(result))

    @strawberry.mutation(description="审核：通过或退回 / Accept a visit or send it back.")
    async def review_visit(self, info: Info, input: ReviewVisitInput) -> VisitPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.Visit:
            gid = GlobalId.decode(input.visit_id, expect="Visit")
            return await service.review_visit(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=gid.town_id or 0,
                visit_id=gid.id,
                accept=input.accept,
                comment=input.comment,
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return VisitPayload(errors=_visit_errors(result))
        return VisitPayload(visit=Visit.of(result))

    @strawberry.mutation(description="上传证据（照片去除位置信息）/ Upload evidence.")
    async def upload_evidence(
        self, info: Info, town_id: strawberry.ID, file: Upload, kind: str = "photo"
    ) -> EvidencePayload:
        ctx, principal = info.context, viewer(info)
        if not isinstance(file, UploadedFile):
            return EvidencePayload(
                errors=[MutationError.of(invalid("请选择要上传的文件", field="file"))]
            )
        if kind not in ("photo", "document"):
            return EvidencePayload(
                errors=[MutationError.of(invalid("kind 须为 photo 或 document", field="kind"))]
            )

        async def act(session: AsyncSession) -> EvidenceFile:
            return await evidence.store_upload(
                session,
                policy=ctx.policy,
                principal=principal,
                storage=local_storage(ctx.settings),
                town_id=GlobalId.decode(town_id, expect="Town").id,
                filename=file.filename,
                content=file.content,
                kind="photo" if kind == "photo" else "document",
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return EvidencePayload(errors=[MutationError.of(result)])
        return EvidencePayload(
            file=EvidenceFileType(
                key=result.storage_key,
                kind=result.kind,
                filename=result.filename,
                content_type=result.content_type,
                size=result.size,
                stripped=list(result.stripped),
            )
        )
