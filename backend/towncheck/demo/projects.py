"""The demo's projects: 马站镇 gets a clean project and projects that, together, break every
project rule, so that running the rules shows each kind of finding. Idempotent: a town that
already has the demo's projects is left alone.

Dates are relative to ``today`` so that the demo stays meaningful whenever it is loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Final

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal
from towncheck.db import Database, TenantScope, allow_town_write
from towncheck.demo.cycles import office_of
from towncheck.orm import utcnow
from towncheck.projects import library, operations, records, service
from towncheck.projects.models import Project
from towncheck.tenancy.models import Town, Village

DEMO_TOWN: Final = "马站镇"
MARKER: Final = "下坪村光伏扶贫电站"  # the first project written: present means loaded
PERMITS: Final = (
    service.Permit("沂环审〔演示〕1号", None),
    service.Permit("沂土预〔演示〕2号", None),
    service.Permit("沂规字〔演示〕3号", None),
)


@dataclass(frozen=True, slots=True)
class _Office:
    session: AsyncSession
    policy: Policy
    principal: Principal
    town_id: int
    village_id: int
    today: date

    def day(self, days_ago: int) -> date:
        return self.today - timedelta(days=days_ago)

    async def entry(self, name: str, year: int) -> int:
        data = library.EntryData(self.village_id, year, name, Decimal("600000"))
        made = await library.apply_entry(
            self.session,
            policy=self.policy,
            principal=self.principal,
            town_id=self.town_id,
            data=data,
            today=self.today,
        )
        await library.decide_entry(
            self.session,
            policy=self.policy,
            principal=self.principal,
            town_id=self.town_id,
            entry_id=made.id,
            approve=True,
            note="",
            now=utcnow(),
        )
        return made.id

    async def project(
        self,
        name: str,
        year: int,
        approved_on: date,
        *,
        land: bool = True,
        completed_on: date | None = None,
        accepted_on: date | None = None,
        audited_on: date | None = None,
    ) -> int:
        env, land_permit, planning = (
            service.Permit(p.number, approved_on - timedelta(days=10)) for p in PERMITS
        )
        data = service.ProjectData(
            library_id=await self.entry(name, year),
            year=year,
            name=name,
            approved_on=approved_on,
            planned_investment=Decimal("600000"),
            planned_content=f"{name}建设",
            env_permit=env,
            land_permit=land_permit if land else service.Permit(),
            planning_permit=planning,
            contract_amount=Decimal("580000"),
            contractor="沂水县演示建设有限公司",
            employer="下坪村村民委员会",
            completed_on=completed_on,
            accepted_on=accepted_on,
            audited_on=audited_on,
        )
        made = await service.create_project(
            self.session,
            policy=self.policy,
            principal=self.principal,
            town_id=self.town_id,
            data=data,
            today=self.today,
        )
        return made.id

    async def add(self, record: records.Record) -> None:
        await records.add_record(
            self.session,
            policy=self.policy,
            principal=self.principal,
            town_id=self.town_id,
            record=record,
            today=self.today,
        )


async def load_projects(
    database: Database, policy: Policy, scope: TenantScope, towns: list[Town], *, today: date
) -> None:
    async with database.unit_of_work(scope) as session:
        for town in towns:
            if town.name != DEMO_TOWN:
                continue
            loaded = select(Project.id).where(Project.town_id == town.id, Project.name == MARKER)
            if await session.scalar(loaded) is not None:
                continue
            village = await session.scalar(
                select(Village.id).where(Village.town_id == town.id, Village.name == "下坪村")
            )
            if village is None:
                continue
            office = _Office(
                session, policy, office_of(town.county_id, town.id), town.id, village, today
            )
            await _projects(office)


async def _projects(o: _Office) -> None:
    year = o.today.year
    # Clean: on time, audited before acceptance, nothing owed.
    await o.project(
        MARKER,
        year,
        o.day(200),
        completed_on=o.day(120),
        audited_on=o.day(100),
        accepted_on=o.day(90),
    )
    # Missing land permit, content adjusted by 15 %, not completed a year after approval.
    messy = await o.project("下坪村蔬菜大棚", year, o.day(500), land=False)
    await o.add(records.AdjustmentData(messy, o.day(400), "增加两座大棚", Decimal(15)))
    # Audited after acceptance; assets neither transferred nor registered, or never checked;
    # returns overdue; distribution planned late and paid before its notice; deposit overdue.
    money = await o.project(
        "下坪村扶贫车间",
        year,
        o.day(420),
        completed_on=o.day(300),
        accepted_on=o.day(250),
        audited_on=o.day(240),
    )
    await o.add(records.AssetData(money, "缝纫设备", "设备", Decimal(20), Decimal(60000)))
    await o.add(
        records.AssetData(
            money,
            "车间厂房",
            "房屋",
            Decimal(1),
            Decimal(450000),
            transfer_no="下坪移交〔演示〕1号",
            transferred_on=o.day(245),
            registered_on=o.day(240),
            keeper="下坪村 陈静",
            rules="扶贫车间资产管护制度",
        )
    )
    await o.add(records.ReturnData(money, "上半年", o.day(30), Decimal(36000)))
    await o.add(
        records.DistributionData(money, Decimal(18000), o.day(200), o.day(60), o.day(40), o.day(50))
    )
    await o.add(records.DepositData(money, Decimal(17400), o.day(20)))
    await _operation_and_funds(o, money)
    # Last year's project, completed but never accepted, registered or earning.
    await o.project(
        "下坪村养殖小区", year - 1, date(year - 1, 3, 1), completed_on=date(year - 1, 10, 1)
    )
    # Carried out this year from last year's library: the service refuses it, so the demo
    # writes it as a town's imported legacy record would be.
    legacy = await o.entry("下坪村农产品冷库", year - 1)
    await allow_town_write(o.session, o.town_id)
    o.session.add(
        Project(
            town_id=o.town_id,
            library_id=legacy,
            village_id=o.village_id,
            year=year,
            name="下坪村农产品冷库",
            approved_on=o.day(60),
            planned_content="冷库建设",
            planned_investment=Decimal("300000"),
            env_permit_no=PERMITS[0].number,
            land_permit_no=PERMITS[1].number,
            planning_permit_no=PERMITS[2].number,
        )
    )
    await o.session.flush()


async def _operation_and_funds(o: _Office, project: int) -> None:
    """Leased out but standing idle; paid beyond its final account, with a surplus nobody
    has decided on and an allocation never published."""
    await operations.set_operation(
        o.session,
        policy=o.policy,
        principal=o.principal,
        town_id=o.town_id,
        data=operations.OperationData(
            project_id=project,
            mode="leased",
            operator="沂水县演示服装厂",
            contract_no="租〔演示〕1号",
            contract_on=o.day(240),
            term_start=o.day(230),
            term_end=o.today.replace(year=o.today.year + 3),
            annual_return=Decimal(72000),
            households_assisted=12,
            upkeep_party="承租方",
            idle=True,
        ),
        today=o.today,
    )
    await operations.add_disbursement(
        o.session,
        policy=o.policy,
        principal=o.principal,
        town_id=o.town_id,
        data=operations.DisbursementData(project, o.day(250), Decimal(560000), "progress"),
        today=o.today,
    )
    await operations.set_funds(
        o.session,
        policy=o.policy,
        principal=o.principal,
        town_id=o.town_id,
        data=operations.FundsData(
            project_id=project,
            final_amount=Decimal(540000),
            final_on=o.day(245),
            surplus_amount=Decimal(40000),
        ),
        today=o.today,
    )
