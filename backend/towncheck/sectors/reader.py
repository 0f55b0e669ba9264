"""Reading a department's spreadsheet into its heading row and data rows, cells as text.

The registry import's reader finds its heading row by the registry's columns, which a
department's list does not have; this one looks for ours, and otherwise behaves the same:
the format is decided by the content (.xlsx is a ZIP archive, read with python-calamine; .csv
is UTF-8 or GB18030 text) and every refusal says why, with the registry import's wording.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

import python_calamine

from towncheck.households.importing.errors import UnreadableFile
from towncheck.households.importing.reader import (
    BROKEN_XLSX,
    EMPTY,
    ENCRYPTED,
    NO_SHEET,
    NOT_SPREADSHEET,
    OLD_XLS,
    UNKNOWN_ENCODING,
    LostDigits,
)
from towncheck.sectors.kinds import field_of

MAX_MB: Final = 10
MAX_BYTES: Final = MAX_MB * 1024 * 1024
MAX_ROWS: Final = 100_000  # a town's list for a year is a few thousand rows at most
HEADING_SEARCH_ROWS: Final = 20
# A whole number above 2^53 is not exact in a float: an ID number typed as a number.
_EXACT_LIMIT: Final = 2**53

_ZIP: Final = b"PK\x03\x04"
_OLE2: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

TOO_LARGE: Final = f"文件过大（超过 {MAX_MB} MB），请拆分后分批导入"
TOO_MANY_ROWS: Final = f"行数过多（超过 {MAX_ROWS:,} 行），请拆分后分批导入"
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
    if len(content) > MAX_BYTES:
        raise UnreadableFile(TOO_LARGE)
    if not content.strip():
        raise UnreadableFile(EMPTY)
    if content.startswith(_ZIP):
        return _sheet(_xlsx_rows(content))
    if content.startswith(_OLE2):
        raise UnreadableFile(OLD_XLS)
    if not filename.lower().endswith(".csv") or b"\x00" in content[:65536]:
        raise UnreadableFile(NOT_SPREADSHEET)
    return _sheet(_csv_rows(content))


def _xlsx_rows(content: bytes) -> Sequence[Sequence[Cell]]:
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(content))
        visible = [
            m.name
            for m in workbook.sheets_metadata
            if m.visible == python_calamine.SheetVisibleEnum.Visible
            and m.typ == python_calamine.SheetTypeEnum.WorkSheet
        ]
        if not visible:
            raise UnreadableFile(NO_SHEET)
        sheet = workbook.get_sheet_by_name(visible[0])
        if sheet.total_height > MAX_ROWS:
            raise UnreadableFile(TOO_MANY_ROWS)
        # Keep the empty rows above the data so that row numbers are the ones Excel shows.
        rows: Sequence[Sequence[Cell]] = sheet.to_python(skip_empty_area=False)
    except python_calamine.PasswordError:
        raise UnreadableFile(ENCRYPTED) from None
    except python_calamine.CalamineError:
        raise UnreadableFile(BROKEN_XLSX) from None
    return rows


def _csv_rows(content: bytes) -> list[list[str]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = content.decode("gb18030")
        except UnicodeDecodeError:
            raise UnreadableFile(UNKNOWN_ENCODING) from None
    first_line = text.split("\n", 1)[0]
    # Tab-separated text saved with a .csv name is common; commas win when both appear.
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        raise UnreadableFile(NOT_SPREADSHEET) from None
    if len(rows) > MAX_ROWS:
        raise UnreadableFile(TOO_MANY_ROWS)
    return rows


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
