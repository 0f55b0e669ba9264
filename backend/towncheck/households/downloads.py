"""Registry files offered at ``/download/{name}``: the household export."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.downloads import DownloadRequest, File, produces
from towncheck.api.relay import GlobalId
from towncheck.households import listing
from towncheck.households.export import export_households
from towncheck.personal import vault_for


def filter_from(params: Mapping[str, str]) -> listing.HouseholdFilter:
    """The same filters as the ``households`` query, as query-string parameters."""
    town = GlobalId.decode(params["townId"], expect="Town").id if "townId" in params else None
    area = GlobalId.decode(params["areaId"], expect="Area") if "areaId" in params else None
    village = (GlobalId.decode(params["villageId"], expect="Village")
               if "villageId" in params else None)
    return listing.HouseholdFilter(
        town_id=town or (area.town_id if area else None)
        or (village.town_id if village else None),
        area_id=area.id if area else None, village_id=village.id if village else None,
        category=params.get("category"), risk_flag=params.get("riskFlag"),
        search=params.get("search"), id_number=params.get("idNumber"))


@produces("households.xlsx")
async def households_xlsx(session: AsyncSession, ask: DownloadRequest) -> File:
    content = await export_households(
        session, policy=ask.policy, principal=ask.principal,
        vault=vault_for(ask.settings.data_key), flt=filter_from(ask.params))
    return File(filename=f"户籍台账-{date.today().isoformat()}.xlsx", content=content)
