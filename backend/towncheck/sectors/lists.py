"""Importing a department list: every row is read, checked and matched to a registered member
first (``checking``); if anything is wrong nothing is written and every problem is reported
(unmatched ID numbers included, row by row). Otherwise the list for that kind, year and label
is replaced in one statement each, so that importing the same file again changes nothing.

``run_import`` is the import itself, for the background job (``sectors.jobs``); the upload
mutation only stores the file and requests the job (``sectors.imports``). ``import_list`` runs
it at once, for tests and loaders that have a file in hand.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Final

from sqlalchemy import delete, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import InvalidInput, Problem
from towncheck.households.idcard import mask_id_number
from towncheck.jobs.registry import ProgressFn
from towncheck.orm import utcnow
from towncheck.personal import Vault
from towncheck.sectors.checking import Checked, Match, match_rows, read_upload
from towncheck.sectors.kinds import KINDS, ListKind
from towncheck.sectors.models import DepartmentEntry, DepartmentList
from towncheck.sectors.outcome import ListOutcome, rejected, summary
from towncheck.sectors.rows import FIRST_YEAR, Row, as_problem

ACTION: Final = "sector.list.import"
LABEL_MAX: Final = 64
FILENAME_MAX: Final = 200
# A form cannot show more; the clerk fixes these and imports again (the job's error report
# lists up to ``outcome.RESULT_LIMIT``).
MAX_PROBLEMS: Final = 500
STEPS: Final = 3  # read, matched, written


@dataclass(frozen=True, slots=True)
class Upload:
    kind: str
    year: int
    label: str
    filename: str
    content: bytes


def check_arguments(upload: Upload, *, today: date) -> tuple[ListKind, str]:
    """The kind and the tidied label; raises ``InvalidInput`` naming every wrong argument."""
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
    outcome = await run_import(
        session, principal=principal, vault=vault, town_id=town_id, upload=upload, today=today
    )
    if outcome.department_list is None:
        raise InvalidInput(_capped([as_problem(e) for e in outcome.errors]))
    return outcome.department_list


async def _step(progress: ProgressFn | None, step: int) -> None:
    if progress is not None:
        await progress(step, STEPS)


async def run_import(
    session: AsyncSession,
    *,
    principal: Principal,
    vault: Vault,
    town_id: int,
    upload: Upload,
    today: date,
    upload_id: int | None = None,
    progress: ProgressFn | None = None,
) -> ListOutcome:
    """Check every row, then write the list or nothing; one audit entry if written.

    The caller has authorised the principal to write the town's lists; wrong arguments
    raise ``InvalidInput``, every problem of the file is returned in the outcome."""
    kind, label = check_arguments(upload, today=today)
    read = read_upload(
        kind, year=upload.year, filename=upload.filename, content=upload.content, today=today
    )
    await _step(progress, 1)
    checked = await match_rows(session, vault=vault, town_id=town_id, read=read)
    await _step(progress, 2)
    if checked.errors:
        return rejected(checked.errors, checked.unmatched)
    imported = await _write(
        session,
        principal=principal,
        vault=vault,
        town_id=town_id,
        kind=kind,
        label=label,
        upload=upload,
        checked=checked,
    )
    await audit.record(
        session,
        actor=principal,
        action=ACTION,
        target_type="DepartmentList",
        target_id=imported.id,
        town_id=town_id,
        before=imported.before,
        after={**summary(imported.row), "upload_id": upload_id},
    )
    await _step(progress, 3)
    return ListOutcome(status="imported", department_list=imported.row)


def _capped(problems: list[Problem]) -> list[Problem]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS
    more = Problem("file", f"另有 {rest} 个问题未列出，请先修正以上问题")
    return [*problems[:MAX_PROBLEMS], more]


@dataclass(frozen=True, slots=True)
class _Written:
    id: int
    row: DepartmentList
    before: dict[str, Any] | None  # the replaced list's row count, for the audit entry


async def _write(
    session: AsyncSession,
    *,
    principal: Principal,
    vault: Vault,
    town_id: int,
    kind: ListKind,
    label: str,
    upload: Upload,
    checked: Checked,
) -> _Written:
    await allow_town_write(session, town_id)
    before = await session.scalar(
        select(DepartmentList.row_count).where(
            DepartmentList.town_id == town_id,
            DepartmentList.kind == kind.code,
            DepartmentList.year == upload.year,
            DepartmentList.label == label,
        )
    )
    rows = checked.rows
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
        [
            _entry(
                r,
                town_id=town_id,
                list_id=list_id,
                id_hash=h,
                match=checked.matches[h],
                vault=vault,
            )
            for r, h in zip(rows, checked.hashes, strict=True)
        ],
    )
    imported = await session.get(DepartmentList, (town_id, list_id), populate_existing=True)
    assert imported is not None  # written above, in this transaction
    return _Written(list_id, imported, None if before is None else {"rows": before})


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


def _entry(
    row: Row, *, town_id: int, list_id: int, id_hash: bytes, match: Match, vault: Vault
) -> dict[str, Any]:
    return {
        "town_id": town_id,
        "list_id": list_id,
        "row_no": row.row_no,
        "member_id": match.member_id,
        "household_id": match.household_id,
        "id_hash": id_hash,
        "id_cipher": vault.seal(row.id_number),
        "id_masked": mask_id_number(row.id_number),
        "name": row.name,
        "amount": row.amount,
        "category": row.category,
        "start_on": row.start_on,
        "end_on": row.end_on,
        "paid_on": row.paid_on,
        "extra": row.extra,
    }
