"""The social-assistance register (社会扶贫) and the collaboration-fund register (省内扶贫协作):
the poverty office records each entry, checked and audited. The checks live here so that
recording an entry and correcting it (``register_edits``) accept exactly the same input."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.households.models import Household
from towncheck.programs.models import ASSISTANCE_KINDS, CollaborationFund, SocialAssistance
from towncheck.programs.money import in_cents, whole_cents
from towncheck.projects.checks import Checks, plain
from towncheck.tenancy.models import Village


@dataclass(frozen=True, slots=True)
class AssistanceData:
    kind: str  # ASSISTANCE_KINDS
    helper: str  # 捐助方 / 帮扶主体
    amount: Decimal
    given_on: date
    village_id: int | None = None
    household_id: int | None = None
    purpose: str = ""
    result: str = ""


@dataclass(frozen=True, slots=True)
class CollaborationData:
    partner: str
    year: int
    amount: Decimal
    purpose: str
    received_on: date | None = None
    used_on: date | None = None
    results: str = ""


async def valid_assistance(
    session: AsyncSession, *, town_id: int, data: AssistanceData, today: date
) -> AssistanceData:
    """``data`` as it is stored (texts trimmed, the household's village filled in), or an
    ``InvalidInput`` naming every problem."""
    checks = Checks()
    if data.kind not in ASSISTANCE_KINDS:
        checks.fail("kind", f"类别须为：{'、'.join(ASSISTANCE_KINDS.values())}")
    helper = checks.text("helper", data.helper, "捐助方或帮扶主体")
    checks.amount("amount", data.amount, "金额", positive=True)
    whole_cents(checks, "amount", data.amount, "金额")
    checks.not_future("givenOn", data.given_on, "捐助日期", today)
    checks.year("givenOn", data.given_on.year, today)
    purpose = checks.text("purpose", data.purpose, "用途", required=False)
    result = checks.text("result", data.result, "成效", required=False)
    household = None
    if data.household_id is not None:
        household = await session.get(Household, (town_id, data.household_id))
        if household is None:
            checks.fail("householdId", "农户不存在或不属于本镇")
    village_id = data.village_id
    if village_id is not None and await session.get(Village, (town_id, village_id)) is None:
        checks.fail("villageId", "村不存在或不属于本镇")
    if household is not None:
        if village_id is not None and village_id != household.village_id:
            checks.fail("householdId", "该农户不在所选的村")
        village_id = household.village_id  # a household's help is also its village's
    checks.raise_any()
    return replace(
        data,
        helper=helper,
        amount=in_cents(data.amount),
        village_id=village_id,
        purpose=purpose,
        result=result,
    )


def valid_collaboration(*, data: CollaborationData, today: date) -> CollaborationData:
    """``data`` as it is stored (texts trimmed), or an ``InvalidInput``."""
    checks = Checks()
    partner = checks.text("partner", data.partner, "协作方")
    checks.year("year", data.year, today)
    checks.amount("amount", data.amount, "协作资金", positive=True)
    whole_cents(checks, "amount", data.amount, "协作资金")
    purpose = checks.text("purpose", data.purpose, "项目或用途")
    results = checks.text("results", data.results, "带动成效", required=False)
    checks.not_future("receivedOn", data.received_on, "到账日期", today)
    checks.not_future("usedOn", data.used_on, "使用日期", today)
    checks.in_order("usedOn", data.used_on, data.received_on, "使用日期不能早于到账日期")
    if data.used_on is not None and data.received_on is None:
        checks.fail("receivedOn", "已使用的协作资金须填写到账日期")
    if data.received_on is not None and data.received_on.year < data.year:
        checks.fail("receivedOn", f"到账日期不能早于资金年度（{data.year} 年）")
    checks.raise_any()
    return replace(
        data, partner=partner, amount=in_cents(data.amount), purpose=purpose, results=results
    )


def assign_assistance(row: SocialAssistance, data: AssistanceData) -> None:
    row.kind, row.helper, row.amount = data.kind, data.helper, data.amount
    row.given_on, row.purpose, row.result = data.given_on, data.purpose, data.result
    row.village_id, row.household_id = data.village_id, data.household_id


def assign_collaboration(row: CollaborationFund, data: CollaborationData) -> None:
    row.partner, row.year, row.amount = data.partner, data.year, data.amount
    row.purpose, row.results = data.purpose, data.results
    row.received_on, row.used_on = data.received_on, data.used_on


async def create_assistance(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    data: AssistanceData,
    today: date,
) -> SocialAssistance:
    require(policy, principal, "program", "write", town_id=town_id)
    checked = await valid_assistance(session, town_id=town_id, data=data, today=today)
    await allow_town_write(session, town_id)
    row = SocialAssistance(town_id=town_id, created_by=principal.user_id)
    assign_assistance(row, checked)
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="social_assistance.create",
        target_type="SocialAssistance",
        target_id=row.id,
        town_id=town_id,
        after=plain(checked),
    )
    return row


async def create_collaboration(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    data: CollaborationData,
    today: date,
) -> CollaborationFund:
    require(policy, principal, "program", "write", town_id=town_id)
    checked = valid_collaboration(data=data, today=today)
    await allow_town_write(session, town_id)
    row = CollaborationFund(town_id=town_id, created_by=principal.user_id)
    assign_collaboration(row, checked)
    session.add(row)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="collaboration_fund.create",
        target_type="CollaborationFund",
        target_id=row.id,
        town_id=town_id,
        after=plain(checked),
    )
    return row
