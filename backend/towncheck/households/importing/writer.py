"""The set-based upsert of a staged batch, in the caller's transaction.

Households are keyed by (town, head's ID hash) and members by (town, ID hash). New rows are
inserted; registered rows are updated only where a value differs, so that importing the same
file twice changes nothing (no new rows, no new ``updated_at``, no recomputed flags).

Only the fields the file has columns for are compared and updated: a national export without
特惠保 must not clear what the template import recorded. A registered household's 户类别 is
never changed here (that takes a status procedure; ``conflicts.category_differences``), and
members missing from the file are kept: removing a person is a decision, not an import.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.db import hash_joins
from towncheck.households import risk
from towncheck.households.importing.staging import HOUSEHOLDS, MEMBERS

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


@dataclass(frozen=True, slots=True)
class Written:
    households: Counts
    members: Counts
    touched: tuple[int, ...]  # households with any row inserted or changed


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
        f" and {_differs(compared, left='h', right='s')} returning h.id"
    )


_HOUSEHOLD_INSERT = (
    f"insert into households (town_id, {', '.join(_HOUSEHOLD_INSERTED)}, updated_at)"  # noqa: S608
    f" select :town, {', '.join(f's.{c}' for c in _HOUSEHOLD_INSERTED)}, now()"
    f" from {HOUSEHOLDS} s where not exists (select 1 from households h"
    " where h.town_id = :town and h.head_id_hash = s.head_id_hash) returning id"
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
        f" and {_differs(columns, left='m', right='s')} returning m.household_id"
    )


# 补贴 (subsidies) has no column in the files: new members start with none.
_MEMBER_INSERT = (
    f"insert into members (town_id, household_id, {', '.join(_MEMBER_INSERTED)}, subsidies)"  # noqa: S608
    f" select :town, h.id, {', '.join(f's.{c}' for c in _MEMBER_INSERTED)}, '{{}}'"
    f" from {_THEIR_HOUSEHOLD} where not exists (select 1 from members m"
    " where m.town_id = :town and m.id_hash = s.id_hash) returning household_id"
)


async def _ids(session: AsyncSession, statement: str, town_id: int) -> list[int]:
    return list((await session.scalars(text(statement), {"town": town_id})).all())


async def upsert(
    session: AsyncSession,
    *,
    town_id: int,
    household_fields: frozenset[str],
    member_fields: frozenset[str],
    households: int,
    members: int,
) -> Written:
    """Write the staged batch (``households``/``members``: how many rows were staged).

    The transaction must allow writes to the town (``allow_town_write``)."""
    async with hash_joins(session):
        updated = await _ids(session, _household_update(household_fields), town_id)
        created = await _ids(session, _HOUSEHOLD_INSERT, town_id)
        members_updated = await _ids(session, _member_update(member_fields), town_id)
        members_created = await _ids(session, _MEMBER_INSERT, town_id)
    touched = sorted({*updated, *created, *members_updated, *members_created})
    if touched:
        await risk.recompute(session, town_id=town_id, household_ids=touched)
    return Written(
        households=Counts(len(created), len(updated), households - len(created) - len(updated)),
        members=Counts(
            len(members_created),
            len(members_updated),
            members - len(members_created) - len(members_updated),
        ),
        touched=tuple(touched),
    )
