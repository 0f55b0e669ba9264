"""Staging a valid batch with asyncpg's binary COPY into temporary tables, in two steps.

First the households (heads' ID numbers hashed, phones sealed) and the people of the file
(ID numbers hashed): what the checks against the registry need; the people only if anyone
is registered at all. Only then, while the households are written, the members' full rows
(ID numbers sealed and masked), which only the members' upsert needs: a file that the checks
reject never has its numbers sealed.

The temporary tables live as long as the connection and are emptied at every commit (``on
commit delete rows``): keeping them means their statements are planned once per connection
instead of re-planned against a new table on every import. They are not analysed: every
statement that reads them runs with hash joins (``tuning``), for which the size the planner
infers from the tables' pages is enough.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final, Protocol, cast

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.households.idcard import mask_id_number, mask_phone
from towncheck.households.importing.validate import Batch, PreparedHousehold
from towncheck.personal import Vault

HOUSEHOLDS = "import_households"
MEMBERS = "import_members"
# Who the file's members are, for the checks against the registry before anything is written.
PEOPLE = "import_people"
# The households the upsert inserted or changed anything of (``writer``), for the risk flags.
TOUCHED = "import_touched"

HOUSEHOLD_COLUMNS = (
    "row_no",
    "head_id_hash",
    "village_id",
    "head_name",
    "address",
    "category",
    "lifted_year",
    "poverty_causes",
    "assistance_measures",
    "phone_cipher",
    "phone_hash",
    "phone_masked",
)
PEOPLE_COLUMNS = ("row_no", "head_id_hash", "id_hash", "name")
MEMBER_COLUMNS = (
    "row_no",
    "head_id_hash",
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

# Column types as in the registry's tables, so comparisons need no casts.
_CREATE = (
    f"""create temp table if not exists {HOUSEHOLDS} (
      row_no integer not null, head_id_hash bytea not null, village_id bigint not null,
      head_name varchar(64) not null, address varchar(200) not null,
      category varchar(24) not null, lifted_year smallint,
      poverty_causes varchar(32)[] not null, assistance_measures varchar(64)[] not null,
      phone_cipher bytea, phone_hash bytea, phone_masked varchar(20)
    ) on commit delete rows""",
    f"""create temp table if not exists {MEMBERS} (
      row_no integer not null, head_id_hash bytea not null, position smallint not null,
      name varchar(64) not null, id_cipher bytea not null,
      id_hash bytea not null, id_masked varchar(18) not null, sex varchar(6) not null,
      birth_date date not null, relation varchar(16) not null,
      labour_status varchar(16) not null, disability_type varchar(16),
      disability_grade smallint, chronic_illness boolean not null,
      chronic_certified boolean not null, basic_medical boolean not null,
      critical_illness boolean not null, special_insurance boolean not null,
      special_policy_delivered boolean not null, school_stage varchar(16), enrolled boolean,
      yulu_plan boolean not null, family_doctor boolean not null
    ) on commit delete rows""",
    f"""create temp table if not exists {PEOPLE} (
      row_no integer not null, head_id_hash bytea not null, id_hash bytea not null,
      name varchar(64) not null
    ) on commit delete rows""",
    f"create temp table if not exists {TOUCHED} (household_id bigint not null)"
    " on commit delete rows",
    # Emptied here too: a second import in the same transaction must not see the first.
    f"truncate {HOUSEHOLDS}, {MEMBERS}, {PEOPLE}, {TOUCHED}",
)

Record = tuple[object, ...]
# Households whose members are sealed between two turns of the event loop: the statements
# running meanwhile (``alongside``) wait at most this long for their results to be read.
SLICE: Final = 1000


class CopyConnection(Protocol):
    """The part of asyncpg's connection used here (asyncpg ships no type information)."""

    async def copy_records_to_table(
        self, table_name: str, *, records: Iterable[Sequence[object]], columns: Sequence[str]
    ) -> str: ...


async def copy_connection(session: AsyncSession) -> CopyConnection:
    """The session's own asyncpg connection: the COPY runs inside the session's transaction."""
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    return cast(CopyConnection, raw.driver_connection)


