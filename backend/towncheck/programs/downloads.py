"""The registers offered at ``/download/assistance.xlsx?townId=…`` (optional ``year``): the
town's social assistance and collaboration funds."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.downloads import DownloadRequest, File, produces
from towncheck.api.relay import GlobalId
from towncheck.auth.principal import require
from towncheck.errors import invalid
from towncheck.orm import utcnow
from towncheck.programs.export import registers_workbook
from towncheck.rectification.export import CHINA_TIME


def _year(value: str | None) -> int | None:
    if not value:
        return None
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        raise invalid("year 须为年份，如 2025", field="year")
    return int(value)


@produces("assistance.xlsx")
async def assistance_xlsx(session: AsyncSession, ask: DownloadRequest) -> File:
    value = ask.params.get("townId")
    if not value:
        raise invalid("缺少 townId 参数", field="townId")
    town_id = GlobalId.decode(value, expect="Town").id
    require(ask.policy, ask.principal, "program", "read", town_id=town_id)
    year = _year(ask.params.get("year"))
    now = utcnow()
    content = await registers_workbook(session, town_id=town_id, year=year, now=now)
    day = now.astimezone(CHINA_TIME).date().isoformat()
    return File(filename=f"社会扶贫与省内协作台账-{day}.xlsx", content=content)
