"""A cycle's attachments offered at ``/download/cycle-attachment?id=…``."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.downloads import DownloadRequest, File, produces
from towncheck.api.relay import GlobalId
from towncheck.auth.principal import require
from towncheck.cycles.attachments import attachment
from towncheck.errors import invalid
from towncheck.evidence.downloads import stored_file
from towncheck.evidence.storage import local_storage


@produces("cycle-attachment")
async def cycle_attachment(session: AsyncSession, ask: DownloadRequest) -> File:
    value = ask.params.get("id")
    if not value:
        raise invalid("缺少 id 参数")
    gid = GlobalId.decode(value, expect="CycleAttachment")
    town_id = gid.town_id or 0
    require(ask.policy, ask.principal, "cycle", "read", town_id=town_id)
    row = await attachment(session, town_id=town_id, attachment_id=gid.id)
    return await stored_file(
        local_storage(ask.settings),
        key=row.storage_key,
        filename=row.filename,
        content_type=row.content_type,
    )
