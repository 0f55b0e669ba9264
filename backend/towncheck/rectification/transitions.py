"""The ledger item's state machine, as data, and moving an item along it.

``open → in_progress → submitted → signed_off`` (销号), or ``submitted → returned →
in_progress``. The owner does the work; someone else with the right role returns or signs
off. Every step is recorded (who, when, why, with what evidence) and audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Final

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, forbidden, invalid, not_found
from towncheck.evidence.models import EvidenceFile
from towncheck.rectification.models import LedgerItem, LedgerTransition
from towncheck.rectification.recheck import require_rule_passes

NOTE_MAX: Final = 2000
EVIDENCE_MAX: Final = 20


class Step(StrEnum):
    start = "start"
    submit = "submit"
    send_back = "send_back"
    resume = "resume"
    sign_off = "sign_off"


@dataclass(frozen=True, slots=True)
class Rule:
    before: str
    after: str
    by_owner: bool  # the owner acts; otherwise a reviewer who is not the owner
    label: str


RULES: Final = {
    Step.start: Rule("open", "in_progress", True, "开始整改"),
    Step.submit: Rule("in_progress", "submitted", True, "提交整改结果"),
    Step.send_back: Rule("submitted", "returned", False, "退回重改"),
    Step.resume: Rule("returned", "in_progress", True, "重新整改"),
    Step.sign_off: Rule("submitted", "signed_off", False, "销号"),
}
STATE_NAMES: Final = {
    "open": "待整改",
    "in_progress": "整改中",
    "submitted": "待销号",
    "returned": "已退回",
    "signed_off": "已销号",
    "withdrawn": "已撤销",
}


@dataclass(frozen=True, slots=True)
class Move:
    step: Step
    note: str = ""  # why; the effectiveness check for a sign-off
    evidence: tuple[str, ...] = ()


async def transition(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    item_id: int,
    move: Move,
    today: date,
    now: datetime,
) -> LedgerItem:
    """Check everything first; then change the item and record the step."""
    rule = RULES[move.step]
    require(policy, principal, "ledger", "work" if rule.by_owner else "signoff", town_id=town_id)
    # Authorized: writes may open now, and the row lock (FOR UPDATE) needs them under RLS.
    await allow_town_write(session, town_id)
    item = await session.get(LedgerItem, (town_id, item_id), with_for_update=True)
    if item is None:
        raise not_found("整改事项不存在或您无权查看")
    if item.state != rule.before:
        raise DomainError(
            ErrorCode.CONFLICT,
            f"“{STATE_NAMES.get(item.state, item.state)}”的事项不能{rule.label}",
        )
    _require_actor(item, principal, rule)
    note = move.note.strip()
    await _require_content(session, item=item, move=move, note=note, today=today)
    before = item.state
    _apply(item, move, note=note, actor=principal.user_id, now=now)
    await record(
        session, item=item, before=before, actor=principal, reason=note, evidence=move.evidence
    )
    return item


def _require_actor(item: LedgerItem, principal: Principal, rule: Rule) -> None:
    if rule.by_owner and item.owner_id != principal.user_id:
        raise forbidden("只有整改责任人可以办理此步骤")
    if not rule.by_owner and item.owner_id == principal.user_id:
        raise forbidden("整改责任人不能自己退回或销号，须由他人核验")


async def _require_content(
    session: AsyncSession, *, item: LedgerItem, move: Move, note: str, today: date
) -> None:
    if len(note) > NOTE_MAX:
        raise invalid(f"说明不能超过 {NOTE_MAX} 个字", field="note")
    if len(move.evidence) > EVIDENCE_MAX:
        raise invalid(f"佐证最多 {EVIDENCE_MAX} 个", field="evidence")
    if move.evidence:
        await _require_known_evidence(session, town_id=item.town_id, keys=move.evidence)
    if move.step is Step.submit:
        if not (move.evidence or item.evidence):
            raise invalid("提交整改结果须附佐证材料", field="evidence")
        if not note:
            raise invalid("请说明整改了什么", field="note")
    if move.step is Step.send_back and not note:
        raise invalid("退回时须说明原因", field="note")
    if move.step is Step.sign_off:
        if not note:
            raise invalid("销号须填写整改成效核验意见", field="note")
        if not item.evidence:
            raise invalid("没有整改佐证材料，不能销号", field="evidence")
        await require_rule_passes(session, item=item, today=today)


async def _require_known_evidence(
    session: AsyncSession, *, town_id: int, keys: Sequence[str]
) -> None:
    known = set(
        await session.scalars(
            select(EvidenceFile.storage_key).where(
                EvidenceFile.town_id == town_id, EvidenceFile.storage_key.in_(keys)
            )
        )
    )
    if missing := [k for k in keys if k not in known]:
        raise invalid(f"佐证文件不存在，请先上传：{missing[0]}", field="evidence")


def _apply(item: LedgerItem, move: Move, *, note: str, actor: int | None, now: datetime) -> None:
    item.state = RULES[move.step].after
    if move.step is Step.submit:
        item.evidence = list(dict.fromkeys([*item.evidence, *move.evidence]))
        item.result_note, item.submitted_at = note, now
    if move.step is Step.sign_off:
        item.effectiveness, item.signed_off_by, item.signed_off_at = note, actor, now


async def record(
    session: AsyncSession,
    *,
    item: LedgerItem,
    before: str,
    actor: Principal,
    reason: str,
    evidence: Sequence[str] = (),
) -> None:
    """Append the step to the item's history and to the town's audit trail."""
    await session.flush()
    session.add(
        LedgerTransition(
            town_id=item.town_id,
            item_id=item.id,
            from_state=before,
            to_state=item.state,
            actor_id=actor.user_id,
            reason=reason,
            evidence=list(evidence),
        )
    )
    await session.flush()
    await audit.record(
        session,
        actor=actor,
        action=f"ledger.{item.state}",
        target_type="LedgerItem",
        target_id=item.id,
        town_id=item.town_id,
        before={"state": before},
        after={"state": item.state, "reason": reason, "evidence": list(evidence)},
    )
