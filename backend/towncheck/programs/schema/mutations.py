"""GraphQL mutations that record: a village's year (upsert), register entries (create) and the
rules' run. Corrections are in ``edits``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.api.relay import GlobalId
from towncheck.errors import DomainError
from towncheck.programs import assistance, models, rules, villages
from towncheck.programs.schema.types import (
    AssistanceKind,
    CollaborationFund,
    SocialAssistance,
    VillageYear,
)
from towncheck.selfcheck.schema.types import cycle_key


@strawberry.input(description="“五通十有”一项是否达标 / Whether one item is met.")
class FiveTenItemInput:
    code: str = strawberry.field(description="项目代码，见 fiveTenItems / Item code.")
    met: bool


@strawberry.input(description="村年度情况（整表提交）/ A village's year, every field.")
class VillageYearInput:
    village_id: strawberry.ID
    year: int
    collective_income: Decimal = strawberry.field(description="村集体年收入（元）/ Yuan.")
    items: list[FiveTenItemInput] = strawberry.field(
        default_factory=list, description="未列出的项按未达标处理 / Unlisted items are not met."
    )
    note: str = ""


@strawberry.input(description="社会扶贫登记 / A social-assistance entry.")
class SocialAssistanceInput:
    town_id: strawberry.ID
    kind: AssistanceKind
    helper: str
    amount: Decimal
    given_on: date
    village_id: strawberry.ID | None = None
    household_id: strawberry.ID | None = None
    purpose: str = ""
    result: str = ""


@strawberry.input(description="省内扶贫协作资金 / An intra-province collaboration fund.")
class CollaborationFundInput:
    town_id: strawberry.ID
    partner: str
    year: int
    amount: Decimal
    purpose: str
    received_on: date | None = None
    used_on: date | None = None
    results: str = ""


@strawberry.type
class VillageYearPayload:
    village_year: VillageYear | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class SocialAssistancePayload:
    entry: SocialAssistance | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class CollaborationFundPayload:
    fund: CollaborationFund | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class RunVillageRulesPayload:
    count: int = strawberry.field(default=0, description="新发现的问题数 / Findings raised.")
    errors: list[MutationError] = strawberry.field(default_factory=list)


def _optional(value: strawberry.ID | None, expect: str) -> int | None:
    return None if value is None else GlobalId.decode(value, expect=expect).id


@strawberry.type
class ProgramRecordMutation:
    @strawberry.mutation(description="填报或更新村年度情况 / Enter or replace a village's year.")
    async def upsert_village_year(self, info: Info, input: VillageYearInput) -> VillageYearPayload:
        ctx, principal = info.context, viewer(info)
        village = GlobalId.decode(input.village_id, expect="Village")
        data = villages.VillageYearData(
            village_id=village.id,
            year=input.year,
            collective_income=input.collective_income,
            facilities={i.code: i.met for i in input.items},
            note=input.note,
        )

        async def act(session: AsyncSession) -> models.VillageYear:
            return await villages.upsert_village_year(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=village.town_id or 0,
                data=data,
                today=date.today(),
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return VillageYearPayload(errors=MutationError.all_of(result))
        return VillageYearPayload(village_year=VillageYear.of(result))

    @strawberry.mutation(description="登记社会扶贫 / Record a social-assistance entry.")
    async def create_social_assistance(
        self, info: Info, input: SocialAssistanceInput
    ) -> SocialAssistancePayload:
        ctx, principal = info.context, viewer(info)
        town = GlobalId.decode(input.town_id, expect="Town").id
        data = assistance.AssistanceData(
            kind=input.kind.value,
            helper=input.helper,
            amount=input.amount,
            given_on=input.given_on,
            village_id=_optional(input.village_id, "Village"),
            household_id=_optional(input.household_id, "Household"),
            purpose=input.purpose,
            result=input.result,
        )

        async def act(session: AsyncSession) -> models.SocialAssistance:
            return await assistance.create_assistance(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town,
                data=data,
                today=date.today(),
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return SocialAssistancePayload(errors=MutationError.all_of(result))
        return SocialAssistancePayload(entry=SocialAssistance.of(result))

    @strawberry.mutation(description="登记省内扶贫协作资金 / Record a collaboration fund.")
    async def create_collaboration_fund(
        self, info: Info, input: CollaborationFundInput
    ) -> CollaborationFundPayload:
        ctx, principal = info.context, viewer(info)
        town = GlobalId.decode(input.town_id, expect="Town").id
        data = assistance.CollaborationData(
            partner=input.partner,
            year=input.year,
            amount=input.amount,
            purpose=input.purpose,
            received_on=input.received_on,
            used_on=input.used_on,
            results=input.results,
        )

        async def act(session: AsyncSession) -> models.CollaborationFund:
            return await assistance.create_collaboration(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town,
                data=data,
                today=date.today(),
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return CollaborationFundPayload(errors=MutationError.all_of(result))
        return CollaborationFundPayload(fund=CollaborationFund.of(result))

    @strawberry.mutation(
        description="运行重点村规则（集体收入、“五通十有”），发现的问题记入本周期"
        " / Check the key villages for a cycle's year."
    )
    async def run_village_rules(
        self, info: Info, cycle_id: strawberry.ID
    ) -> RunVillageRulesPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> int:
            town, cycle = cycle_key(cycle_id)
            return await rules.run_rules(
                session, policy=ctx.policy, principal=principal, town_id=town, cycle_id=cycle
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return RunVillageRulesPayload(errors=MutationError.all_of(result))
        return RunVillageRulesPayload(count=result)
