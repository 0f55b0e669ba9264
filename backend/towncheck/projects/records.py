"""What is recorded against a project after its approval: adjustments, assets and their
quarterly checks, returns, income distribution and quality deposits.

Each kind is a small dataclass that checks itself against its project and makes its row; one
function authorizes, validates, writes and audits them all alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import not_found
from towncheck.orm import Base
from towncheck.projects.checks import Checks, plain
from towncheck.projects.models import (
    Adjustment,
    Asset,
    AssetCheck,
    DistributionPlan,
    Project,
    ProjectReturn,
    QualityDeposit,
)
from towncheck.projects.service import get_project


def quarter_of(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


@dataclass(frozen=True, slots=True)
class AdjustmentData:
    project_id: int
    adjusted_on: date
    content: str
    content_change_pct: Decimal = Decimal(0)
    investment_change: Decimal = Decimal(0)  # yuan, negative when the investment shrinks

    def check(self, checks: Checks, project: Project, today: date) -> Base:
        content = checks.text("content", self.content, "调整内容")
        checks.percent("contentChangePct", self.content_change_pct, "建设内容调整比例")
        checks.amount("investmentChange", self.investment_change, "投资调整额", signed=True)
        checks.not_future("adjustedOn", self.adjusted_on, "调整日期", today)
        checks.in_order("adjustedOn", self.adjusted_on, project.approved_on, "调整不能早于批复")
        return Adjustment(
            town_id=project.town_id,
            project_id=project.id,
            adjusted_on=self.adjusted_on,
            content=content,
            content_change_pct=self.content_change_pct,
            investment_change=self.investment_change,
        )


@dataclass(frozen=True, slots=True)
class AssetData:
    project_id: int
    name: str
    asset_class: str
    quantity: Decimal
    value: Decimal
    unit: str = ""
    transfer_no: str = ""
    transferred_on: date | None = None
    registered_on: date | None = None
    keeper: str = ""
    rules: str = ""

    def check(self, checks: Checks, project: Project, today: date) -> Base:
        name = checks.text("name", self.name, "资产名称")
        asset_class = checks.text("assetClass", self.asset_class, "资产类别")
        checks.amount("quantity", self.quantity, "数量", positive=True)
        checks.amount("value", self.value, "资产价值")
        if bool(self.transfer_no.strip()) != (self.transferred_on is not None):
            checks.fail("transferNo", "资产移交协议须同时填写编号和日期")
        checks.not_future("transferredOn", self.transferred_on, "移交日期", today)
        checks.not_future("registeredOn", self.registered_on, "登记日期", today)
        checks.in_order(
            "transferredOn", self.transferred_on, project.completed_on, "资产移交不能早于项目完工"
        )
        checks.in_order(
            "registeredOn", self.registered_on, self.transferred_on, "资产登记不能早于移交"
        )
        return Asset(
            town_id=project.town_id,
            project_id=project.id,
            name=name,
            asset_class=asset_class,
            quantity=self.quantity,
            unit=self.unit.strip()[:16],
            value=self.value,
            transfer_no=self.transfer_no.strip()[:64],
            transferred_on=self.transferred_on,
            registered_on=self.registered_on,
            keeper=self.keeper.strip()[:64],
            rules=self.rules.strip(),
        )


@dataclass(frozen=True, slots=True)
class ReturnData:
    project_id: int
    period: str
    due_on: date
    expected: Decimal
    received: Decimal | None = None
    received_on: date | None = None

    def check(self, checks: Checks, project: Project, today: date) -> Base:
        period = checks.text("period", self.period, "收益期间")
        checks.amount("expected", self.expected, "应收收益")
        checks.amount("received", self.received, "实收收益")
        if (self.received is None) != (self.received_on is None):
            checks.fail("receivedOn", "实收收益须同时填写金额和到账日期")
        checks.not_future("receivedOn", self.received_on, "到账日期", today)
        checks.in_order("dueOn", self.due_on, project.approved_on, "收益约定日期不能早于批复")
        return ProjectReturn(
            town_id=project.town_id,
            project_id=project.id,
            period=period[:16],
            due_on=self.due_on,
            expected=self.expected,
            received=self.received,
            received_on=self.received_on,
        )


@dataclass(frozen=True, slots=True)
class DistributionData:
    project_id: int
    amount: Decimal
    received_on: date
    planned_on: date | None = None
    notice_on: date | None = None
    paid_on: date | None = None

    def check(self, checks: Checks, project: Project, today: date) -> Base:
        checks.amount("amount", self.amount, "收益金额", positive=True)
        for field_name, label, value in (
            ("receivedOn", "收益到账日期", self.received_on),
            ("plannedOn", "分配方案日期", self.planned_on),
            ("noticeOn", "公示日期", self.notice_on),
            ("paidOn", "分配日期", self.paid_on),
        ):
            checks.not_future(field_name, value, label, today)
        checks.in_order("plannedOn", self.planned_on, self.received_on, "分配方案不能早于收益到账")
        checks.in_order("paidOn", self.paid_on, self.received_on, "分配不能早于收益到账")
        return DistributionPlan(
            town_id=project.town_id,
            project_id=project.id,
            amount=self.amount,
            received_on=self.received_on,
            planned_on=self.planned_on,
            notice_on=self.notice_on,
            paid_on=self.paid_on,
        )


@dataclass(frozen=True, slots=True)
class DepositData:
    project_id: int
    amount: Decimal
    due_on: date
    returned_on: date | None = None

    def check(self, checks: Checks, project: Project, today: date) -> Base:
        checks.amount("amount", self.amount, "质量保证金", positive=True)
        checks.not_future("returnedOn", self.returned_on, "退付日期", today)
        checks.in_order("dueOn", self.due_on, project.approved_on, "保证金到期日不能早于批复")
        return QualityDeposit(
            town_id=project.town_id,
            project_id=project.id,
            amount=self.amount,
            due_on=self.due_on,
            returned_on=self.returned_on,
        )


Record = AdjustmentData | AssetData | ReturnData | DistributionData | DepositData


async def add_record(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    record: Record,
    today: date,
) -> Base:
    require(policy, principal, "project", "write", town_id=town_id)
    project = await get_project(session, town_id=town_id, project_id=record.project_id)
    checks = Checks()
    row = record.check(checks, project, today)
    checks.raise_any()
    await allow_town_write(session, town_id)
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action=f"project.{type(row).__tablename__}.add",
        target_type=type(row).__name__,
        target_id=getattr(row, "id", ""),
        town_id=town_id,
        after=plain(record),
    )
    return row


async def record_asset_check(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    asset_id: int,
    checked_on: date,
    note: str,
    today: date,
) -> AssetCheck:
    """One line of the town's quarterly on-site check ledger; the quarter is the check's own."""
    require(policy, principal, "project", "write", town_id=town_id)
    asset = await session.get(Asset, (town_id, asset_id))
    if asset is None:
        raise not_found("资产不存在或您无权查看")
    checks = Checks()
    cleaned = checks.text("note", note, "检查情况", required=False)
    checks.not_future("checkedOn", checked_on, "检查日期", today)
    checks.raise_any()
    await allow_town_write(session, town_id)
    row = AssetCheck(
        town_id=town_id,
        asset_id=asset_id,
        quarter=quarter_of(checked_on),
        checked_on=checked_on,
        note=cleaned,
    )
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="project.asset_check.add",
        target_type="AssetCheck",
        target_id=row.id,
        town_id=town_id,
        after={"asset_id": asset_id, "quarter": row.quarter, "checked_on": str(checked_on)},
    )
    return row
