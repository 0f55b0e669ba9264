"""A cycle's attachments: its training material and the town's own rules (细则)."""

from __future__ import annotations

from typing import Final

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.cycles.models import CycleAttachment
from towncheck.cycles.service import get_cycle
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, invalid, not_found
from towncheck.evidence.inspect import inspect_upload
from towncheck.evidence.keys import evidence_key
from towncheck.evidence.storage import Storage

KINDS: Final = {"training": "培训材料", "rules": "细则"}
TITLE_MAX: Final = 200


async def attach(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    storage: Storage,
    town_id: int,
    cycle_id: int,
    kind: str,
    title: str,
    filename: str,
    content: bytes,
) -> CycleAttachment:
    """Check the file and the cycle first; then store the bytes and record the attachment."""
    require(policy, principal, "cycle", "write", town_id=town_id)
    if kind not in KINDS:
        raise invalid("附件类别须为 training（培训材料）或 rules（细则）", field="kind")
    title = (title or filename).strip()
    if not title or len(title) > TITLE_MAX:
        raise invalid(f"标题须为 1 到 {TITLE_MAX} 个字", field="title")
    cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_id)
    if cycle.state == "closed":
        raise DomainError(ErrorCode.CONFLICT, "评估周期已结束，不能再添加附件")
    inspected = inspect_upload(filename, content, kind="any")
    key = evidence_key(town_id=town_id, sha256=inspected.sha256, extension=inspected.extension)
    await storage.put(key, inspected.content, content_type=inspected.content_type)
    await allow_town_write(session, town_id)
    row = CycleAttachment(
        town_id=town_id,
        cycle_id=cycle.id,
        kind=kind,
        title=title,
        filename=filename[-255:],
        storage_key=key,
        content_type=inspected.content_type,
        size=inspected.size,
        uploaded_by=principal.user_id,
    )
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="cycle.attach",
        target_type="CycleAttachment",
        target_id=row.id,
        town_id=town_id,
        after={"cycle": cycle.id, "kind": kind, "title": title, "key": key},
    )
    return row


async def attachments_of(
    session: AsyncSession, *, town_id: int, cycle_id: int
) -> list[CycleAttachment]:
    rows = await session.scalars(
        select(CycleAttachment)
        .where(CycleAttachment.town_id == town_id, CycleAttachment.cycle_id == cycle_id)
        .order_by(CycleAttachment.id)
    )
    return list(rows)


async def attachment(session: AsyncSession, *, town_id: int, attachment_id: int) -> CycleAttachment:
    row = await session.get(CycleAttachment, (town_id, attachment_id))
    if row is None:
        raise not_found("附件不存在或您无权查看")
    return row
