"""The ledger offered at ``/download/ledger.xlsx?cycleId=…`` (optional ``state``,
``areaId``, ``overdue``), with the same filters as the ``ledger`` query."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.downloads import DownloadRequest, File, produces
from towncheck.api.relay import GlobalId
from towncheck.auth.principal import require
from towncheck.errors import invalid
from towncheck.orm import utcnow
from towncheck.rectification.export import CHINA_TIME, ledger_workbook

_BOOLEANS: Final = {"true": True, "1": True, "false": False, "0": False}


def _overdue(params: Mapping[str, str]) -> bool | None:
    value = params.get("overdue")
    if value is None or value == "":
        return None
    if value.lower() not in _BOOLEANS:
        raise invalid("overdue 须为 true 或 false", field="overdue")
    return _BOOLEANS[value.lower()]


def _area(params: Mapping[str, str], *, town_id: int) -> int | None:
    value = params.get("areaId")
    if not value:
        return None
    gid = GlobalId.decode(value, expect="Area")
    if gid.town_id != town_id:
        raise invalid("管理区不属于该乡镇", field="areaId")
    return gid.id


@produces("ledger.xlsx")
async def ledger_xlsx(session: AsyncSession, ask: DownloadRequest) -> File:
    value = ask.params.get("cycleId")
    if not value:
        raise invalid("缺少 cycleId 参数", field="cycleId")
    gid = GlobalId.decode(value, expect="Cycle")
    town_id = gid.town_id or 0
    require(ask.policy, ask.principal, "ledger", "read", town_id=town_id)
    # Accept a GraphQL enum's spelling (SIGNED_OFF) as well as the stored value.
    state = ask.params.get("state") or None
    now = utcnow()
    content = await ledger_workbook(
        session,
        town_id=town_id,
        cycle_id=gid.id,
        now=now,
        state=state.lower() if state else None,
        area_id=_area(ask.params, town_id=town_id),
        overdue=_overdue(ask.params),
        viewer=ask.principal,
    )
    day = now.astimezone(CHINA_TIME).date().isoformat()
    return File(filename=f"整改台账-{day}.xlsx", content=content)
