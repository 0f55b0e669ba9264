"""GraphQL mutations: importing a department list (multipart upload) and the policy rules."""

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
from towncheck.personal import vault_for
from towncheck.sectors import lists, models, rules
from towncheck.sectors.schema.types import DepartmentList, DepartmentListKind
from towncheck.selfcheck.schema.types import cycle_key


@strawberry.type
class DepartmentListPayload:
    department_list: DepartmentList | None = None
    errors: list[MutationError] = strawberry.field(
        default_factory=list,
        description="每个问题一条，field 指明位置，如 rows[12].证件号码"
        " / One per problem; field names the row and column.",
    )


@strawberry.type
class RunPolicyRulesPayload:
    count: int = strawberry.field(default=0, description="新发现的问题数 / Findings raised.")
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class SectorMutation:
    @strawberry.mutation(
        description="导入部门名单：全部行核对无误才写入，同类别、年度、说明的名单整体替换"
        " / Import a department list; all or nothing, a re-import replaces it."
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
    ) -> DepartmentListPayload:
        ctx, principal = info.context, viewer(info)
        if not isinstance(file, UploadedFile):
            return DepartmentListPayload(
                errors=[MutationError.of(invalid("请选择要上传的文件", field="file"))]
            )
        upload = lists.Upload(kind.value, year, label, file.filename, file.content)

        async def act(session: AsyncSession) -> models.DepartmentList:
            return await lists.import_list(
                session,
                policy=ctx.policy,
                principal=principal,
                vault=vault_for(ctx.settings.data_key),
                town_id=GlobalId.decode(town_id, expect="Town").id,
                upload=upload,
                today=date.today(),
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return DepartmentListPayload(errors=MutationError.all_of(result))
        return DepartmentListPayload(department_list=DepartmentList.of(result))

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
