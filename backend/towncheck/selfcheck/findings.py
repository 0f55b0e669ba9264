"""Which answered checkpoints are problems (问题), and keeping a visit's findings current.

A checkpoint fails when its rule, evaluated over the registry's facts and the visit's
answers, is false; when the rule cannot decide (data missing) or there is none, a yes/no
answer other than the expected one is the problem. A problem fixed during the visit is
recorded as fixed on the spot (立行立改) with its evidence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.checklists.content import AnswerType, Checkpoint
from towncheck.checklists.facts_names import RULE_NAMES
from towncheck.checklists.rules import Rule, RuleError, compile_rule
from towncheck.selfcheck.answers import AnswerData, Value, rule_value
from towncheck.selfcheck.facts import Facts


@dataclass(frozen=True, slots=True)
class Failed:
    checkpoint: Checkpoint
    source: str  # rule / answer
    description: str
    fixed_on_spot: bool
    fix_note: str
    fix_evidence: tuple[str, ...]


@lru_cache(maxsize=4096)
def _rule(source: str) -> Rule:
    return compile_rule(source, known_names=RULE_NAMES)


def rule_result(
    checkpoint: Checkpoint, facts: Facts, value: object, answers: Mapping[str, object]
) -> bool | None:
    """The rule's verdict (None: no rule, or the data cannot decide)."""
    if not checkpoint.rule:
        return None
    try:
        return _rule(checkpoint.rule).evaluate({**facts, "value": value, "answers": answers})
    except RuleError:
        # A published template's rules compiled when it was imported; a type clash with
        # unusual data leaves the decision to the cadre's answer.
        return None


def evaluate(
    checkpoints: Mapping[str, Checkpoint],
    answers: Sequence[AnswerData],
    values: Mapping[str, Value],
    facts: Facts,
) -> list[Failed]:
    by_code = {code: rule_value(checkpoints[code], value) for code, value in values.items()}
    failed = []
    for answer in answers:
        checkpoint = checkpoints[answer.checkpoint]
        value = by_code.get(answer.checkpoint)
        verdict = rule_result(checkpoint, facts, value, by_code)
        if verdict is None and checkpoint.answer is AnswerType.yes_no and value is not None:
            verdict, source = value == checkpoint.expect, "answer"
        else:
            source = "rule"
        if verdict is False:
            failed.append(
                Failed(
                    checkpoint=checkpoint,
                    source=source,
                    description=_describe(checkpoint, answer, source),
                    fixed_on_spot=answer.fixed_on_spot,
                    fix_note=answer.note.strip() if answer.fixed_on_spot else "",
                    fix_evidence=answer.evidence if answer.fixed_on_spot else (),
                )
            )
    return failed


def _describe(checkpoint: Checkpoint, answer: AnswerData, source: str) -> str:
    basis = "按台账数据核验未通过" if source == "rule" else "入户核查未达标"
    note = f"：{answer.note.strip()}" if answer.note.strip() else ""
    return f"{checkpoint.text}（{basis}）{note}"


# Discrepancies are kept by the cross-check's own comparison, not by the visit's answers;
# a finding already in the rectification ledger stays (its item tracks the fix).
_CLEAR = text("""
delete from findings f where f.town_id = :town and f.visit_id = :visit
  and f.source <> 'discrepancy'
  and not (f.checkpoint || ' ' || f.source = any(cast(:keys as text[])))
  and not exists (select 1 from ledger_items li
                  where li.town_id = f.town_id and li.finding_id = f.id)
""")

_UPSERT = text("""
insert into findings (town_id, cycle_id, visit_id, household_id, checkpoint, stage, severity,
                      source, found_by, responsible_id, description, state, fix_note,
                      fix_evidence)
values (:town, :cycle, :visit, :household, :checkpoint, :stage, :severity, :source, :found_by,
        :responsible, :description, :state, :fix_note, :fix_evidence)
on conflict (town_id, visit_id, checkpoint, source) do update set
  severity = excluded.severity, description = excluded.description,
  responsible_id = excluded.responsible_id,
  state = excluded.state, fix_note = excluded.fix_note, fix_evidence = excluded.fix_evidence,
  updated_at = now()
""")


async def store(
    session: AsyncSession,
    *,
    town_id: int,
    cycle_id: int,
    visit_id: int,
    household_id: int,
    stage: str,
    found_by: int,
    responsible: int | None,
    failed: Sequence[Failed],
) -> None:
    """Make the visit's findings those of its latest answers (resubmitting fixes them)."""
    keys = [f"{f.checkpoint.code} {f.source}" for f in failed]
    await session.execute(_CLEAR, {"town": town_id, "visit": visit_id, "keys": keys})
    if not failed:
        return
    await session.execute(
        _UPSERT,
        [
            {
                "town": town_id,
                "cycle": cycle_id,
                "visit": visit_id,
                "household": household_id,
                "checkpoint": f.checkpoint.code,
                "stage": stage,
                "severity": f.checkpoint.severity.value,
                "source": f.source,
                "found_by": found_by,
                "responsible": responsible,
                "description": f.description,
                "state": "fixed_on_spot" if f.fixed_on_spot else "open",
                "fix_note": f.fix_note,
                "fix_evidence": list(f.fix_evidence),
            }
            for f in failed
        ],
    )
