"""Staging a valid batch: rows built once (ID numbers sealed, hashed and masked), then sent with
asyncpg's binary COPY into two temporary tables that the checks and the upsert read from.

The temporary tables live as long as the connection and are emptied at every commit (``on
commit delete rows``): keeping them means their statements are planned once per connection
instead of re-planned against a new table on every import.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, cast

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.households.idcard import mask_id_number, mask_phone
from towncheck.households.importing.validate import Batch, PreparedHousehold
from towncheck.personal import Vault

HOUSEHOLDS = "import_households"
MEMBERS = "import_members"

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
    # Emptied here too: a second import in the same transaction must not see the first.
    f"truncate {HOUSEHOLDS}, {MEMBERS}",
)

Record = tuple[object, ...]


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


def _records(batch: Batch, vault: Vault) -> Iterator[tuple[Record, list[Record]]]:
    for household in batch.households:
        head_hash = vault.lookup_hash(household.head.number)
        members: list[Record] = []
        for member in household.members:
            data = member.data
            id_hash = head_hash if member is household.head else vault.lookup_hash(member.number)
            members.append(
                (
                    member.row,
                    head_hash,
                    member.position,
                    data.name.strip(),
                    vault.seal(member.number),
                    id_hash,
                    mask_id_number(member.number),
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
        yield _household_record(household, head_hash, vault), members


async def stage(session: AsyncSession, *, vault: Vault, batch: Batch) -> None:
    """Fill the staging tables with the batch (in the session's transaction)."""
    for statement in _CREATE:
        await session.execute(text(statement))
    households: list[Record] = []
    members: list[Record] = []
    for household, its_members in _records(batch, vault):
        households.append(household)
        members.extend(its_members)
    connection = await copy_connection(session)
    await connection.copy_records_to_table(
        HOUSEHOLDS, records=households, columns=HOUSEHOLD_COLUMNS
    )
    await connection.copy_records_to_table(MEMBERS, records=members, columns=MEMBER_COLUMNS)
    # Temporary tables are never analysed automatically; without statistics the planner
    # takes them for tiny and joins them row by row.
    await session.execute(text(f"analyze {HOUSEHOLDS}, {MEMBERS}"))
