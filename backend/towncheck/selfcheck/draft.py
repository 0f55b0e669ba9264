"""The visit form as it opens: every household checkpoint pre-filled ("fill once").

Each answer starts from the best source there is, in this order:

1. this cycle's own visit (a visit sent back opens with what was submitted);
2. the registry, for a checkpoint that names a fact to pre-fill from (the per-capita
   income, the housing grade) or a yes/no checkpoint whose rule the registry decides;
3. the household's latest answer of an earlier cycle.

The cadre confirms or corrects; nothing here is stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Final

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.checklists.content import AnswerType, Checkpoint
from towncheck.cycles.service import get_cycle
from towncheck.errors import not_found
from towncheck.households.models import Household
from towncheck.households.scope import visible
from towncheck.selfcheck.answers import Value
from towncheck.selfcheck.facts import Facts, household_facts
from towncheck.selfcheck.findings import rule_result
from towncheck.selfcheck.models import Visit, VisitAnswer
from towncheck.selfcheck.service import household_checkpoints

# The latest answer per checkpoint of the household's visits in earlier cycles of the town.
_PREVIOUS: Final = text("""
select distinct on (a.checkpoint) a.checkpoint, a.value, a.note
from visits v
join visit_answers a
  on a.town_id = v.town_id and a.visit_id = v.id and a.version = v.version
where v.town_id = :town and v.household_id = :household and v.cycle_id < :cycle
order by a.checkpoint, v.cycle_id desc, v.submitted_at desc
""")


@dataclass(frozen=True, slots=True)
class DraftAnswer:
    checkpoint: Checkpoint
    value: Value
    note: str
    evidence: tuple[str, ...]
    fixed_on_spot: bool
    source: str  # visit / registry / previous / none
    registry_verdict: bool | None  # what the registry alone says, where a rule can tell


@dataclass(frozen=True, slots=True)
class Draft:
    household: Household
    visit: Visit | None
    facts: Facts
    answers: tuple[DraftAnswer, ...]


@dataclass(frozen=True, slots=True)
class _Prior:
    value: Value
    note: str
    evidence: tuple[str, ...] = ()
    fixed_on_spot: bool = False


async def visit_draft(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    cycle_id: int,
    household_id: int,
    today: date,
) -> Draft:
    """The form for one household in this cycle's self-check, pre-filled."""
    require(policy, principal, "visit", "read", town_id=town_id)
    cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_id)
    household = await session.scalar(
        select(Household).where(
            Household.town_id == town_id, Household.id == household_id, visible(principal)
        )
    )
    facts = await household_facts(session, town_id=town_id, household_id=household_id, today=today)
    if household is None or facts is None:
        raise not_found("户不存在或您无权查看")
    visit = await session.scalar(
        select(Visit).where(
            Visit.town_id == town_id,
            Visit.cycle_id == cycle.id,
            Visit.household_id == household_id,
            Visit.stage == "self",
        )
    )
    current = await _current(session, visit) if visit is not None else {}
    previous = await _previous(session, town_id=town_id, cycle_id=cycle.id, household=household_id)
    checkpoints = await household_checkpoints(session, cycle)
    answers = tuple(
        _answer(checkpoint, facts, current.get(code), previous.get(code))
        for code, checkpoint in checkpoints.items()
    )
    return Draft(household=household, visit=visit, facts=facts, answers=answers)


async def _current(session: AsyncSession, visit: Visit) -> dict[str, _Prior]:
    rows = await session.scalars(
        select(VisitAnswer).where(
            VisitAnswer.town_id == visit.town_id,
            VisitAnswer.visit_id == visit.id,
            VisitAnswer.version == visit.version,
        )
    )
    return {r.checkpoint: _Prior(r.value, r.note, tuple(r.evidence), r.fixed_on_spot) for r in rows}


async def _previous(
    session: AsyncSession, *, town_id: int, cycle_id: int, household: int
) -> dict[str, _Prior]:
    rows = await session.execute(
        _PREVIOUS, {"town": town_id, "household": household, "cycle": cycle_id}
    )
    return {code: _Prior(value, note) for code, value, note in rows}


def _answer(
    checkpoint: Checkpoint, facts: Facts, current: _Prior | None, previous: _Prior | None
) -> DraftAnswer:
    # The verdict without any answer: only rules over registry data can decide here.
    verdict = rule_result(checkpoint, facts, None, {})
    registry = _from_registry(checkpoint, facts, verdict)
    if current is not None:
        prior, source = current, "visit"
    elif registry is not None:
        prior, source = _Prior(registry, ""), "registry"
    elif previous is not None and _fits(checkpoint, previous.value):
        # Evidence and on-the-spot fixes belong to that visit; only the answer carries over.
        prior, source = _Prior(previous.value, previous.note), "previous"
    else:
        prior, source = _Prior(None, ""), "none"
    return DraftAnswer(
        checkpoint=checkpoint,
        value=prior.value,
        note=prior.note,
        evidence=prior.evidence,
        fixed_on_spot=prior.fixed_on_spot,
        source=source,
        registry_verdict=verdict,
    )


def _from_registry(checkpoint: Checkpoint, facts: Facts, verdict: bool | None) -> Value:
    if checkpoint.prefill is not None:
        return _as_value(_read(facts, checkpoint.prefill))
    if checkpoint.answer is AnswerType.yes_no and verdict is not None:
        return checkpoint.expect if verdict else not checkpoint.expect
    return None


def _read(facts: Mapping[str, Any], name: str) -> object:
    group, _, field = name.partition(".")
    section = facts.get(group)
    return section.get(field) if isinstance(section, Mapping) else None


def _as_value(raw: object) -> Value:
    if raw is None or isinstance(raw, bool | str):
        return raw
    if isinstance(raw, int | Decimal):
        return str(raw)
    return None


def _fits(checkpoint: Checkpoint, value: Value) -> bool:
    """An earlier cycle's answer still fits when the template changed in between."""
    if value is None:
        return False
    if checkpoint.answer is AnswerType.yes_no:
        return isinstance(value, bool)
    if checkpoint.answer in (AnswerType.choice, AnswerType.grade):
        return value in checkpoint.choices
    if checkpoint.answer is AnswerType.number:
        return isinstance(value, str) and _is_number(value)
    return isinstance(value, str)


def _is_number(value: str) -> bool:
    try:
        return Decimal(value).is_finite()
    except ArithmeticError:
        return False
