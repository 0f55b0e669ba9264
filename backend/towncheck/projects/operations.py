"""A project's operation and funds: set (one of each per project, replaced as a whole) or
added (disbursements), each checked, written and audited like ``records``.

A disbursement that would take the project's payments above its contract amount is refused,
naming what is left to pay (扶贫资金按照合同约定、决算金额拨付).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import not_found
from towncheck.orm import utcnow
from towncheck.projects.checks import Checks, plain
from towncheck.projects.models import Project
from towncheck.projects.operation_models import FundDisbursement, ProjectFunds, ProjectOperation
from towncheck.projects.service import get_project

MODES: Final = {"self_run": "村集体自营", "leased": "承包租赁", "entrusted": "委托经营"}
BASES: Final = {"contract": "按合同约定", "progress": "按工程进度", "final_account": "按决算金额"}
MAX_HOUSEHOLDS: Final = 100_000  # no township project helps more households


@dataclass(frozen=True, slots=True)
class OperationData:
    project_id: int
    mode: str
    operator: str = ""
    contract_no: str = ""
    contract_on: date | None = None
    term_start: date | None = None
    term_end: date | None = None
    annual_return: Decimal | None = None
    households_assisted: int = 0
    upkeep_party: str = ""
    liability_note: str = ""
    targets: str = ""
    idle: bool = False
    damaged: bool = False

    def check(self, checks: Checks, project: Project, today: date) -> dict[str, object]:
        """The checked columns of the project's operation."""
        if self.mode not in MODES:
            checks.fail("mode", "经营方式须为村集体自营、承包租赁或委托经营")
        operator = checks.text("operator", self.operator, "经营主体", required=False)
        contract_no = self.contract_no.strip()
        targets = checks.text("targets", self.targets, "经营目标", required=False)
        if self.mode == "self_run" and not targets:
            checks.fail("targets", "村集体自营项目须明确经营目标")
        if self.mode in ("leased", "entrusted"):
            if not operator:
                checks.fail("operator", "委托经营或承包租赁须填写经营主体")
            if not contract_no or self.contract_on is None:
                checks.fail("contractNo", "委托经营或承包租赁须同时填写合同编号和签订日期")
            if self.term_start is None or self.term_end is None:
                checks.fail("termStart", "委托经营或承包租赁须填写经营期限")
        if len(contract_no) > 64:
            checks.fail("contractNo", "合同编号不能超过 64 个字")
        if len(operator) > 128:
            checks.fail("operator", "经营主体不能超过 128 个字")
        upkeep = checks.text("upkeepParty", self.upkeep_party, "管护责任方", required=False)
        if len(upkeep) > 128:
            checks.fail("upkeepParty", "管护责任方不能超过 128 个字")
        liability = checks.text("liabilityNote", self.liability_note, "违约责任", required=False)
        checks.amount("annualReturn", self.annual_return, "约定年收益")
        if not 0 <= self.households_assisted <= MAX_HOUSEHOLDS:
            checks.fail("householdsAssisted", f"帮扶带动户数须在 0 到 {MAX_HOUSEHOLDS} 之间")
        checks.not_future("contractOn", self.contract_on, "合同签订日期", today)
        checks.in_order("contractOn", self.contract_on, project.approved_on, "合同不能早于批复")
        if (
            self.term_start is not None
            and self.term_end is not None
            and self.term_end <= self.term_start
        ):
            checks.fail("termEnd", "经营期限的结束日期须晚于开始日期")
        return {
            "mode": self.mode,
            "operator": operator,
            "contract_no": contract_no,
            "contract_on": self.contract_on,
            "term_start": self.term_start,
            "term_end": self.term_end,
            "annual_return": self.annual_return,
            "households_assisted": self.households_assisted,
            "upkeep_party": upkeep,
            "liability_note": liability,
            "targets": targets,
            "idle": self.idle,
            "damaged": self.damaged,
        }


@dataclass(frozen=True, slots=True)
class DisbursementData:
    project_id: int
    paid_on: date
    amount: Decimal
    basis: str
    voucher_no: str = ""

    def check(self, checks: Checks, project: Project, today: date) -> FundDisbursement:
        checks.amount("amount", self.amount, "拨付金额", positive=True)
        if self.basis not in BASES:
            checks.fail("basis", "拨付依据须为合同约定、工程进度或决算金额")
        voucher = self.voucher_no.strip()
        if len(voucher) > 64:
            checks.fail("voucherNo", "凭证号不能超过 64 个字")
        checks.not_future("paidOn", self.paid_on, "拨付日期", today)
        checks.in_order("paidOn", self.paid_on, project.approved_on, "资金拨付不能早于项目批复")
        if project.contract_amount is None:
            checks.fail("amount", "项目尚未登记合同金额，不能登记拨付")
        return FundDisbursement(
            town_id=project.town_id,
            project_id=project.id,
            paid_on=self.paid_on,
            amount=self.amount,
            basis=self.basis,
            voucher_no=voucher,
        )


