"""The set-based upsert of a staged batch, in the caller's transaction.

Households are keyed by (town, head's ID hash) and members by (town, ID hash). New rows are
inserted; registered rows are updated only where a value differs, so that importing the same
file twice changes nothing (no new rows, no new ``updated_at``, no recomputed flags).
Households first (``write_households``), then their members (``write_members``); each
statement notes the households it wrote to in a temporary table, whose risk flags
``refresh_flags`` recomputes at the end without their ids ever leaving the database.

Only the fields the file has columns for are compared and updated: a national export without
特惠保 must not clear what the template import recorded. A registered household's 户类别 is
never changed here (that takes a status procedure; ``conflicts.category_differences``), and
members missing from the file are kept: removing a person is a decision, not an import.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.households import risk
from towncheck.households.importing.staging import HOUSEHOLDS, MEMBERS, TOUCHED

# Household fields a file may fill → the table columns compared (the phone by its hash,
# since every sealing of the same number differs) and the ones written.
_HOUSEHOLD_COMPARED = {
    "village_id": ("village_id",),
    "address": ("address",),
    "lifted_year": ("lifted_year",),
    "poverty_causes": ("poverty_causes",),
    "assistance_measures": ("assistance_measures",),
    "phone": ("phone_hash",),
}
_HOUSEHOLD_WRITTEN = {
    **_HOUSEHOLD_COMPARED,
    "phone": ("phone_cipher", "phone_hash", "phone_masked"),
}
_MEMBER_FIELDS = frozenset(
    {
        "name",
        "relation",
        "labour_status",
        "disability_type",
        "disability_grade",
        "chronic_illness",
        "chronic_certified",
        "basic_medical",
        "critical_illness",
        "special_insurance",
        "special_policy_delivered",
        "school_stage",
        "enrolled",
        "yulu_plan",
        "family_doctor",
    }
)
_HOUSEHOLD_INSERTED = (
    "village_id",
    "head_name",
    "head_id_hash",
    "address",
    "category",
    "lifted_year",
    "poverty_causes",
    "assistance_measures",
    "phone_cipher",
    "phone_hash",
    "phone_masked",
)
_MEMBER_INSERTED = (  # besides its household's id
    "position",
    "name",
    "id_cipher",
    "id_hash",
    "id_masked",
    "sex",
    "birth_date",
    "relation",
    "labour_status",
    "disability_type",
    "disability_grade",
    "chronic_illness",
    "chronic_certified",
    "basic_medical",
    "critical_illness",
    "special_insurance",
    "special_policy_delivered",
    "school_stage",
    "enrolled",
    "yulu_plan",
    "family_doctor",
)


@dataclass(frozen=True, slots=True)
class Counts:
    created: int
    updated: int
    unchanged: int

    def as_dict(self) -> dict[str, int]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged}


def _differs(columns: Iterable[str], *, left: str, right: str) -> str:
    listed = list(columns)
    return (
        f"({', '.join(f'{left}.{c}' for c in listed)}) is distinct from "
        f"({', '.join(f'{right}.{c}' for c in listed)})"
    )


def _household_update(fields: frozenset[str]) -> str:
    present = [f for f in _HOUSEHOLD_COMPARED if f in fields]
    compared = ["head_name", *(c for f in present for c in _HOUSEHOLD_COMPARED[f])]
    written = ["head_name", *(c for f in present for c in _HOUSEHOLD_WRITTEN[f])]
    # Column names come from the fixed tables above, never from the file.
    return (
        f"update households h set {', '.join(f'{c} = s.{c}' for c in written)},"  # noqa: S608
        f" updated_at = now() from {HOUSEHOLDS} s"
        " where h.town_id = :town and h.head_id_hash = s.head_id_hash"
        f" and {_differs(compared, left='h', right='s')}"
    )


_HOUSEHOLD_INSERT = (
    f"insert into households (town_id, {', '.join(_HOUSEHOLD_INSERTED)}, updated_at)"  # noqa: S608
    f" select :town, {', '.join(f's.{c}' for c in _HOUSEHOLD_INSERTED)}, now()"
    f" from {HOUSEHOLDS} s where not exists (select 1 from households h"
    " where h.town_id = :town and h.head_id_hash = s.head_id_hash)"
)

# A staged member's household, by its head's ID hash (registered or inserted just before).
_THEIR_HOUSEHOLD = (
    f"{MEMBERS} s join households h on h.town_id = :town and h.head_id_hash = s.head_id_hash"
)


def _member_update(fields: frozenset[str]) -> str:
    columns = ["position", *sorted(_MEMBER_FIELDS & fields)]
    return (
        f"update members m set {', '.join(f'{c} = s.{c}' for c in columns)}"  # noqa: S608
        f" from {_THEIR_HOUSEHOLD} where m.town_id = :town and m.id_hash = s.id_hash"
        " and m.household_id = h.id"
        f" and {_differs(columns, left='m', right='s')}"
    )


# 补贴 (subsidies) has no column in the files: new members start with none.
_MEMBER_INSERT = (
    f"insert into members (town_id, household_id, {', '.join(_MEMBER_INSERTED)}, subsidies)"  # noqa: S608
    f" select :town, h.id, {', '.join(f's.{c}' for c in _MEMBER_INSERTED)}, '{{}}'"
    f" from {_THEIR_HOUSEHOLD} where not exists (select 1 from members m"
    " where m.town_id = :town and m.id_hash = s.id_hash)"
)

# How many households were touched, and how many the town has: equal, they are the town.
_TOUCHED_COUNT = (
    f"select (select count(distinct household_id) from {TOUCHED}),"  # noqa: S608
    " (select count(*) from households where town_id = :town)"
)
_TOUCHED_IDS = f"select distinct household_id from {TOUCHED}"  # noqa: S608


async def _write(session: AsyncSession, statement: str, town_id: int, *, noted: str | None) -> int:
    """Run an update or insert; how many rows it wrote. With ``noted``, the expression for
    the household of each row written, those households are noted in ``TOUCHED`` for
    ``refresh_flags``: in the database, since sending a county's ids to Python and back as
    an array cost more than the statements themselves."""
    if noted is None:
        result = await session.execute(text(statement), {"town": town_id})
        # An update or insert: its result is the cursor's, which counted the rows written.
        return cast(CursorResult[Any], result).rowcount
    found = await session.scalar(
        text(
            f"with changed as ({statement} returning {noted} as household_id),"  # noqa: S608
            f" noted as (insert into {TOUCHED} (household_id)"
            " select distinct household_id from changed)"
            " select count(*) from changed"
        ),
        {"town": town_id},
    )
    return int(found or 0)


async def town_is_empty(session: AsyncSession, *, town_id: int) -> bool:
    """No household is registered in the town yet (nor, then, any member): the whole town is
    what an import touches, and its households need not be noted one by one. (The updates
    still run: they cost nothing on an empty town and see what another transaction added.)"""
    found = await session.scalar(
        text("select exists (select 1 from households where town_id = :town)"), {"town": town_id}
    )
    return not found


async def write_households(
    session: AsyncSession, *, town_id: int, fields: frozenset[str], staged: int, new_town: bool
) -> Counts:
    """Update and insert the staged households (``staged``: how many there are). In a
    ``new_town`` (``town_is_empty``) the households written are not noted: all are touched.

    The transaction must allow writes to the town (``allow_town_write``) and plan with hash
    joins (``tuning.bulk_statements``)."""
    noted = None if new_town else "h.id"
    updated = await _write(session, _household_update(fields), town_id, noted=noted)
    created = await _write(session, _HOUSEHOLD_INSERT, town_id, noted=None if new_town else "id")
    return Counts(created, updated, staged - created - updated)


async def write_members(
    session: AsyncSession, *, town_id: int, fields: frozenset[str], staged: int, new_town: bool
) -> Counts:
    """Update and insert the staged members, once their households are written."""
    noted = None if new_town else "m.household_id"
    updated = await _write(session, _member_update(fields), town_id, noted=noted)
    created = await _write(
        session, _MEMBER_INSERT, town_id, noted=None if new_town else "household_id"
    )
    return Counts(created, updated, staged - created - updated)


async def refresh_flags(session: AsyncSession, *, town_id: int, new_town: bool) -> None:
    """Recompute the risk flags of the households written to (inserted, or with any row
    inserted or changed): those noted in ``TOUCHED``, or all of a ``new_town``'s."""
    if new_town:
        await risk.recompute(session, town_id=town_id)
        return
    touched, town_size = (await session.execute(text(_TOUCHED_COUNT), {"town": town_id})).one()
    if touched == 0:
        return
    if touched == town_size:
        await risk.recompute(session, town_id=town_id)
    elif touched <= risk.BULK:
        # A few households: by their ids, looked up one by one in the indexes.
        ids = list((await session.scalars(text(_TOUCHED_IDS))).all())
        await risk.recompute(session, town_id=town_id, household_ids=ids)
    else:
        await risk.recompute_listed(session, town_id=town_id, table=TOUCHED)
