"""The timed steps of the import bench: the reader alone, a bare COPY, and the real import.

The baseline is what any import of the file has to do at least: read every cell with
python-calamine (the import's reader library), and COPY the same rows, as plain text
columns, into a temporary table over the same kind of connection. The real import
(``run_import``) reads, checks, seals and hashes the ID numbers, stages, compares with the
registry and writes, in one transaction of the app's login role with the town's scope.
"""

from __future__ import annotations

import asyncio
import io
import itertools
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final, Protocol, cast

import python_calamine
from sqlalchemy import text

from overhead.common import BenchError
from registry.town import Town
from towncheck.auth.principal import Principal
from towncheck.config import Settings
from towncheck.db import Database, TenantScope
from towncheck.households.importing.service import ImportOutcome, run_import
from towncheck.personal import vault_for

FILENAME: Final = "户籍导入基准.xlsx"
ACTOR: Final = "导入基准"
COPY_TABLE: Final = "bench_copied_rows"
SHOWN_ERRORS: Final = 10


class CopyConnection(Protocol):
    """The part of ``asyncpg.Connection`` used here (asyncpg ships no type information)."""

    async def copy_records_to_table(
        self, table_name: str, *, records: Sequence[Sequence[Any]], columns: Sequence[str]
    ) -> str: ...


@dataclass(frozen=True, slots=True)
class Read:
    rows: list[list[Any]]  # the heading row first
    cells: int
    seconds: float


# What ``run_import`` has done when it reports each step, and the commit after it. The
# members' full rows are sealed and staged while the households are written: in "write".
PHASES: Final = (
    "read and check the file",
    "stage and compare with the registry",
    "write",
    "commit",
)


@dataclass(frozen=True, slots=True)
class Imported:
    outcome: ImportOutcome | None  # None: stopped at the time limit and rolled back
    seconds: float
    phases: tuple[float, ...] = ()  # seconds per PHASES entry reached

    def phase_line(self) -> str:
        return ", ".join(
            f"{name} {seconds:.1f} s" for name, seconds in zip(PHASES, self.phases, strict=False)
        )


def read_cells(content: bytes) -> Read:
    """Every cell of the first sheet with python-calamine alone."""
    began = time.perf_counter()
    workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(content))
    rows: list[list[Any]] = workbook.get_sheet_by_index(0).to_python()
    seconds = time.perf_counter() - began
    return Read(rows=rows, cells=sum(len(r) for r in rows), seconds=seconds)


def _text(cell: object) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return cell if isinstance(cell, str) else str(cell)


async def _copy(settings: Settings, rows: Sequence[Sequence[Any]], timeout: float) -> float:
    width = len(rows[0])
    columns = ["row_no", *(f"c{i}" for i in range(width))]
    database = Database(settings.app_url(), pool_size=1)
    try:
        async with database.sessions() as session, session.begin():
            raw = await (await session.connection()).get_raw_connection()
            connection = cast(CopyConnection, raw.driver_connection)  # checked out already
            began = time.perf_counter()
            # Through the session, which opens the transaction the temporary table lives in.
            await session.execute(
                text(
                    f"create temp table {COPY_TABLE} (row_no integer not null, "
                    + ", ".join(f"c{i} text not null" for i in range(width))
                    + ") on commit drop"
                )
            )
            records = [(number, *map(_text, row)) for number, row in enumerate(rows[1:], start=2)]
            await asyncio.wait_for(
                connection.copy_records_to_table(COPY_TABLE, records=records, columns=columns),
                timeout,
            )
        return time.perf_counter() - began  # commit included
    finally:
        await database.dispose()


def copy_rows(settings: Settings, rows: Sequence[Sequence[Any]], *, timeout: float) -> float:
    """A bare COPY of the data rows (all cells as text) into a temporary table; seconds."""
    return asyncio.run(_copy(settings, rows, timeout))


async def _import(
    settings: Settings, town: Town, content: bytes, today: date, timeout: float
) -> Imported:
    database = Database(settings.app_url(), pool_size=1)
    principal = Principal(kind="system", county_id=town.county_id, label=ACTOR)
    try:
        async with database.sessions() as warm:  # connect before timing
            await warm.execute(text("select 1"))
        began = time.perf_counter()
        marks = [began]

        async def progress(_step: int, _steps: int) -> None:
            marks.append(time.perf_counter())

        try:
            async with database.unit_of_work(town.scope()) as session:
                # The limit is checked at each await: a long statement is cancelled in the
                # server, pure-Python stretches (reading, checking) run to their end first.
                outcome = await asyncio.wait_for(
                    run_import(
                        session,
                        vault=vault_for(settings.data_key),
                        principal=principal,
                        town_id=town.id,
                        filename=FILENAME,
                        content=content,
                        today=today,
                        progress=progress,
                    ),
                    timeout,
                )
        except TimeoutError:
            return Imported(
                outcome=None, seconds=time.perf_counter() - began, phases=_phases(marks)
            )
        marks.append(time.perf_counter())  # committed
        return Imported(outcome=outcome, seconds=marks[-1] - began, phases=_phases(marks))
    finally:
        await database.dispose()


def _phases(marks: Sequence[float]) -> tuple[float, ...]:
    return tuple(b - a for a, b in itertools.pairwise(marks))


def import_file(
    settings: Settings, town: Town, content: bytes, *, today: date, timeout: float
) -> Imported:
    """``run_import`` of the whole file in one transaction (committed); raises if rejected.

    An import still running after ``timeout`` seconds is stopped and rolled back."""
    imported = asyncio.run(_import(settings, town, content, today, timeout))
    outcome = imported.outcome
    if outcome is not None and not outcome.imported:
        shown = "\n".join(
            f"  row {e.row}, {e.column}: {e.message}" for e in outcome.errors[:SHOWN_ERRORS]
        )
        raise BenchError(f"the import rejected the file ({len(outcome.errors)} problems):\n{shown}")
    return imported


async def _registered(settings: Settings, town: Town) -> tuple[int, int]:
    owner = Database(settings.owner_url(), pool_size=1)
    try:
        async with owner.unit_of_work(TenantScope()) as session:
            households = await session.scalar(
                text("select count(*) from households where town_id = :t"), {"t": town.id}
            )
            members = await session.scalar(
                text("select count(*) from members where town_id = :t"), {"t": town.id}
            )
    finally:
        await owner.dispose()
    return int(households or 0), int(members or 0)


def registered(settings: Settings, town: Town) -> tuple[int, int]:
    """Households and members now registered in the town."""
    return asyncio.run(_registered(settings, town))
