"""Listing households: the viewer's scope, filters and keyset pages, members in one query."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, exists, false, func, or_, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.errors import forbidden
from towncheck.households.idcard import IdNumberError, parse_id_number
from towncheck.households.models import Household, HouseholdHelper, Member, RiskFlag
from towncheck.households.scope import visible
from towncheck.personal import Vault
from towncheck.tenancy.models import Village


@dataclass(frozen=True, slots=True)
class HouseholdFilter:
    town_id: int | None = None
    area_id: int | None = None
    village_id: int | None = None
    category: str | None = None
    helper_user_id: int | None = None
    risk_flag: str | None = None
    search: str | None = None
    id_number: str | None = None
    any_risk_flag: bool | None = None


def _conditions(flt: HouseholdFilter, vault: Vault) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if flt.town_id is not None:
        found.append(Household.town_id == flt.town_id)
    if flt.area_id is not None:
        found.append(
            Household.village_id.in_(
                select(Village.id).where(
                    Village.town_id == Household.town_id, Village.area_id == flt.area_id
                )
            )
        )
    if flt.village_id is not None:
        found.append(Household.village_id == flt.village_id)
    if flt.category is not None:
        found.append(Household.category == flt.category)
    if flt.helper_user_id is not None:
        found.append(
            exists().where(
                HouseholdHelper.town_id == Household.town_id,
                HouseholdHelper.household_id == Household.id,
                HouseholdHelper.user_id == flt.helper_user_id,
            )
        )
    if flt.risk_flag is not None:
        found.append(
            exists().where(
                RiskFlag.town_id == Household.town_id,
                RiskFlag.household_id == Household.id,
                RiskFlag.flag == flt.risk_flag,
            )
        )
    if flt.any_risk_flag is not None:
        flagged = exists().where(
            RiskFlag.town_id == Household.town_id, RiskFlag.household_id == Household.id
        )
        found.append(flagged if flt.any_risk_flag else ~flagged)
    if flt.search:
        pattern = "%" + flt.search.strip().replace("%", r"\%").replace("_", r"\_") + "%"
        found.append(
            or_(
                Household.head_name.like(pattern),
                Household.address.like(pattern),
                exists().where(
                    Member.town_id == Household.town_id,
                    Member.household_id == Household.id,
                    Member.name.like(pattern),
                ),
            )
        )
    if flt.id_number:
        found.append(_by_id_number(flt.id_number, vault))
    return found


def _by_id_number(value: str, vault: Vault) -> ColumnElement[bool]:
    """Exact match through the keyed hash: the number itself is never stored in clear."""
    try:
        number = parse_id_number(value).number
    except IdNumberError:
        return false()  # an invalid number matches nobody
    return exists().where(
        Member.town_id == Household.town_id,
        Member.household_id == Household.id,
        Member.id_hash == vault.lookup_hash(number),
    )


def household_query(principal: Principal, flt: HouseholdFilter, vault: Vault) -> Select[Household]:
    return select(Household).where(visible(principal), *_conditions(flt, vault))


def check_readable(policy: Policy, principal: Principal, flt: HouseholdFilter) -> None:
    if flt.town_id is not None:
        require(policy, principal, "household", "read", town_id=flt.town_id)
        return
    if not principal.read_towns:
        raise forbidden()


async def page(
    session: AsyncSession,
    *,
    principal: Principal,
    flt: HouseholdFilter,
    vault: Vault,
    after: tuple[int, int] | None,
    size: int,
) -> list[Household]:
    """``size + 1`` rows at most, ordered by (town, id): the extra one says more follow."""
    stmt = household_query(principal, flt, vault)
    if after is not None:
        stmt = stmt.where(tuple_(Household.town_id, Household.id) > tuple_(*after))
    stmt = stmt.order_by(Household.town_id, Household.id).limit(size + 1)
    return list((await session.scalars(stmt)).all())


async def count(
    session: AsyncSession, *, principal: Principal, flt: HouseholdFilter, vault: Vault
) -> int:
    stmt = select(func.count()).select_from(household_query(principal, flt, vault).subquery())
    return int(await session.scalar(stmt) or 0)


async def members_of(
    session: AsyncSession, households: Sequence[Household]
) -> dict[tuple[int, int], list[Member]]:
    """Members of a page of households in one query, in household order."""
    grouped: dict[tuple[int, int], list[Member]] = defaultdict(list)
    if not households:
        return grouped
    keys = [(h.town_id, h.id) for h in households]
    stmt = (
        select(Member)
        .where(tuple_(Member.town_id, Member.household_id).in_(keys))
        .order_by(Member.town_id, Member.household_id, Member.position, Member.id)
    )
    for member in (await session.scalars(stmt)).all():
        grouped[(member.town_id, member.household_id)].append(member)
    return grouped
