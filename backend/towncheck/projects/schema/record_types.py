"""GraphQL types of what is recorded against a project, and ``ProjectRecords``: the fields
that reach them from a project, each through a per-request DataLoader (one statement per kind
of record for a whole page of projects)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from towncheck.api.context import Info
from towncheck.api.relay import GlobalId, Node, node_id
from towncheck.projects import models
from towncheck.projects.loaders import (
    AdjustmentsByProjectLoader,
    AssetsByProjectLoader,
    ChecksByAssetLoader,
    DistributionPlansByProjectLoader,
    QualityDepositsByProjectLoader,
    ReturnsByProjectLoader,
)
from towncheck.projects.schema.operation_types import ProjectOperationFields


@strawberry.type(description="项目调整 / A change of a project's content or investment.")
class ProjectAdjustment(Node):
    project_id: strawberry.ID
    adjusted_on: date = strawberry.field(description="调整日期 / Date of the change.")
    content: str = strawberry.field(description="调整内容 / What changed.")
    content_change_pct: Decimal = strawberry.field(
        description="建设内容调整比例（%）/ Share of the content changed, in percent."
    )
    investment_change: Decimal = strawberry.field(
        description="投资调整额（元，减少为负）/ Change of investment in yuan (negative: less)."
    )

    @classmethod
    def of(cls, r: models.Adjustment) -> ProjectAdjustment:
        return cls(
            id=node_id("ProjectAdjustment", r.id, r.town_id),
            project_id=node_id("Project", r.project_id, r.town_id),
            adjusted_on=r.adjusted_on,
            content=r.content,
            content_change_pct=r.content_change_pct,
            investment_change=r.investment_change,
        )


@strawberry.type(description="镇级季度现场检查 / One line of the town's quarterly check ledger.")
class AssetCheck(Node):
    asset_id: strawberry.ID
    quarter: str = strawberry.field(description="季度（YYYY-Qn）/ Quarter of the check.")
    checked_on: date
    note: str = strawberry.field(description="检查情况 / Findings of the check.")

    @classmethod
    def of(cls, r: models.AssetCheck) -> AssetCheck:
        return cls(
            id=node_id("AssetCheck", r.id, r.town_id),
            asset_id=node_id("Asset", r.asset_id, r.town_id),
            quarter=r.quarter,
            checked_on=r.checked_on,
            note=r.note,
        )


@strawberry.type(description="项目资产 / A project's asset: transfer, registration, upkeep.")
class Asset(Node):
    project_id: strawberry.ID
    name: str
    asset_class: str = strawberry.field(description="资产类别 / Class of asset.")
    quantity: Decimal
    unit: str
    value: Decimal = strawberry.field(description="资产价值（元）/ Value in yuan.")
    transfer_no: str = strawberry.field(description="移交协议编号 / Transfer agreement number.")
    transferred_on: date | None = strawberry.field(description="移交日期 / Transfer date.")
    registered_on: date | None = strawberry.field(
        description="“三资”平台或村集体账簿登记日期 / Registration in the collective ledger."
    )
    keeper: str = strawberry.field(description="管护责任人 / Who looks after it.")
    rules: str = strawberry.field(description="管理制度 / Management rules.")
    key: strawberry.Private[tuple[int, int]]

    @strawberry.field(description="镇级季度现场检查 / The quarterly on-site checks.")
    async def checks(self, info: Info) -> list[AssetCheck]:
        rows = await info.context.loader(ChecksByAssetLoader).load(self.key)
        return [AssetCheck.of(r) for r in rows]

    @classmethod
    def of(cls, r: models.Asset) -> Asset:
        return cls(
            id=node_id("Asset", r.id, r.town_id),
            project_id=node_id("Project", r.project_id, r.town_id),
            name=r.name,
            asset_class=r.asset_class,
            quantity=r.quantity,
            unit=r.unit,
            value=r.value,
            transfer_no=r.transfer_no,
            transferred_on=r.transferred_on,
            registered_on=r.registered_on,
            keeper=r.keeper,
            rules=r.rules,
            key=(r.town_id, r.id),
        )


@strawberry.type(description="项目收益 / A period's return: expected by when, and received.")
class ProjectReturn(Node):
    project_id: strawberry.ID
    period: str = strawberry.field(description="收益期间（如 2024、2024-H1）/ Period.")
    due_on: date = strawberry.field(description="约定到账日期 / Due date.")
    expected: Decimal = strawberry.field(description="应收收益（元）/ Expected, yuan.")
    received: Decimal | None = strawberry.field(description="实收收益（元）/ Received, yuan.")
    received_on: date | None = strawberry.field(description="到账日期 / Date received.")

    @classmethod
    def of(cls, r: models.ProjectReturn) -> ProjectReturn:
        return cls(
            id=node_id("ProjectReturn", r.id, r.town_id),
            project_id=node_id("Project", r.project_id, r.town_id),
            period=r.period,
            due_on=r.due_on,
            expected=r.expected,
            received=r.received,
            received_on=r.received_on,
        )


@strawberry.type(description="收益分配 / Distribution of income: plan, notice, payment.")
class DistributionPlan(Node):
    project_id: strawberry.ID
    amount: Decimal = strawberry.field(description="收益金额（元）/ Income, yuan.")
    received_on: date = strawberry.field(description="收益到账日期 / Income received.")
    planned_on: date | None = strawberry.field(description="分配方案日期 / Plan decided.")
    notice_on: date | None = strawberry.field(description="公告公示日期 / Public notice.")
    paid_on: date | None = strawberry.field(description="分配到户或村集体 / Paid out.")

    @classmethod
    def of(cls, r: models.DistributionPlan) -> DistributionPlan:
        return cls(
            id=node_id("DistributionPlan", r.id, r.town_id),
            project_id=node_id("Project", r.project_id, r.town_id),
            amount=r.amount,
            received_on=r.received_on,
            planned_on=r.planned_on,
            notice_on=r.notice_on,
            paid_on=r.paid_on,
        )


@strawberry.type(description="质量保证金 / A quality deposit, returned after its due date.")
class QualityDeposit(Node):
    project_id: strawberry.ID
    amount: Decimal = strawberry.field(description="金额（元）/ Yuan.")
    due_on: date = strawberry.field(description="到期日 / Due date.")
    returned_on: date | None = strawberry.field(description="退付日期 / Date returned.")

    @classmethod
    def of(cls, r: models.QualityDeposit) -> QualityDeposit:
        return cls(
            id=node_id("QualityDeposit", r.id, r.town_id),
            project_id=node_id("Project", r.project_id, r.town_id),
            amount=r.amount,
            due_on=r.due_on,
            returned_on=r.returned_on,
        )


def _key(project_id: strawberry.ID) -> tuple[int, int]:
    gid = GlobalId.decode(project_id, expect="Project")
    return gid.town_id or 0, gid.id


@strawberry.type(description="项目的各项记录 / The records of a project (part of Project).")
class ProjectRecords(ProjectOperationFields, Node):  # operation, disbursements, funds
    """Fields of ``Project`` (which inherits them), reaching a project's records."""

    @strawberry.field(description="项目调整 / Adjustments, by date.")
    async def adjustments(self, info: Info) -> list[ProjectAdjustment]:
        rows = await info.context.loader(AdjustmentsByProjectLoader).load(_key(self.id))
        return [ProjectAdjustment.of(r) for r in rows]

    @strawberry.field(description="项目资产及其季度检查 / Assets, with their quarterly checks.")
    async def assets(self, info: Info) -> list[Asset]:
        rows = await info.context.loader(AssetsByProjectLoader).load(_key(self.id))
        return [Asset.of(r) for r in rows]

    @strawberry.field(description="项目收益 / Returns, by due date.")
    async def returns(self, info: Info) -> list[ProjectReturn]:
        rows = await info.context.loader(ReturnsByProjectLoader).load(_key(self.id))
        return [ProjectReturn.of(r) for r in rows]

    @strawberry.field(description="收益分配 / Income distribution, by date received.")
    async def distribution_plans(self, info: Info) -> list[DistributionPlan]:
        rows = await info.context.loader(DistributionPlansByProjectLoader).load(_key(self.id))
        return [DistributionPlan.of(r) for r in rows]

    @strawberry.field(description="质量保证金 / Quality deposits, by due date.")
    async def quality_deposits(self, info: Info) -> list[QualityDeposit]:
        rows = await info.context.loader(QualityDepositsByProjectLoader).load(_key(self.id))
        return [QualityDeposit.of(r) for r in rows]
