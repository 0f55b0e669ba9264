"""Importing a large registry spreadsheet against the cost of reading it and a bare COPY.

A throwaway database gets the demo data; an .xlsx with ``--households`` households of 马站镇
(the template's headings, one row per member, ~3.1 members a household, valid unique ID
numbers, deterministic by ``--seed``) is written with xlsxwriter. Then, in the same run:

* baseline (a): read every cell of the file with python-calamine alone;
* baseline (b): a bare COPY of the same rows (plain text columns) into a temporary table,
  with asyncpg's ``copy_records_to_table`` on a connection of the app's login role;
* the import: ``run_import`` of the file in one transaction with the town's scope;
* the same import again, which must find every household and member unchanged.

It prints seconds, households/s and members/s for each, and the ratio
import / (read + COPY) (target: <= 3). Run from the repository root::

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
    REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/registry_import.py

The helpers live in the ``overhead`` and ``registry`` packages next to this file.
"""

from __future__ import annotations

import warnings

# pgserver (imported by towncheck.cli, which the database setup uses) warns at import time
# when XDG_RUNTIME_DIR is unset; irrelevant here, so the filter goes in before any import.
warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR")

import argparse  # noqa: E402
import gc  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

from overhead.cli import add_households, count_arg, new_parser, run_in_database, run_measure  # noqa: E402
from overhead.common import BenchError, ratio  # noqa: E402
from overhead.database import ThrowawayDatabase  # noqa: E402
from overhead.processes import Children  # noqa: E402
from registry.import_runs import (  # noqa: E402
    Imported,
    copy_rows,
    import_file,
    read_cells,
    registered,
)
from registry.town import TOWN, town_ids  # noqa: E402
from registry.workbook import FileStats, write_workbook  # noqa: E402
from towncheck.households.importing.columns import TEMPLATE_COLUMNS  # noqa: E402
from towncheck.households.importing.writer import Counts  # noqa: E402

TARGET = 3.0


def _line(label: str, seconds: float, households: int, members: int) -> str:
    return f"  {label:<34}{seconds:9.2f} s{households / seconds:12,.0f}{members / seconds:12,.0f}"


def _counts(label: str, counts: Counts) -> str:
    return (
        f"{label} created {counts.created:,}, updated {counts.updated:,}, "
        f"unchanged {counts.unchanged:,}"
    )


def measure_import(database: ThrowawayDatabase, scratch: Path, args: argparse.Namespace) -> None:
    database.populate()
    town = town_ids(database.settings)
    print(
        f"database {database.name}: migrated, demo data loaded; {TOWN} (town {town.id}, "
        f"{len(town.villages)} villages) has no households yet",
        flush=True,
    )
    print(f"scale: {args.households:,} households (--households; default 100,000)", flush=True)
    today = date.today()
    path = scratch / "registry.xlsx"
    began = time.perf_counter()
    stats = write_workbook(
        path, households=args.households, villages=town.villages, seed=args.seed, today=today
    )
    print(
        f"file: {stats.households:,} households, {stats.members:,} member rows x "
        f"{len(TEMPLATE_COLUMNS)} columns, {stats.size / 1e6:.1f} MB, written with xlsxwriter "
        f"in {time.perf_counter() - began:.1f} s (seed {args.seed}; not measured)",
        flush=True,
    )
    content = path.read_bytes()

    read = read_cells(content)
    if len(read.rows) - 1 != stats.members:
        raise BenchError(f"calamine read {len(read.rows) - 1} data rows, {stats.members} written")
    print(
        f"(a) read with python-calamine alone: {read.seconds:.2f} s, {len(read.rows):,} rows, "
        f"{read.cells:,} cells",
        flush=True,
    )
    copy_seconds = copy_rows(database.settings, read.rows, timeout=args.timeout)
    print(
        f"(b) bare COPY of the {stats.members:,} rows ({len(read.rows[0]) + 1} columns, text): "
        f"{copy_seconds:.2f} s",
        flush=True,
    )
    del read.rows[:]  # the import reads the file itself
    gc.collect()

    first = import_file(database.settings, town, content, today=today, timeout=args.timeout)
    if first.outcome is None:
        raise BenchError(
            f"the import did not finish within {args.timeout} s (--timeout); "
            "stopped and rolled back"
        )
    print(
        f"import (run_import, one transaction, committed): {first.seconds:.2f} s; "
        f"{_counts('households', first.outcome.households)}; "
        f"{_counts('members', first.outcome.members)}",
        flush=True,
    )
    print(f"  in steps: {first.phase_line()}", flush=True)
    _require_written(first.outcome.households, first.outcome.members, stats)
    gc.collect()
    again = import_file(
        database.settings, town, content, today=today, timeout=args.reimport_timeout
    )
    if again.outcome is None:
        print(
            f"re-import of the same file: stopped after {again.seconds:.2f} s "
            f"(--reimport-timeout {args.reimport_timeout} s) and rolled back",
            flush=True,
        )
    else:
        print(
            f"re-import of the same file: {again.seconds:.2f} s; "
            f"{_counts('households', again.outcome.households)}; "
            f"{_counts('members', again.outcome.members)}",
            flush=True,
        )
    print(f"  in steps: {again.phase_line()}", flush=True)
    households, members = registered(database.settings, town)
    print_table(stats, read.seconds, copy_seconds, first, again)
    print(f"  registered in {TOWN} afterwards: {households:,} households, {members:,} members")
    if (households, members) != (stats.households, stats.members):
        raise BenchError(
            f"the town holds {households} households and {members} members, "
            f"the file {stats.households} and {stats.members}"
        )
    if again.outcome is None:
        raise BenchError(
            f"the re-import did not finish within {args.reimport_timeout} s: "
            "that it changes nothing is not verified"
        )
    _require_unchanged(again.outcome.households, again.outcome.members, stats)


