"""GraphQL types of visits, their versions and answers, and findings."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from towncheck.api.context import Info
from towncheck.api.relay import GlobalId, Node, node_id
from towncheck.households.loaders import HouseholdByIdLoader
from towncheck.selfcheck import models
from towncheck.selfcheck.loaders import VersionsByVisitLoader, VersionWithAnswers


@strawberry.type(description="答案 / An answer of one version.")
class Answer:
    checkpoint: str
    value: strawberry.scalars.JSON | None
    note: str
    evidence: list[str]
    fixed_on_spot: bool


@strawberry.type(description="入户访谈的一次提交 / One submitted version of a visit.")
class VisitVersion:
    version: int
    visited_on: date
    submitted_at: datetime
    note: str
    review_comment: str
    answers: list[Answer]

    @classmethod
    def of(cls, item: VersionWithAnswers) -> VisitVersion:
        v = item.version
        return cls(
            version=v.version,
            visited_on=v.visited_on,
            submitted_at=v.submitted_at,
            note=v.note,
            review_comment=v.review_comment,
            answers=[
                Answer(
                    checkpoint=a.checkpoint,
                    value=a.value,
                    note=a.note,
                    evidence=list(a.evidence),
                    fixed_on_spot=a.fixed_on_spot,
                )
                for a in item.answers
            ],
        )


@strawberry.type(description="入户访谈 / A household visit.")
class Visit(Node):
    row: strawberry.Private[models.Visit]
    household_id: strawberry.ID
    stage: str
    state: str = strawberry.field(description="submitted / returned / accepted")
    version: int
    submitted_at: datetime
    review_comment: str

    @classmethod
    def of(cls, row: models.Visit) -> Visit:
        return cls(
            id=node_id("Visit", row.id, row.town_id),
            row=row,
            household_id=node_id("Household", row.household_id, row.town_id),
            stage=row.stage,
            state=row.state,
            version=row.version,
            submitted_at=row.submitted_at,
            review_comment=row.review_comment,
        )

    @strawberry.field(description="户主姓名 / The head of the household.")
    async def head_name(self, info: Info) -> str:
        loader = info.context.loader(HouseholdByIdLoader)
        household = await loader.load((self.row.town_id, self.row.household_id))
        return household.head_name if household is not None else ""

    @strawberry.field(description="每次提交及其答案（含退回前的版本）/ Every version.")
    async def versions(self, info: Info) -> list[VisitVersion]:
        loader = info.context.loader(VersionsByVisitLoader)
        loaded = await loader.load((self.row.town_id, self.row.id))
        return [VisitVersion.of(item) for item in loaded]


@strawberry.type(description="问题 / A finding.")
class Finding(Node):
    visit_id: strawberry.ID | None = strawberry.field(
        description="发现问题的访谈（举一反三产生的问题没有）/ The visit that found it."
    )
    household_id: strawberry.ID | None = strawberry.field(
        description="所涉农户（项目问题没有）/ The household (none for a project finding)."
    )
    checkpoint: str
    stage: str
    severity: str
    source: str = strawberry.field(
        description="rule 台账数据 / answer 入户核查 / discrepancy 互查不一致 / sweep 举一反三"
    )
    description: str
    state: str = strawberry.field(description="open / fixed_on_spot / withdrawn")
    fix_note: str
    fix_evidence: list[str]
    found_by: strawberry.ID
    responsible_id: strawberry.ID | None = strawberry.field(
        description="被问责的干部（自查者）/ The cadre held responsible."
    )
    created_at: datetime

    @classmethod
    def of(cls, r: models.Finding) -> Finding:
        return cls(
            id=node_id("Finding", r.id, r.town_id),
            visit_id=None if r.visit_id is None else node_id("Visit", r.visit_id, r.town_id),
            household_id=None
            if r.household_id is None
            else node_id("Household", r.household_id, r.town_id),
            checkpoint=r.checkpoint,
            stage=r.stage,
            severity=r.severity,
            source=r.source,
            description=r.description,
            state=r.state,
            fix_note=r.fix_note,
            fix_evidence=list(r.fix_evidence),
            found_by=node_id("User", r.found_by),
            responsible_id=None if r.responsible_id is None else node_id("User", r.responsible_id),
            created_at=r.created_at,
        )


def cycle_key(value: strawberry.ID) -> tuple[int, int]:
    gid = GlobalId.decode(value, expect="Cycle")
    return gid.town_id or 0, gid.id
