"""GraphQL mutations of a project's records (adjustments, assets and their quarterly checks,
returns, income distribution, quality deposits), and ``node(id:)`` for a project."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TypeVar

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt_all
from towncheck.api.nodes import resolves
from towncheck.api.relay import GlobalId
from towncheck.auth.principal import can
from towncheck.projects import models, records, records_more
from towncheck.projects.loaders import ProjectByIdLoader
from towncheck.projects.schema.record_types import (
    Asset,
    AssetCheck,
    DistributionPlan,
    ProjectAdjustment,
    ProjectReturn,
    QualityDeposit,
)
from towncheck.projects.schema.types import Project, town_key

T = TypeVar("T")
R = TypeVar("R")


@strawberry.input(description="项目调整 / A change of a project's content or investment.")
class AddProjectAdjustmentInput:
    project_id: strawberry.ID
    adjusted_on: date
    content: str
    content_change_pct: Decimal = strawberry.field(
        default=Decimal(0), description="建设内容调整比例（%，-100 到 100）/ Percent."
    )
    investment_change: Decimal = strawberry.field(
        default=Decimal(0), description="投资调整额（元，减少为负）/ Yuan, negative when less."
    )

    def record(self, project_id: int) -> records.AdjustmentData:
        return records.AdjustmentData(
            project_id,
            self.adjusted_on,
            self.content,
            self.content_change_pct,
            self.investment_change,
        )


@strawberry.input(description="项目资产 / An asset of a project.")
class AddAssetInput:
    project_id: strawberry.ID
    name: str
    asset_class: str = strawberry.field(description="资产类别 / Class of asset.")
    quantity: Decimal
    value: Decimal = strawberry.field(description="资产价值（元）/ Yuan.")
    unit: str = ""
    transfer_no: str = strawberry.field(default="", description="移交协议编号 / Agreement no.")
    transferred_on: date | None = None
    registered_on: date | None = None
    keeper: str = strawberry.field(default="", description="管护责任人 / Who looks after it.")
    rules: str = strawberry.field(default="", description="管理制度 / Management rules.")

    def record(self, project_id: int) -> records.AssetData:
        return records.AssetData(
            project_id=project_id,
            name=self.name,
            asset_class=self.asset_class,
            quantity=self.quantity,
            value=self.value,
            unit=self.unit,
            transfer_no=self.transfer_no,
            transferred_on=self.transferred_on,
            registered_on=self.registered_on,
            keeper=self.keeper,
            rules=self.rules,
        )


@strawberry.input(description="镇级季度现场检查 / An on-site check of an asset.")
class RecordAssetCheckInput:
    asset_id: strawberry.ID
    checked_on: date = strawberry.field(description="检查日期（决定季度）/ Sets the quarter.")
    note: str = strawberry.field(default="", description="检查情况 / Findings of the check.")


@strawberry.input(description="项目收益 / A period's expected and received return.")
class AddProjectReturnInput:
    project_id: strawberry.ID
    period: str = strawberry.field(description="收益期间（如 2024、2024-H1）/ Period.")
    due_on: date
    expected: Decimal = strawberry.field(description="应收收益（元）/ Yuan.")
    received: Decimal | None = strawberry.field(default=None, description="实收（元）/ Yuan.")
    received_on: date | None = None

    def record(self, project_id: int) -> records.ReturnData:
        return records.ReturnData(
            project_id, self.period, self.due_on, self.expected, self.received, self.received_on
        )


@strawberry.input(description="收益分配 / Income received and how it was distributed.")
class AddDistributionPlanInput:
    project_id: strawberry.ID
    amount: Decimal = strawberry.field(description="收益金额（元）/ Yuan.")
    received_on: date
    planned_on: date | None = None
    notice_on: date | None = None
    paid_on: date | None = None

    def record(self, project_id: int) -> records.DistributionData:
        return records.DistributionData(
            project_id, self.amount, self.received_on, self.planned_on, self.notice_on, self.paid_on
        )


@strawberry.input(description="质量保证金 / A quality deposit.")
class AddQualityDepositInput:
    project_id: strawberry.ID
    amount: Decimal = strawberry.field(description="金额（元）/ Yuan.")
    due_on: date
    returned_on: date | None = None

    def record(self, project_id: int) -> records.DepositData:
        return records.DepositData(project_id, self.amount, self.due_on, self.returned_on)


@strawberry.type
class ProjectAdjustmentPayload:
    adjustment: ProjectAdjustment | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class AssetPayload:
    asset: Asset | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class AssetCheckPayload:
    check: AssetCheck | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class ProjectReturnPayload:
    project_return: ProjectReturn | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class DistributionPlanPayload:
    plan: DistributionPlan | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class QualityDepositPayload:
    deposit: QualityDeposit | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


async def _add(
    info: Info, project_id: strawberry.ID, make: Callable[[int], records.Record], kind: type[R]
) -> R | list[MutationError]:
    """``records.add_record`` for the project named by ``project_id``; ``kind`` is its row."""
    ctx, principal = info.context, viewer(info)

    async def act(session: AsyncSession) -> R:
        town, project = town_key(project_id, "Project")
        row = await records.add_record(
            session,
            policy=ctx.policy,
            principal=principal,
            town_id=town,
            record=make(project),
            today=date.today(),
        )
        if not isinstance(row, kind):
            raise TypeError(f"expected {kind.__name__}, got {type(row).__name__}")
        return row

    return await attempt_all(info, act)


@strawberry.type
class ProjectRecordMutation:
    @strawberry.mutation(description="登记项目调整 / Record a change of content or investment.")
    async def add_project_adjustment(
        self, info: Info, input: AddProjectAdjustmentInput
    ) -> ProjectAdjustmentPayload:
        result = await _add(info, input.project_id, input.record, models.Adjustment)
        if isinstance(result, list):
            return ProjectAdjustmentPayload(errors=result)
        return ProjectAdjustmentPayload(adjustment=ProjectAdjustment.of(result))

    @strawberry.mutation(description="登记项目资产 / Record an asset of a project.")
    async def add_asset(self, info: Info, input: AddAssetInput) -> AssetPayload:
        result = await _add(info, input.project_id, input.record, models.Asset)
        if isinstance(result, list):
            return AssetPayload(errors=result)
        return AssetPayload(asset=Asset.of(result))

    @strawberry.mutation(description="登记镇级季度现场检查 / Record an on-site check of an asset.")
    async def record_asset_check(
        self, info: Info, input: RecordAssetCheckInput
    ) -> AssetCheckPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.AssetCheck:
            town, asset = town_key(input.asset_id, "Asset")
            return await records.record_asset_check(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town,
                asset_id=asset,
                checked_on=input.checked_on,
                note=input.note,
                today=date.today(),
            )

        result = await attempt_all(info, act)
        if isinstance(result, list):
            return AssetCheckPayload(errors=result)
        return AssetCheckPayload(check=AssetCheck.of(result))

    @strawberry.mutation(description="登记项目收益 / Record a period's return.")
    async def add_project_return(
        self, info: Info, input: AddProjectReturnInput
    ) -> ProjectReturnPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.ProjectReturn:
            town, project = town_key(input.project_id, "Project")
            return await records_more.add_return(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town,
                data=input.record(project),
                today=date.today(),
            )

        result = await attempt_all(info, act)
        if isinstance(result, list):
            return ProjectReturnPayload(errors=result)
        return ProjectReturnPayload(project_return=ProjectReturn.of(result))

    @strawberry.mutation(description="登记收益分配 / Record income and its distribution.")
    async def add_distribution_plan(
        self, info: Info, input: AddDistributionPlanInput
    ) -> DistributionPlanPayload:
        result = await _add(info, input.project_id, input.record, models.DistributionPlan)
        if isinstance(result, list):
            return DistributionPlanPayload(errors=result)
        return DistributionPlanPayload(plan=DistributionPlan.of(result))

    @strawberry.mutation(description="登记质量保证金 / Record a quality deposit.")
    async def add_quality_deposit(
        self, info: Info, input: AddQualityDepositInput
    ) -> QualityDepositPayload:
        result = await _add(info, input.project_id, input.record, models.QualityDeposit)
        if isinstance(result, list):
            return QualityDepositPayload(errors=result)
        return QualityDepositPayload(deposit=QualityDeposit.of(result))

    @strawberry.mutation(description="退付质量保证金 / Record that a quality deposit was returned.")
    async def return_quality_deposit(
        self, info: Info, id: strawberry.ID, returned_on: date
    ) -> QualityDepositPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.QualityDeposit:
            town, deposit = town_key(id, "QualityDeposit")
            return await records_more.return_deposit(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town,
                deposit_id=deposit,
                returned_on=returned_on,
                today=date.today(),
            )

        result = await attempt_all(info, act)
        if isinstance(result, list):
            return QualityDepositPayload(errors=result)
        return QualityDepositPayload(deposit=QualityDeposit.of(result))


@resolves("Project")
async def _project_node(info: Info, gid: GlobalId) -> Project | None:
    principal, ctx = viewer(info), info.context
    town = gid.town_id
    if town is None or not can(ctx.policy, principal, "project", "read", town_id=town):
        return None
    row = await ctx.loader(ProjectByIdLoader).load((town, gid.id))
    return None if row is None else Project.of(row)
