"""Income and living conditions of a household: checked, written, flags refreshed."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import invalid
from towncheck.households import risk
from towncheck.households.models import Income, LivingConditions
from towncheck.households.service import household_in_scope
from towncheck.households.values import HOUSING_GRADES

INCOME_YEARS = range(2013, 2051)
INCOME_MAX = Decimal(10_000_000)


@dataclass(frozen=True, slots=True)
class IncomeData:
    year: int
    wages: Decimal = Decimal(0)
    production: Decimal = Decimal(0)
    property: Decimal = Decimal(0)
    transfers: Decimal = Decimal(0)
    production_costs: Decimal = Decimal(0)
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class LivingData:
    housing_grade: str
    assessed_by: str = ""
    assessed_on: date | None = None
    repair_plan: str = ""
    plan_due: date | None = None
    plan_done_on: date | None = None
    water_safe: bool = True
    water_source: str = ""
    sanitation: str = ""


async def _guard(
    session: AsyncSession, policy: Policy, principal: Principal, town_id: int, household_id: int
) -> None:
    require(policy, principal, "household", "write", town_id=town_id)
    await allow_town_write(session, town_id)
    await household_in_scope(
        session, principal=principal, town_id=town_id, household_id=household_id
    )


def _check_income(data: IncomeData) -> None:
    if data.year not in INCOME_YEARS:
        raise invalid("年度须在 2013 到 2050 年之间", field="year")
    for name in ("wages", "production", "property", "transfers", "production_costs"):
        amount: Decimal = getattr(data, name)
        if not Decimal(0) <= amount <= INCOME_MAX:
            camel = "productionCosts" if name == "production_costs" else name
            raise invalid("金额须为 0 到 1000 万元之间的数", field=camel)


async def set_income(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    household_id: int,
    data: IncomeData,
) -> Income:
    _check_income(data)
    await _guard(session, policy, principal, town_id, household_id)
    row = await session.get(Income, (town_id, household_id, data.year))
    before = None if row is None else {"net": str(_net(row))}
    if row is None:
        row = Income(town_id=town_id, household_id=household_id, year=data.year)
        session.add(row)
    row.wages, row.production, row.property = data.wages, data.production, data.property
    row.transfers, row.production_costs = data.transfers, data.production_costs
    row.evidence = data.evidence.strip()
    await session.flush()
    await risk.recompute(session, town_id=town_id, household_ids=[household_id])
    await audit.record(
        session,
        actor=principal,
        action="income.set",
        target_type="Household",
        target_id=household_id,
        town_id=town_id,
        before=before,
        after={"year": data.year, "net": str(_net(row))},
    )
    return row


def _net(row: Income) -> Decimal:
    return row.wages + row.production + row.property + row.transfers - row.production_costs


def _check_living(data: LivingData) -> None:
    if data.housing_grade not in HOUSING_GRADES:
        raise invalid("住房安全等级须为 A、B、C、D 之一", field="housingGrade")
    if data.plan_done_on and data.assessed_on and data.plan_done_on < data.assessed_on:
        raise invalid("改造完成日期不能早于鉴定日期", field="planDoneOn")
    if data.plan_due and not data.repair_plan.strip():
        raise invalid("填写了改造期限，请同时填写改造计划", field="repairPlan")


async def set_living_conditions(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    household_id: int,
    data: LivingData,
) -> LivingConditions:
    _check_living(data)
    await _guard(session, policy, principal, town_id, household_id)
    row = await session.get(LivingConditions, (town_id, household_id))
    if row is None:
        row = LivingConditions(town_id=town_id, household_id=household_id)
        session.add(row)
    for item in fields(data):
        value = getattr(data, item.name)
        setattr(row, item.name, value.strip() if isinstance(value, str) else value)
    await session.flush()
    await risk.recompute(session, town_id=town_id, household_ids=[household_id])
    await audit.record(
        session,
        actor=principal,
        action="living_conditions.set",
        target_type="Household",
        target_id=household_id,
        town_id=town_id,
        after={"housing_grade": data.housing_grade, "water_safe": data.water_safe},
    )
    return row
