"""GraphQL types of a project's operation, disbursements and funds, and
``ProjectOperationFields``: the fields that reach them from a project (through
``ProjectRecords``), each through a per-request DataLoader."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry

from towncheck.api.context import Info
from towncheck.api.relay import GlobalId, Node, node_id
from towncheck.projects import operation_models as models
from towncheck.projects.operation_loaders import (
    DisbursementsByProjectLoader,
    FundsByProjectLoader,
    OperationByProjectLoader,
)
from towncheck.projects.operations import BASES, MODES


@strawberry.type(description="项目运营 / How a project is run: self-run, leased or entrusted.")
class ProjectOperation(Node):
    project_id: strawberry.ID
    mode: str = strawberry.field(
        description="self_run 村集体自营 / leased 承包租赁 / entrusted 委托经营"
    )
    mode_label: str
    operator: str = strawberry.field(description="经营主体 / Who runs it.")
    contract_no: str = strawberry.field(description="合同编号 / Contract number.")
    contract_on: date | None = strawberry.field(description="合同签订日期 / Contract date.")
    term_start: date | None = strawberry.field(description="经营期限起 / Term start.")
    term_end: date | None = strawberry.field(description="经营期限止 / Term end.")
    annual_return: Decimal | None = strawberry.field(
        description="约定年收益（元）/ Agreed annual return, yuan."
    )
    households_assisted: int = strawberry.field(description="帮扶带动户数 / Households helped.")
    upkeep_party: str = strawberry.field(description="资产管护责任方 / Who keeps the assets.")
    liability_note: str = strawberry.field(description="违约责任 / Liability for breach.")
    targets: str = strawberry.field(description="经营目标（自营）/ Targets of a self-run project.")
    idle: bool = strawberry.field(description="资产闲置 / Assets idle.")
    damaged: bool = strawberry.field(description="资产损毁 / Assets damaged.")
    updated_on: date

    @classmethod
    def of(cls, r: models.ProjectOperation) -> ProjectOperation:
        return cls(
            id=node_id("ProjectOperation", r.id, r.town_id),
            project_id=node_id("Project", r.project_id, r.town_id),
            mode=r.mode,
            mode_label=MODES.get(r.mode, r.mode),
            operator=r.operator,
            contract_no=r.contract_no,
            contract_on=r.contract_on,
            term_start=r.term_start,
            term_end=r.term_end,
            annual_return=r.annual_return,
            households_assisted=r.households_assisted,
            upkeep_party=r.upkeep_party,
            liability_note=r.liability_note,
            targets=r.targets,
            idle=r.idle,
            damaged=r.damaged,
            updated_on=r.updated_on,
        )


@strawberry.type(description="资金拨付 / A payment for a project.")
class FundDisbursement(Node):
    project_id: strawberry.ID
    paid_on: date = strawberry.field(description="拨付日期 / Date paid.")
    amount: Decimal = strawberry.field(description="拨付金额（元）/ Yuan.")
    basis: str = strawberry.field(
        description="contract 合同约定 / progress 工程进度 / final_account 决算金额"
    )
    basis_label: str
    voucher_no: str = strawberry.field(description="凭证号 / Voucher number.")

    @classmethod
    def of(cls, r: models.FundDisbursement) -> FundDisbursement:
        return cls(
            id=node_id("FundDisbursement", r.id, r.town_id),
            project_id=node_id("Project", r.project_id, r.town_id),
            paid_on=r.paid_on,
            amount=r.amount,
            basis=r.basis,
            basis_label=BASES.get(r.basis, r.basis),
            voucher_no=r.voucher_no,
        )


@strawberry.type(description="项目资金 / Final account, surplus and published allocation.")
class ProjectFunds(Node):
    project_id: strawberry.ID
    final_amount: Decimal | None = strawberry.field(description="决算金额（元）/ Yuan.")
    final_on: date | None = strawberry.field(description="决算日期 / Final account date.")
    surplus_amount: Decimal = strawberry.field(description="结余资金（元）/ Surplus, yuan.")
    surplus_use: str = strawberry.field(description="结余资金使用情况 / Use of the surplus.")
    published_on: date | None = strawberry.field(
        description="资金分配结果公告日期 / Allocation published on."
    )

    @classmethod
    def of(cls, r: models.ProjectFunds) -> ProjectFunds:
        return cls(
            id=node_id("ProjectFunds", r.id, r.town_id),
            project_id=node_id("Project", r.project_id, r.town_id),
            final_amount=r.final_amount,
            final_on=r.final_on,
            surplus_amount=r.surplus_amount,
            surplus_use=r.surplus_use,
            published_on=r.published_on,
        )


def _key(project_id: strawberry.ID) -> tuple[int, int]:
    gid = GlobalId.decode(project_id, expect="Project")
    return gid.town_id or 0, gid.id


@strawberry.type(description="项目运营与资金 / A project's operation and funds (part of Project).")
class ProjectOperationFields(Node):
    """Fields of ``Project`` (through ``ProjectRecords``): its operation and funds."""

    @strawberry.field(description="项目运营 / How the project is run, if recorded.")
    async def operation(self, info: Info) -> ProjectOperation | None:
        row = await info.context.loader(OperationByProjectLoader).load(_key(self.id))
        return None if row is None else ProjectOperation.of(row)

    @strawberry.field(description="资金拨付 / Payments, by date.")
    async def disbursements(self, info: Info) -> list[FundDisbursement]:
        rows = await info.context.loader(DisbursementsByProjectLoader).load(_key(self.id))
        return [FundDisbursement.of(r) for r in rows]

    @strawberry.field(description="项目资金 / Final account, surplus and allocation, if recorded.")
    async def funds(self, info: Info) -> ProjectFunds | None:
        row = await info.context.loader(FundsByProjectLoader).load(_key(self.id))
        return None if row is None else ProjectFunds.of(row)
