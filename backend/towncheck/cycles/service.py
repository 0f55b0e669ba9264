"""Cycles: creation from a published checklist, the state machine and the stage windows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final, Literal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.models import TownMembership
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.checklists.models import ChecklistVersion
from towncheck.cycles.models import Cycle, TrainingAttendance
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, invalid, not_found
from towncheck.orm import utcnow
from towncheck.tenancy.models import Town

Stage = Literal["self", "cross", "rect"]
STAGE_NAMES: Final[dict[str, str]] = {"self": "自查", "cross": "互查", "rect": "整改"}
STATE_NAMES: Final = {"draft": "草稿", "active": "进行中", "closed": "已结束"}
# The transitions a town admin may make; a closed cycle stays closed.
NEXT_STATES: Final = {"draft": ("active",), "active": ("closed",), "closed": ()}
LONGEST_STAGE: Final = timedelta(days=366)


@dataclass(frozen=True, slots=True)
class Windows:
    """Stage windows, dates inclusive. Rectification may overlap the other two stages."""

    self_start: date
    self_end: date
    cross_start: date
    cross_end: date
    rect_start: date
    rect_end: date

    def of(self, stage: str) -> tuple[date, date]:
        pairs = {
            "self": (self.self_start, self.self_end),
            "cross": (self.cross_start, self.cross_end),
            "rect": (self.rect_start, self.rect_end),
        }
        return pairs[stage]

    def problems(self) -> list[str]:
        found = []
        for stage in ("self", "cross", "rect"):
            start, end = self.of(stage)
            if end < start:
                found.append(f"{STAGE_NAMES[stage]}阶段的结束日期早于开始日期")
            elif end - start > LONGEST_STAGE:
                found.append(f"{STAGE_NAMES[stage]}阶段不能超过一年")
        if self.cross_start < self.self_start:
            found.append("互查不能早于自查开始")
        if self.rect_end < self.cross_end:
            found.append("整改须在互查结束之后（或同日）结束：问题须在周期内清零")
        return found


def windows_of(cycle: Cycle) -> Windows:
    return Windows(
        cycle.self_start,
        cycle.self_end,
        cycle.cross_start,
        cycle.cross_end,
        cycle.rect_start,
        cycle.rect_end,
    )


def require_stage_open(cycle: Cycle, stage: Stage, *, today: date) -> None:
    """What may be recorded is decided by the stage windows of an active cycle."""
    if cycle.state != "active":
        state = STATE_NAMES.get(cycle.state, cycle.state)
        raise DomainError(ErrorCode.CONFLICT, f"评估周期“{cycle.name}”{state}，不能记录")
    start, end = windows_of(cycle).of(stage)
    if not start <= today <= end:
        raise DomainError(
            ErrorCode.CONFLICT,
            f"今天（{today.isoformat()}）不在{STAGE_NAMES[stage]}阶段"
            f"（{start.isoformat()} 至 {end.isoformat()}）内",
        )


async def get_cycle(session: AsyncSession, *, town_id: int, cycle_id: int) -> Cycle:
    cycle = await session.get(Cycle, (town_id, cycle_id))
    if cycle is None:
        raise not_found("评估周期不存在或您无权查看")
    return cycle


async def _published_version(
    session: AsyncSession, *, county_id: int, version_id: int
) -> ChecklistVersion:
    version = await session.get(ChecklistVersion, (county_id, version_id))
    if version is None:
        raise invalid("评估细则版本不存在", field="versionId")
    if version.state != "published":
        raise invalid("只能使用已发布的评估细则版本", field="versionId")
    return version


async def create_cycle(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    version_id: int,
    name: str,
    year: int,
    windows: Windows,
    rules_note: str = "",
) -> Cycle:
    require(policy, principal, "cycle", "write", town_id=town_id)
    town = await session.get(Town, town_id)
    if town is None:
        raise not_found("乡镇不存在")
    name = name.strip()
    if not name or len(name) > 200:
        raise invalid("周期名称不能为空，且不超过 200 个字", field="name")
    if not 2013 <= year <= 2100:
        raise invalid("年度须在 2013 到 2100 之间", field="year")
    problems = windows.problems()
    if problems:
        raise invalid("；".join(problems), field="windows")
    await _published_version(session, county_id=town.county_id, version_id=version_id)
    await allow_town_write(session, town_id)
    cycle = Cycle(
        town_id=town_id,
        county_id=town.county_id,
        version_id=version_id,
        name=name,
        year=year,
        state="draft",
        rules_note=rules_note.strip(),
        created_by=principal.user_id,
        **{field: getattr(windows, field) for field in Windows.__slots__},
    )
    session.add(cycle)
    await session.flush()
    await _audit(session, principal, "cycle.create", cycle, after=_snapshot(cycle))
    return cycle


async def change_state(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    cycle_id: int,
    to: str,
) -> Cycle:
    require(policy, principal, "cycle", "write", town_id=town_id)
    cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_id)
    if to not in NEXT_STATES.get(cycle.state, ()):
        raise DomainError(
            ErrorCode.CONFLICT,
            f"评估周期{STATE_NAMES.get(cycle.state, cycle.state)}，不能改为"
            f"{STATE_NAMES.get(to, to)}",
        )
    await allow_town_write(session, town_id)
    before = cycle.state
    cycle.state = to
    if to == "active":
        cycle.activated_at = utcnow()
    else:
        cycle.closed_at = utcnow()
    await session.flush()
    await _audit(
        session, principal, f"cycle.{to}", cycle, before={"state": before}, after={"state": to}
    )
    return cycle


async def extend_stage(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    cycle_id: int,
    stage: Stage,
    new_end: date,
    reason: str,
) -> Cycle:
    """Move a stage's end later (audited with the reason); never earlier, never when closed."""
    require(policy, principal, "cycle", "write", town_id=town_id)
    cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_id)
    if cycle.state == "closed":
        raise DomainError(ErrorCode.CONFLICT, "评估周期已结束，不能延长")
    if not reason.strip():
        raise invalid("请填写延期原因", field="reason")
    field = f"{stage}_end"
    old_end: date = getattr(cycle, field)
    if new_end <= old_end:
        raise invalid(f"新的结束日期须晚于原结束日期 {old_end.isoformat()}", field="newEnd")
    problems = _with_end(cycle, field, new_end).problems()
    if problems:
        raise invalid("；".join(problems), field="newEnd")
    await allow_town_write(session, town_id)
    setattr(cycle, field, new_end)
    await session.flush()
    await _audit(
        session,
        principal,
        "cycle.extend",
        cycle,
        before={"stage": stage, "end": old_end.isoformat()},
        after={"stage": stage, "end": new_end.isoformat(), "reason": reason.strip()},
    )
    return cycle


