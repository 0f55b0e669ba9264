"""GraphQL mutations: importing a department list (multipart upload, run as a background
job) and the policy rules."""

from __future__ import annotations

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
from towncheck.errors import DomainError, invalid
from towncheck.jobs.models import JobRun
from towncheck.jobs.schema import Job
from towncheck.sectors import imports, lists, rules
from towncheck.sectors.schema.types import DepartmentListKind
from towncheck.selfcheck.schema.types import cycle_key


@strawberry.type
class ImportDepartmentListPayload:
    job: Job | None = strawberry.field(
        default=None,
        description="导入任务；完成后结果中含导入的名单，或每行的问题（可下载错误报告）"
        " / The import job; its result holds the list, or every problem by row and column.",
    )
    errors: list[MutationError] = strawberry.field(
        default_factory=list,
        description="上传时即可发现的问题（参数、文件格式）/ Problems found at upload.",
    )


@strawberry.type
class RunPolicyRulesPayload:
    count: int = strawberry.field(default=0, description="新发现的问题数 / Findings raised.")
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class SectorMutation:
    @strawberry.mutation(
        description="上传部门名单导入（后台任务）：全部行核对无误才写入，同类别、年度、说明的名单"
        "整体替换 / Import a department list as a job; all or nothing, a re-import replaces it."
    )
    async def import_department_list(
        self,
        info: Info,
        *,
        town_id: strawberry.ID,
        kind: DepartmentListKind,
        year: int,
        file: Upload,
        label: str = "",
    ) -> ImportDepartmentListPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> JobRun:
            if not isinstance(file, UploadedFile):
                raise invalid("请以 multipart 方式上传文件", field="file")
            return await imports.request_import(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=GlobalId.decode(town_id, expect="Town").id,
                upload=lists.Upload(kind.value, year, label, file.filename, file.content),
                today=date.today(),
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return ImportDepartmentListPayload(errors=MutationError.all_of(result))
        queue, job_id, county = ctx.jobs, str(result.id), result.county_id
        if queue is not None:
            ctx.after_commit.append(lambda: queue.enqueue(job_id=job_id, county_id=county))
        return ImportDepartmentListPayload(job=Job.of(result))

    @strawberry.mutation(
        description="运行行业政策规则（名单与台账比对），发现的问题记入本周期"
        " / Compare the department lists with the registry for a cycle's year."
    )
    async def run_policy_rules(self, info: Info, cycle_id: strawberry.ID) -> RunPolicyRulesPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> int:
            town, cycle = cycle_key(cycle_id)
            return await rules.run_rules(
                session, policy=ctx.policy, principal=principal, town_id=town, cycle_id=cycle
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return RunPolicyRulesPayload(errors=MutationError.all_of(result))
        return RunPolicyRulesPayload(count=result)
