"""GraphQL mutations of the registry. Each runs in a savepoint; typed errors list every
problem found, each naming its field."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from decimal import Decimal
from typing import TypeVar

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.api.relay import GlobalId
from towncheck.errors import DomainError
from towncheck.households import details, listing, procedure, service
from towncheck.households.models import Household as HouseholdRow
from towncheck.households.schema.queries import build
from towncheck.households.schema.types import Household, HouseholdCategory, StatusCase
from towncheck.households.validation import HouseholdData, MemberData
from towncheck.personal import vault_for

T = TypeVar("T")


@strawberry.input(description="成员信息 / A member.")
class MemberInput:
    name: str
    id_number: str
    relation: str = strawberry.field(description="与户主关系代码，如 head、spouse、child")
    labour_status: str = ""
    disability_type: str | None = None
    disability_grade: int | None = None
    chronic_illness: bool = False
    chronic_certified: bool = False
    basic_medical: bool = False
    critical_illness: bool = False
    special_insurance: bool = False
    special_policy_delivered: bool = False
    school_stage: str | None = None
    enrolled: bool | None = None
    subsidies: list[str] = strawberry.field(default_factory=list)
    yulu_plan: bool = False
    family_doctor: bool = False

    def data(self) -> MemberData:
        return MemberData(
            name=self.name,
            id_number=self.id_number,
            relation=self.relation,
            labour_status=self.labour_status,
            disability_type=self.disability_type,
            disability_grade=self.disability_grade,
            chronic_illness=self.chronic_illness,
            chronic_certified=self.chronic_certified,
            basic_medical=self.basic_medical,
            critical_illness=self.critical_illness,
            special_insurance=self.special_insurance,
            special_policy_delivered=self.special_policy_delivered,
            school_stage=self.school_stage,
            enrolled=self.enrolled,
            subsidies=tuple(self.subsidies),
            yulu_plan=self.yulu_plan,
            family_doctor=self.family_doctor,
        )


@strawberry.input(description="新建户 / Register a household.")
class CreateHouseholdInput:
    village_id: strawberry.ID
    category: HouseholdCategory
    members: list[MemberInput]
    address: str = ""
    lifted_year: int | None = None
    poverty_causes: list[str] = strawberry.field(default_factory=list)
    assistance_measures: list[str] = strawberry.field(default_factory=list)
    phone: str | None = None
    helper_ids: list[strawberry.ID] = strawberry.field(default_factory=list)


@strawberry.input(description="修改户信息（未填写的字段不变）/ Edit a household.")
class UpdateHouseholdInput:
    id: strawberry.ID
    village_id: strawberry.ID | None = None
    address: str | None = None
    lifted_year: int | None = None
    poverty_causes: list[str] | None = None
    assistance_measures: list[str] | None = None
    phone: str | None = None
    helper_ids: list[strawberry.ID] | None = None


@strawberry.input
class AddMemberInput:
    household_id: strawberry.ID
    member: MemberInput


@strawberry.input
class RemoveMemberInput:
    member_id: strawberry.ID


@strawberry.input(description="年度收入（元）/ Income of one year, in yuan.")
class SetIncomeInput:
    household_id: strawberry.ID
    year: int
    wages: Decimal = Decimal(0)
    production: Decimal = Decimal(0)
    property: Decimal = Decimal(0)
    transfers: Decimal = Decimal(0)
    production_costs: Decimal = Decimal(0)
    evidence: str = ""


@strawberry.input(description="住房与饮水 / Living conditions.")
class SetLivingConditionsInput:
    household_id: strawberry.ID
    housing_grade: str
    assessed_by: str = ""
    assessed_on: date | None = None
    repair_plan: str = ""
    plan_due: date | None = None
    plan_done_on: date | None = None
    water_safe: bool = True
    water_source: str = ""
    sanitation: str = ""


@strawberry.input(description="发起户类别变更程序 / Open a category change.")
class OpenStatusCaseInput:
    household_id: strawberry.ID
    to_category: HouseholdCategory
    source: str = strawberry.field(description="self_report / cadre_check / department_data")
    note: str = ""


@strawberry.input(description="记录程序步骤 / Record the next step.")
class RecordStatusStepInput:
    case_id: strawberry.ID
    step: str = strawberry.field(description="village_review / public_notice / town_approval")
    note: str = ""


@strawberry.type
class HouseholdPayload:
    household: Household | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class StatusCasePayload:
    status_case: StatusCase | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


def _ids(values: list[strawberry.ID], kind: str) -> tuple[int, ...]:
    return tuple(GlobalId.decode(v, expect=kind).id for v in values)


async def _household(
    info: Info, action: Callable[[AsyncSession], Awaitable[HouseholdRow]]
) -> HouseholdPayload:
    async def run(session: AsyncSession) -> Household:
        row = await action(session)
        members = await listing.member_records(session, [(row.town_id, row.id)])
        return build([row], members)[0]

    result = await attempt(info, run)
    if isinstance(result, DomainError):
        return HouseholdPayload(errors=MutationError.all_of(result))
    return HouseholdPayload(household=result)


def _key(value: strawberry.ID, kind: str) -> tuple[int, int]:
    gid = GlobalId.decode(value, expect=kind)
    return gid.town_id or 0, gid.id


@strawberry.type
class HouseholdMutation:
    @strawberry.mutation(description="新建户 / Register a household with its members.")
    async def create_household(self, info: Info, input: CreateHouseholdInput) -> HouseholdPayload:
        ctx = info.context

        async def act(session: AsyncSession) -> HouseholdRow:
            town, village = _key(input.village_id, "Village")
            data = HouseholdData(
                village_id=village,
                category=input.category.value,
                members=tuple(m.data() for m in input.members),
                address=input.address,
                lifted_year=input.lifted_year,
                poverty_causes=tuple(input.poverty_causes),
                assistance_measures=tuple(input.assistance_measures),
                phone=input.phone,
                helper_user_ids=_ids(input.helper_ids, "User"),
            )
            return await service.create_household(
                session,
                policy=ctx.policy,
                principal=viewer(info),
                vault=vault_for(ctx.settings.data_key),
                town_id=town,
                data=data,
            )

        return await _household(info, act)

    @strawberry.mutation(description="修改户信息 / Edit a household.")
    async def update_household(self, info: Info, input: UpdateHouseholdInput) -> HouseholdPayload:
        ctx = info.context

        async def act(session: AsyncSession) -> HouseholdRow:
            town, household = _key(input.id, "Household")
            changes = service.HouseholdChanges(
                village_id=_key(input.village_id, "Village")[1] if input.village_id else None,
                address=input.address,
                lifted_year=input.lifted_year,
                poverty_causes=None
                if input.poverty_causes is None
                else tuple(input.poverty_causes),
                assistance_measures=None
                if input.assistance_measures is None
                else tuple(input.assistance_measures),
                phone=input.phone,
                helper_user_ids=None
                if input.helper_ids is None
                else _ids(input.helper_ids, "User"),
            )
            return await service.update_household(
                session,
                policy=ctx.policy,
                principal=viewer(info),
                vault=vault_for(ctx.settings.data_key),
                town_id=town,
                household_id=household,
                changes=changes,
            )

        return await _household(info, act)

    @strawberry.mutation(description="添加成员 / Add a member to a household.")
    async def add_member(self, info: Info, input: AddMemberInput) -> HouseholdPayload:
        ctx = info.context

        async def act(session: AsyncSession) -> HouseholdRow:
            town, household = _key(input.household_id, "Household")
            await service.add_member(
                session,
                policy=ctx.policy,
                principal=viewer(info),
                vault=vault_for(ctx.settings.data_key),
                town_id=town,
                household_id=household,
                data=input.member.data(),
            )
            return await service.household_in_scope(
                session, principal=viewer(info), town_id=town, household_id=household
            )

        return await _household(info, act)

    @strawberry.mutation(description="删除成员 / Remove a member (not the head).")
    async def remove_member(self, info: Info, input: RemoveMemberInput) -> HouseholdPayload:
        ctx = info.context

        async def act(session: AsyncSession) -> HouseholdRow:
            town, member = _key(input.member_id, "Member")
            removed = await service.remove_member(
                session, policy=ctx.policy, principal=viewer(info), town_id=town, member_id=member
            )
            return await service.household_in_scope(
                session, principal=viewer(info), town_id=town, household_id=removed.household_id
            )

        return await _household(info, act)

    @strawberry.mutation(description="登记年度收入 / Record a year's income.")
    async def set_income(self, info: Info, input: SetIncomeInput) -> HouseholdPayload:
        ctx = info.context

        async def act(session: AsyncSession) -> HouseholdRow:
            town, household = _key(input.household_id, "Household")
            data = details.IncomeData(
                year=input.year,
                wages=input.wages,
                production=input.production,
                property=input.property,
                transfers=input.transfers,
                production_costs=input.production_costs,
                evidence=input.evidence,
            )
            await details.set_income(
                session,
                policy=ctx.policy,
                principal=viewer(info),
                town_id=town,
                household_id=household,
                data=data,
            )
            return await service.household_in_scope(
                session, principal=viewer(info), town_id=town, household_id=household
            )

        return await _household(info, act)

    @strawberry.mutation(description="登记住房与饮水 / Record living conditions.")
    async def set_living_conditions(
        self, info: Info, input: SetLivingConditionsInput
    ) -> HouseholdPayload:
        ctx = info.context

        async def act(session: AsyncSession) -> HouseholdRow:
            town, household = _key(input.household_id, "Household")
            data = details.LivingData(
                housing_grade=input.housing_grade.strip().upper(),
                assessed_by=input.assessed_by,
                assessed_on=input.assessed_on,
                repair_plan=input.repair_plan,
                plan_due=input.plan_due,
                plan_done_on=input.plan_done_on,
                water_safe=input.water_safe,
                water_source=input.water_source,
                sanitation=input.sanitation,
            )
            await details.set_living_conditions(
                session,
                policy=ctx.policy,
                principal=viewer(info),
                town_id=town,
                household_id=household,
                data=data,
            )
            return await service.household_in_scope(
                session, principal=viewer(info), town_id=town, household_id=household
            )

        return await _household(info, act)

    @strawberry.mutation(description="发起户类别变更程序 / Open a category change procedure.")
    async def open_status_case(self, info: Info, input: OpenStatusCaseInput) -> StatusCasePayload:
        ctx = info.context
        result = await attempt(
            info,
            lambda s: procedure.open_case(
                s,
                policy=ctx.policy,
                principal=viewer(info),
                town_id=_key(input.household_id, "Household")[0],
                household_id=_key(input.household_id, "Household")[1],
                to_category=input.to_category.value,
                source=input.source,
                note=input.note,
            ),
        )
        if isinstance(result, DomainError):
            return StatusCasePayload(errors=MutationError.all_of(result))
        return StatusCasePayload(status_case=StatusCase.of(result))

    @strawberry.mutation(description="记录变更程序的下一步 / Record the next procedure step.")
    async def record_status_step(
        self, info: Info, input: RecordStatusStepInput
    ) -> StatusCasePayload:
        ctx = info.context
        result = await attempt(
            info,
            lambda s: procedure.record_step(
                s,
                policy=ctx.policy,
                principal=viewer(info),
                town_id=_key(input.case_id, "StatusCase")[0],
                case_id=_key(input.case_id, "StatusCase")[1],
                step=input.step,
                note=input.note,
            ),
        )
        if isinstance(result, DomainError):
            return StatusCasePayload(errors=MutationError.all_of(result))
        return StatusCasePayload(status_case=StatusCase.of(result))