def _with_end(cycle: Cycle, field: str, end: date) -> Windows:
    values = {name: getattr(cycle, name) for name in Windows.__slots__}
    values[field] = end
    return Windows(**values)


async def record_training(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    cycle_id: int,
    user_ids: Sequence[int],
    attended_on: date,
) -> int:
    """Record who attended the training; users already recorded are kept as they are."""
    require(policy, principal, "cycle", "write", town_id=town_id)
    cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_id)
    wanted = set(user_ids)
    members = set(
        (
            await session.scalars(
                select(TownMembership.user_id).where(
                    TownMembership.town_id == town_id, TownMembership.user_id.in_(wanted)
                )
            )
        ).all()
    )
    if wanted - members:
        raise invalid("培训签到只能记录本乡镇的干部", field="userIds")
    known = set(
        (
            await session.scalars(
                select(TrainingAttendance.user_id).where(
                    TrainingAttendance.town_id == town_id, TrainingAttendance.cycle_id == cycle_id
                )
            )
        ).all()
    )
    await allow_town_write(session, town_id)
    added = sorted(wanted - known)
    session.add_all(
        TrainingAttendance(
            town_id=town_id,
            cycle_id=cycle_id,
            user_id=user_id,
            attended_on=attended_on,
            recorded_by=principal.user_id,
        )
        for user_id in added
    )
    await session.flush()
    if added:
        await _audit(session, principal, "cycle.training", cycle, after={"users": added})
    return len(added)


def _snapshot(cycle: Cycle) -> dict[str, object]:
    return {
        "name": cycle.name,
        "year": cycle.year,
        "version_id": cycle.version_id,
        **{f: getattr(cycle, f).isoformat() for f in Windows.__slots__},
    }


async def _audit(
    session: AsyncSession,
    principal: Principal,
    action: str,
    cycle: Cycle,
    *,
    before: dict[str, object] | None = None,
    after: dict[str, object] | None = None,
) -> None:
    await audit.record(
        session,
        actor=principal,
        action=action,
        target_type="Cycle",
        target_id=cycle.id,
        town_id=cycle.town_id,
        before=before,
        after=after,
    )
