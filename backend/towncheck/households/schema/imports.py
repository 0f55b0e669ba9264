"""GraphQL: importing a spreadsheet (multipart upload) and setting the county's income line."""

from __future__ import annotations

from decimal import Decimal

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.file_uploads import Upload

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.api.relay import GlobalId
from towncheck.api.uploads import UploadedFile
from towncheck.errors import DomainError, invalid
from towncheck.households import imports, lines
from towncheck.households.schema.types import PovertyLine
from towncheck.jobs.models import JobRun
from towncheck.jobs.schema import Job


@strawberry.input(description="导入户籍台账 / Import households and members from a file.")
class ImportRegistryInput:
    town_id: strawberry.ID
    file: Upload = strawberry.field(description=".xlsx 或 .csv，表头见模板 / Spreadsheet.")


@strawberry.type
class ImportRegistryPayload:
    job: Job | None = strawberry.field(
        default=None, description="导入任务；完成后结果中含每行错误或导入数量 / The import job."
    )
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.input(description="设置收入标准 / Set the county's income line for a year.")
class SetPovertyLineInput:
    year: int
    line: Decimal
    margin: Decimal = Decimal(450)


@strawberry.type
class PovertyLinePayload:
    poverty_line: PovertyLine | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class RegistryImportMutation:
    @strawberry.mutation(description="设置收入标准并刷新风险提示 / Set the income line.")
    async def set_poverty_line(self, info: Info, input: SetPovertyLineInput) -> PovertyLinePayload:
        result = await attempt(
            info,
            lambda s: lines.set_line(
                s,
                policy=info.context.policy,
                principal=viewer(info),
                year=input.year,
                line=input.line,
                margin=input.margin,
            ),
        )
        if isinstance(result, DomainError):
            return PovertyLinePayload(errors=[MutationError.of(result)])
        return PovertyLinePayload(poverty_line=PovertyLine.of(result))

    @strawberry.mutation(description="上传表格导入户籍台账（后台任务）/ Import a spreadsheet.")
    async def import_registry(
        self, info: Info, input: ImportRegistryInput
    ) -> ImportRegistryPayload:
        ctx = info.context

        async def run(session: AsyncSession) -> JobRun:
            file = input.file
            if not isinstance(file, UploadedFile):
                raise invalid("请以 multipart 方式上传文件", field="file")
            return await imports.request_import(
                session,
                policy=ctx.policy,
                principal=viewer(info),
                town_id=GlobalId.decode(input.town_id, expect="Town").id,
                filename=file.filename,
                content=file.content,
            )

        result = await attempt(info, run)
        if isinstance(result, DomainError):
            return ImportRegistryPayload(errors=[MutationError.of(result)])
        queue, job_id, county = ctx.jobs, str(result.id), result.county_id
        if queue is not None:
            ctx.after_commit.append(lambda: queue.enqueue(job_id=job_id, county_id=county))
        return ImportRegistryPayload(job=Job.of(result))
