"""Accepting an evidence upload: inspect and clean it, store it, record it once."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.evidence.inspect import Kind, inspect_upload
from towncheck.evidence.keys import evidence_key
from towncheck.evidence.models import EvidenceFile
from towncheck.evidence.storage import Storage


async def store_upload(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    storage: Storage,
    town_id: int,
    filename: str,
    content: bytes,
    kind: Kind,
) -> EvidenceFile:
    """The file is checked before anything is written; the same content twice is one file."""
    require(policy, principal, "visit", "submit", town_id=town_id)
    inspected = inspect_upload(filename, content, kind=kind)
    key = evidence_key(town_id=town_id, sha256=inspected.sha256, extension=inspected.extension)
    existing = await session.scalar(
        select(EvidenceFile).where(EvidenceFile.town_id == town_id, EvidenceFile.storage_key == key)
    )
    if existing is not None:
        return existing
    await storage.put(key, inspected.content, content_type=inspected.content_type)
    await allow_town_write(session, town_id)
    row = EvidenceFile(
        town_id=town_id,
        storage_key=key,
        sha256=inspected.sha256,
        kind="photo" if inspected.content_type.startswith("image/") else "document",
        filename=filename[-255:],
        content_type=inspected.content_type,
        size=inspected.size,
        stripped=list(inspected.stripped),
        uploaded_by=principal.user_id,
    )
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="evidence.upload",
        target_type="EvidenceFile",
        target_id=row.id,
        town_id=town_id,
        after={"key": key, "size": row.size, "stripped": row.stripped},
    )
    return row
