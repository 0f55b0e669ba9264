"""Checking a department list's columns and rows, before anything is looked up or written.

Problems are ``RowError``s, as the registry import reports them: the row as Excel shows it
and the heading as the file writes it, so that a clerk finds the cell at once; problems of
the file as a whole have row 0 (``FILE_ROW``). ``as_problem`` names the same place as an input
field, ``rows[<row>].<heading>`` or ``file``, for callers that report through ``InvalidInput``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Final

from towncheck.errors import Problem
from towncheck.households.idcard import IdNumberError, parse_id_number
from towncheck.households.importing.cells import CellError, looks_like_lost_digits
from towncheck.households.importing.errors import FILE_ROW, RowError, file_error
from towncheck.households.importing.reader import LostDigits
from towncheck.sectors.cells import parse_amount, parse_date, parse_month
from towncheck.sectors.kinds import BY_KEY, ListKind, category_code, field_of, spellings
from towncheck.sectors.reader import Sheet

NAME_MAX: Final = 64
FIRST_YEAR: Final = 2014  # 建档立卡 began in 2014: no list concerns an earlier year
LATEST_END_YEARS: Final = 5  # a loan's due date or a job's end lies at most this far ahead
LOST_DIGITS: Final = "身份证号被存成了数字，后几位已丢失：请把该列设为“文本”格式后重新填写"


@dataclass(slots=True)
class Row:
    """One row read and checked: the ID number is normalised, not yet matched."""

    row_no: int
    name: str
    id_number: str
    amount: Decimal | None = None
    category: str = ""
    start_on: date | None = None
    end_on: date | None = None
    paid_on: date | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def as_problem(error: RowError) -> Problem:
    """The problem as an input field names it, its message saying where it is."""
    if error.row == FILE_ROW:
        return Problem("file", error.message)
    return Problem(
        f"rows[{error.row}].{error.column}", f"第 {error.row} 行“{error.column}”：{error.message}"
    )


def column_map(kind: ListKind, headings: list[str]) -> tuple[dict[str, int], list[RowError]]:
    """Which column fills each field, and what is missing or given twice."""
    columns: dict[str, int] = {}
    problems: list[RowError] = []
    for index, heading in enumerate(headings):
        key = field_of(heading)
        if key is None:
            continue
        if key in columns:
            first = headings[columns[key]]
            problems.append(file_error(f"“{heading}”与“{first}”是同一列，请删除其中一列"))
            continue
        columns[key] = index
    for key in kind.required:
        if key not in columns:
            problems.append(
                file_error(
                    f"{kind.label}名单缺少“{BY_KEY[key].heading}”列（列名可写作 {spellings(key)}）"
                )
            )
    has_period = "month" in columns or {"start_on", "end_on"} <= columns.keys()
    if kind.needs_period and not has_period:
        problems.append(
            file_error(f"{kind.label}名单须有“所属月份”列，或“起始日期”和“截止日期”两列")
        )
    return columns, problems


@dataclass(slots=True)
class _RowCheck:
    kind: ListKind
    year: int
    today: date
    headings: list[str]
    columns: dict[str, int]
    row_no: int
    cells: list[str]
    problems: list[RowError]

    def text(self, key: str) -> tuple[str, str]:
        index = self.columns.get(key)
        return ("", "") if index is None else (self.headings[index], self.cells[index])

    def fail(self, heading: str, message: str) -> None:
        self.problems.append(RowError(self.row_no, heading, message))

    def required(self, key: str) -> tuple[str, str] | None:
        heading, value = self.text(key)
        if not value:
            if key in self.kind.required:
                self.fail(heading, f"请填写{BY_KEY[key].heading}")
            return None
        return heading, value

    def day(self, key: str) -> date | None:
        cell = self.required(key)
        if cell is None:
            return None
        heading, value = cell
        try:
            day = parse_date(value)
        except CellError as error:
            self.fail(heading, error.message)
            return None
        latest = (
            self.today if key == "paid_on" else date(self.today.year + LATEST_END_YEARS, 12, 31)
        )
        if day.year < FIRST_YEAR:
            self.fail(heading, f"日期 {day.isoformat()} 早于 {FIRST_YEAR} 年")
        elif day > latest:
            self.fail(
                heading, f"日期 {day.isoformat()} 晚于{'今天' if key == 'paid_on' else '合理范围'}"
            )
        else:
            return day
        return None


def read_row(
    kind: ListKind,
    *,
    year: int,
    today: date,
    sheet: Sheet,
    columns: dict[str, int],
    row_no: int,
    cells: list[str],
) -> tuple[Row, list[RowError]]:
    """The row and every problem it has (a field with a problem is left empty)."""
    check = _RowCheck(kind, year, today, sheet.headings, columns, row_no, cells, [])
    name = _name(check)
    number = _id_number(check)
    row = Row(row_no, name or "", number or "")
    row.amount = _amount(check)
    row.category = _category(check)
    row.paid_on = check.day("paid_on")
    row.start_on, row.end_on = _period(check)
    placed = row.start_on or row.paid_on
    if placed is not None and placed.year != year:
        source = (
            "paid_on" if row.start_on is None else "month" if check.text("month")[1] else "start_on"
        )
        check.fail(check.text(source)[0], f"日期 {placed.isoformat()} 不在名单所属的 {year} 年内")
    used = set(columns.values())
    row.extra = {
        h: str(c)
        for i, (h, c) in enumerate(zip(sheet.headings, cells, strict=False))
        if h and c and i not in used
    }
    return row, check.problems


def _name(check: _RowCheck) -> str | None:
    cell = check.required("name")
    if cell is None:
        return None
    heading, value = cell
    if len(value) > NAME_MAX:
        check.fail(heading, f"姓名不能超过 {NAME_MAX} 个字")
        return None
    return value


def _id_number(check: _RowCheck) -> str | None:
    cell = check.required("id_number")
    if cell is None:
        return None
    heading, value = cell
    if isinstance(value, LostDigits) or looks_like_lost_digits(value):
        check.fail(heading, LOST_DIGITS)
        return None
    try:
        return parse_id_number(value, today=check.today).number
    except IdNumberError as error:
        check.fail(heading, error.message)
        return None


def _amount(check: _RowCheck) -> Decimal | None:
    cell = check.required("amount")
    if cell is None:
        return None
    heading, value = cell
    try:
        amount = parse_amount(value)
    except CellError as error:
        check.fail(heading, error.message)
        return None
    kind = check.kind
    if amount < 0:
        check.fail(heading, "金额不能为负数")
    elif amount == 0 and "amount" in kind.required:
        check.fail(heading, "金额须大于 0")
    elif amount > kind.max_amount:
        check.fail(
            heading,
            f"金额 {amount} 元超出{kind.label}单笔的合理范围（不超过 {kind.max_amount} 元），"
            "请检查单位是否为元",
        )
    else:
        return amount
    return None


def _category(check: _RowCheck) -> str:
    cell = check.required("category")
    if cell is None:
        return ""
    heading, value = cell
    code = category_code(value)
    if code is None:
        check.fail(heading, f"补贴类别“{value}”无法识别（可填“生活补贴”或“护理补贴”）")
        return ""
    return code


def _period(check: _RowCheck) -> tuple[date | None, date | None]:
    heading, month = check.text("month")
    if month:
        try:
            return parse_month(month)
        except CellError as error:
            check.fail(heading, error.message)
            return None, None
    start, end = check.day("start_on"), check.day("end_on")
    if start is not None and end is not None and end < start:
        check.fail(check.text("end_on")[0], "截止日期不能早于起始日期")
    blank = [k for k in ("start_on", "end_on") if not check.text(k)[1]]
    if check.kind.needs_period and blank:
        # The columns exist (``column_map`` saw to it): say which cells to fill.
        if "month" in check.columns:
            check.fail(heading, "请填写所属月份（或起始日期和截止日期）")
        for key in blank:
            if key in check.columns:
                check.fail(check.text(key)[0], f"请填写{BY_KEY[key].heading}（或所属月份）")
    return start, end
