"""Evidence files offered at ``/download/evidence?townId=…&key=…``."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.downloads import DownloadRequest, File, produces
from towncheck.api.relay import GlobalId
from towncheck.auth.principal import require
from towncheck.errors import invalid, not_found
from towncheck.evidence.models import EvidenceFile
from towncheck.evidence.storage import MissingObjectError, Storage, local_storage


async def stored_file(storage: Storage, *, key: str, filename: str, content_type: str) -> File:
    """The bytes under ``key``; a record whose object is gone reads as not found."""
    try:
        content = await storage.get(key)
    except (MissingObjectError, ValueError) as error:
        raise not_found("文件不存在") from error
    return File(filename=filename, content=content, media_type=content_type)


@produces("evidence")
async def evidence_file(session: AsyncSession, ask: DownloadRequest) -> File:
    town, key = ask.params.get("townId"), ask.params.get("key")
    if not town or not key:
        raise invalid("缺少 townId 或 key 参数")
    town_id = GlobalId.decode(town, expect="Town").id
    require(ask.policy, ask.principal, "visit", "read", town_id=town_id)
    # Row-level security decides too: a key of another town finds no row.
    row = await session.scalar(
        select(EvidenceFile).where(EvidenceFile.town_id == town_id, EvidenceFile.storage_key == key)
    )
    if row is None:
        raise not_found("文件不存在或您无权查看")
    return await stored_file(
        local_storage(ask.settings), key=key, filename=row.filename, content_type=row.content_type
    )