def print_table(
    stats: FileStats, read: float, copy: float, first: Imported, again: Imported
) -> None:
    baseline = read + copy
    h, m = stats.households, stats.members
    print(f"\n{'':<36}{'time':>9}{'households/s':>14}{'members/s':>12}")
    print(_line("(a) read (python-calamine)", read, h, m))
    print(_line("(b) bare COPY (asyncpg)", copy, h, m))
    print(_line("baseline (a) + (b)", baseline, h, m))
    print(_line("import (run_import)", first.seconds, h, m))
    if again.outcome is None:
        print(f"  {'re-import, nothing changed':<34}{again.seconds:9.2f} s  did not finish")
    else:
        print(_line("re-import, nothing changed", again.seconds, h, m))
    value = ratio(first.seconds, baseline)
    print(
        f"  ratio import / (read + COPY): {value:.2f}  (target <= {TARGET:g}: "
        f"{'met' if value <= TARGET else 'NOT met'}); re-import / (read + COPY): "
        f"{'>' if again.outcome is None else ''}{ratio(again.seconds, baseline):.2f}"
    )


def _require_written(households: Counts, members: Counts, stats: FileStats) -> None:
    if (households.created, members.created) != (stats.households, stats.members):
        raise BenchError(
            f"the first import created {households.created} households and "
            f"{members.created} members of {stats.households} and "
            f"{stats.members}"
        )


def _require_unchanged(households: Counts, members: Counts, stats: FileStats) -> None:
    if (households.unchanged, members.unchanged) != (stats.households, stats.members):
        raise BenchError(
            "the re-import changed rows: "
            f"{_counts('households', households)}; {_counts('members', members)}"
        )


def measure(args: argparse.Namespace) -> int:
    def work(database: ThrowawayDatabase, _: Children) -> None:
        with tempfile.TemporaryDirectory(prefix="towncheck-bench-") as scratch:
            measure_import(database, Path(scratch), args)

    return run_in_database(work, cleaned="spreadsheet deleted")


# --- Command line ----------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    root = new_parser(__doc__)
    add_households(
        root, default=100_000, help="households in the file (about 3.1 member rows each)"
    )
    root.add_argument(
        "--timeout",
        type=count_arg(7200),
        default=1800,
        help="seconds the COPY or the first import may take before the run stops",
    )
    root.add_argument(
        "--reimport-timeout",
        type=count_arg(7200),
        default=480,
        help="seconds the re-import may take; then it is stopped, rolled back "
        "and reported as not finished",
    )
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return run_measure(measure, args)


if __name__ == "__main__":
    sys.exit(main())
