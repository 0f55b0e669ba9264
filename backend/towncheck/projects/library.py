"""The project library (项目库): villages apply, the town reviews (村申报、乡镇审核)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Final

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, not_found
from towncheck.projects.checks import Checks, plain
from towncheck.projects.models import LibraryEntry
from towncheck.tenancy.models import Village

STATES: Final = {"applied": "已申报", "approved": "审核通过", "rejected": "未通过"}


@dataclass(frozen=True, slots=True)
class EntryData:
    village_id: int
    year: int
    name: str
    planned_investment: Decimal


async def apply_entry(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    data: EntryData,
    today: date,
) -> LibraryEntry:
    """A village's application for the year's library, recorded by the poverty office."""
    require(policy, principal, "project", "write", town_id=town_id)
    checks = Checks()
    name = checks.text("name", data.name, "项目名称")
    checks.year("year", data.year, today)
    checks.amount("plannedInvestment", data.planned_investment, "计划投资", positive=True)
    village = await session.get(Village, (town_id, data.village_id))
    if village is None:
        checks.fail("villageId", "村不存在或不属于本镇")
    checks.raise_any()
    duplicate = await session.scalar(
        select(
            exists().where(
                LibraryEntry.town_id == town_id,
                LibraryEntry.year == data.year,
                LibraryEntry.village_id == data.village_id,
                LibraryEntry.name == name,
            )
        )
    )
    if duplicate:
        raise DomainError(ErrorCode.CONFLICT, "该村当年项目库中已有同名项目", field="name")
    await allow_town_write(session, town_id)
    entry = LibraryEntry(
        town_id=town_id,
        village_id=data.village_id,
        year=data.year,
        name=name,
        planned_investment=data.planned_investment,
        state="applied",
        applied_by=principal.user_id,
        decision_note="",
    )
    session.add(entry)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="project_library.apply",
        target_type="LibraryEntry",
        target_id=entry.id,
        town_id=town_id,
        after=plain(data),
    )
    return entry


async def decide_entry(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    entry_id: int,
    approve: bool,
    note: str,
    now: datetime,
) -> LibraryEntry:
    """The town's review: an applied entry is approved or rejected, once."""
    require(policy, principal, "project", "write", town_id=town_id)
    await allow_town_write(session, town_id)
    entry = await session.get(LibraryEntry, (town_id, entry_id), with_for_update=True)
    if entry is None:
        raise not_found("项目库条目不存在或您无权查看")
    if entry.state != "applied":
        raise DomainError(ErrorCode.CONFLICT, f"该条目已{STATES[entry.state]}，不能再次审核")
    checks = Checks()
    cleaned = checks.text("note", note, "审核意见", required=not approve)
    checks.raise_any()
    entry.state = "approved" if approve else "rejected"
    entry.decided_by, entry.decided_at, entry.decision_note = principal.user_id, now, cleaned
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action=f"project_library.{entry.state}",
        target_type="LibraryEntry",
        target_id=entry.id,
        town_id=town_id,
        before={"state": "applied"},
        after={"state": entry.state, "note": cleaned},
    )
    return entry
