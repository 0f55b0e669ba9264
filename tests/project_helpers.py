"""Shared steps of the project tests: 马站镇's poverty office through the service layer, and
a fixture town whose projects, together, break every project rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from towncheck.auth.policy import default_policy
from towncheck.db import TenantScope
from towncheck.orm import utcnow
from towncheck.projects import library, records, service

TODAY = date(2025, 8, 15)  # rules and forms are judged as on this day
POLICY = default_policy()
PERMITS = {
    "env_permit": service.Permit("环审〔2025〕1号", date(2025, 1, 5)),
    "land_permit": service.Permit("土预〔2025〕2号", date(2025, 1, 6)),
    "planning_permit": service.Permit("规字〔2025〕3号", date(2025, 1, 7)),
}


class Town:
    """马站镇 as its poverty office sees it through the service layer."""

    def __init__(self, services: Any, owner_db: Any, known: dict[str, Any], principal: Any):
        self.services, self.owner_db, self.principal = services, owner_db, principal
        self.id: int = known["towns"]["马站镇"]
        self.village: int = known["villages"][(self.id, "下坪村")]

    async def call(self, fn: Any, **kwargs: Any) -> Any:
        async with self.services.database.unit_of_work(self.principal.scope()) as s:
            return await fn(s, policy=POLICY, principal=self.principal, town_id=self.id, **kwargs)

    async def entry(self, name: str, year: int, *, approve: bool = True) -> int:
        data = library.EntryData(self.village, year, name, Decimal("500000"))
        entry = await self.call(library.apply_entry, data=data, today=TODAY)
        if approve:
            await self.call(
                library.decide_entry, entry_id=entry.id, approve=True, note="", now=utcnow()
            )
        return int(entry.id)

    async def project(self, name: str, year: int = 2025, **fields: Any) -> int:
        entry = await self.entry(name, year)
        defaults = {"approved_on": date(year, 1, 10), "planned_investment": Decimal("500000")}
        data = service.ProjectData(
            library_id=entry, year=year, name=name, **{**defaults, **PERMITS, **fields}
        )
        project = await self.call(service.create_project, data=data, today=TODAY)
        return int(project.id)

    async def add(self, record: records.Record) -> Any:
        return await self.call(records.add_record, record=record, today=TODAY)

    async def owner_sql(self, sql: str, **params: Any) -> None:
        async with self.owner_db.unit_of_work(TenantScope()) as s:
            await s.execute(text(sql), params)


async def scalar_of(owner_db: Any, sql: str, **params: Any) -> int:
    async with owner_db.unit_of_work(TenantScope()) as s:
        return int(await s.scalar(text(sql), params) or 0)


async def fixture_town(town: Town) -> dict[str, int]:
    """A clean project and projects that, together, break every rule."""
    clean = await town.project(
        "规范项目",
        completed_on=date(2025, 6, 1),
        audited_on=date(2025, 6, 20),
        accepted_on=date(2025, 7, 1),
    )
    await town.add(records.AdjustmentData(clean, date(2025, 2, 1), "微调", Decimal(5)))
    asset = await town.add(
        records.AssetData(
            clean,
            "冷库",
            "房屋",
            Decimal(1),
            Decimal("480000"),
            transfer_no="移交-1",
            transferred_on=date(2025, 7, 5),
            registered_on=date(2025, 7, 10),
            keeper="王管护",
        )
    )
    await town.call(
        records.record_asset_check,
        asset_id=asset.id,
        checked_on=date(2025, 8, 1),
        note="",
        today=TODAY,
    )
    await town.add(
        records.ReturnData(
            clean, "2025-H1", date(2025, 8, 1), Decimal(20000), Decimal(20000), date(2025, 7, 30)
        )
    )
    await town.add(
        records.DistributionData(
            clean,
            Decimal(20000),
            date(2025, 7, 30),
            date(2025, 8, 10),
            date(2025, 8, 12),
            date(2025, 8, 14),
        )
    )
    await town.add(records.DepositData(clean, Decimal(15000), date(2026, 7, 1)))

    rejected = await town.project("被撤库项目")
    await town.owner_sql(
        "update project_library set state = 'rejected' where town_id = :t and id ="
        " (select library_id from projects where town_id = :t and id = :p)",
        t=town.id,
        p=rejected,
    )
    messy = await town.project(
        "手续不全项目",
        approved_on=date(2024, 6, 1),
        land_permit=service.Permit(),
    )
    await town.add(records.AdjustmentData(messy, date(2024, 9, 1), "增加大棚", Decimal(12)))
    money = await town.project(
        "资产收益项目",
        completed_on=date(2025, 3, 1),
        accepted_on=date(2025, 4, 1),
        audited_on=date(2025, 4, 10),
    )
    await town.add(records.AssetData(money, "分拣线", "设备", Decimal(2), Decimal(90000)))
    checked = await town.add(
        records.AssetData(
            money,
            "厂房",
            "房屋",
            Decimal(1),
            Decimal(300000),
            transfer_no="移交-2",
            transferred_on=date(2025, 4, 5),
            registered_on=date(2025, 4, 6),
            keeper="李管护",
        )
    )
    await town.add(records.ReturnData(money, "2025-H1", date(2025, 7, 1), Decimal(30000)))
    await town.add(
        records.DistributionData(
            money,
            Decimal(10000),
            date(2025, 3, 1),
            date(2025, 7, 1),
            date(2025, 7, 10),
            date(2025, 7, 5),
        )
    )
    await town.add(records.DepositData(money, Decimal(8000), date(2025, 6, 1)))
    last = await town.project(
        "上年项目",
        year=2024,
        completed_on=date(2024, 10, 1),
        **{k: replace(v, issued_on=date(2024, 1, 5)) for k, v in PERMITS.items()},
    )
    return {
        "clean": clean,
        "rejected": rejected,
        "messy": messy,
        "money": money,
        "last": last,
        "checked_asset": checked.id,
    }


EXPECTED = {
    "rejected": {"二.1.2"},
    "messy": {"二.1.3", "二.1.5", "二.1.6"},
    "money": {"二.1.7", "二.2.1", "二.2.2", "二.2.5", "二.3.3", "二.4.2", "二.4.3", "二.5.2"},
    "last": {"二.6.1"},
}
