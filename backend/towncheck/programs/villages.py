"""A key village's year: its collective income and 五通十有 items, entered (upserted) by the
poverty office, and the exit readiness computed from them (never stored).

Any village may have a year; only key villages (``Village.is_key_village``) are judged by the
rules and listed in the readiness.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.orm import utcnow
from towncheck.programs.items import INCOME_LINE, ITEMS, missing_items
from towncheck.programs.models import VillageYear
from towncheck.projects.checks import Checks, plain
from towncheck.tenancy.models import Village


@dataclass(frozen=True, slots=True)
class VillageYearData:
    village_id: int
    year: int
    collective_income: Decimal  # 元
    facilities: dict[str, bool] = field(default_factory=dict)  # item code → met
    note: str = ""


@dataclass(frozen=True, slots=True)
class Readiness:
    """稳定退出: a key village is ready when both conditions of the seed hold."""

    village_id: int
    village: str
    year: int
    entered: bool  # the village's year has been entered
    collective_income: Decimal | None
    missing: tuple[str, ...]  # 五通十有 items not met (all of them when nothing is entered)

    @property
    def income_ok(self) -> bool:
        return self.collective_income is not None and self.collective_income > INCOME_LINE

    @property
    def facilities_ok(self) -> bool:
        return self.entered and not self.missing

    @property
    def ready(self) -> bool:
        return self.income_ok and self.facilities_ok


async def upsert_village_year(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    data: VillageYearData,
    today: date,
) -> VillageYear:
    """Create or replace the village's year (every field, as the form submits it)."""
    require(policy, principal, "program", "write", town_id=town_id)
    checks = Checks()
    checks.year("year", data.year, today)
    checks.amount("collectiveIncome", data.collective_income, "村集体年收入")
    checks.text("note", data.note, "备注", required=False)
    unknown = sorted(set(data.facilities) - set(ITEMS))
    if unknown:
        checks.fail("facilities", f"未知的“五通十有”项目：{'、'.join(unknown)}")
    village = await session.get(Village, (town_id, data.village_id))
    if village is None:
        checks.fail("villageId", "村不存在或不属于本镇")
    checks.raise_any()
    await allow_town_write(session, town_id)
    before = await session.scalar(
        select(VillageYear).where(
            VillageYear.town_id == town_id,
            VillageYear.village_id == data.village_id,
            VillageYear.year == data.year,
        )
    )
    snapshot = None if before is None else _snapshot(before)
    # Every item is stored, met or not, so that the record says what was checked.
    facilities = {code: bool(data.facilities.get(code, False)) for code in ITEMS}
    values = {
        "collective_income": data.collective_income,
        "facilities": facilities,
        "note": data.note.strip(),
        "updated_by": principal.user_id,
        "updated_at": utcnow(),
    }
    # ON CONFLICT: two offices saving the same village's year at once both succeed, the
    # last one wins (as with a form saved twice).
    statement = (
        insert(VillageYear)
        .values(town_id=town_id, village_id=data.village_id, year=data.year, **values)
        .on_conflict_do_update(index_elements=["town_id", "village_id", "year"], set_=values)
        .returning(VillageYear)
        .execution_options(populate_existing=True)
    )
    row = (await session.scalars(statement)).one()
    await audit.record(
        session,
        actor=principal,
        action="village_year.update" if before is not None else "village_year.create",
        target_type="VillageYear",
        target_id=row.id,
        town_id=town_id,
        before=snapshot,
        after={**plain(data), "facilities": facilities},
    )
    return row


def _snapshot(row: VillageYear) -> dict[str, object]:
    return {
        "collective_income": str(row.collective_income),
        "facilities": dict(row.facilities),
        "note": row.note,
    }


async def readiness(
    session: AsyncSession, *, policy: Policy, principal: Principal, town_id: int, year: int
) -> list[Readiness]:
    """Every key village of the town with its exit readiness for ``year`` (one statement)."""
    require(policy, principal, "program", "read", town_id=town_id)
    rows = await session.execute(
        select(Village.id, Village.name, VillageYear)
        .outerjoin(
            VillageYear,
            and_(
                VillageYear.town_id == Village.town_id,
                VillageYear.village_id == Village.id,
                VillageYear.year == year,
            ),
        )
        .where(Village.town_id == town_id, Village.is_key_village.is_(True))
        .order_by(Village.id)
    )
    return [
        Readiness(
            village_id=village_id,
            village=name,
            year=year,
            entered=entry is not None,
            collective_income=None if entry is None else entry.collective_income,
            missing=tuple(missing_items({} if entry is None else entry.facilities)),
        )
        for village_id, name, entry in rows
    ]
