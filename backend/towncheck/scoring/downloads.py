"""The county comparison offered at ``/download/county-comparison.xlsx?year=…``, to whoever
may run the ``countyComparison`` query and with the same towns."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.downloads import DownloadRequest, File, produces
from towncheck.errors import invalid
from towncheck.orm import utcnow
from towncheck.scoring.access import comparison_scope
from towncheck.scoring.comparison import comparison
from towncheck.scoring.export import CHINA_TIME, comparison_workbook

# Wide enough for any assessment year, narrow enough to catch a typo such as 20255.
YEARS: Final = range(2000, 2101)


def _year(params: Mapping[str, str]) -> int:
    value = (params.get("year") or "").strip()
    if not value:
        raise invalid("缺少 year 参数（评估年度，如 2025）", field="year")
    if not value.isdigit() or int(value) not in YEARS:
        raise invalid(f"评估年度无效：{value}，应为四位年份，如 2025", field="year")
    return int(value)


@produces("county-comparison.xlsx")
async def county_comparison_xlsx(session: AsyncSession, ask: DownloadRequest) -> File:
    # Authorize first: someone refused learns nothing from the parameters' checks.
    scope = comparison_scope(ask.policy, ask.principal)
    year = _year(ask.params)
    rows = await comparison(session, county_id=scope.county_id, year=year, town_ids=scope.town_ids)
    now = utcnow()
    content = comparison_workbook(rows, year=year, now=now)
    day = now.astimezone(CHINA_TIME).date().isoformat()
    return File(filename=f"{year}年乡镇排名-{day}.xlsx", content=content)
