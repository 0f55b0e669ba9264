"""Submitting a household visit, and reviewing it (accept, or send back to be fixed)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, can, require
from towncheck.checklists.content import Checkpoint, Target
from towncheck.checklists.models import ChecklistVersion
from towncheck.checklists.service import content_of
from towncheck.cycles.models import Assignment, Cycle
from towncheck.cycles.service import get_cycle, require_stage_open
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, forbidden, invalid, not_found
from towncheck.evidence.models import EvidenceFile
from towncheck.households.models import Household
from towncheck.households.scope import visible
from towncheck.orm import utcnow
from towncheck.selfcheck import findings
from towncheck.selfcheck.answers import AnswerData, InvalidVisit, check_answers, stored_value
from towncheck.selfcheck.facts import household_facts
from towncheck.selfcheck.models import Visit, VisitAnswer, VisitVersion

NOTE_MAX = 2000


@dataclass(frozen=True, slots=True)
class Submission:
    client_id: uuid.UUID  # generated on the phone; a retry sends the same one
    cycle_id: int
    household_id: int
    visited_on: date
    answers: tuple[AnswerData, ...]
    note: str = ""


async def household_checkpoints(session: AsyncSession, cycle: Cycle) -> dict[str, Checkpoint]:
    version = await session.get(ChecklistVersion, (cycle.county_id, cycle.version_id))
    if version is None:
        raise not_found("评估细则版本不存在")
    content = content_of(version)
    return {c.code: c for c in content.checkpoints() if c.target is Target.household}


async def _lock(session: AsyncSession, town_id: int, household_id: int) -> None:
    # One submission per household at a time: a retry waits for the first and finds it.
    await session.execute(
        text("select pg_advisory_xact_lock(hashtextextended(:key, 0))"),
        {"key": f"visit:{town_id}:{household_id}"},
    )


async def _already(session: AsyncSession, town_id: int, client_id: uuid.UUID) -> Visit | None:
    # By the unique (town, client id) key alone: a join lets a planner without statistics
    # scan every visit of the town for each retry.
    visit_id = await session.scalar(
        select(VisitVersion.visit_id).where(
            VisitVersion.town_id == town_id, VisitVersion.client_id == client_id
        )
    )
    return None if visit_id is None else await session.get(Visit, (town_id, visit_id))


async def _require_assigned(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    cycle: Cycle,
    household_id: int,
) -> None:
    if can(policy, principal, "visit", "any", town_id=town_id):
        return  # the poverty office may check any household of its town
    assigned = await session.scalar(
        select(
            exists().where(
                Assignment.town_id == town_id,
                Assignment.cycle_id == cycle.id,
                Assignment.household_id == household_id,
                Assignment.assignee_id == principal.user_id,
            )
        )
    )
    if not assigned:
        raise forbidden("该户未分配给您，不能提交入户访谈")


async def _evidence_kinds(session: AsyncSession, town_id: int, keys: set[str]) -> dict[str, str]:
    if not keys:
        return {}
    rows = await session.execute(
        select(EvidenceFile.storage_key, EvidenceFile.kind).where(
            EvidenceFile.town_id == town_id, EvidenceFile.storage_key.in_(keys)
        )
    )
    return {key: kind for key, kind in rows}


async def submit_visit(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    submission: Submission,
    today: date,
) -> Visit:
    """Validate everything, then store the version, its answers and its findings at once.

    The same ``client_id`` again returns the visit it created and changes nothing."""
    require(policy, principal, "visit", "submit", town_id=town_id)
    await _lock(session, town_id, submission.household_id)
    done = await _already(session, town_id, submission.client_id)
    if done is not None:
        return done
    cycle = await get_cycle(session, town_id=town_id, cycle_id=submission.cycle_id)
    require_stage_open(cycle, "self", today=today)
    if submission.visited_on > today:
        raise invalid("访谈日期不能晚于今天", field="visitedOn")
    if len(submission.note) > NOTE_MAX:
        raise invalid(f"说明不能超过 {NOTE_MAX} 个字", field="note")
    household = await session.scalar(
        select(Household).where(
            Household.town_id == town_id,
            Household.id == submission.household_id,
            visible(principal),
        )
    )
    if household is None:
        raise not_found("户不存在或您无权查看")
    await _require_assigned(
        session,
        policy=policy,
        principal=principal,
        town_id=town_id,
        cycle=cycle,
        household_id=household.id,
    )
    checkpoints = await household_checkpoints(session, cycle)
    keys = {key for answer in submission.answers for key in answer.evidence}
    problems = check_answers(
        checkpoints,
        submission.answers,
        evidence_kinds=await _evidence_kinds(session, town_id, keys),
    )
    if problems:
        raise InvalidVisit(problems)
    visit = await _next_version(
        session, principal=principal, town_id=town_id, cycle=cycle, household_id=household.id
    )
    await allow_town_write(session, town_id)
    return await _write(
        session,
        principal=principal,
        visit=visit,
        submission=submission,
        checkpoints=checkpoints,
        today=today,
    )


async def _next_version(
    session: AsyncSession, *, principal: Principal, town_id: int, cycle: Cycle, household_id: int
) -> Visit:
    visit = await session.scalar(
        select(Visit).where(
            Visit.town_id == town_id,
            Visit.cycle_id == cycle.id,
            Visit.household_id == household_id,
            Visit.stage == "self",
        )
    )
    if visit is None:
        return Visit(
            town_id=town_id,
            cycle_id=cycle.id,
            household_id=household_id,
            stage="self",
            visitor_id=principal.user_id or 0,
            version=0,
            state="submitted",
        )
    if visit.state == "accepted":
        raise DomainError(ErrorCode.CONFLICT, "该户的入户访谈已通过审核，不能再修改")
    return visit


async def _write(
    session: AsyncSession,
    *,
    principal: Principal,
    visit: Visit,
    submission: Submission,
    checkpoints: dict[str, Checkpoint],
    today: date,
) -> Visit:
    user_id = principal.user_id or 0
    visit.version += 1
    visit.state, visit.visitor_id, visit.submitted_at = "submitted", user_id, utcnow()
    visit.reviewed_by, visit.reviewed_at, visit.review_comment = None, None, ""
    session.add(visit)
    await session.flush()
    session.add(
        VisitVersion(
            town_id=visit.town_id,
            visit_id=visit.id,
            version=visit.version,
            client_id=submission.client_id,
            submitted_by=user_id,
            visited_on=submission.visited_on,
            note=submission.note.strip(),
        )
    )
    await session.flush()
    values = {a.checkpoint: stored_value(checkpoints[a.checkpoint], a) for a in submission.answers}
    await session.execute(
        insert(VisitAnswer),
        [
            {
                "town_id": visit.town_id,
                "visit_id": visit.id,
                "version": visit.version,
                "checkpoint": a.checkpoint,
                "value": values[a.checkpoint],
                "note": a.note.strip(),
                "evidence": list(a.evidence),
                "fixed_on_spot": a.fixed_on_spot,
            }
            for a in submission.answers
        ],
    )
    facts = (
        await household_facts(
            session, town_id=visit.town_id, household_id=visit.household_id, today=today
        )
        or {}
    )
    failed = findings.evaluate(checkpoints, submission.answers, values, facts)
    await findings.store(
        session,
        town_id=visit.town_id,
        cycle_id=visit.cycle_id,
        visit_id=visit.id,
        household_id=visit.household_id,
        stage="self",
        found_by=user_id,
        failed=failed,
    )
    await audit.record(
        session,
        actor=principal,
        action="visit.submit",
        target_type="Visit",
        target_id=visit.id,
        town_id=visit.town_id,
        after={
            "version": visit.version,
            "answers": len(submission.answers),
            "findings": len(failed),
            "client_id": str(submission.client_id),
        },
    )
    return visit


async def review_visit(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    visit_id: int,
    accept: bool,
    comment: str,
) -> Visit:
    """Accept a submitted visit, or send it back with a comment saying what to fix."""
    require(policy, principal, "visit", "review", town_id=town_id)
    visit = await session.get(Visit, (town_id, visit_id))
    if visit is None:
        raise not_found("入户访谈不存在或您无权查看")
    reviewable = await session.scalar(
        select(
            exists().where(
                Household.town_id == town_id, Household.id == visit.household_id, visible(principal)
            )
        )
    )
    if not reviewable:
        raise forbidden("该户不在您负责的范围内，不能审核")
    if visit.state != "submitted":
        raise DomainError(ErrorCode.CONFLICT, "只能审核已提交、待审核的入户访谈")
    comment = comment.strip()
    if not accept and not comment:
        raise invalid("退回时须说明需要修改的内容", field="comment")
    if len(comment) > NOTE_MAX:
        raise invalid(f"审核意见不能超过 {NOTE_MAX} 个字", field="comment")
    await allow_town_write(session, town_id)
    visit.state = "accepted" if accept else "returned"
    visit.reviewed_by, visit.reviewed_at, visit.review_comment = (
        principal.user_id,
        utcnow(),
        comment,
    )
    version = await session.get(VisitVersion, (town_id, visit.id, visit.version))
    if version is not None:
        version.review_comment = comment
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action=f"visit.{visit.state}",
        target_type="Visit",
        target_id=visit.id,
        town_id=town_id,
        after={"version": visit.version, "comment": comment},
    )
    return visit
