"""Submitting a household visit: in the self-check, and (through ``record_visit``) in the
cross-check."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, insert, select, text, true
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, can, require
from towncheck.checklists.content import Checkpoint, Target
from towncheck.checklists.models import ChecklistVersion
from towncheck.checklists.service import content_of
from towncheck.cycles.models import Assignment, Cycle
from towncheck.cycles.service import Stage, get_cycle, require_stage_open
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, forbidden, invalid, not_found
from towncheck.evidence.models import EvidenceFile
from towncheck.households.models import Household
from towncheck.households.scope import visible
from towncheck.orm import utcnow
from towncheck.selfcheck import findings
from towncheck.selfcheck.answers import (
    AnswerData,
    InvalidVisit,
    Value,
    check_answers,
    stored_value,
)
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


Gate = Callable[[AsyncSession, Cycle, Household], Awaitable[None]]
"""Whether the principal may visit the household in this cycle's stage; raises if not."""


@dataclass(frozen=True, slots=True)
class Recorded:
    visit: Visit
    values: dict[str, Value]  # as stored, by checkpoint code (empty for a retry)
    checkpoints: dict[str, Checkpoint]
    new: bool  # False: a retried submission, found and returned unchanged


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
    """A self-check visit by the cadre the household is assigned to (or the poverty office).

    The same ``client_id`` again returns the visit it created and changes nothing."""
    require(policy, principal, "visit", "submit", town_id=town_id)

    async def assigned(session: AsyncSession, cycle: Cycle, household: Household) -> None:
        await _require_assigned(
            session,
            policy=policy,
            principal=principal,
            town_id=town_id,
            cycle=cycle,
            household_id=household.id,
        )

    recorded = await record_visit(
        session,
        principal=principal,
        town_id=town_id,
        submission=submission,
        stage="self",
        gate=assigned,
        today=today,
    )
    return recorded.visit


async def record_visit(
    session: AsyncSession,
    *,
    principal: Principal,
    town_id: int,
    submission: Submission,
    stage: Stage,
    gate: Gate,
    today: date,
    scoped: bool = True,
) -> Recorded:
    """Validate everything, then store the version, its answers and its findings at once.

    Shared by both stages: ``gate`` says whether this cadre may visit this household now.
    ``scoped=False`` lets the gate alone decide which households of the town are reachable
    (a cross-check team visits households outside its members' own scope)."""
    await _lock(session, town_id, submission.household_id)
    done = await _already(session, town_id, submission.client_id)
    if done is not None:
        return Recorded(visit=done, values={}, checkpoints={}, new=False)
    cycle = await get_cycle(session, town_id=town_id, cycle_id=submission.cycle_id)
    require_stage_open(cycle, stage, today=today)
    if submission.visited_on > today:
        raise invalid("访谈日期不能晚于今天", field="visitedOn")
    if len(submission.note) > NOTE_MAX:
        raise invalid(f"说明不能超过 {NOTE_MAX} 个字", field="note")
    household = await session.scalar(
        select(Household).where(
            Household.town_id == town_id,
            Household.id == submission.household_id,
            visible(principal) if scoped else true(),
        )
    )
    if household is None:
        raise not_found("户不存在或您无权查看")
    await gate(session, cycle, household)
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
        session,
        principal=principal,
        town_id=town_id,
        cycle=cycle,
        household_id=household.id,
        stage=stage,
    )
    await allow_town_write(session, town_id)
    values = await _write(
        session,
        principal=principal,
        visit=visit,
        submission=submission,
        checkpoints=checkpoints,
        today=today,
    )
    return Recorded(visit=visit, values=values, checkpoints=checkpoints, new=True)


async def self_visitor(
    session: AsyncSession, *, town_id: int, cycle_id: int, household_id: int
) -> int | None:
    """Who did the household's self-check in this cycle: the cadre held responsible."""
    return await session.scalar(
        select(Visit.visitor_id).where(
            Visit.town_id == town_id,
            Visit.cycle_id == cycle_id,
            Visit.household_id == household_id,
            Visit.stage == "self",
        )
    )


async def _next_version(
    session: AsyncSession,
    *,
    principal: Principal,
    town_id: int,
    cycle: Cycle,
    household_id: int,
    stage: Stage,
) -> Visit:
    visit = await session.scalar(
        select(Visit).where(
            Visit.town_id == town_id,
            Visit.cycle_id == cycle.id,
            Visit.household_id == household_id,
            Visit.stage == stage,
        )
    )
    if visit is None:
        return Visit(
            town_id=town_id,
            cycle_id=cycle.id,
            household_id=household_id,
            stage=stage,
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
) -> dict[str, Value]:
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
    responsible = (
        user_id
        if visit.stage == "self"
        else await self_visitor(
            session,
            town_id=visit.town_id,
            cycle_id=visit.cycle_id,
            household_id=visit.household_id,
        )
    )
    await findings.store(
        session,
        town_id=visit.town_id,
        cycle_id=visit.cycle_id,
        visit_id=visit.id,
        household_id=visit.household_id,
        stage=visit.stage,
        found_by=user_id,
        responsible=responsible,
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
            "stage": visit.stage,
        },
    )
    return values
