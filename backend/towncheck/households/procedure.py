"""Category changes by procedure (识别纳入、退出、脱贫户属性变更).

Every change goes identified → village review → public notice → town approval, each step
recorded with who and when; the household's category changes only at town approval, and a
step out of order is refused with the step that is missing.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, invalid, not_found
from towncheck.households import risk
from towncheck.households.models import Household, StatusCase, StatusStep
from towncheck.households.service import household_in_scope
from towncheck.households.values import CATEGORIES

STEPS: tuple[str, ...] = ("identified", "village_review", "public_notice", "town_approval")
STEP_LABELS = {
    "identified": "发现识别",
    "village_review": "村级评议",
    "public_notice": "公示",
    "town_approval": "乡镇审核确认",
}
STEP_ACTION = {
    "identified": "open",
    "village_review": "review",
    "public_notice": "notice",
    "town_approval": "approve",
}
SOURCES = {
    "self_report": "农户自主申报",
    "cadre_check": "干部排查",
    "department_data": "部门筛查预警",
}

# Which category changes a procedure may make.
ALLOWED = {
    ("lifted_supported", "monitored"),
    ("lifted_unsupported", "monitored"),
    ("ordinary", "monitored"),
    ("monitored", "lifted_supported"),
    ("monitored", "lifted_unsupported"),
    ("monitored", "ordinary"),
    ("lifted_supported", "lifted_unsupported"),
    ("lifted_unsupported", "lifted_supported"),
}


async def open_case(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    household_id: int,
    to_category: str,
    source: str,
    note: str = "",
) -> StatusCase:
    require(policy, principal, "status", "open", town_id=town_id)
    await allow_town_write(session, town_id)
    household = await household_in_scope(
        session, principal=principal, town_id=town_id, household_id=household_id
    )
    if to_category not in CATEGORIES:
        raise invalid("目标户类别无法识别", field="toCategory")
    if (household.category, to_category) not in ALLOWED:
        raise invalid(
            f"不能由“{CATEGORIES[household.category]}”变更为“{CATEGORIES[to_category]}”",
            field="toCategory",
        )
    if source not in SOURCES:
        raise invalid("发现途径须为农户自主申报、干部排查或部门筛查预警", field="source")
    open_ = await session.scalar(
        select(StatusCase.id).where(
            StatusCase.town_id == town_id,
            StatusCase.household_id == household_id,
            StatusCase.state != "approved",
        )
    )
    if open_ is not None:
        raise DomainError(ErrorCode.CONFLICT, "该户已有未完成的变更程序", field="householdId")
    case = StatusCase(
        town_id=town_id,
        household_id=household_id,
        from_category=household.category,
        to_category=to_category,
        source=source,
        state="identified",
    )
    session.add(case)
    await session.flush()
    await _record(session, principal, case, "identified", note)
    return case


async def record_step(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    case_id: int,
    step: str,
    note: str = "",
) -> StatusCase:
    if step not in STEPS[1:]:
        raise invalid("步骤须为村级评议、公示或乡镇审核确认", field="step")
    require(policy, principal, "status", STEP_ACTION[step], town_id=town_id)
    await allow_town_write(session, town_id)
    case = await session.get(StatusCase, (town_id, case_id), with_for_update=True)
    if case is None:
        raise not_found("变更程序不存在")
    household = await household_in_scope(
        session, principal=principal, town_id=town_id, household_id=case.household_id
    )
    if case.state == "approved":
        raise DomainError(ErrorCode.CONFLICT, "该变更程序已完成")
    expected = STEPS[STEPS.index(case.state) + 1]
    if step != expected:
        raise DomainError(ErrorCode.CONFLICT, f"请先完成“{STEP_LABELS[expected]}”", field="step")
    if step == "town_approval":
        await _approve(session, case, household)
    case.state = "approved" if step == "town_approval" else step
    await _record(session, principal, case, step, note)
    return case


async def _approve(session: AsyncSession, case: StatusCase, household: Household) -> None:
    if household.category != case.from_category:
        raise DomainError(ErrorCode.CONFLICT, "户类别已被其他程序变更，请重新发起")
    household.category = case.to_category
    await session.flush()
    await risk.recompute(session, town_id=case.town_id, household_ids=[case.household_id])


async def _record(
    session: AsyncSession, principal: Principal, case: StatusCase, step: str, note: str
) -> None:
    session.add(
        StatusStep(
            town_id=case.town_id,
            case_id=case.id,
            step=step,
            actor_user_id=principal.user_id,
            actor_label=principal.label,
            note=note.strip(),
        )
    )
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action=f"status.{step}",
        target_type="StatusCase",
        target_id=case.id,
        town_id=case.town_id,
        after={
            "household_id": case.household_id,
            "from": case.from_category,
            "to": case.to_category,
            "state": case.state,
        },
    )
