"""GraphQL types of the registry. Leaf and member fields are plain attributes: a page of
households with their members is built from two queries, without a task per field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import cast

import strawberry
from strawberry.scalars import JSON

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.relay import Node, node_id
from towncheck.households import models, reveal
from towncheck.households.idcard import age_on
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
from towncheck.households.values import CATEGORIES, LABOUR, RELATIONS, SCHOOL_STAGES
from towncheck.personal import vault_for
from towncheck.tenancy.loaders import VillageByIdLoader
from towncheck.tenancy.schema import Village


@strawberry.enum(description="户类别 / Household category.")
class HouseholdCategory(StrEnum):
    LIFTED_SUPPORTED = "lifted_supported"
    LIFTED_UNSUPPORTED = "lifted_unsupported"
    MONITORED = "monitored"
    ORDINARY = "ordinary"


@strawberry.type(description="家庭成员（身份证号已脱敏）/ A member; the ID number is masked.")
class Member(Node):
    row: strawberry.Private[models.Member]
    name: str
    id_number: str = strawberry.field(description="脱敏身份证号 / Masked ID number.")
    sex: str
    birth_date: date
    age: int
    relation: str
    relation_label: str
    labour_status: str
    labour_status_label: str
    disability_type: str | None
    disability_grade: int | None
    chronic_illness: bool
    chronic_certified: bool
    basic_medical: bool
    critical_illness: bool
    special_insurance: bool
    special_policy_delivered: bool
    school_stage: str | None
    school_stage_label: str | None
    enrolled: bool | None
    subsidies: list[str]
    yulu_plan: bool
    family_doctor: bool

    @classmethod
    def of(cls, row: models.Member, *, today: date) -> Member:
        return cls(
            id=node_id("Member", row.id, row.town_id),
            row=row,
            name=row.name,
            id_number=row.id_masked,
            sex=row.sex,
            birth_date=row.birth_date,
            age=age_on(row.birth_date, today),
            relation=row.relation,
            relation_label=RELATIONS.get(row.relation, row.relation),
            labour_status=row.labour_status,
            labour_status_label=LABOUR.get(row.labour_status, row.labour_status),
            disability_type=row.disability_type,
            disability_grade=row.disability_grade,
            chronic_illness=row.chronic_illness,
            chronic_certified=row.chronic_certified,
            basic_medical=row.basic_medical,
            critical_illness=row.critical_illness,
            special_insurance=row.special_insurance,
            special_policy_delivered=row.special_policy_delivered,
            school_stage=row.school_stage,
            school_stage_label=SCHOOL_STAGES.get(row.school_stage or "", None),
            enrolled=row.enrolled,
            subsidies=list(row.subsidies),
            yulu_plan=row.yulu_plan,
            family_doctor=row.family_doctor,
        )

    @strawberry.field(
        description="完整身份证号（有权限的角色可见，每次读取记入审计）/ "
        "Full ID number, for roles that may see it; audited."
    )
    async def id_number_full(self, info: Info) -> str:
        ctx = info.context
        async with ctx.db as session:
            return await reveal.reveal_id_number(
                session,
                policy=ctx.policy,
                principal=viewer(info),
                vault=vault_for(ctx.settings.data_key),
                member=self.row,
            )


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


@strawberry.type(description="户 / A registered household.")
class Household(Node):
    row: strawberry.Private[models.Household]
    head_name: str
    address: str
    category: HouseholdCategory
    category_label: str
    lifted_year: int | None
    poverty_causes: list[str]
    assistance_measures: list[str]
    phone: str | None = strawberry.field(description="脱敏电话 / Masked phone.")
    members: list[Member]

    @classmethod
    def of(cls, row: models.Household, members: list[models.Member], *, today: date) -> Household:
        return cls(
            id=node_id("Household", row.id, row.town_id),
            row=row,
            head_name=row.head_name,
            address=row.address,
            category=HouseholdCategory(row.category),
            category_label=CATEGORIES[row.category],
            lifted_year=row.lifted_year,
            poverty_causes=list(row.poverty_causes),
            assistance_measures=list(row.assistance_measures),
            phone=row.phone_masked,
            members=[Member.of(m, today=today) for m in members],
        )

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
        return [Income.of(r, len(self.members)) for r in rows]

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
            return await reveal.reveal_phone(
                session,
                policy=ctx.policy,
                principal=viewer(info),
                vault=vault_for(ctx.settings.data_key),
                household=self.row,
            )


@strawberry.type(description="收入标准 / The county's income line for a year.")
class PovertyLine:
    year: int
    line: Decimal
    margin: Decimal = strawberry.field(description="边缘区间 / Margin above the line.")

    @classmethod
    def of(cls, row: models.PovertyLine) -> PovertyLine:
        return cls(year=row.year, line=row.line, margin=row.margin)
