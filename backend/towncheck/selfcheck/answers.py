"""Checking a visit's answers against the checklist, and the stored form of each value."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Final

from towncheck.checklists.content import AnswerType, Checkpoint
from towncheck.errors import InvalidInput, Problem

TEXT_MAX: Final = 2000
EVIDENCE_MAX: Final = 20
NUMBER_LIMIT: Final = Decimal("1e12")

Value = bool | str | None  # numbers are stored as their decimal text


@dataclass(frozen=True, slots=True)
class AnswerData:
    """One answer as given: exactly one of ``yes``, ``number``, ``choice``/``text`` is set
    according to the checkpoint's answer type (a photo checkpoint is answered by evidence)."""

    checkpoint: str
    yes: bool | None = None
    number: Decimal | None = None
    text: str | None = None
    note: str = ""
    evidence: tuple[str, ...] = ()
    fixed_on_spot: bool = False


class InvalidVisit(InvalidInput):
    """A submission with problems; each names its answer."""


def stored_value(checkpoint: Checkpoint, answer: AnswerData) -> Value:
    """The JSON value kept for an answer already checked by ``check_answers``."""
    kind = checkpoint.answer
    if kind is AnswerType.yes_no:
        return answer.yes
    if kind is AnswerType.number:
        return None if answer.number is None else str(answer.number)
    if kind is AnswerType.photo:
        return None
    return (answer.text or "").strip() or None


def rule_value(checkpoint: Checkpoint, value: Value) -> object:
    """An answer as a rule reads it (``value``): numbers as Decimal."""
    if checkpoint.answer is AnswerType.number and isinstance(value, str):
        return Decimal(value)
    return value


def check_answers(
    checkpoints: Mapping[str, Checkpoint],
    answers: Sequence[AnswerData],
    *,
    evidence_kinds: Mapping[str, str],
) -> list[Problem]:
    """Unknown or repeated checkpoints, missing required answers, values of the wrong type,
    evidence that is not this town's or falls short of the county's requirement."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, answer in enumerate(answers):
        where = f"answers[{index}]"
        checkpoint = checkpoints.get(answer.checkpoint)
        if checkpoint is None:
            problems.append(Problem(where, f"指标“{answer.checkpoint}”不在本周期的评估细则中"))
            continue
        if answer.checkpoint in seen:
            problems.append(Problem(where, f"指标“{answer.checkpoint}”重复作答"))
            continue
        seen.add(answer.checkpoint)
        problems += _check_one(checkpoint, answer, where, evidence_kinds)
    for code, checkpoint in checkpoints.items():
        if checkpoint.required and code not in seen:
            problems.append(Problem("answers", f"必答指标“{code} {checkpoint.text[:30]}”未作答"))
    return problems


def _check_one(
    checkpoint: Checkpoint, answer: AnswerData, where: str, evidence_kinds: Mapping[str, str]
) -> list[Problem]:
    label = f"指标“{checkpoint.code}”"
    problems = [Problem(where, m) for m in _value_problems(checkpoint, answer, label)]
    if len(answer.note) > TEXT_MAX:
        problems.append(Problem(f"{where}.note", f"{label}的说明不能超过 {TEXT_MAX} 个字"))
    if len(answer.evidence) > EVIDENCE_MAX:
        problems.append(Problem(f"{where}.evidence", f"{label}最多附 {EVIDENCE_MAX} 个证据文件"))
    unknown = [key for key in answer.evidence if key not in evidence_kinds]
    if unknown:
        problems.append(Problem(f"{where}.evidence", f"{label}的证据文件不存在，请重新上传"))
        return problems
    kinds = [evidence_kinds[key] for key in answer.evidence]
    need = checkpoint.evidence
    if kinds.count("photo") < need.photos:
        problems.append(Problem(f"{where}.evidence", f"{label}需要至少 {need.photos} 张照片"))
    if kinds.count("document") < need.documents:
        problems.append(Problem(f"{where}.evidence", f"{label}需要至少 {need.documents} 份文件"))
    if answer.fixed_on_spot and not (answer.evidence or answer.note.strip()):
        problems.append(Problem(f"{where}.fixedOnSpot", f"{label}立行立改须附整改证据或说明"))
    return problems


def _value_problems(checkpoint: Checkpoint, answer: AnswerData, label: str) -> list[str]:
    kind = checkpoint.answer
    if kind is AnswerType.yes_no:
        return [] if answer.yes is not None else [f"{label}须回答“是”或“否”"]
    if kind is AnswerType.number:
        return _number_problems(answer.number, label)
    if kind is AnswerType.photo:
        return [] if answer.evidence else [f"{label}须上传照片"]
    return _text_problems(checkpoint, (answer.text or "").strip(), label)


def _text_problems(checkpoint: Checkpoint, given: str, label: str) -> list[str]:
    if not given:
        return [f"{label}须填写答案"]
    if (
        checkpoint.answer in (AnswerType.grade, AnswerType.choice)
        and given not in checkpoint.choices
    ):
        return [f"{label}的答案“{given[:20]}”无效，可选：{'、'.join(checkpoint.choices)}"]
    if len(given) > TEXT_MAX:
        return [f"{label}的答案不能超过 {TEXT_MAX} 个字"]
    return []


def _number_problems(number: Decimal | None, label: str) -> list[str]:
    if number is None:
        return [f"{label}须填写数字"]
    try:
        finite = number.is_finite() and abs(number) < NUMBER_LIMIT
    except InvalidOperation:
        finite = False
    return [] if finite else [f"{label}的数字无效"]
