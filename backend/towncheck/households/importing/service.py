"""``run_import``: one spreadsheet into the town's registry, all or nothing.

Called by the background job, the CLI and tests alike, in the caller's transaction (it never
commits). The caller has authorised the principal to write the town's registry; the
transaction's scope must let it read the town (and, to find people registered in other
towns, those towns).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final, Literal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.principal import Principal
from towncheck.db import allow_town_write
from towncheck.gcpause import collection_paused
from towncheck.households.importing import conflicts
from towncheck.households.importing.columns import (
    accepted_headings,
    map_headings,
    missing_required,
)
from towncheck.households.importing.conflicts import CategoryDifference, ElsewhereDuplicate
from towncheck.households.importing.errors import RowError, UnreadableFile, file_error
from towncheck.households.importing.overlap import alongside, release
from towncheck.households.importing.parse import parse_rows
from towncheck.households.importing.reader import read_spreadsheet
from towncheck.households.importing.staging import (
    member_records,
    stage_households,
    stage_members,
)
from towncheck.households.importing.tuning import bulk_statements
from towncheck.households.importing.validate import Batch, tidy, validate
from towncheck.households.importing.writer import (
    Counts,
    refresh_flags,
    town_is_empty,
    write_households,
    write_members,
)
from towncheck.jobs.registry import ProgressFn
from towncheck.personal import Vault
from towncheck.tenancy.models import Town, Village

ACTION: Final = "registry.import"
# Results are stored as JSON on the job and in the audit trail: long lists are cut here
# (the counts stay exact; the error report of an upload is built from the same list).
RESULT_LIMIT: Final = 1000
STEPS: Final = 3  # read, validated, written
NO_ROWS: Final = "文件中没有数据行"
_NONE = Counts(0, 0, 0)


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    status: Literal["imported", "invalid"]
    errors: tuple[RowError, ...] = ()
    households: Counts = _NONE
    members: Counts = _NONE
    duplicates_elsewhere: tuple[ElsewhereDuplicate, ...] = ()
    category_differences: tuple[CategoryDifference, ...] = field(default=())

    @property
    def imported(self) -> bool:
        return self.status == "imported"

    def as_result(self) -> dict[str, Any]:
        """The job's result (JSON)."""
        if not self.imported:
            return {
                "status": "invalid",
                "error_count": len(self.errors),
                "errors": [e.as_dict() for e in self.errors[:RESULT_LIMIT]],
            }
        return {
            "status": "imported",
            "households": self.households.as_dict(),
            "members": self.members.as_dict(),
            "duplicates_elsewhere": [d.as_dict() for d in self.duplicates_elsewhere[:RESULT_LIMIT]],
            "duplicates_elsewhere_count": len(self.duplicates_elsewhere),
            "category_differences": [d.as_dict() for d in self.category_differences[:RESULT_LIMIT]],
            "category_differences_count": len(self.category_differences),
        }


def rejected(errors: list[RowError]) -> ImportOutcome:
    return ImportOutcome(status="invalid", errors=tuple(errors))


async def _town(session: AsyncSession, town_id: int) -> tuple[dict[str, int], str]:
    """The town's villages by name, and the town's name for messages."""
    rows = await session.execute(select(Village.name, Village.id).where(Village.town_id == town_id))
    name = await session.scalar(select(Town.name).where(Town.id == town_id))
    return {village: village_id for village, village_id in rows}, name or "本乡镇"


async def _report(progress: ProgressFn | None, step: int) -> None:
    if progress is not None:
        await progress(step, STEPS)


@dataclass(frozen=True, slots=True)
class Checked:
    """A checked file: the batch to write (None if there is any problem), every problem, and
    the rows and drafts the batch was made from, for the caller to release."""

    batch: Batch | None
    errors: list[RowError]
    leftovers: list[list[Any]] = field(default_factory=list)