@dataclass(frozen=True, slots=True)
class FundsData:
    project_id: int
    final_amount: Decimal | None = None
    final_on: date | None = None
    surplus_amount: Decimal = Decimal(0)
    surplus_use: str = ""
    published_on: date | None = None

    def check(self, checks: Checks, project: Project, today: date) -> dict[str, object]:
        checks.amount("finalAmount", self.final_amount, "决算金额")
        checks.amount("surplusAmount", self.surplus_amount, "结余资金")
        if (self.final_amount is None) != (self.final_on is None):
            checks.fail("finalOn", "决算须同时填写金额和日期")
        use = checks.text("surplusUse", self.surplus_use, "结余资金使用情况", required=False)
        checks.not_future("finalOn", self.final_on, "决算日期", today)
        checks.not_future("publishedOn", self.published_on, "公告日期", today)
        checks.in_order("finalOn", self.final_on, project.approved_on, "决算不能早于项目批复")
        checks.in_order(
            "publishedOn", self.published_on, project.approved_on, "资金公告不能早于项目批复"
        )
        return {
            "final_amount": self.final_amount,
            "final_on": self.final_on,
            "surplus_amount": self.surplus_amount,
            "surplus_use": use,
            "published_on": self.published_on,
        }


def _columns(row: ProjectOperation | ProjectFunds, names: dict[str, object]) -> dict[str, object]:
    return {name: getattr(row, name) for name in names}


def _plain_values(values: dict[str, object]) -> dict[str, object]:
    return {k: str(v) if isinstance(v, (date, Decimal)) else v for k, v in values.items()}


async def set_operation(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    data: OperationData,
    today: date,
) -> ProjectOperation:
    """The project's operation, made or replaced as a whole (``updated_on`` is today)."""
    require(policy, principal, "project", "write", town_id=town_id)
    project = await get_project(session, town_id=town_id, project_id=data.project_id)
    checks = Checks()
    values = data.check(checks, project, today)
    checks.raise_any()
    await allow_town_write(session, town_id)
    row = await session.scalar(
        select(ProjectOperation)
        .where(ProjectOperation.town_id == town_id, ProjectOperation.project_id == project.id)
        .with_for_update()
    )
    before = None if row is None else _plain_values(_columns(row, values))
    if row is None:
        row = ProjectOperation(town_id=town_id, project_id=project.id)
        session.add(row)
    for name, value in values.items():
        setattr(row, name, value)
    row.updated_on = today
    row.updated_by = principal.user_id
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="project.operation.set",
        target_type="ProjectOperation",
        target_id=row.id,
        town_id=town_id,
        before=before,
        after=plain(data),
    )
    return row


async def add_disbursement(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    data: DisbursementData,
    today: date,
) -> FundDisbursement:
    """One payment; refused when the payments would exceed the contract amount."""
    require(policy, principal, "project", "write", town_id=town_id)
    await allow_town_write(session, town_id)
    # The project's row is the lock under which its payments are summed: two payments at
    # once cannot both fit in what is left.
    project = await session.get(
        Project, (town_id, data.project_id), with_for_update=True, populate_existing=True
    )
    if project is None:
        raise not_found("项目不存在或您无权查看")
    checks = Checks()
    row = data.check(checks, project, today)
    if not checks.problems and project.contract_amount is not None:
        paid = await session.scalar(
            select(func.coalesce(func.sum(FundDisbursement.amount), 0)).where(
                FundDisbursement.town_id == town_id, FundDisbursement.project_id == project.id
            )
        )
        left = project.contract_amount - Decimal(paid or 0)
        if data.amount > left:
            checks.fail(
                "amount",
                f"拨付后累计将超过合同金额 {project.contract_amount} 元：已拨付 {paid} 元，"
                f"尚可拨付 {max(left, Decimal(0))} 元",
            )
    checks.raise_any()
    row.created_by = principal.user_id
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="project.fund_disbursements.add",
        target_type="FundDisbursement",
        target_id=row.id,
        town_id=town_id,
        after=plain(data),
    )
    return row


async def set_funds(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    data: FundsData,
    today: date,
) -> ProjectFunds:
    """The project's funds (final account, surplus and its use, published allocation)."""
    require(policy, principal, "project", "write", town_id=town_id)
    project = await get_project(session, town_id=town_id, project_id=data.project_id)
    checks = Checks()
    values = data.check(checks, project, today)
    checks.raise_any()
    await allow_town_write(session, town_id)
    row = await session.scalar(
        select(ProjectFunds)
        .where(ProjectFunds.town_id == town_id, ProjectFunds.project_id == project.id)
        .with_for_update()
    )
    before = None if row is None else _plain_values(_columns(row, values))
    if row is None:
        row = ProjectFunds(town_id=town_id, project_id=project.id)
        session.add(row)
    for name, value in values.items():
        setattr(row, name, value)
    row.updated_by = principal.user_id
    row.updated_at = utcnow()
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="project.funds.set",
        target_type="ProjectFunds",
        target_id=row.id,
        town_id=town_id,
        before=before,
        after=plain(data),
    )
    return row
