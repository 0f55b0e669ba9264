"""GraphQL types of key villages' years, their readiness and the two registers."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum

import strawberry

from towncheck.api.relay import Node, node_id
from towncheck.programs import models
from towncheck.programs.items import ITEMS
from towncheck.programs.villages import Readiness


@strawberry.enum(description="社会扶贫类别 / Kind of social assistance.")
class AssistanceKind(Enum):
    DONATION = "donation"  # 捐助捐赠
    CROWDFUNDING = "crowdfunding"  # 爱心众筹
    COMPANY = "company"  # 企业参与
    ORGANISATION = "organisation"  # 社会组织参与
    CONSUMPTION = "consumption"  # 消费扶贫


@strawberry.type(description="“五通十有”中的一项 / One item of the 五通十有 standard.")
class FiveTenItem:
    code: str
    name: str = strawberry.field(description="中文名称，如 通路、有卫生室 / Chinese name.")
    met: bool | None = strawberry.field(
        default=None, description="是否达标（仅在村年度中）/ Met (only within a village year)."
    )


@strawberry.type(description="村年度情况：村集体收入与“五通十有” / A village's year.")
class VillageYear(Node):
    village_id: strawberry.ID
    year: int
    collective_income: Decimal = strawberry.field(description="村集体年收入（元）/ Yuan.")
    items: list[FiveTenItem] = strawberry.field(description="“五通十有”各项 / Every item.")
    note: str
    updated_at: datetime

    @classmethod
    def of(cls, r: models.VillageYear) -> VillageYear:
        town = r.town_id
        return cls(
            id=node_id("VillageYear", r.id, town),
            village_id=node_id("Village", r.village_id, town),
            year=r.year,
            collective_income=r.collective_income,
            items=[
                FiveTenItem(code=c, name=n, met=bool(r.facilities.get(c, False)))
                for c, n in ITEMS.items()
            ],
            note=r.note,
            updated_at=r.updated_at,
        )


@strawberry.type(
    description="重点村稳定退出情况（计算得出，不存储）/ A key village's exit readiness."
)
class VillageReadiness:
    village_id: strawberry.ID
    village_name: str
    year: int
    entered: bool = strawberry.field(description="是否已填报当年情况 / Year entered.")
    collective_income: Decimal | None = strawberry.field(description="村集体年收入（元）")
    income_ok: bool = strawberry.field(description="村集体年收入超过 5 万元 / Above 50,000.")
    facilities_ok: bool = strawberry.field(description="“五通十有”全部达标 / All items met.")
    missing: list[str] = strawberry.field(description="未达标的“五通十有”项 / Items not met.")
    ready: bool = strawberry.field(description="符合稳定退出条件 / Both conditions hold.")

    @classmethod
    def of(cls, r: Readiness, town_id: int) -> VillageReadiness:
        return cls(
            village_id=node_id("Village", r.village_id, town_id),
            village_name=r.village,
            year=r.year,
            entered=r.entered,
            collective_income=r.collective_income,
            income_ok=r.income_ok,
            facilities_ok=r.facilities_ok,
            missing=list(r.missing),
            ready=r.ready,
        )


@strawberry.type(description="社会扶贫登记 / A social-assistance entry.")
class SocialAssistance(Node):
    kind: AssistanceKind
    kind_label: str
    helper: str = strawberry.field(description="捐助方或帮扶主体 / Donor or helper.")
    amount: Decimal = strawberry.field(description="金额（元，物资按价值）/ Yuan.")
    given_on: date
    village_id: strawberry.ID | None
    household_id: strawberry.ID | None
    purpose: str
    result: str = strawberry.field(description="成效 / Result.")
    created_at: datetime

    @classmethod
    def of(cls, r: models.SocialAssistance) -> SocialAssistance:
        town = r.town_id
        return cls(
            id=node_id("SocialAssistance", r.id, town),
            kind=AssistanceKind(r.kind),
            kind_label=models.ASSISTANCE_KINDS[r.kind],
            helper=r.helper,
            amount=r.amount,
            given_on=r.given_on,
            village_id=None if r.village_id is None else node_id("Village", r.village_id, town),
            household_id=None
            if r.household_id is None
            else node_id("Household", r.household_id, town),
            purpose=r.purpose,
            result=r.result,
            created_at=r.created_at,
        )


@strawberry.type(description="省内扶贫协作资金 / An intra-province collaboration fund.")
class CollaborationFund(Node):
    partner: str = strawberry.field(description="协作方 / Partner.")
    year: int
    amount: Decimal = strawberry.field(description="金额（元）/ Yuan.")
    purpose: str = strawberry.field(description="项目或用途 / Project or purpose.")
    received_on: date | None = strawberry.field(description="到账日期 / Received.")
    used_on: date | None = strawberry.field(description="使用日期 / Used.")
    results: str = strawberry.field(description="带动脱贫成效 / Results.")
    created_at: datetime

    @classmethod
    def of(cls, r: models.CollaborationFund) -> CollaborationFund:
        return cls(
            id=node_id("CollaborationFund", r.id, r.town_id),
            partner=r.partner,
            year=r.year,
            amount=r.amount,
            purpose=r.purpose,
            received_on=r.received_on,
            used_on=r.used_on,
            results=r.results,
            created_at=r.created_at,
        )
