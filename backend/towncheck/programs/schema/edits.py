"""GraphQL mutations that correct what was recorded: a village's year, and the entries of the
two registers (replaced as a whole, or removed). The town is always the one in the entry's
own id, and the service authorizes the viewer there; every failure is a payload error."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt_all
from towncheck.api.relay import GlobalId, node_id
from towncheck.programs import assistance, models, register_edits, villages
from towncheck.programs.schema.mutations import (
    CollaborationFundPayload,
    FiveTenItemInput,
    SocialAssistancePayload,
    VillageYearPayload,
)
from towncheck.programs.schema.types import (
    AssistanceKind,
    CollaborationFund,
    SocialAssistance,
    VillageYear,
)


@strawberry.input(
    description="修改村年度情况：只改所填的字段与所列的“五通十有”项"
    " / Correct a village's year: only the fields given and the items listed change."
)
class UpdateVillageYearInput:
    id: strawberry.ID = strawberry.field(description="村年度情况的全局 ID / The year's id.")
    collective_income: Decimal | None = strawberry.field(
        default=None, description="村集体年收入（元），不填则不变 / Yuan; unchanged if null."
    )
    items: list[FiveTenItemInput] = strawberry.field(
        default_factory=list, description="要改的项；未列出的项不变 / Unlisted items keep."
    )
    note: str | None = strawberry.field(
        default=None, description="备注，不填则不变 / Unchanged if null."
    )


@strawberry.input(
    description="修改社会扶贫登记（整表提交）/ Replace a social-assistance entry, every field."
)
class UpdateSocialAssistanceInput:
    id: strawberry.ID = strawberry.field(description="登记的全局 ID / The entry's id.")
    kind: AssistanceKind
    helper: str
    amount: Decimal
    given_on: date
    village_id: strawberry.ID | None = None
    household_id: strawberry.ID | None = None
    purpose: str = ""
    result: str = ""


@strawberry.input(
    description="修改省内扶贫协作资金登记（整表提交）/ Replace a collaboration fund, every field."
)
class UpdateCollaborationFundInput:
    id: strawberry.ID = strawberry.field(description="登记的全局 ID / The entry's id.")
    partner: str
    year: int
    amount: Decimal
    purpose: str
    received_on: date | None = None
    used_on: date | None = None
    results: str = ""


@strawberry.type(description="删除登记的结果 / The result of removing a register entry.")
class DeleteProgramEntryPayload:
    deleted_id: strawberry.ID | None = strawberry.field(
        default=None, description="已删除登记的全局 ID / The removed entry's id."
    )
    errors: list[MutationError] = strawberry.field(default_factory=list)


def _key(value: strawberry.ID, expect: str) -> tuple[int, int]:
    """(town, id) of the entry named: the town the service then authorizes the viewer in."""
    gid = GlobalId.decode(value, expect=expect)
    return gid.town_id or 0, gid.id


def _ref(value: strawberry.ID | None, expect: str) -> int | None:
    """A village or household the form names. Its town is not taken from the id: the service
    looks it up in the entry's own town, where another town's id finds nothing."""
    return None if value is None else GlobalId.decode(value, expect=expect).id


@strawberry.type
class ProgramEditMutation:
    @strawberry.mutation(
        description="修改村年度情况（集体收入、“五通十有”）/ Correct a village's year."
    )
    async def update_village_year(
        self, info: Info, input: UpdateVillageYearInput
    ) -> VillageYearPayload:
        ctx, principal = info.context, viewer(info)
        change = villages.VillageYearChange(
            collective_income=input.collective_income,
            items=tuple((i.code, i.met) for i in input.items),
            note=input.note,
        )

        async def act(session: AsyncSession) -> models.VillageYear:
            town, year = _key(input.id, "VillageYear")
            return await villages.update_village_year(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town,
                village_year_id=year,
                change=change,
            )

        result = await attempt_all(info, act)
        if isinstance(result, list):
            return VillageYearPayload(errors=result)
        return VillageYearPayload(village_year=VillageYear.of(result))

    @strawberry.mutation(description="修改社会扶贫登记 / Correct a social-assistance entry.")
    async def update_social_assistance(
        self, info: Info, input: UpdateSocialAssistanceInput
    ) -> SocialAssistancePayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.SocialAssistance:
            town, entry = _key(input.id, "SocialAssistance")
            data = assistance.AssistanceData(
                kind=input.kind.value,
                helper=input.helper,
                amount=input.amount,
                given_on=input.given_on,
                village_id=_ref(input.village_id, "Village"),
                household_id=_ref(input.household_id, "Household"),
                purpose=input.purpose,
                result=input.result,
            )
            return await register_edits.update_assistance(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town,
                entry_id=entry,
                data=data,
                today=date.today(),
            )

        result = await attempt_all(info, act)
        if isinstance(result, list):
            return SocialAssistancePayload(errors=result)
        return SocialAssistancePayload(entry=SocialAssistance.of(result))

    @strawberry.mutation(description="删除社会扶贫登记 / Remove a social-assistance entry.")
    async def delete_social_assistance(
        self, info: Info, id: strawberry.ID
    ) -> DeleteProgramEntryPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> strawberry.ID:
            town, entry = _key(id, "SocialAssistance")
            gone = await register_edits.delete_assistance(
                session, policy=ctx.policy, principal=principal, town_id=town, entry_id=entry
            )
            return node_id("SocialAssistance", gone, town)

        result = await attempt_all(info, act)
        if isinstance(result, list):
            return DeleteProgramEntryPayload(errors=result)
        return DeleteProgramEntryPayload(deleted_id=result)

    @strawberry.mutation(description="修改省内扶贫协作资金登记 / Correct a collaboration fund.")
    async def update_collaboration_fund(
        self, info: Info, input: UpdateCollaborationFundInput
    ) -> CollaborationFundPayload:
        ctx, principal = info.context, viewer(info)
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
            town, fund = _key(input.id, "CollaborationFund")
            return await register_edits.update_collaboration(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town,
                fund_id=fund,
                data=data,
                today=date.today(),
            )

        result = await attempt_all(info, act)
        if isinstance(result, list):
            return CollaborationFundPayload(errors=result)
        return CollaborationFundPayload(fund=CollaborationFund.of(result))

    @strawberry.mutation(description="删除省内扶贫协作资金登记 / Remove a collaboration fund.")
    async def delete_collaboration_fund(
        self, info: Info, id: strawberry.ID
    ) -> DeleteProgramEntryPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> strawberry.ID:
            town, fund = _key(id, "CollaborationFund")
            gone = await register_edits.delete_collaboration(
                session, policy=ctx.policy, principal=principal, town_id=town, fund_id=fund
            )
            return node_id("CollaborationFund", gone, town)

        result = await attempt_all(info, act)
        if isinstance(result, list):
            return DeleteProgramEntryPayload(errors=result)
        return DeleteProgramEntryPayload(deleted_id=result)
