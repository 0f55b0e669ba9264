"""The GraphQL type of a household member.

A page of households holds hundreds of members and selects a few of their 28 fields: each
field reads the member's record when selected (``PLAIN`` getters, which the fast execution
path calls directly), so a member costs one small object rather than all its fields.
"""

from __future__ import annotations

from datetime import date

import strawberry

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.execution import PLAIN
from towncheck.api.relay import Node, node_id
from towncheck.errors import not_found
from towncheck.households import models, reveal
from towncheck.households.idcard import age_on
from towncheck.households.listing import MemberRecord
from towncheck.households.values import LABOUR, RELATIONS, SCHOOL_STAGES
from towncheck.personal import vault_for


# ``Node`` declares ``id`` an attribute: a resolver given to it (not a method of the same
# name, which would override a dataclass attribute) keeps the id computed only when selected.
def _member_id(self: Member) -> strawberry.ID:
    return node_id("Member", self.row.id, self.row.town_id)


@strawberry.type(description="家庭成员（身份证号已脱敏）/ A member; the ID number is masked.")
class Member(Node):
    row: strawberry.Private[MemberRecord]
    today: strawberry.Private[date]  # for the age: one date for the whole response
    id: strawberry.ID = strawberry.field(
        resolver=_member_id, description="全局 ID / Global object ID.", metadata=PLAIN
    )

    @strawberry.field(metadata=PLAIN)
    def name(self) -> str:
        return self.row.name

    @strawberry.field(description="脱敏身份证号 / Masked ID number.", metadata=PLAIN)
    def id_number(self) -> str:
        return self.row.id_masked

    @strawberry.field(metadata=PLAIN)
    def sex(self) -> str:
        return self.row.sex

    @strawberry.field(metadata=PLAIN)
    def birth_date(self) -> date:
        return self.row.birth_date

    @strawberry.field(metadata=PLAIN)
    def age(self) -> int:
        return age_on(self.row.birth_date, self.today)

    @strawberry.field(metadata=PLAIN)
    def relation(self) -> str:
        return self.row.relation

    @strawberry.field(metadata=PLAIN)
    def relation_label(self) -> str:
        return RELATIONS.get(self.row.relation, self.row.relation)

    @strawberry.field(metadata=PLAIN)
    def labour_status(self) -> str:
        return self.row.labour_status

    @strawberry.field(metadata=PLAIN)
    def labour_status_label(self) -> str:
        return LABOUR.get(self.row.labour_status, self.row.labour_status)

    @strawberry.field(metadata=PLAIN)
    def disability_type(self) -> str | None:
        return self.row.disability_type

    @strawberry.field(metadata=PLAIN)
    def disability_grade(self) -> int | None:
        return self.row.disability_grade

    @strawberry.field(metadata=PLAIN)
    def chronic_illness(self) -> bool:
        return self.row.chronic_illness

    @strawberry.field(metadata=PLAIN)
    def chronic_certified(self) -> bool:
        return self.row.chronic_certified

    @strawberry.field(metadata=PLAIN)
    def basic_medical(self) -> bool:
        return self.row.basic_medical

    @strawberry.field(metadata=PLAIN)
    def critical_illness(self) -> bool:
        return self.row.critical_illness

    @strawberry.field(metadata=PLAIN)
    def special_insurance(self) -> bool:
        return self.row.special_insurance

    @strawberry.field(metadata=PLAIN)
    def special_policy_delivered(self) -> bool:
        return self.row.special_policy_delivered

    @strawberry.field(metadata=PLAIN)
    def school_stage(self) -> str | None:
        return self.row.school_stage

    @strawberry.field(metadata=PLAIN)
    def school_stage_label(self) -> str | None:
        return SCHOOL_STAGES.get(self.row.school_stage or "", None)

    @strawberry.field(metadata=PLAIN)
    def enrolled(self) -> bool | None:
        return self.row.enrolled

    @strawberry.field(metadata=PLAIN)
    def subsidies(self) -> list[str]:
        return self.row.subsidies

    @strawberry.field(metadata=PLAIN)
    def yulu_plan(self) -> bool:
        return self.row.yulu_plan

    @strawberry.field(metadata=PLAIN)
    def family_doctor(self) -> bool:
        return self.row.family_doctor

    @strawberry.field(
        description="完整身份证号（有权限的角色可见，每次读取记入审计）/ "
        "Full ID number, for roles that may see it; audited."
    )
    async def id_number_full(self, info: Info) -> str:
        ctx = info.context
        async with ctx.db as session:
            # The sealed number is not in the record; the row is often in the session
            # already (``node(id:)`` loads it).
            member = await session.get(models.Member, (self.row.town_id, self.row.id))
            if member is None:
                raise not_found()
            return await reveal.reveal_id_number(
                session,
                policy=ctx.policy,
                principal=viewer(info),
                vault=vault_for(ctx.settings.data_key),
                member=member,
            )
