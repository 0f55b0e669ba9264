"""The demo's key villages: this year's collective income and 五通十有 for 马站镇's three key
villages — one ready to exit, one short of income, one missing a facility — so that the
village rules show each finding. Idempotent: a year already entered is left alone."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Final

from sqlalchemy import select

from towncheck.auth.policy import Policy
from towncheck.db import Database, TenantScope
from towncheck.demo.cycles import office_of
from towncheck.programs.items import ITEMS
from towncheck.programs.models import VillageYear
from towncheck.programs.villages import VillageYearData, upsert_village_year
from towncheck.tenancy.models import Town, Village

DEMO_TOWN: Final = "马站镇"
# village → (collective income in yuan, a 五通十有 item it still lacks or None)
YEARS: Final = {
    "马站村": (Decimal(86000), None),
    "下坪村": (Decimal(42000), None),
    "黄山铺村": (Decimal(63000), "有电商服务站点"),
}


async def load_villages(
    database: Database, policy: Policy, scope: TenantScope, towns: list[Town], *, today: date
) -> None:
    async with database.unit_of_work(scope) as session:
        for town in towns:
            if town.name != DEMO_TOWN:
                continue
            office = office_of(town.county_id, town.id)
            for name, (income, lacking) in YEARS.items():
                village = await session.scalar(
                    select(Village).where(Village.town_id == town.id, Village.name == name)
                )
                if village is None:
                    continue
                entered = select(VillageYear.id).where(
                    VillageYear.town_id == town.id,
                    VillageYear.village_id == village.id,
                    VillageYear.year == today.year,
                )
                if await session.scalar(entered) is not None:
                    continue
                facilities = {code: ITEMS[code] != lacking for code in ITEMS}
                await upsert_village_year(
                    session,
                    policy=policy,
                    principal=office,
                    town_id=town.id,
                    data=VillageYearData(
                        village_id=village.id,
                        year=today.year,
                        collective_income=income,
                        facilities=facilities,
                        note="演示数据",
                    ),
                    today=today,
                )
