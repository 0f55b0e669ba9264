"""Registry rules: creating and editing households and members, within the viewer's scope.

Services validate everything first, then write; they never commit. Personal identifiers
are sealed by the vault before they reach a row, and audit entries carry masked values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, InvalidInput, invalid, not_found
from towncheck.households import risk
from towncheck.households.idcard import mask_id_number, mask_phone, parse_id_number
from towncheck.households.models import Household, HouseholdHelper, Member
from towncheck.households.scope import visible
from towncheck.households.validation import (
    HouseholdData,
    MemberData,
    Problem,
    check_household,
    check_member,
)
from towncheck.personal import Vault
from towncheck.tenancy.models import Village


class InvalidRegistryData(InvalidInput):
    """Registry data with problems (every one, so the form can mark all of them at once)."""


def build_member(
    vault: Vault, *, town_id: int, household_id: int, position: int, data: MemberData
) -> Member:
    """A member row from checked data: the ID number sealed, hashed and masked."""
    parsed = parse_id_number(data.id_number)
    return Member(
        town_id=town_id,
        household_id=household_id,
        position=position,
        name=data.name.strip(),
        id_cipher=vault.seal(parsed.number),
        id_hash=vault.lookup_hash(parsed.number),
        id_masked=mask_id_number(parsed.number),
        sex=parsed.sex,
        birth_date=parsed.birth_date,
        relation=data.relation,
        labour_status=data.labour_status,
        disability_type=data.disability_type or None,
        disability_grade=data.disability_grade,
        chronic_illness=data.chronic_illness,
        chronic_certified=data.chronic_certified,
        basic_medical=data.basic_medical,
        critical_illness=data.critical_illness,
        special_insurance=data.special_insurance,
        special_policy_delivered=data.special_policy_delivered,
        school_stage=data.school_stage or None,
        enrolled=data.enrolled,
        subsidies=list(data.subsidies),
        yulu_plan=data.yulu_plan,
        family_doctor=data.family_doctor,
    )


def _set_phone(vault: Vault, household: Household, phone: str | None) -> None:
    phone = (phone or "").strip() or None
    household.phone_cipher = vault.seal(phone) if phone else None
    household.phone_hash = vault.lookup_hash(phone) if phone else None
    household.phone_masked = mask_phone(phone) if phone else None


async def _guard(
    session: AsyncSession, *, policy: Policy, principal: Principal, town_id: int
) -> None:
    require(policy, principal, "household", "write", town_id=town_id)
    await allow_town_write(session, town_id)


async def _village(session: AsyncSession, town_id: int, village_id: int) -> Village:
    village = await session.get(Village, (town_id, village_id))
    if village is None:
        raise invalid("村不存在或不属于本乡镇", field="villageId")
    return village


async def _already_registered(
    session: AsyncSession,
    *,
    town_id: int,
    hashes: Sequence[bytes],
    except_household: int | None = None,
) -> Member | None:
    stmt = select(Member).where(Member.town_id == town_id, Member.id_hash.in_(hashes))
    if except_household is not None:
        stmt = stmt.where(Member.household_id != except_household)
    return (await session.scalars(stmt.limit(1))).first()


async def create_household(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    vault: Vault,
    town_id: int,
    data: HouseholdData,
    today: date | None = None,
) -> Household:
    await _guard(session, policy=policy, principal=principal, town_id=town_id)
    problems = check_household(data, today=today)
    if problems:
        raise InvalidRegistryData(problems)
    await _village(session, town_id, data.village_id)
    numbers = [parse_id_number(m.id_number).number for m in data.members]
    taken = await _already_registered(
        session, town_id=town_id, hashes=[vault.lookup_hash(n) for n in numbers]
    )
    if taken is not None:
        raise DomainError(
            ErrorCode.CONFLICT,
            f"身份证号 {taken.id_masked} 已登记在本乡镇另一户（{taken.name}）",
            field="members",
        )
    head = next(m for m in data.members if m.relation == "head")
    household = Household(
        town_id=town_id,
        village_id=data.village_id,
        head_name=head.name.strip(),
        head_id_hash=vault.lookup_hash(parse_id_number(head.id_number).number),
        address=data.address.strip(),
        category=data.category,
        lifted_year=data.lifted_year,
        poverty_causes=list(data.poverty_causes),
        assistance_measures=list(data.assistance_measures),
    )
    _set_phone(vault, household, data.phone)
    session.add(household)
    await session.flush()
    for position, member in enumerate(data.members):
        session.add(
            build_member(
                vault, town_id=town_id, household_id=household.id, position=position, data=member
            )
        )
    await _assign(session, household, data.helper_user_ids)
    await session.flush()
    await risk.recompute(session, town_id=town_id, household_ids=[household.id])
    await audit.record(
        session,
        actor=principal,
        action="household.create",
        target_type="Household",
        target_id=household.id,
        town_id=town_id,
        after=_summary(household, len(data.members)),
    )
    return household


def _summary(household: Household, members: int) -> dict[str, Any]:
    return {
        "head": household.head_name,
        "village_id": household.village_id,
        "category": household.category,
        "members": members,
        "phone": household.phone_masked,
    }


async def _assign(session: AsyncSession, household: Household, user_ids: Sequence[int]) -> None:
    await session.execute(
        delete(HouseholdHelper).where(
            HouseholdHelper.town_id == household.town_id,
            HouseholdHelper.household_id == household.id,
        )
    )
    for user_id in sorted(set(user_ids)):
        session.add(
            HouseholdHelper(town_id=household.town_id, household_id=household.id, user_id=user_id)
        )


async def household_in_scope(
    session: AsyncSession, *, principal: Principal, town_id: int, household_id: int
) -> Household:
    household = await session.scalar(
        select(Household).where(
            Household.town_id == town_id, Household.id == household_id, visible(principal)
        )
    )
    if household is None:
        raise not_found("户不存在或不在您的负责范围内")
    return household


@dataclass(frozen=True, slots=True)
class HouseholdChanges:
    """Fields a form may change; None leaves a field as it is. The category changes only
    through a status procedure."""

    village_id: int | None = None
    address: str | None = None
    lifted_year: int | None = None
    poverty_causes: tuple[str, ...] | None = None
    assistance_measures: tuple[str, ...] | None = None
    phone: str | None = None
    helper_user_ids: tuple[int, ...] | None = None


async def update_household(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    vault: Vault,
    town_id: int,
    household_id: int,
    changes: HouseholdChanges,
) -> Household:
    await _guard(session, policy=policy, principal=principal, town_id=town_id)
    household = await household_in_scope(
        session, principal=principal, town_id=town_id, household_id=household_id
    )
    before = _summary(household, 0)
    probe = HouseholdData(
        village_id=household.village_id,
        category=household.category,
        members=(),
        lifted_year=changes.lifted_year,
        poverty_causes=changes.poverty_causes or (),
        phone=changes.phone,
    )
    problems = [p for p in check_household(probe) if p.field != "members"]
    if problems:
        raise InvalidRegistryData(problems)
    if changes.village_id is not None:
        await _village(session, town_id, changes.village_id)
        household.village_id = changes.village_id
    if changes.address is not None:
        household.address = changes.address.strip()
    if changes.lifted_year is not None:
        household.lifted_year = changes.lifted_year
    if changes.poverty_causes is not None:
        household.poverty_causes = list(changes.poverty_causes)
    if changes.assistance_measures is not None:
        household.assistance_measures = list(changes.assistance_measures)
    if changes.phone is not None:
        _set_phone(vault, household, changes.phone)
    if changes.helper_user_ids is not None:
        await _assign(session, household, changes.helper_user_ids)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="household.update",
        target_type="Household",
        target_id=household.id,
        town_id=town_id,
        before=before,
        after=_summary(household, 0),
    )
    return household


async def add_member(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    vault: Vault,
    town_id: int,
    household_id: int,
    data: MemberData,
) -> Member:
    await _guard(session, policy=policy, principal=principal, town_id=town_id)
    household = await household_in_scope(
        session, principal=principal, town_id=town_id, household_id=household_id
    )
    problems = check_member(data)
    if data.relation == "head":
        problems.append(Problem("relation", "每户只能有一名户主"))
    if problems:
        raise InvalidRegistryData(problems)
    number = parse_id_number(data.id_number).number
    taken = await _already_registered(session, town_id=town_id, hashes=[vault.lookup_hash(number)])
    if taken is not None:
        raise DomainError(
            ErrorCode.CONFLICT,
            f"身份证号 {taken.id_masked} 已登记（{taken.name}）",
            field="idNumber",
        )
    count = await session.scalar(
        select(func.count())
        .select_from(Member)
        .where(Member.town_id == town_id, Member.household_id == household.id)
    )
    member = build_member(
        vault, town_id=town_id, household_id=household.id, position=int(count or 0), data=data
    )
    session.add(member)
    await session.flush()
    await risk.recompute(session, town_id=town_id, household_ids=[household.id])
    await audit.record(
        session,
        actor=principal,
        action="member.add",
        target_type="Member",
        target_id=member.id,
        town_id=town_id,
        after={"name": member.name, "id_number": member.id_masked, "household_id": household.id},
    )
    return member


async def remove_member(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    member_id: int,
) -> Member:
    await _guard(session, policy=policy, principal=principal, town_id=town_id)
    member = await session.get(Member, (town_id, member_id))
    if member is None:
        raise not_found("成员不存在")
    await household_in_scope(
        session, principal=principal, town_id=town_id, household_id=member.household_id
    )
    if member.relation == "head":
        raise invalid("不能删除户主；请先变更户主", field="memberId")
    await session.delete(member)
    await session.flush()
    await risk.recompute(session, town_id=town_id, household_ids=[member.household_id])
    await audit.record(
        session,
        actor=principal,
        action="member.remove",
        target_type="Member",
        target_id=member.id,
        town_id=town_id,
        before={"name": member.name, "id_number": member.id_masked},
    )
    return member
