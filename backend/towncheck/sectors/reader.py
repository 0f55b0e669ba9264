"""Reading a department's spreadsheet into its heading row and data rows, cells as text.

The file is read by the registry import's ``read_rows`` (the format decided by the content,
every refusal saying why), with this import's own size limits; only the heading row is
looked for differently: by a department list's columns, which the registry's are not.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from towncheck.households.importing.errors import UnreadableFile
from towncheck.households.importing.reader import EMPTY, Limits, LostDigits, read_rows
from towncheck.sectors.kinds import field_of

MAX_MB: Final = 10
MAX_BYTES: Final = MAX_MB * 1024 * 1024
MAX_ROWS: Final = 100_000  # a town's list for a year is a few thousand rows at most
HEADING_SEARCH_ROWS: Final = 20
# A whole number above 2^53 is not exact in a float: an ID number typed as a number.
_EXACT_LIMIT: Final = 2**53


TOO_LARGE: Final = f"文件过大（超过 {MAX_MB} MB），请拆分后分批导入"
TOO_MANY_ROWS: Final = f"行数过多（超过 {MAX_ROWS:,} 行），请拆分后分批导入"
LIMITS: Final = Limits(MAX_BYTES, MAX_ROWS, TOO_LARGE, TOO_MANY_ROWS)
NO_HEADINGS: Final = (
    f"未找到表头行：前 {HEADING_SEARCH_ROWS} 行中没有同时包含“姓名”和“身份证号”的行"
)

Cell = object


@dataclass(frozen=True, slots=True)
class Sheet:
    """The heading row and the non-empty data rows below it, with Excel's row numbers."""

    headings: list[str]
    rows: list[tuple[int, list[str]]]


def read_sheet(filename: str, content: bytes) -> Sheet:
    """Raises ``UnreadableFile`` with the reason in Chinese."""
    return _sheet(read_rows(filename, content, limits=LIMITS))


def cell_text(value: Cell) -> str:
    """A cell as the text a person sees: 2019.0 → "2019", a date → "2020-01-02"."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return repr(value)
        return LostDigits(int(value)) if abs(value) >= _EXACT_LIMIT else str(int(value))
    if isinstance(value, date):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    return "" if value is None else str(value).strip()


def _is_heading_row(row: Sequence[Cell]) -> bool:
    found = {field_of(cell_text(c)) for c in row}
    return {"name", "id_number"} <= found


def _sheet(rows: Sequence[Sequence[Cell]]) -> Sheet:
    if not rows:
        raise UnreadableFile(EMPTY)
    start = next(
        (i for i, row in enumerate(rows[:HEADING_SEARCH_ROWS]) if _is_heading_row(row)), None
    )
    if start is None:
        raise UnreadableFile(NO_HEADINGS)
    headings = [cell_text(c) for c in rows[start]]
    width = len(headings)
    data: list[tuple[int, list[str]]] = []
    for index in range(start + 1, len(rows)):
        cells = [cell_text(c) for c in rows[index][:width]]
        if any(cells):
            data.append((index + 1, cells + [""] * (width - len(cells))))
    return Sheet(headings=headings, rows=data)
