"""GraphQL types of projects and the project library."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import strawberry

from towncheck.api.relay import GlobalId, Node, node_id
from towncheck.projects import models
from towncheck.projects.library import STATES
from towncheck.projects.schema.record_types import ProjectRecords
from towncheck.selfcheck.models import Finding


@strawberry.type(description="项目库条目 / A project library entry (村申报、乡镇审核).")
class LibraryEntry(Node):
    village_id: strawberry.ID
    year: int
    name: str
    planned_investment: Decimal = strawberry.field(description="计划投资（元）/ Yuan.")
    state: str = strawberry.field(description="applied 已申报 / approved 通过 / rejected 未通过")
    state_label: str
    applied_at: datetime
    decided_at: datetime | None
    decision_note: str

    @classmethod
    def of(cls, r: models.LibraryEntry) -> LibraryEntry:
        return cls(
            id=node_id("LibraryEntry", r.id, r.town_id),
            village_id=node_id("Village", r.village_id, r.town_id),
            year=r.year,
            name=r.name,
            planned_investment=r.planned_investment,
            state=r.state,
            state_label=STATES.get(r.state, r.state),
            applied_at=r.applied_at,
            decided_at=r.decided_at,
            decision_note=r.decision_note,
        )


@strawberry.type(description="许可文件 / A permit: document number and date.")
class Permit:
    number: str
    issued_on: date | None


@strawberry.type(description="产业扶贫项目 / An industrial assistance project.")
class Project(ProjectRecords, Node):  # adjustments, assets, … from ProjectRecords
    library_id: strawberry.ID = strawberry.field(description="项目库条目 / Library entry.")
    village_id: strawberry.ID
    year: int
    name: str
    approved_on: date = strawberry.field(description="批复日期 / Approval date.")
    planned_content: str
    planned_investment: Decimal = strawberry.field(description="计划投资（元）/ Yuan.")
    env_permit: Permit = strawberry.field(description="环保许可 / Environment permit.")
    land_permit: Permit = strawberry.field(description="土地许可 / Land permit.")
    planning_permit: Permit = strawberry.field(description="规划许可 / Planning permit.")
    tender_amount: Decimal | None = strawberry.field(description="中标金额 / Tender amount.")
    contract_amount: Decimal | None = strawberry.field(description="合同金额 / Contract amount.")
    contractor: str = strawberry.field(description="承建方 / Contractor.")
    employer: str = strawberry.field(description="发包方 / Employer.")
    contract_on: date | None
    completed_on: date | None = strawberry.field(description="完工日期 / Completion.")
    accepted_on: date | None = strawberry.field(description="县级竣工验收 / County acceptance.")
    audited_on: date | None = strawberry.field(description="第三方造价审核 / Cost audit.")
    notice_on: date | None = strawberry.field(description="公示日期 / Public notice.")
    updated_at: datetime

    @classmethod
    def of(cls, r: models.Project) -> Project:
        town = r.town_id
        return cls(
            id=node_id("Project", r.id, town),
            library_id=node_id("LibraryEntry", r.library_id, town),
            village_id=node_id("Village", r.village_id, town),
            year=r.year,
            name=r.name,
            approved_on=r.approved_on,
            planned_content=r.planned_content,
            planned_investment=r.planned_investment,
            env_permit=Permit(number=r.env_permit_no, issued_on=r.env_permit_on),
            land_permit=Permit(number=r.land_permit_no, issued_on=r.land_permit_on),
            planning_permit=Permit(number=r.planning_permit_no, issued_on=r.planning_permit_on),
            tender_amount=r.tender_amount,
            contract_amount=r.contract_amount,
            contractor=r.contractor,
            employer=r.employer,
            contract_on=r.contract_on,
            completed_on=r.completed_on,
            accepted_on=r.accepted_on,
            audited_on=r.audited_on,
            notice_on=r.notice_on,
            updated_at=r.updated_at,
        )


@strawberry.type(description="项目问题 / A finding about a project, raised by the project rules.")
class ProjectFinding(Node):
    project_id: strawberry.ID
    project_name: str
    cycle_id: strawberry.ID
    checkpoint: str = strawberry.field(description="规则（评估细则指标）/ The rule's checkpoint.")
    severity: str
    description: str
    state: str = strawberry.field(description="open / fixed_on_spot / withdrawn")
    created_at: datetime

    @classmethod
    def of(cls, r: Finding, project_name: str) -> ProjectFinding:
        town = r.town_id
        return cls(
            id=node_id("Finding", r.id, town),
            project_id=node_id("Project", r.project_id or 0, town),
            project_name=project_name,
            cycle_id=node_id("Cycle", r.cycle_id, town),
            checkpoint=r.checkpoint,
            severity=r.severity,
            description=r.description,
            state=r.state,
            created_at=r.created_at,
        )


def town_key(value: strawberry.ID, expect: str) -> tuple[int, int]:
    gid = GlobalId.decode(value, expect=expect)
    return gid.town_id or 0, gid.id