async def check_file(
    session: AsyncSession, *, town_id: int, filename: str, content: bytes, today: date
) -> Checked:
    """Read and check a file without writing: the batch to write, or every problem."""
    try:
        sheet = read_spreadsheet(filename, content)
    except UnreadableFile as error:
        return Checked(None, [file_error(error.message)])
    columns = map_headings(sheet.headings)
    missing = missing_required(columns)
    if missing:
        return Checked(
            None,
            [
                RowError(
                    sheet.heading_row,
                    c.heading,
                    f"缺少必填列“{c.heading}”（可用的列标题：{accepted_headings(c)}）",
                )
                for c in missing
            ],
        )
    if not sheet.rows:
        return Checked(None, [file_error(NO_ROWS)])
    villages, town_name = await _town(session, town_id)
    parsed = parse_rows(sheet, columns, villages=villages, town_name=town_name)
    batch, errors = validate(parsed, columns, today=today)
    return Checked(None if errors else batch, errors, [sheet.rows, parsed.households])


async def _import(
    session: AsyncSession,
    *,
    vault: Vault,
    town_id: int,
    filename: str,
    content: bytes,
    today: date,
    progress: ProgressFn | None,
) -> ImportOutcome:
    """Check, stage and write the file; every problem instead if there is any.

    The file's rows, cells and records live in this function only. Once the checks pass, they
    are released a slice at a time while the database writes the members, so that they are
    gone, at no cost, before the caller resumes the cyclic collector (still alive then, they
    would all be walked by its next pass)."""
    checked = await check_file(
        session, town_id=town_id, filename=filename, content=content, today=today
    )
    await _report(progress, 1)
    batch = checked.batch
    if batch is None:
        return rejected(checked.errors)
    anyone = await conflicts.anyone_registered(session)
    hashes = await stage_households(session, vault=vault, batch=batch, people=anyone)
    async with bulk_statements(session):
        blocking: list[RowError] = []
        elsewhere: list[ElsewhereDuplicate] = []
        if anyone:
            blocking = await conflicts.in_other_households(
                session, town_id=town_id, column=batch.id_heading
            )
            elsewhere = await conflicts.in_other_towns(session, town_id=town_id)
        categories = await conflicts.category_differences(session, town_id=town_id)
        if blocking:
            return rejected(tidy(blocking))
        await _report(progress, 2)

        await allow_town_write(session, town_id)
        new_town = await town_is_empty(session, town_id=town_id)
        # The members' ID numbers are sealed while the households are written.
        households, records = await alongside(
            write_households(
                session,
                town_id=town_id,
                fields=batch.household_fields,
                staged=len(batch.households),
                new_town=new_town,
            ),
            member_records(batch, hashes, vault),
        )
        await stage_members(session, records)
        member_fields, staged = batch.member_fields, len(records)
        # Only ``leftovers`` holds the file's objects from here on.
        leftovers = [*checked.leftovers, list(batch.households), records, hashes.heads]
        if hashes.members is not None:
            leftovers.append(hashes.members)
        del checked, batch, records, hashes
        members, _ = await alongside(
            write_members(
                session, town_id=town_id, fields=member_fields, staged=staged, new_town=new_town
            ),
            release(leftovers),
        )
        await refresh_flags(session, town_id=town_id, new_town=new_town)
    return ImportOutcome(
        status="imported",
        households=households,
        members=members,
        duplicates_elsewhere=tuple(elsewhere),
        category_differences=tuple(categories),
    )


async def run_import(
    session: AsyncSession,
    *,
    vault: Vault,
    principal: Principal,
    town_id: int,
    filename: str,
    content: bytes,
    upload_id: int | None = None,
    today: date | None = None,
    progress: ProgressFn | None = None,
) -> ImportOutcome:
    """Validate every row, then write everything or nothing; one audit entry if written."""
    with collection_paused():
        outcome = await _import(
            session,
            vault=vault,
            town_id=town_id,
            filename=filename,
            content=content,
            today=today or date.today(),
            progress=progress,
        )
    if not outcome.imported:
        return outcome
    digest = hashlib.sha256(content).hexdigest()
    # Without an upload row (CLI, tests) the file is named by its content.
    target = upload_id if upload_id is not None else f"sha256:{digest[:16]}"
    await audit.record(
        session,
        actor=principal,
        action=ACTION,
        target_type="Upload",
        target_id=target,
        town_id=town_id,
        after={"filename": filename, "sha256": digest, **outcome.as_result()},
    )
    await _report(progress, 3)
    return outcome
