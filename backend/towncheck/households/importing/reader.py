"""Reading an uploaded spreadsheet into its heading row and data rows, all cells as text.

The format is decided by the content, not the file name: an .xlsx is a ZIP archive (read with
python-calamine), a .csv is text in UTF-8 (with or without BOM) or GB18030, as Excel on a
Chinese Windows saves it. Whatever cannot be read is refused with a message that says why.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

import python_calamine

from towncheck.households.importing.columns import recognised
from towncheck.households.importing.errors import UnreadableFile

MAX_MB: Final = 50
MAX_BYTES: Final = MAX_MB * 1024 * 1024
MAX_ROWS: Final = 1_000_000
# The heading row is looked for among the first rows: exports often start with a title.
HEADING_SEARCH_ROWS: Final = 20
MIN_HEADINGS: Final = 3
# Whole numbers above 2^53 are not exact in a float: such a cell lost its last digits.
_EXACT_LIMIT: Final = 2**53

_ZIP: Final = b"PK\x03\x04"
_OLE2: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

TOO_LARGE: Final = f"文件过大（超过 {MAX_MB} MB），请拆分后分批导入"
EMPTY: Final = "文件为空"
NOT_SPREADSHEET: Final = "文件不是电子表格：仅支持 .xlsx 和 .csv 格式"
OLD_XLS: Final = "不支持旧版 .xls 格式，请在 Excel 中“另存为” .xlsx 后再上传"
BROKEN_XLSX: Final = "无法读取该文件：文件已损坏，或不是 Excel 工作簿（.xlsx）"
ENCRYPTED: Final = "文件设有打开密码，请取消密码保护后再上传"
NO_SHEET: Final = "工作簿中没有可读取的工作表"
UNKNOWN_ENCODING: Final = "无法识别 CSV 文件的字符编码，请另存为“CSV UTF-8”格式后再上传"
TOO_MANY_ROWS: Final = f"行数过多（超过 {MAX_ROWS:,} 行），请拆分后分批导入"
NO_HEADINGS: Final = (
    f"未找到表头行：前 {HEADING_SEARCH_ROWS} 行中没有可识别的列标题"
    "（如 村、姓名、身份证号、与户主关系、户类别）"
)

Cell = object


@dataclass(frozen=True, slots=True)
class Limits:
    """How large a file and how many rows a kind of import takes, and what it says beyond."""

    max_bytes: int
    max_rows: int
    too_large: str
    too_many_rows: str


REGISTRY_LIMITS: Final = Limits(MAX_BYTES, MAX_ROWS, TOO_LARGE, TOO_MANY_ROWS)


class LostDigits(str):
    """The text of a cell stored as a number too long to be exact: an 18-digit ID number
    typed into a number cell has already lost its last digits, whatever it shows now."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Sheet:
    """The heading row and the data rows below it, with Excel's 1-based row numbers."""

    heading_row: int
    headings: list[str]
    rows: list[tuple[int, list[str]]]


def read_spreadsheet(filename: str, content: bytes) -> Sheet:
    """Raises ``UnreadableFile`` with the reason in Chinese."""
    return _from_cells(read_rows(filename, content))


def read_rows(
    filename: str, content: bytes, *, limits: Limits = REGISTRY_LIMITS
) -> Sequence[Sequence[Cell]]:
    """Every row of the first visible sheet (.xlsx) or of the text (.csv), cells as read,
    empty rows kept so that row numbers are Excel's. Raises ``UnreadableFile``."""
    if len(content) > limits.max_bytes:
        raise UnreadableFile(limits.too_large)
    if not content.strip():
        raise UnreadableFile(EMPTY)
    if content.startswith(_ZIP):
        return _xlsx_rows(content, limits)
    if content.startswith(_OLE2):
        raise UnreadableFile(OLD_XLS)
    if not filename.lower().endswith(".csv") or b"\x00" in content[:65536]:
        raise UnreadableFile(NOT_SPREADSHEET)
    return _csv_rows(content, limits)


def _xlsx_rows(content: bytes, limits: Limits) -> Sequence[Sequence[Cell]]:
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
        if sheet.total_height > limits.max_rows:
            raise UnreadableFile(limits.too_many_rows)
        # Keep the empty rows above the data so that row numbers are the ones Excel shows.
        rows: Sequence[Sequence[Cell]] = sheet.to_python(skip_empty_area=False)
    except python_calamine.PasswordError:
        raise UnreadableFile(ENCRYPTED) from None
    except python_calamine.CalamineError:
        raise UnreadableFile(BROKEN_XLSX) from None
    return rows


def _decode(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return content.decode("gb18030")
    except UnicodeDecodeError:
        raise UnreadableFile(UNKNOWN_ENCODING) from None


def _csv_rows(content: bytes, limits: Limits) -> list[list[str]]:
    text = _decode(content)
    end = text.find("\n")
    first_line = text if end < 0 else text[:end]
    # Tab-separated text saved with a .csv name is common; commas win when both appear.
    delimiter = "\t" if "\t" in first_line and "," not in first_line else ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        raise UnreadableFile(NOT_SPREADSHEET) from None
    if len(rows) > limits.max_rows:
        raise UnreadableFile(limits.too_many_rows)
    return rows


def _text(value: Cell) -> str:
    """A cell as the text a person sees: 2019.0 → "2019", a date → "2020-01-02"."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, datetime):
        midnight = value.time() == datetime.min.time()
        return value.date().isoformat() if midnight else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _number_text(value: float) -> str:
    if not math.isfinite(value) or not value.is_integer():
        return repr(value)
    if abs(value) >= _EXACT_LIMIT:
        return LostDigits(int(value))
    return str(int(value))


def _heading_index(rows: Sequence[Sequence[Cell]]) -> int:
    for index, row in enumerate(rows[:HEADING_SEARCH_ROWS]):
        if recognised([_text(c) for c in row]) >= MIN_HEADINGS:
            return index
    raise UnreadableFile(NO_HEADINGS)


def _from_cells(rows: Sequence[Sequence[Cell]]) -> Sheet:
    if not rows:
        raise UnreadableFile(EMPTY)
    start = _heading_index(rows)
    headings = [_text(c) for c in rows[start]]
    width = len(headings)
    data: list[tuple[int, list[str]]] = []
    for number, row in _numbered(rows, start + 1):
        # One pass per row, text cells first: this loop runs for every cell of the file.
        cells = [c.strip() if type(c) is str else _text(c) for c in row[:width]]
        if not any(cells):
            continue
        if len(cells) < width:
            cells.extend([""] * (width - len(cells)))
        data.append((number, cells))
    return Sheet(heading_row=start + 1, headings=headings, rows=data)


def _numbered(rows: Sequence[Sequence[Cell]], start: int) -> Iterable[tuple[int, Sequence[Cell]]]:
    """Data rows with their 1-based spreadsheet numbers (the heading row is ``start``)."""
    for index in range(start, len(rows)):
        yield index + 1, rows[index]
