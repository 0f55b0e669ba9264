"""GraphQL mutations of a project's operation, disbursements and funds."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from decimal import Decimal
from typing import TypeVar

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt_all
from towncheck.projects import operation_models, operations
from towncheck.projects.schema.operation_types import (
    FundDisbursement,
    ProjectFunds,
    ProjectOperation,
)
from towncheck.projects.schema.types import town_key

T = TypeVar("T")


@strawberry.input(description="项目运营 / How a project is run (replaces what was recorded).")
class SetProjectOperationInput:
    project_id: strawberry.ID
    mode: str = strawberry.field(
        description="self_run 村集体自营 / leased 承包租赁 / entrusted 委托经营"
    )
    operator: str = strawberry.field(default="", description="经营主体 / Who runs it.")
    contract_no: str = strawberry.field(default="", description="合同编号 / Contract number.")
    contract_on: date | None = None
    term_start: date | None = None
    term_end: date | None = None
    annual_return: Decimal | None = strawberry.field(
        default=None, description="约定年收益（元）/ Yuan."
    )
    households_assisted: int = strawberry.field(default=0, description="帮扶带动户数")
    upkeep_party: str = strawberry.field(default="", description="资产管护责任方")
    liability_note: str = strawberry.field(default="", description="违约责任")
    targets: str = strawberry.field(default="", description="经营目标（自营必填）")
    idle: bool = strawberry.field(default=False, description="资产闲置 / Assets idle.")
    damaged: bool = strawberry.field(default=False, description="资产损毁 / Assets damaged.")

    def record(self, project_id: int) -> operations.OperationData:
        return operations.OperationData(
            project_id=project_id,
            mode=self.mode,
            operator=self.operator,
            contract_no=self.contract_no,
            contract_on=self.contract_on,
            term_start=self.term_start,
            term_end=self.term_end,
            annual_return=self.annual_return,
            households_assisted=self.households_assisted,
            upkeep_party=self.upkeep_party,
            liability_note=self.liability_note,
            targets=self.targets,
            idle=self.idle,
            damaged=self.damaged,
        )


@strawberry.input(description="资金拨付 / A payment for a project.")
class AddFundDisbursementInput:
    project_id: strawberry.ID
    paid_on: date
    amount: Decimal = strawberry.field(description="拨付金额（元）/ Yuan.")
    basis: str = strawberry.field(
        description="contract 合同约定 / progress 工程进度 / final_account 决算金额"
    )
    voucher_no: str = strawberry.field(default="", description="凭证号 / Voucher number.")

    def record(self, project_id: int) -> operations.DisbursementData:
        return operations.DisbursementData(
            project_id=project_id,
            paid_on=self.paid_on,
            amount=self.amount,
            basis=self.basis,
            voucher_no=self.voucher_no,
        )


@strawberry.input(description="项目资金 / Final account, surplus, allocation (replaces).")
class SetProjectFundsInput:
    project_id: strawberry.ID
    final_amount: Decimal | None = strawberry.field(default=None, description="决算金额（元）")
    final_on: date | None = strawberry.field(default=None, description="决算日期")
    surplus_amount: Decimal = strawberry.field(default=Decimal(0), description="结余资金（元）")
    surplus_use: str = strawberry.field(default="", description="结余资金使用情况")
    published_on: date | None = strawberry.field(default=None, description="资金分配公告日期")

    def record(self, project_id: int) -> operations.FundsData:
        return operations.FundsData(
            project_id=project_id,
            final_amount=self.final_amount,
            final_on=self.final_on,
            surplus_amount=self.surplus_amount,
            surplus_use=self.surplus_use,
            published_on=self.published_on,
        )


@strawberry.type
class ProjectOperationPayload:
    operation: ProjectOperation | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class FundDisbursementPayload:
    disbursement: FundDisbursement | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class ProjectFundsPayload:
    funds: ProjectFunds | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


async def _save(
    info: Info,
    project_id: strawberry.ID,
    save: Callable[..., Awaitable[T]],
    make: Callable[[int], object],
) -> T | list[MutationError]:
    """``save`` (an ``operations`` function) with the record ``make`` builds for the project."""
    ctx, principal = info.context, viewer(info)

    async def act(session: AsyncSession) -> T:
        town, project = town_key(project_id, "Project")
        return await save(
            session,
            policy=ctx.policy,
            principal=principal,
            town_id=town,
            data=make(project),
            today=date.today(),
        )

    return await attempt_all(info, act)


@strawberry.type
class ProjectOperationMutation:
    @strawberry.mutation(description="登记项目运营情况 / Record how a project is run.")
    async def set_project_operation(
        self, info: Info, input: SetProjectOperationInput
    ) -> ProjectOperationPayload:
        result: operation_models.ProjectOperation | list[MutationError] = await _save(
            info, input.project_id, operations.set_operation, input.record
        )
        if isinstance(result, list):
            return ProjectOperationPayload(errors=result)
        return ProjectOperationPayload(operation=ProjectOperation.of(result))

    @strawberry.mutation(description="登记资金拨付 / Record a payment for a project.")
    async def add_fund_disbursement(
        self, info: Info, input: AddFundDisbursementInput
    ) -> FundDisbursementPayload:
        result: operation_models.FundDisbursement | list[MutationError] = await _save(
            info, input.project_id, operations.add_disbursement, input.record
        )
        if isinstance(result, list):
            return FundDisbursementPayload(errors=result)
        return FundDisbursementPayload(disbursement=FundDisbursement.of(result))

    @strawberry.mutation(description="登记项目资金决算与结余 / Record a project's funds.")
    async def set_project_funds(
        self, info: Info, input: SetProjectFundsInput
    ) -> ProjectFundsPayload:
        result: operation_models.ProjectFunds | list[MutationError] = await _save(
            info, input.project_id, operations.set_funds, input.record
        )
        if isinstance(result, list):
            return ProjectFundsPayload(errors=result)
        return ProjectFundsPayload(funds=ProjectFunds.of(result))
