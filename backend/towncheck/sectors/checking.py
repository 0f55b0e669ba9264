"""Checking a department list before anything is written: every row read and checked, and
every ID number that reads matched to a registered member of the town.

Members are matched by the keyed hash of the normalised ID number, the same hash the
registry stores (``Vault.lookup_hash``): the registry is never decrypted. One report lists
the rows' own problems and the numbers nobody in the town's registry has, row by row.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import LargeBinary, any_, bindparam, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.households.idcard import mask_id_number
from towncheck.households.importing.errors import RowError, UnreadableFile, file_error
from towncheck.households.models import Member
from towncheck.personal import Vault
from towncheck.sectors.kinds import ListKind
from towncheck.sectors.reader import read_sheet
from towncheck.sectors.rows import Row, column_map, read_row

NO_ROWS = "名单中没有数据行"


@dataclass(frozen=True, slots=True)
class Match:
    member_id: int
    household_id: int
    name: str


@dataclass(frozen=True, slots=True)
class Unmatched:
    """A row whose ID number nobody in the town's registry has (the number masked)."""

    row: int
    name: str
    id_masked: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "name": self.name, "id_number": self.id_masked}


@dataclass(slots=True)
class Read:
    """A file read and its rows checked, before anything is looked up."""

    rows: list[Row] = field(default_factory=list)  # those with a valid ID number
    errors: list[RowError] = field(default_factory=list)
    headings: dict[str, str] = field(default_factory=dict)  # field key → heading in the file


@dataclass(frozen=True, slots=True)
class Checked:
    """The rows to write with their hashes and members, or every problem (sorted by row)."""

    rows: list[Row]
    hashes: list[bytes]
    matches: dict[bytes, Match]
    errors: list[RowError]
    unmatched: list[Unmatched]


def read_upload(kind: ListKind, *, year: int, filename: str, content: bytes, today: date) -> Read:
    """Every row read and checked; the file's own problems alone if it cannot be read."""
    try:
        sheet = read_sheet(filename, content)
    except UnreadableFile as error:
        return Read(errors=[file_error(error.message)])
    columns, problems = column_map(kind, sheet.headings)
    if problems:
        return Read(errors=problems)
    if not sheet.rows:
        return Read(errors=[file_error(NO_ROWS)])
    read = Read(headings={key: sheet.headings[index] for key, index in columns.items()})
    for row_no, cells in sheet.rows:
        row, found = read_row(
            kind, year=year, today=today, sheet=sheet, columns=columns, row_no=row_no, cells=cells
        )
        read.errors.extend(found)
        if row.id_number:  # matched even when other cells are wrong: one report lists all
            read.rows.append(row)
    return read


async def match_rows(session: AsyncSession, *, vault: Vault, town_id: int, read: Read) -> Checked:
    """The rows matched to the town's members, with every problem of the file."""
    if not read.headings:  # the file as a whole was refused: there are no rows to match
        return Checked([], [], {}, read.errors, [])
    rows = read.rows
    hashes = [vault.lookup_hash(r.id_number) for r in rows]
    matches = await _members(session, town_id=town_id, hashes=hashes)
    errors, unmatched = _match_errors(rows, hashes, matches, read.headings)
    # Stable: a row's own problems come before its match's.
    everything = sorted([*read.errors, *errors], key=lambda e: e.row)
    return Checked(rows, hashes, matches, everything, unmatched)


async def _members(
    session: AsyncSession, *, town_id: int, hashes: Sequence[bytes]
) -> dict[bytes, Match]:
    """Registered members of the town by ID hash (row-level security keeps it to the town)."""
    wanted = bindparam("hashes", list(set(hashes)), type_=ARRAY(LargeBinary))
    result = await session.execute(
        select(Member.id_hash, Member.id, Member.household_id, Member.name)
        .where(Member.town_id == town_id, Member.id_hash == any_(wanted))
        .order_by(Member.id)
    )
    found: dict[bytes, Match] = {}
    for id_hash, member_id, household_id, name in result:
        found.setdefault(bytes(id_hash), Match(member_id, household_id, name))
    return found


def _fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _match_errors(
    rows: Sequence[Row],
    hashes: Sequence[bytes],
    matches: dict[bytes, Match],
    headings: dict[str, str],
) -> tuple[list[RowError], list[Unmatched]]:
    errors: list[RowError] = []
    unmatched: list[Unmatched] = []
    for row, id_hash in zip(rows, hashes, strict=True):
        match = matches.get(id_hash)
        if match is None:
            masked = mask_id_number(row.id_number)
            unmatched.append(Unmatched(row.row_no, row.name, masked))
            errors.append(
                RowError(
                    row.row_no,
                    headings["id_number"],
                    f"身份证号 {masked}（{row.name}）不在本乡镇户籍台账中，"
                    "请核对号码，或先将其登记入台账",
                )
            )
        elif _fold(match.name) != _fold(row.name):
            errors.append(
                RowError(
                    row.row_no,
                    headings["name"],
                    f"姓名“{row.name}”与户籍台账中该身份证号的成员“{match.name}”不一致",
                )
            )
    return errors, unmatched
