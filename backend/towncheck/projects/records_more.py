"""What ``records`` leaves to its callers: a return's period recorded only once per project
(the table's unique key, said in Chinese before the database refuses it), and a quality
deposit returned after it was recorded (质量保证金到期后，经企业申请、镇级验收合格后退付)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, not_found
from towncheck.projects import records
from towncheck.projects.checks import Checks
from towncheck.projects.models import ProjectReturn, QualityDeposit
from towncheck.projects.service import get_project


async def add_return(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    data: records.ReturnData,
    today: date,
) -> ProjectReturn:
    """A period's expected (and maybe received) return; one line per project and period."""
    require(policy, principal, "project", "write", town_id=town_id)
    period = data.period.strip()[:16]
    taken = await session.scalar(
        select(
            exists().where(
                ProjectReturn.town_id == town_id,
                ProjectReturn.project_id == data.project_id,
                ProjectReturn.period == period,
            )
        )
    )
    if taken and period:
        raise DomainError(ErrorCode.CONFLICT, f"该项目已登记“{period}”期间的收益", field="period")
    row = await records.add_record(
        session, policy=policy, principal=principal, town_id=town_id, record=data, today=today
    )
    if not isinstance(row, ProjectReturn):
        raise TypeError(f"expected a ProjectReturn, got {type(row).__name__}")
    return row


async def return_deposit(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    deposit_id: int,
    returned_on: date,
    today: date,
) -> QualityDeposit:
    """Record that a quality deposit was paid back, once. Returning it before its due date is
    accepted (it happened); it is the rules' business, not the form's."""
    require(policy, principal, "project", "write", town_id=town_id)
    await allow_town_write(session, town_id)
    deposit = await session.get(QualityDeposit, (town_id, deposit_id), with_for_update=True)
    if deposit is None:
        raise not_found("质量保证金不存在或您无权查看")
    if deposit.returned_on is not None:
        raise DomainError(
            ErrorCode.CONFLICT, f"该质量保证金已于 {deposit.returned_on.isoformat()} 退付"
        )
    project = await get_project(session, town_id=town_id, project_id=deposit.project_id)
    checks = Checks()
    checks.not_future("returnedOn", returned_on, "退付日期", today)
    checks.in_order("returnedOn", returned_on, project.approved_on, "保证金退付不能早于项目批复")
    checks.raise_any()
    deposit.returned_on = returned_on
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="project.quality_deposits.return",
        target_type="QualityDeposit",
        target_id=deposit.id,
        town_id=town_id,
        before={"returned_on": None},
        after={"returned_on": returned_on.isoformat()},
    )
    return deposit
