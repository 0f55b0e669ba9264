"""Recording and verifying the audit trail. Entries are written in the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit.chain import GENESIS, entry_digest
from towncheck.audit.models import AuditEntry, AuditTip, CountyAuditEntry
from towncheck.auth.principal import Principal
from towncheck.orm import utcnow

Entry = AuditEntry | CountyAuditEntry


async def _advance_tip(session: AsyncSession, chain: str) -> AuditTip:
    """Lock the chain's tip row (creating it at genesis): writers of one chain queue here."""
    await session.execute(
        insert(AuditTip).values(chain=chain, seq=0, hash=GENESIS).on_conflict_do_nothing()
    )
    tip = await session.scalar(select(AuditTip).where(AuditTip.chain == chain).with_for_update())
    assert tip is not None
    return tip


async def record(
    session: AsyncSession,
    *,
    actor: Principal,
    action: str,
    target_type: str,
    target_id: object,
    town_id: int | None = None,
    county_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> Entry:
    """Append to the town's chain, or to the county's when no town is concerned."""
    if town_id is None and county_id is None:
        raise ValueError("an audit entry needs a town or a county")
    chain = f"town:{town_id}" if town_id is not None else f"county:{county_id}"
    tip = await _advance_tip(session, chain)
    values: dict[str, Any] = {
        "seq": tip.seq + 1,
        "actor_user_id": actor.user_id,
        "actor_token_id": actor.token_id,
        "actor_label": actor.label or actor.kind,
        "action": action,
        "target_type": target_type,
        "target_id": str(target_id),
        "before": before,
        "after": after,
        "created_at": utcnow(),
    }
    digest = entry_digest(prev_hash=tip.hash, chain=chain, **values)
    entry: Entry = (
        AuditEntry(town_id=town_id, **values, prev_hash=tip.hash, hash=digest)
        if town_id is not None
        else CountyAuditEntry(county_id=county_id, **values, prev_hash=tip.hash, hash=digest)
    )
    session.add(entry)
    tip.seq, tip.hash = entry.seq, digest
    await session.flush()
    return entry


@dataclass(frozen=True, slots=True)
class ChainReport:
    chain: str
    entries: int
    first_broken_seq: int | None
    reason: str | None

    @property
    def intact(self) -> bool:
        return self.first_broken_seq is None


def verify_entries(
    *, chain: str, entries: Sequence[Entry], tip: AuditTip | None = None
) -> ChainReport:
    """Walk the chain in order; report the first entry whose link or content is wrong,
    or, when the recorded tip does not match the last entry, that the tail is missing."""
    prev_hash = GENESIS
    for expected_seq, entry in enumerate(entries, start=1):
        if entry.seq != expected_seq:
            return ChainReport(chain, len(entries), expected_seq, "缺少条目（序号不连续）")
        if entry.prev_hash != prev_hash:
            return ChainReport(chain, len(entries), entry.seq, "前序哈希不匹配")
        digest = entry_digest(
            prev_hash=entry.prev_hash,
            chain=chain,
            seq=entry.seq,
            actor_user_id=entry.actor_user_id,
            actor_token_id=entry.actor_token_id,
            actor_label=entry.actor_label,
            action=entry.action,
            target_type=entry.target_type,
            target_id=entry.target_id,
            before=entry.before,
            after=entry.after,
            created_at=entry.created_at,
        )
        if digest != entry.hash:
            return ChainReport(chain, len(entries), entry.seq, "内容被篡改（哈希不匹配）")
        prev_hash = entry.hash
    if tip is not None and (tip.seq, tip.hash) != (len(entries), prev_hash):
        return ChainReport(chain, len(entries), len(entries) + 1, "末尾条目缺失或被改动")
    return ChainReport(chain, len(entries), None, None)


async def verify_town(session: AsyncSession, *, town_id: int) -> ChainReport:
    rows = (
        await session.scalars(
            select(AuditEntry).where(AuditEntry.town_id == town_id).order_by(AuditEntry.seq)
        )
    ).all()
    chain = f"town:{town_id}"
    return verify_entries(chain=chain, entries=rows, tip=await session.get(AuditTip, chain))


async def verify_county(session: AsyncSession, *, county_id: int) -> ChainReport:
    rows = (
        await session.scalars(
            select(CountyAuditEntry)
            .where(CountyAuditEntry.county_id == county_id)
            .order_by(CountyAuditEntry.seq)
        )
    ).all()
    chain = f"county:{county_id}"
    return verify_entries(chain=chain, entries=rows, tip=await session.get(AuditTip, chain))


async def count_entries(session: AsyncSession, *, town_id: int) -> int:
    stmt = select(func.count()).select_from(AuditEntry).where(AuditEntry.town_id == town_id)
    return int(await session.scalar(stmt) or 0)
