"""Appeals (申诉): the cadre held responsible disputes a finding with evidence; the poverty
office upholds it or withdraws it, with a reason.

A withdrawn finding no longer counts against the cadre (容错纠错、尽职免责): its state
becomes ``withdrawn`` and its ledger item, if any, is withdrawn too. The appeal and the
finding both stay, so the history shows what was disputed and how it was decided.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, forbidden, invalid, not_found
from towncheck.rectification.models import Appeal, LedgerItem
from towncheck.rectification.transitions import record
from towncheck.selfcheck.models import Finding

REASON_MAX: Final = 2000


async def file_appeal(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    finding_id: int,
    reason: str,
    evidence: Sequence[str],
) -> Appeal:
    require(policy, principal, "ledger", "appeal", town_id=town_id)
    finding = await session.get(Finding, (town_id, finding_id))
    if finding is None:
        raise not_found("问题不存在或您无权查看")
    if finding.responsible_id != principal.user_id:
        raise forbidden("只有被问责的干部本人可以申诉")
    if finding.state == "withdrawn":
        raise DomainError(ErrorCode.CONFLICT, "该问题已撤销")
    reason = reason.strip()
    if not reason or len(reason) > REASON_MAX:
        raise invalid(f"申诉理由须为 1 到 {REASON_MAX} 个字", field="reason")
    pending = await session.scalar(
        select(
            exists().where(
                Appeal.town_id == town_id,
                Appeal.finding_id == finding.id,
                Appeal.state == "pending",
            )
        )
    )
    if pending:
        raise DomainError(ErrorCode.CONFLICT, "该问题已有待处理的申诉")
    await allow_town_write(session, town_id)
    appeal = Appeal(
        town_id=town_id,
        finding_id=finding.id,
        appellant_id=principal.user_id or 0,
        reason=reason,
        evidence=list(evidence),
        state="pending",
    )
    session.add(appeal)
    await session.flush()
    await _audit(session, principal, appeal, "appeal.file")
    return appeal


async def decide_appeal(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    appeal_id: int,
    withdraw: bool,
    reason: str,
    now: datetime,
) -> Appeal:
    require(policy, principal, "ledger", "decide", town_id=town_id)
    # Authorized: writes may open now, and the row lock (FOR UPDATE) needs them under RLS.
    await allow_town_write(session, town_id)
    appeal = await session.get(Appeal, (town_id, appeal_id), with_for_update=True)
    if appeal is None:
        raise not_found("申诉不存在或您无权查看")
    if appeal.state != "pending":
        raise DomainError(ErrorCode.CONFLICT, "该申诉已处理")
    if appeal.appellant_id == principal.user_id:
        raise forbidden("不能处理自己提出的申诉")
    reason = reason.strip()
    if not reason or len(reason) > REASON_MAX:
        raise invalid(f"处理意见须为 1 到 {REASON_MAX} 个字", field="reason")
    appeal.state = "withdrawn" if withdraw else "upheld"
    appeal.decided_by, appeal.decision_reason, appeal.decided_at = principal.user_id, reason, now
    if withdraw:
        await _withdraw(
            session, principal, town_id=town_id, finding_id=appeal.finding_id, why=reason
        )
    await session.flush()
    await _audit(session, principal, appeal, f"appeal.{appeal.state}")
    return appeal


async def _withdraw(
    session: AsyncSession, principal: Principal, *, town_id: int, finding_id: int, why: str
) -> None:
    finding = await session.get(Finding, (town_id, finding_id))
    if finding is not None:
        finding.state = "withdrawn"
    item = await session.scalar(
        select(LedgerItem).where(LedgerItem.town_id == town_id, LedgerItem.finding_id == finding_id)
    )
    if item is not None and item.state != "withdrawn":
        before, item.state = item.state, "withdrawn"
        await record(session, item=item, before=before, actor=principal, reason=f"申诉成立：{why}")


async def _audit(session: AsyncSession, principal: Principal, appeal: Appeal, action: str) -> None:
    await audit.record(
        session,
        actor=principal,
        action=action,
        target_type="Appeal",
        target_id=appeal.id,
        town_id=appeal.town_id,
        after={
            "finding": appeal.finding_id,
            "state": appeal.state,
            "reason": appeal.reason,
            "decision": appeal.decision_reason,
        },
    )
