"""Listing households: the viewer's scope, filters and keyset pages, members in one query.

A page reads plain rows (``HouseholdRecord``, ``MemberRecord``), not ORM objects: a hundred
households with their members are hundreds of objects, and the page only shows them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final, NamedTuple

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Select,
    SQLColumnExpression,
    bindparam,
    exists,
    false,
    func,
    or_,
    select,
    tuple_,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.errors import forbidden
from towncheck.households.idcard import IdNumberError, parse_id_number
from towncheck.households.models import Household, HouseholdHelper, Member, RiskFlag
from towncheck.households.scope import visible
from towncheck.personal import Vault
from towncheck.tenancy.models import Village

Key = tuple[int, int]  # (town_id, id) of a tenant row


def pairs_in(town: SQLColumnExpression[int], row: SQLColumnExpression[int]) -> ColumnElement[bool]:
    """``(town, row)`` is one of the keys given as ``key_params(keys)`` when the statement
    runs: a semi-join on two unnested arrays (one such test per statement).

    PostgreSQL plans ``(a, b) in ((1, 2), (1, 3), ...)`` as one test per key on every row of
    the town (milliseconds of its CPU for a page of a hundred), and every length of the list
    is another statement to parse and plan. Two array parameters make one statement whatever
    the number of keys, which can then be built once."""
    towns = bindparam("key_towns", type_=ARRAY(BigInteger))
    ids = bindparam("key_ids", type_=ARRAY(BigInteger))
    pairs = func.unnest(towns, ids).table_valued("town_id", "id").render_derived()
    return tuple_(town, row).in_(select(pairs.c.town_id, pairs.c.id))


def key_params(keys: Sequence[Key]) -> dict[str, list[int]]:
    return {"key_towns": [k[0] for k in keys], "key_ids": [k[1] for k in keys]}


class HouseholdRecord(NamedTuple):
    """The columns of a household that its GraphQL type reads (no identifiers in clear)."""

    town_id: int
    id: int
    village_id: int
    head_name: str
    address: str
    category: str
    lifted_year: int | None
    poverty_causes: list[str]
    assistance_measures: list[str]
    phone_masked: str | None


class MemberRecord(NamedTuple):
    """The columns of a member that its GraphQL type reads (the ID number masked only)."""

    town_id: int
    id: int
    household_id: int
    name: str
    id_masked: str
    sex: str
    birth_date: date
    relation: str
    labour_status: str
    disability_type: str | None
    disability_grade: int | None
    chronic_illness: bool
    chronic_certified: bool
    basic_medical: bool
    critical_illness: bool
    special_insurance: bool
    special_policy_delivered: bool
    school_stage: str | None
    enrolled: bool | None
    subsidies: list[str]
    yulu_plan: bool
    family_doctor: bool

    @classmethod
    def of(cls, row: Member) -> MemberRecord:
        return cls._make(getattr(row, name) for name in cls._fields)


# The records' columns, in their order: a result row becomes a record as it is.
HOUSEHOLD_COLUMNS: Final[tuple[Any, ...]] = tuple(
    getattr(Household, name) for name in HouseholdRecord._fields
)
MEMBER_COLUMNS: Final[tuple[Any, ...]] = tuple(
    getattr(Member, name) for name in MemberRecord._fields
)


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


def _record_query(principal: Principal, flt: HouseholdFilter, vault: Vault) -> Select[Any]:
    return select(*HOUSEHOLD_COLUMNS).where(visible(principal), *_conditions(flt, vault))


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
) -> list[HouseholdRecord]:
    """``size + 1`` rows at most, ordered by (town, id): the extra one says more follow."""
    stmt = _record_query(principal, flt, vault)
    if after is not None:
        stmt = stmt.where(tuple_(Household.town_id, Household.id) > tuple_(*after))
    stmt = stmt.order_by(Household.town_id, Household.id).limit(size + 1)
    return [HouseholdRecord._make(row) for row in (await session.execute(stmt)).all()]


async def count(
    session: AsyncSession, *, principal: Principal, flt: HouseholdFilter, vault: Vault
) -> int:
    stmt = select(func.count()).select_from(household_query(principal, flt, vault).subquery())
    return int(await session.scalar(stmt) or 0)


MEMBER_ORDER: Final = (Member.town_id, Member.household_id, Member.position, Member.id)
_OF_HOUSEHOLDS: Final = pairs_in(Member.town_id, Member.household_id)
MEMBER_ROWS: Final = select(Member).where(_OF_HOUSEHOLDS).order_by(*MEMBER_ORDER)
MEMBER_RECORDS: Final = select(*MEMBER_COLUMNS).where(_OF_HOUSEHOLDS).order_by(*MEMBER_ORDER)


async def members_of(
    session: AsyncSession, households: Sequence[Household]
) -> dict[Key, list[Member]]:
    """Members of households in one query, as ORM rows (with the sealed ID numbers)."""
    grouped: dict[Key, list[Member]] = defaultdict(list)
    if not households:
        return grouped
    keys = [(h.town_id, h.id) for h in households]
    for member in (await session.scalars(MEMBER_ROWS, key_params(keys))).all():
        grouped[(member.town_id, member.household_id)].append(member)
    return grouped


async def member_records(
    session: AsyncSession, keys: Sequence[Key]
) -> dict[Key, list[MemberRecord]]:
    """Members of a page of households (town, id) in one query, in household order."""
    grouped: dict[Key, list[MemberRecord]] = defaultdict(list)
    if not keys:
        return grouped
    for row in (await session.execute(MEMBER_RECORDS, key_params(keys))).all():
        record = MemberRecord._make(row)
        grouped[(record.town_id, record.household_id)].append(record)
    return grouped
