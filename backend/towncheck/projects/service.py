"""Creating and updating projects: chosen from that year's approved library, with amounts and
dates that make sense. What the seed forbids but a town may still have done (completing late,
auditing after acceptance) is accepted here and raised as a finding by the rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import not_found
from towncheck.orm import utcnow
from towncheck.projects.checks import Checks, plain
from towncheck.projects.models import LibraryEntry, Project


@dataclass(frozen=True, slots=True)
class Permit:
    number: str = ""
    issued_on: date | None = None


@dataclass(frozen=True, slots=True)
class ProjectData:
    library_id: int
    year: int
    name: str
    approved_on: date
    planned_investment: Decimal
    planned_content: str = ""
    env_permit: Permit = Permit()
    land_permit: Permit = Permit()
    planning_permit: Permit = Permit()
    tender_amount: Decimal | None = None
    contract_amount: Decimal | None = None
    contractor: str = ""
    employer: str = ""
    contract_on: date | None = None
    completed_on: date | None = None
    accepted_on: date | None = None
    audited_on: date | None = None
    notice_on: date | None = None


async def get_project(session: AsyncSession, *, town_id: int, project_id: int) -> Project:
    project = await session.get(Project, (town_id, project_id))
    if project is None:
        raise not_found("项目不存在或您无权查看")
    return project


async def create_project(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    data: ProjectData,
    today: date,
) -> Project:
    require(policy, principal, "project", "write", town_id=town_id)
    entry = await _validate(session, town_id=town_id, data=data, today=today)
    await allow_town_write(session, town_id)
    project = Project(town_id=town_id, created_by=principal.user_id)
    _assign(project, data, entry)
    session.add(project)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="project.create",
        target_type="Project",
        target_id=project.id,
        town_id=town_id,
        after=plain(data),
    )
    return project


async def update_project(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    project_id: int,
    data: ProjectData,
    today: date,
) -> Project:
    """Replace the project's form with ``data`` (every field, as a form submits it)."""
    require(policy, principal, "project", "write", town_id=town_id)
    await allow_town_write(session, town_id)
    project = await session.get(Project, (town_id, project_id), with_for_update=True)
    if project is None:
        raise not_found("项目不存在或您无权查看")
    entry = await _validate(session, town_id=town_id, data=data, today=today)
    before = _snapshot(project)
    _assign(project, data, entry)
    project.updated_at = utcnow()
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="project.update",
        target_type="Project",
        target_id=project.id,
        town_id=town_id,
        before=before,
        after=plain(data),
    )
    return project


async def _validate(
    session: AsyncSession, *, town_id: int, data: ProjectData, today: date
) -> LibraryEntry | None:
    checks = Checks()
    checks.text("name", data.name, "项目名称")
    checks.text("plannedContent", data.planned_content, "建设内容", required=False)
    checks.year("year", data.year, today)
    checks.amount("plannedInvestment", data.planned_investment, "计划投资", positive=True)
    checks.amount("tenderAmount", data.tender_amount, "中标金额")
    checks.amount("contractAmount", data.contract_amount, "合同金额")
    for label, field_name, value in (
        ("批复日期", "approvedOn", data.approved_on),
        ("合同签订日期", "contractOn", data.contract_on),
        ("完工日期", "completedOn", data.completed_on),
        ("竣工验收日期", "acceptedOn", data.accepted_on),
        ("造价审核日期", "auditedOn", data.audited_on),
        ("公示日期", "noticeOn", data.notice_on),
    ):
        checks.not_future(field_name, value, label, today)
    for label, field_name, permit in (
        ("环保", "envPermit", data.env_permit),
        ("土地", "landPermit", data.land_permit),
        ("规划", "planningPermit", data.planning_permit),
    ):
        if bool(permit.number.strip()) != (permit.issued_on is not None):
            checks.fail(field_name, f"{label}许可须同时填写文号和日期")
        checks.not_future(field_name, permit.issued_on, f"{label}许可日期", today)
    approved = data.approved_on
    checks.in_order("contractOn", data.contract_on, approved, "合同签订日期不能早于项目批复日期")
    checks.in_order("completedOn", data.completed_on, approved, "完工日期不能早于项目批复日期")
    checks.in_order("acceptedOn", data.accepted_on, data.completed_on, "竣工验收不能早于完工")
    checks.in_order("acceptedOn", data.accepted_on, approved, "竣工验收不能早于项目批复日期")
    if data.accepted_on is not None and data.completed_on is None:
        checks.fail("completedOn", "已竣工验收的项目须填写完工日期")
    checks.in_order("auditedOn", data.audited_on, data.completed_on, "造价审核不能早于完工")
    entry = await session.get(LibraryEntry, (town_id, data.library_id))
    if entry is None:
        checks.fail("libraryId", "项目库条目不存在或不属于本镇")
    elif entry.year != data.year:
        checks.fail(
            "libraryId", f"当年实施的项目须从当年项目库中选择：该条目属于 {entry.year} 年项目库"
        )
    elif entry.state != "approved":
        checks.fail("libraryId", "该项目库条目尚未经乡镇审核通过")
    checks.raise_any()
    return entry


def _assign(project: Project, data: ProjectData, entry: LibraryEntry | None) -> None:
    assert entry is not None  # _validate raised otherwise
    project.library_id, project.village_id, project.year = entry.id, entry.village_id, data.year
    project.name, project.planned_content = data.name.strip(), data.planned_content.strip()
    project.approved_on, project.planned_investment = data.approved_on, data.planned_investment
    project.env_permit_no = data.env_permit.number.strip()
    project.env_permit_on = data.env_permit.issued_on
    project.land_permit_no = data.land_permit.number.strip()
    project.land_permit_on = data.land_permit.issued_on
    project.planning_permit_no = data.planning_permit.number.strip()
    project.planning_permit_on = data.planning_permit.issued_on
    project.tender_amount, project.contract_amount = data.tender_amount, data.contract_amount
    project.contractor, project.employer = data.contractor.strip(), data.employer.strip()
    project.contract_on, project.completed_on = data.contract_on, data.completed_on
    project.accepted_on, project.audited_on = data.accepted_on, data.audited_on
    project.notice_on = data.notice_on


_SNAPSHOT = ("name", "planned_investment", "approved_on", "completed_on", "accepted_on")


def _snapshot(project: Project) -> dict[str, str | None]:
    """The fields the rules read, as they were before an update."""
    values = {n: getattr(project, n) for n in (*_SNAPSHOT, "audited_on", "library_id")}
    return {n: None if v is None else str(v) for n, v in values.items()}