@dataclass(frozen=True, slots=True)
class Hashes:
    """The ID hashes of the batch, household by household in its order: the heads', and the
    members' if the people of the file were staged (else ``member_records`` hashes them)."""

    heads: list[bytes]
    members: list[list[bytes]] | None


def _household_record(household: PreparedHousehold, head_hash: bytes, vault: Vault) -> Record:
    data = household.data
    phone = data.phone or None
    return (
        household.row,
        head_hash,
        data.village_id,
        household.head.data.name.strip(),
        data.address.strip(),
        data.category,
        data.lifted_year,
        list(data.poverty_causes),
        list(data.assistance_measures),
        vault.seal(phone) if phone else None,
        vault.lookup_hash(phone) if phone else None,
        mask_phone(phone) if phone else None,
    )


def _member_hashes(household: PreparedHousehold, head_hash: bytes, vault: Vault) -> list[bytes]:
    head = household.head
    return [
        head_hash if member is head else vault.lookup_hash(member.number)
        for member in household.members
    ]


async def stage_households(
    session: AsyncSession, *, vault: Vault, batch: Batch, people: bool
) -> Hashes:
    """Fill the households' staging table, and the people's if ``people``; the hashes."""
    for statement in _CREATE:
        await session.execute(text(statement))
    lookup_hash = vault.lookup_hash
    households: list[Record] = []
    heads: list[bytes] = []
    for household in batch.households:
        head_hash = lookup_hash(household.head.number)
        heads.append(head_hash)
        households.append(_household_record(household, head_hash, vault))
    connection = await copy_connection(session)
    await connection.copy_records_to_table(
        HOUSEHOLDS, records=households, columns=HOUSEHOLD_COLUMNS
    )
    if not people:
        return Hashes(heads, None)
    members: list[list[bytes]] = []
    records: list[Record] = []
    for household, head_hash in zip(batch.households, heads, strict=True):
        its_hashes = _member_hashes(household, head_hash, vault)
        members.append(its_hashes)
        records.extend(
            (member.row, head_hash, id_hash, member.data.name.strip())
            for member, id_hash in zip(household.members, its_hashes, strict=True)
        )
    await connection.copy_records_to_table(PEOPLE, records=records, columns=PEOPLE_COLUMNS)
    return Hashes(heads, members)


async def member_records(batch: Batch, hashes: Hashes, vault: Vault) -> list[Record]:
    """The members' staging rows. Yields to the event loop every SLICE households: this runs
    while the households are being written, and that statement must not wait for it."""
    seal = vault.seal
    records: list[Record] = []
    for start in range(0, len(batch.households), SLICE):
        await asyncio.sleep(0)
        end = start + SLICE
        for index in range(start, min(end, len(batch.households))):
            household, head_hash = batch.households[index], hashes.heads[index]
            its_hashes = (
                _member_hashes(household, head_hash, vault)
                if hashes.members is None
                else hashes.members[index]
            )
            for member, id_hash in zip(household.members, its_hashes, strict=True):
                data = member.data
                number = member.number
                records.append(
                    (
                        member.row,
                        head_hash,
                        member.position,
                        data.name.strip(),
                        seal(number),
                        id_hash,
                        mask_id_number(number),
                        member.sex,
                        member.birth_date,
                        data.relation,
                        data.labour_status,
                        data.disability_type or None,
                        data.disability_grade,
                        data.chronic_illness,
                        data.chronic_certified,
                        data.basic_medical,
                        data.critical_illness,
                        data.special_insurance,
                        data.special_policy_delivered,
                        data.school_stage or None,
                        data.enrolled,
                        data.yulu_plan,
                        data.family_doctor,
                    )
                )
    return records


async def stage_members(session: AsyncSession, records: list[Record]) -> None:
    """Fill the members' staging table (after ``stage_households``, in the same transaction)."""
    connection = await copy_connection(session)
    await connection.copy_records_to_table(MEMBERS, records=records, columns=MEMBER_COLUMNS)
