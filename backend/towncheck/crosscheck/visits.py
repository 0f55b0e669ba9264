"""Cross-check visits: the same checklist and submission rules as the self-check, by the
team that drew the household's area, each answer compared with the self-check's.

A difference on a checkpoint that has a definite answer (yes/no, grade, choice, number)
becomes a ``discrepancy`` finding against the cadre who did the self-check.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Final

from sqlalchemy import delete, exists, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, can, require
from towncheck.checklists.content import AnswerType, Checkpoint
from towncheck.crosscheck.models import SampledHousehold, TeamMember
from towncheck.cycles.models import Cycle
from towncheck.errors import forbidden
from towncheck.households.models import Household
from towncheck.selfcheck.answers import Value
from towncheck.selfcheck.models import Finding, Visit, VisitAnswer
from towncheck.selfcheck.service import Submission, record_visit

COMPARED: Final = frozenset(
    {AnswerType.yes_no, AnswerType.grade, AnswerType.choice, AnswerType.number}
)


async def submit_cross_visit(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    submission: Submission,
    today: date,
) -> Visit:
    """Store a cross-check visit (once per client id) and its discrepancies."""
    require(policy, principal, "visit", "submit", town_id=town_id)

    async def drawn(session: AsyncSession, cycle: Cycle, household: Household) -> None:
        team_id = await session.scalar(
            select(SampledHousehold.team_id).where(
                SampledHousehold.town_id == town_id,
                SampledHousehold.cycle_id == cycle.id,
                SampledHousehold.household_id == household.id,
            )
        )
        if team_id is None:
            raise forbidden("该户不在本周期的互查样本中")
        if can(policy, principal, "visit", "any", town_id=town_id):
            return
        member = await session.scalar(
            select(
                exists().where(
                    TeamMember.town_id == town_id,
                    TeamMember.team_id == team_id,
                    TeamMember.user_id == principal.user_id,
                )
            )
        )
        if not member:
            raise forbidden("该户所在管理区不是您所在队伍抽到的，不能提交互查")

    recorded = await record_visit(
        session,
        principal=principal,
        town_id=town_id,
        submission=submission,
        stage="cross",
        gate=drawn,
        today=today,
        scoped=False,
    )
    if recorded.new:
        await _discrepancies(
            session,
            visit=recorded.visit,
            values=recorded.values,
            checkpoints=recorded.checkpoints,
        )
    return recorded.visit


async def _discrepancies(
    session: AsyncSession,
    *,
    visit: Visit,
    values: dict[str, Value],
    checkpoints: dict[str, Checkpoint],
) -> None:
    """Replace the visit's discrepancies with those of its latest version."""
    await session.execute(
        delete(Finding).where(
            Finding.town_id == visit.town_id,
            Finding.visit_id == visit.id,
            Finding.source == "discrepancy",
        )
    )
    own = await session.scalar(
        select(Visit).where(
            Visit.town_id == visit.town_id,
            Visit.cycle_id == visit.cycle_id,
            Visit.household_id == visit.household_id,
            Visit.stage == "self",
        )
    )
    if own is None:
        return  # nothing to compare with: the household was never self-checked
    answers = await session.execute(
        select(VisitAnswer.checkpoint, VisitAnswer.value).where(
            VisitAnswer.town_id == own.town_id,
            VisitAnswer.visit_id == own.id,
            VisitAnswer.version == own.version,
        )
    )
    before: dict[str, object] = {code: value for code, value in answers}
    rows: list[dict[str, object]] = [
        {
            "town_id": visit.town_id,
            "cycle_id": visit.cycle_id,
            "visit_id": visit.id,
            "household_id": visit.household_id,
            "checkpoint": code,
            "stage": "cross",
            "severity": checkpoints[code].severity.value,
            "source": "discrepancy",
            "found_by": visit.visitor_id,
            "responsible_id": own.visitor_id,
            "description": _describe(checkpoints[code], before[code], value),
            "state": "open",
            "fix_note": "",
            "fix_evidence": [],
        }
        for code, value in sorted(values.items())
        if code in before and differ(checkpoints[code], before[code], value)
    ]
    if rows:
        await session.execute(insert(Finding), rows)


def differ(checkpoint: Checkpoint, own: object, cross: object) -> bool:
    """Whether two answers to one checkpoint disagree; unanswered sides never do."""
    if checkpoint.answer not in COMPARED or own is None or cross is None:
        return False
    if checkpoint.answer is AnswerType.number:
        try:
            return Decimal(str(own)) != Decimal(str(cross))
        except InvalidOperation:
            return str(own) != str(cross)
    return own != cross


def shown(value: object) -> str:
    if value is True:
        return "是"
    if value is False:
        return "否"
    return str(value)


def _describe(checkpoint: Checkpoint, own: object, cross: object) -> str:
    unit = checkpoint.unit if checkpoint.answer is AnswerType.number else ""
    compared = f"自查为“{shown(own)}{unit}”，互查为“{shown(cross)}{unit}”"
    return f"{checkpoint.text}：{compared}（互查与自查不一致）"
