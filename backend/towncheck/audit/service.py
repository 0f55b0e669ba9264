"""Recording and verifying the audit trail. Entries are written in the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit.chain import GENESIS, entry_digest
from towncheck.audit.models import AuditEntry, CountyAuditEntry
from towncheck.auth.principal import Principal
from towncheck.orm import utcnow

Entry = AuditEntry | CountyAuditEntry


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
    model: type[Entry] = AuditEntry if town_id is not None else CountyAuditEntry
    chain = f"town:{town_id}" if town_id is not None else f"county:{county_id}"
    # Serialise writers of one chain so that two transactions never extend the same tip.
    await session.execute(text("select pg_advisory_xact_lock(hashtext(:chain))"), {"chain": chain})
    key = model.town_id if model is AuditEntry else model.county_id  # type: ignore[union-attr]
    key_value = town_id if town_id is not None else county_id
    newest = select(model.seq, model.hash).where(key == key_value)
    tip = (await session.execute(newest.order_by(model.seq.desc()).limit(1))).first()
    seq, prev_hash = (tip[0] + 1, tip[1]) if tip else (1, GENESIS)
    values: dict[str, Any] = {
        "seq": seq,
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
    digest = entry_digest(prev_hash=prev_hash, chain=chain, **values)
    entry = model(**values, prev_hash=prev_hash, hash=digest)
    if isinstance(entry, AuditEntry):
        entry.town_id = town_id  # type: ignore[assignment]
    else:
        entry.county_id = county_id  # type: ignore[assignment]
    session.add(entry)
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


def verify_entries(*, chain: str, entries: Sequence[Entry]) -> ChainReport:
    """Walk the chain in order; report the first entry whose link or content is wrong."""
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
    return ChainReport(chain, len(entries), None, None)


async def verify_town(session: AsyncSession, *, town_id: int) -> ChainReport:
    rows = (
        await session.scalars(
            select(AuditEntry).where(AuditEntry.town_id == town_id).order_by(AuditEntry.seq)
        )
    ).all()
    return verify_entries(chain=f"town:{town_id}", entries=rows)


async def verify_county(session: AsyncSession, *, county_id: int) -> ChainReport:
    rows = (
        await session.scalars(
            select(CountyAuditEntry)
            .where(CountyAuditEntry.county_id == county_id)
            .order_by(CountyAuditEntry.seq)
        )
    ).all()
    return verify_entries(chain=f"county:{county_id}", entries=rows)


async def count_entries(session: AsyncSession, *, town_id: int) -> int:
    stmt = select(func.count()).select_from(AuditEntry).where(AuditEntry.town_id == town_id)
    return int(await session.scalar(stmt) or 0)
