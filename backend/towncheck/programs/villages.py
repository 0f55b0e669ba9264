"""A key village's year: its collective income and 五通十有 items, entered (upserted) or
corrected by the poverty office, and the exit readiness computed from them (never stored).

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
from towncheck.errors import not_found
from towncheck.orm import utcnow
from towncheck.programs.items import INCOME_LINE, ITEMS, missing_items
from towncheck.programs.models import VillageYear
from towncheck.programs.money import in_cents, whole_cents
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
class VillageYearChange:
    """What a correction of a year changes: ``None`` keeps the stored value, and only the
    items named change (a cadre ticks the one facility that was built)."""

    collective_income: Decimal | None = None  # 元
    items: tuple[tuple[str, bool], ...] = ()  # (item code, met), as submitted
    note: str | None = None


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
    whole_cents(checks, "collectiveIncome", data.collective_income, "村集体年收入")
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


async def update_village_year(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    village_year_id: int,
    change: VillageYearChange,
) -> VillageYear:
    """Correct a year already entered: its income, some of its items, its note."""
    require(policy, principal, "program", "write", town_id=town_id)
    # Write access first: row-level security lets FOR UPDATE see only writable rows.
    await allow_town_write(session, town_id)
    row = await session.get(
        VillageYear, (town_id, village_year_id), with_for_update=True, populate_existing=True
    )
    if row is None:
        raise not_found("村年度情况不存在或您无权查看")
    checks = Checks()
    checks.amount("collectiveIncome", change.collective_income, "村集体年收入")
    whole_cents(checks, "collectiveIncome", change.collective_income, "村集体年收入")
    note = None if change.note is None else checks.text("note", change.note, "备注", required=False)
    codes = [code for code, _ in change.items]
    unknown = sorted(set(codes) - set(ITEMS))
    if unknown:
        checks.fail("items", f"未知的“五通十有”项目：{'、'.join(unknown)}")
    # Listed twice, an item would be met or not depending on which line the form sent last.
    twice = sorted({code for code in codes if codes.count(code) > 1} & set(ITEMS))
    if twice:
        checks.fail("items", f"“五通十有”项目重复填报：{'、'.join(ITEMS[c] for c in twice)}")
    checks.raise_any()
    before = _snapshot(row)
    if change.collective_income is not None:
        row.collective_income = in_cents(change.collective_income)
    # A new dict, so that the JSONB column is seen as changed; every item stays stored.
    merged = {**row.facilities, **dict(change.items)}
    row.facilities = {code: bool(merged.get(code, False)) for code in ITEMS}
    if note is not None:
        row.note = note
    row.updated_by, row.updated_at = principal.user_id, utcnow()
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="village_year.update",
        target_type="VillageYear",
        target_id=row.id,
        town_id=town_id,
        before=before,
        after=_snapshot(row),
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
