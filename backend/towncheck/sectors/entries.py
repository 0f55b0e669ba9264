"""Reading one department list's entries: keyset pages with filters, each entry with the
registry's member who has its ID number now, and full ID numbers for roles that may see them.

An entry was matched to a member at import; the registry may since have removed or moved
that person. "Matched" is therefore read now, by the ID hash, as the policy rules read it.
ID numbers are shown masked, as the registry shows members'; the full number only to roles
that may reveal personal identifiers, each reveal audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import ColumnElement, Select, exists, func, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import not_found
from towncheck.households.models import Household, Member
from towncheck.households.scope import WHOLE_TOWN, visible
from towncheck.personal import Vault
from towncheck.sectors.models import DepartmentEntry, DepartmentList

SEARCH_MAX: Final = 64


@dataclass(frozen=True, slots=True)
class EntryFilter:
    matched: bool | None = None  # None: all; True: in the registry now; False: not
    search: str | None = None  # part of the name, as the department wrote it


@dataclass(frozen=True, slots=True)
class EntryView:
    """An entry, with the member who has its ID number now (if anyone) and its number."""

    entry: DepartmentEntry
    member_id: int | None
    household_id: int | None
    id_masked: str | None
    id_cipher: bytes | None

    @property
    def matched(self) -> bool:
        return self.member_id is not None


# The town's member with the entry's ID hash now: the first, as the import matched.
CURRENT: Final = (
    select(
        Member.id.label("member_id"),
        Member.household_id.label("household_id"),
        Member.id_masked.label("id_masked"),
        Member.id_cipher.label("id_cipher"),
    )
    .where(Member.town_id == DepartmentEntry.town_id, Member.id_hash == DepartmentEntry.id_hash)
    .order_by(Member.id)
    .limit(1)
    .lateral("current_member")
)


def _in_scope(principal: Principal, town_id: int) -> ColumnElement[bool] | None:
    """Roles narrowed below the town (an area, a village, a helper's households) see the
    entries of the households they see in the registry, as matched at import."""
    if principal.roles_in_town(town_id) & WHOLE_TOWN:
        return None
    return exists().where(
        Household.town_id == DepartmentEntry.town_id,
        Household.id == DepartmentEntry.household_id,
        visible(principal),
    )


def _columns() -> Select[Any]:
    return select(
        DepartmentEntry,
        CURRENT.c.member_id,
        CURRENT.c.household_id,
        func.coalesce(DepartmentEntry.id_masked, CURRENT.c.id_masked),
        func.coalesce(DepartmentEntry.id_cipher, CURRENT.c.id_cipher),
    )


def _conditions(
    principal: Principal, *, town_id: int, flt: EntryFilter | None = None
) -> list[ColumnElement[bool]]:
    """Entries of the town the principal sees, narrowed by the filter."""
    found: list[ColumnElement[bool]] = [DepartmentEntry.town_id == town_id]
    scope = _in_scope(principal, town_id)
    if scope is not None:
        found.append(scope)
    if flt is None:
        return found
    if flt.matched is not None:
        member = CURRENT.c.member_id
        found.append(member.is_not(None) if flt.matched else member.is_(None))
    search = (flt.search or "").strip()[:SEARCH_MAX]
    if search:
        pattern = "%" + search.replace("%", r"\%").replace("_", r"\_") + "%"
        found.append(DepartmentEntry.name.like(pattern))
    return found


def _view(row: Sequence[Any]) -> EntryView:
    entry, member_id, household_id, id_masked, id_cipher = row
    cipher = None if id_cipher is None else bytes(id_cipher)
    return EntryView(entry, member_id, household_id, id_masked, cipher)


async def entry_page(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    list_id: int,
    flt: EntryFilter,
    size: int,
    after: int,
) -> tuple[list[EntryView], int]:
    """Up to ``size + 1`` entries past the ``after`` key in file order (the extra one tells
    of a next page), and how many match the filter: three statements whatever the size."""
    require(policy, principal, "sector", "read", town_id=town_id)
    # Row-level security hides another town's list even when the id names one.
    if await session.get(DepartmentList, (town_id, list_id)) is None:
        raise not_found("部门名单不存在或您无权查看")
    wanted = [
        DepartmentEntry.list_id == list_id,
        *_conditions(principal, town_id=town_id, flt=flt),
    ]
    paged = _columns().outerjoin(CURRENT, true()).where(*wanted)
    if after >= 0:
        paged = paged.where(DepartmentEntry.id > after)
    rows = (await session.execute(paged.order_by(DepartmentEntry.id).limit(size + 1))).all()
    counted = select(func.count()).select_from(DepartmentEntry)
    if flt.matched is not None:  # only the filter on the member needs the join to count
        counted = counted.outerjoin(CURRENT, true())
    total = await session.scalar(counted.where(*wanted))
    return [_view(r) for r in rows], int(total or 0)


async def entry_by_id(
    session: AsyncSession, *, principal: Principal, town_id: int, entry_id: int
) -> EntryView | None:
    """One entry the principal sees (the caller has checked ``sector`` ``read``)."""
    query = (
        _columns()
        .outerjoin(CURRENT, true())
        .where(DepartmentEntry.id == entry_id, *_conditions(principal, town_id=town_id))
    )
    row = (await session.execute(query)).first()
    return None if row is None else _view(row)


@dataclass(frozen=True, slots=True)
class Sealed:
    """An entry's number as stored: what the reveal opens and what its audit entry names."""

    town_id: int
    list_id: int
    entry_id: int
    id_masked: str | None
    id_cipher: bytes | None


async def reveal_id_numbers(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    vault: Vault,
    town_id: int,
    list_id: int,
    entries: Sequence[Sealed],
) -> list[str | None]:
    """Full ID numbers of a list's entries, for roles that may see them; one audit entry
    names every entry revealed (a page's worth costs the same few statements as one)."""
    require(policy, principal, "person", "reveal", town_id=town_id)
    shown = [e for e in entries if e.id_cipher is not None]
    if shown:
        await allow_town_write(session, town_id)
        await audit.record(
            session,
            actor=principal,
            action="person.reveal",
            target_type="DepartmentList",
            target_id=list_id,
            town_id=town_id,
            after={
                "field": "id_number",
                "entries": [e.entry_id for e in shown],
                "masked": [e.id_masked for e in shown],
            },
        )
    return [None if e.id_cipher is None else vault.open(e.id_cipher) for e in entries]
