"""Bulletins offered at ``/download/bulletin.html?id=…`` and ``/download/bulletin.xlsx?id=…``."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.downloads import XLSX, DownloadRequest, File, produces
from towncheck.api.relay import GlobalId
from towncheck.crosscheck.bulletins import readable
from towncheck.crosscheck.models import Bulletin
from towncheck.errors import invalid


async def _bulletin(session: AsyncSession, ask: DownloadRequest) -> Bulletin:
    value = ask.params.get("id")
    if not value:
        raise invalid("缺少 id 参数")
    gid = GlobalId.decode(value, expect="Bulletin")
    return await readable(
        session,
        policy=ask.policy,
        principal=ask.principal,
        town_id=gid.town_id or 0,
        bulletin_id=gid.id,
    )


@produces("bulletin.html")
async def bulletin_html(session: AsyncSession, ask: DownloadRequest) -> File:
    row = await _bulletin(session, ask)
    return File(
        filename=f"{row.title}-第{row.version}版.html",
        content=row.html.encode(),
        media_type="text/html; charset=utf-8",
    )


@produces("bulletin.xlsx")
async def bulletin_xlsx(session: AsyncSession, ask: DownloadRequest) -> File:
    row = await _bulletin(session, ask)
    return File(filename=f"{row.title}-第{row.version}版.xlsx", content=row.xlsx, media_type=XLSX)
