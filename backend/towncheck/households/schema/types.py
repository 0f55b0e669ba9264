"""GraphQL types of the registry. A household's and its members' data fields are ``PLAIN``
getters of the rows: a page of households with their members is built from two queries,
without a task per field (members are in ``members.py``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import cast

import strawberry
from strawberry.scalars import JSON

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.execution import PLAIN
from towncheck.api.relay import Node, node_id
from towncheck.errors import not_found
from towncheck.households import models, reveal
from towncheck.households.listing import HouseholdRecord, MemberRecord
from towncheck.households.loaders import (
    HelpersByHouseholdLoader,
    IncomesByHouseholdLoader,
    LivingConditionsByHouseholdLoader,
    RiskFlagsByHouseholdLoader,
    StatusCasesByHouseholdLoader,
    StepsByCaseLoader,
)
from towncheck.households.procedure import SOURCES, STEP_LABELS
from towncheck.households.risk import FLAGS
from towncheck.households.schema.members import Member
from towncheck.households.values import CATEGORIES
from towncheck.personal import vault_for
from towncheck.tenancy.loaders import VillageByIdLoader
from towncheck.tenancy.schema import Village


@strawberry.enum(description="户类别 / Household category.")
class HouseholdCategory(StrEnum):
    LIFTED_SUPPORTED = "lifted_supported"
    LIFTED_UNSUPPORTED = "lifted_unsupported"
    MONITORED = "monitored"
    ORDINARY = "ordinary"


@strawberry.type(description="年度收入 / Income of one year.")
class Income:
    year: int
    wages: Decimal
    production: Decimal
    property: Decimal
    transfers: Decimal
    production_costs: Decimal
    net: Decimal = strawberry.field(description="纯收入 / Net income.")
    per_capita: Decimal = strawberry.field(description="人均纯收入 / Per-capita net income.")
    evidence: str

    @classmethod
    def of(cls, row: models.Income, members: int) -> Income:
        net = row.wages + row.production + row.property + row.transfers - row.production_costs
        return cls(
            year=row.year,
            wages=row.wages,
            production=row.production,
            property=row.property,
            transfers=row.transfers,
            production_costs=row.production_costs,
            net=net,
            per_capita=(net / max(members, 1)).quantize(Decimal("0.01")),
            evidence=row.evidence,
        )


@strawberry.type(description="住房与饮水 / Housing safety, drinking water and sanitation.")
class LivingConditions:
    housing_grade: str
    assessed_by: str
    assessed_on: date | None
    repair_plan: str
    plan_due: date | None
    plan_done_on: date | None
    water_safe: bool
    water_source: str
    sanitation: str

    @classmethod
    def of(cls, row: models.LivingConditions) -> LivingConditions:
        return cls(
            housing_grade=row.housing_grade,
            assessed_by=row.assessed_by,
            assessed_on=row.assessed_on,
            repair_plan=row.repair_plan,
            plan_due=row.plan_due,
            plan_done_on=row.plan_done_on,
            water_safe=row.water_safe,
            water_source=row.water_source,
            sanitation=row.sanitation,
        )


@strawberry.type(description="风险提示 / A suspected problem found from registry data.")
class RiskFlag:
    flag: str
    label: str
    detail: JSON


@strawberry.type(description="程序步骤 / A recorded step of a status procedure.")
class StatusStep:
    step: str
    label: str
    actor: str
    note: str
    at: str


@strawberry.type(description="户类别变更程序 / A category change by procedure.")
class StatusCase(Node):
    row: strawberry.Private[models.StatusCase]
    from_category: HouseholdCategory
    to_category: HouseholdCategory
    source: str
    source_label: str
    state: str

    @classmethod
    def of(cls, row: models.StatusCase) -> StatusCase:
        return cls(
            id=node_id("StatusCase", row.id, row.town_id),
            row=row,
            from_category=HouseholdCategory(row.from_category),
            to_category=HouseholdCategory(row.to_category),
            source=row.source,
            source_label=SOURCES.get(row.source, row.source),
            state=row.state,
        )

    @strawberry.field(description="已记录的步骤 / Steps recorded so far.")
    async def steps(self, info: Info) -> list[StatusStep]:
        rows = await info.context.loader(StepsByCaseLoader).load((self.row.town_id, self.row.id))
        return [
            StatusStep(
                step=r.step,
                label=STEP_LABELS[r.step],
                actor=r.actor_label,
                note=r.note,
                at=r.at.isoformat(),
            )
            for r in rows
        ]


@strawberry.type(description="帮扶责任人 / An assistance cadre.")
class Helper:
    id: strawberry.ID
    name: str


# ``Node`` declares ``id`` an attribute: a resolver given to it (not a method of the same
# name, which would override a dataclass attribute) keeps the id computed only when selected.
def _household_id(self: Household) -> strawberry.ID:
    return node_id("Household", self.row.id, self.row.town_id)


@strawberry.type(description="户 / A registered household.")
class Household(Node):
    """Plain fields read the record when selected (``PLAIN`` getters); a mutation's payload
    gives the ORM row instead, which has the same attributes."""

    row: strawberry.Private[HouseholdRecord | models.Household]
    member_rows: strawberry.Private[list[MemberRecord]]
    today: strawberry.Private[date]
    id: strawberry.ID = strawberry.field(
        resolver=_household_id, description="全局 ID / Global object ID.", metadata=PLAIN
    )

    @classmethod
    def of(
        cls,
        row: HouseholdRecord | models.Household,
        members: list[MemberRecord],
        *,
        today: date,
    ) -> Household:
        return cls(row=row, member_rows=members, today=today)

    @strawberry.field(metadata=PLAIN)
    def head_name(self) -> str:
        return self.row.head_name

    @strawberry.field(metadata=PLAIN)
    def address(self) -> str:
        return self.row.address

    @strawberry.field(metadata=PLAIN)
    def category(self) -> HouseholdCategory:
        return HouseholdCategory(self.row.category)

    @strawberry.field(metadata=PLAIN)
    def category_label(self) -> str:
        return CATEGORIES[self.row.category]

    @strawberry.field(metadata=PLAIN)
    def lifted_year(self) -> int | None:
        return self.row.lifted_year

    @strawberry.field(metadata=PLAIN)
    def poverty_causes(self) -> list[str]:
        return self.row.poverty_causes

    @strawberry.field(metadata=PLAIN)
    def assistance_measures(self) -> list[str]:
        return self.row.assistance_measures

    @strawberry.field(description="脱敏电话 / Masked phone.", metadata=PLAIN)
    def phone(self) -> str | None:
        return self.row.phone_masked

    @strawberry.field(metadata=PLAIN)
    def members(self) -> list[Member]:
        return [Member(row=m, today=self.today) for m in self.member_rows]

    @property
    def key(self) -> tuple[int, int]:
        return (self.row.town_id, self.row.id)

    @strawberry.field(description="所在村 / The village.")
    async def village(self, info: Info) -> Village | None:
        row = await info.context.loader(VillageByIdLoader).load(
            (self.row.town_id, self.row.village_id)
        )
        return None if row is None else Village.of(row)

    @strawberry.field(description="历年收入（新到旧）/ Income by year, newest first.")
    async def incomes(self, info: Info) -> list[Income]:
        rows = await info.context.loader(IncomesByHouseholdLoader).load(self.key)
        return [Income.of(r, len(self.member_rows)) for r in rows]

    @strawberry.field(description="住房与饮水 / Living conditions.")
    async def living_conditions(self, info: Info) -> LivingConditions | None:
        row = await info.context.loader(LivingConditionsByHouseholdLoader).load(self.key)
        return None if row is None else LivingConditions.of(row)

    @strawberry.field(description="风险提示 / Risk flags.")
    async def risk_flags(self, info: Info) -> list[RiskFlag]:
        rows = await info.context.loader(RiskFlagsByHouseholdLoader).load(self.key)
        return [
            RiskFlag(flag=r.flag, label=FLAGS.get(r.flag, r.flag), detail=cast(JSON, r.detail))
            for r in rows
        ]

    @strawberry.field(description="户类别变更程序 / Status procedures, oldest first.")
    async def status_cases(self, info: Info) -> list[StatusCase]:
        rows = await info.context.loader(StatusCasesByHouseholdLoader).load(self.key)
        return [StatusCase.of(r) for r in rows]

    @strawberry.field(description="帮扶责任人 / Assigned assistance cadres.")
    async def helpers(self, info: Info) -> list[Helper]:
        rows = await info.context.loader(HelpersByHouseholdLoader).load(self.key)
        return [Helper(id=node_id("User", u.id), name=u.display_name) for u in rows]

    @strawberry.field(description="完整联系电话（读取记入审计）/ Full phone; audited.")
    async def phone_full(self, info: Info) -> str | None:
        ctx = info.context
        async with ctx.db as session:
            # A page's record has no sealed phone; a mutation's row is in the session.
            household = await session.get(models.Household, (self.row.town_id, self.row.id))
            if household is None:
                raise not_found()
            return await reveal.reveal_phone(
                session,
                policy=ctx.policy,
                principal=viewer(info),
                vault=vault_for(ctx.settings.data_key),
                household=household,
            )


@strawberry.type(description="收入标准 / The county's income line for a year.")
class PovertyLine:
    year: int
    line: Decimal
    margin: Decimal = strawberry.field(description="边缘区间 / Margin above the line.")

    @classmethod
    def of(cls, row: models.PovertyLine) -> PovertyLine:
        return cls(year=row.year, line=row.line, margin=row.margin)
