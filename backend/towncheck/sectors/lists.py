"""Importing a department list: every row is read, checked and matched to a registered member
first; if anything is wrong nothing is written and every problem is reported (unmatched ID
numbers included, row by row). Otherwise the list for that kind, year and label is replaced
in one statement each, so that importing the same file again changes nothing.

Members are matched by the keyed hash of the normalised ID number, the same hash the
registry stores (``Vault.lookup_hash``): the registry is never decrypted.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Final

from sqlalchemy import LargeBinary, any_, bindparam, delete, insert, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import InvalidInput, Problem, invalid
from towncheck.households.idcard import mask_id_number
from towncheck.households.importing.errors import UnreadableFile
from towncheck.households.models import Member
from towncheck.orm import utcnow
from towncheck.personal import Vault
from towncheck.sectors.kinds import KINDS, ListKind
from towncheck.sectors.models import DepartmentEntry, DepartmentList
from towncheck.sectors.reader import read_sheet
from towncheck.sectors.rows import (
    FIRST_YEAR,
    Row,
    cell_problem,
    column_map,
    file_problem,
    read_row,
)

LABEL_MAX: Final = 64
FILENAME_MAX: Final = 200
# A form cannot show more; the clerk fixes these and imports again.
MAX_PROBLEMS: Final = 500


@dataclass(frozen=True, slots=True)
class Upload:
    kind: str
    year: int
    label: str
    filename: str
    content: bytes


@dataclass(frozen=True, slots=True)
class _Match:
    member_id: int
    household_id: int
    name: str


async def import_list(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    vault: Vault,
    town_id: int,
    upload: Upload,
    today: date,
) -> DepartmentList:
    """The imported list; raises ``InvalidInput`` with every problem, having written nothing."""
    require(policy, principal, "sector", "write", town_id=town_id)
    kind, label = _check_arguments(upload, today)
    read = _read(kind, upload, today)
    rows = read.rows
    hashes = [vault.lookup_hash(r.id_number) for r in rows]
    matches = await _members(session, town_id=town_id, hashes=hashes)
    problems = read.problems + _match_problems(rows, hashes, matches, read.headings)
    if problems:
        # Stable: a row's own problems come before its match's.
        raise InvalidInput(_capped([p for _, p in sorted(problems, key=lambda p: p[0])]))
    await allow_town_write(session, town_id)
    before = await session.scalar(
        select(DepartmentList.row_count).where(
            DepartmentList.town_id == town_id,
            DepartmentList.kind == kind.code,
            DepartmentList.year == upload.year,
            DepartmentList.label == label,
        )
    )
    list_id = await _upsert_list(
        session,
        principal=principal,
        town_id=town_id,
        kind=kind,
        label=label,
        upload=upload,
        rows=rows,
    )
    await session.execute(
        delete(DepartmentEntry).where(
            DepartmentEntry.town_id == town_id, DepartmentEntry.list_id == list_id
        )
    )
    await session.execute(
        insert(DepartmentEntry),
        [_entry(town_id, list_id, r, h, matches[h]) for r, h in zip(rows, hashes, strict=True)],
    )
    await audit.record(
        session,
        actor=principal,
        action="sector.list.import",
        target_type="DepartmentList",
        target_id=list_id,
        town_id=town_id,
        before=None if before is None else {"rows": before},
        after={
            "kind": kind.code,
            "year": upload.year,
            "label": label,
            "filename": upload.filename[:FILENAME_MAX],
            "rows": len(rows),
        },
    )
    imported = await session.get(DepartmentList, (town_id, list_id), populate_existing=True)
    assert imported is not None  # written above, in this transaction
    return imported


def _check_arguments(upload: Upload, today: date) -> tuple[ListKind, str]:
    problems: list[Problem] = []
    kind = KINDS.get(upload.kind)
    if kind is None:
        names = "、".join(f"{k.code}（{k.label}）" for k in KINDS.values())
        problems.append(Problem("kind", f"名单类别“{upload.kind}”无法识别，可选：{names}"))
    if not FIRST_YEAR <= upload.year <= today.year:
        problems.append(Problem("year", f"年度须在 {FIRST_YEAR} 到 {today.year} 之间"))
    label = " ".join(upload.label.split())
    if len(label) > LABEL_MAX:
        problems.append(Problem("label", f"名单说明不能超过 {LABEL_MAX} 个字"))
    if problems:
        raise InvalidInput(problems)
    assert kind is not None  # a problem was raised otherwise
    return kind, label


@dataclass(frozen=True, slots=True)
class _Read:
    rows: list[Row]  # the rows with a valid ID number (all of them when nothing is wrong)
    problems: list[tuple[int, Problem]]  # by spreadsheet row
    headings: dict[str, str]  # field key → the heading as the file writes it


def _read(kind: ListKind, upload: Upload, today: date) -> _Read:
    """Raises for the file as a whole; the rows' problems are returned, to be reported with
    the unmatched ID numbers of the rows that did read."""
    try:
        sheet = read_sheet(upload.filename, upload.content)
    except UnreadableFile as error:
        raise invalid(error.message, field="file") from None
    columns, problems = column_map(kind, sheet.headings)
    if problems:
        raise InvalidInput(problems)
    if not sheet.rows:
        raise invalid("名单中没有数据行", field="file")
    read = _Read([], [], {key: sheet.headings[index] for key, index in columns.items()})
    for row_no, cells in sheet.rows:
        row, found = read_row(
            kind,
            year=upload.year,
            today=today,
            sheet=sheet,
            columns=columns,
            row_no=row_no,
            cells=cells,
        )
        read.problems.extend((row_no, p) for p in found)
        if row.id_number:  # matched even when other cells are wrong: one report lists all
            read.rows.append(row)
    return read


async def _members(
    session: AsyncSession, *, town_id: int, hashes: Sequence[bytes]
) -> dict[bytes, _Match]:
    """Registered members of the town by ID hash (row-level security keeps it to the town)."""
    wanted = bindparam("hashes", list(set(hashes)), type_=ARRAY(LargeBinary))
    result = await session.execute(
        select(Member.id_hash, Member.id, Member.household_id, Member.name)
        .where(Member.town_id == town_id, Member.id_hash == any_(wanted))
        .order_by(Member.id)
    )
    found: dict[bytes, _Match] = {}
    for id_hash, member_id, household_id, name in result:
        found.setdefault(bytes(id_hash), _Match(member_id, household_id, name))
    return found


def _same_name(a: str, b: str) -> bool:
    def fold(s: str) -> str:
        return "".join(unicodedata.normalize("NFKC", s).split())

    return fold(a) == fold(b)


def _match_problems(
    rows: Sequence[Row],
    hashes: Sequence[bytes],
    matches: dict[bytes, _Match],
    headings: dict[str, str],
) -> list[tuple[int, Problem]]:
    problems: list[tuple[int, Problem]] = []
    for row, id_hash in zip(rows, hashes, strict=True):
        match = matches.get(id_hash)
        if match is None:
            problems.append(
                (
                    row.row_no,
                    cell_problem(
                        row.row_no,
                        headings["id_number"],
                        f"身份证号 {mask_id_number(row.id_number)}（{row.name}）"
                        "不在本乡镇户籍台账中，请核对号码，或先将其登记入台账",
                    ),
                )
            )
        elif not _same_name(match.name, row.name):
            problems.append(
                (
                    row.row_no,
                    cell_problem(
                        row.row_no,
                        headings["name"],
                        f"姓名“{row.name}”与户籍台账中该身份证号的成员“{match.name}”不一致",
                    ),
                )
            )
    return problems


def _capped(problems: list[Problem]) -> list[Problem]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS
    return [*problems[:MAX_PROBLEMS], file_problem(f"另有 {rest} 个问题未列出，请先修正以上问题")]


async def _upsert_list(
    session: AsyncSession,
    *,
    principal: Principal,
    town_id: int,
    kind: ListKind,
    label: str,
    upload: Upload,
    rows: Sequence[Row],
) -> int:
    """The list's row, new or replaced in place (its id stays: a re-import is the same list)."""
    values: dict[str, Any] = {
        "filename": upload.filename[:FILENAME_MAX],
        "sha256": hashlib.sha256(upload.content).digest(),
        "row_count": len(rows),
        "total_amount": sum((r.amount or Decimal(0) for r in rows), Decimal(0)),
        "imported_by": principal.user_id,
        "imported_at": utcnow(),
    }
    key = {"town_id": town_id, "kind": kind.code, "year": upload.year, "label": label}
    statement = (
        pg_insert(DepartmentList)
        .values(**key, **values)
        .on_conflict_do_update(index_elements=list(key), set_=values)
        .returning(DepartmentList.id)
    )
    return int((await session.execute(statement)).scalar_one())


def _entry(town_id: int, list_id: int, row: Row, id_hash: bytes, match: _Match) -> dict[str, Any]:
    return {
        "town_id": town_id,
        "list_id": list_id,
        "row_no": row.row_no,
        "member_id": match.member_id,
        "household_id": match.household_id,
        "id_hash": id_hash,
        "name": row.name,
        "amount": row.amount,
        "category": row.category,
        "start_on": row.start_on,
        "end_on": row.end_on,
        "paid_on": row.paid_on,
        "extra": row.extra,
    }
