"""The error report of a rejected department list, as an .xlsx workbook: every problem by
row and column (行号, 列, 问题), then the rows whose ID numbers nobody in the town's registry
has (行号, 姓名, 身份证号, masked), for a clerk to check with the department."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Final

import xlsxwriter
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from towncheck.households.importing.errors import FILE_ROW, RowError
from towncheck.households.importing.report import HEADINGS
from towncheck.sectors.checking import Unmatched

UNMATCHED_HEADINGS: Final = ("行号", "姓名", "身份证号")
_WIDTHS: Final = (8, 18, 90)
_UNMATCHED_WIDTHS: Final = (8, 18, 22)


def _sheet(
    workbook: Workbook, title: str, headings: Sequence[str], widths: Sequence[int], rows: int
) -> Worksheet:
    sheet = workbook.add_worksheet(title)
    bold = workbook.add_format({"bold": True, "bg_color": "#F2F2F2", "border": 1})
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    for index, (heading, width) in enumerate(zip(headings, widths, strict=True)):
        sheet.write_string(0, index, heading, bold)
        sheet.set_column(index, index, width, wrap if width > 40 else None)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(rows, 1), len(headings) - 1)
    return sheet


def error_report(errors: Sequence[RowError], unmatched: Sequence[Unmatched]) -> bytes:
    """Problems in the order found (those of the whole file have no row number)."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    problems = _sheet(workbook, "导入问题", HEADINGS, _WIDTHS, len(errors))
    for line, error in enumerate(errors, start=1):
        if error.row != FILE_ROW:
            problems.write_number(line, 0, error.row)
        problems.write_string(line, 1, error.column)
        problems.write_string(line, 2, error.message)
    strangers = _sheet(
        workbook, "未匹配身份证号", UNMATCHED_HEADINGS, _UNMATCHED_WIDTHS, len(unmatched)
    )
    for line, row in enumerate(unmatched, start=1):
        strangers.write_number(line, 0, row.row)
        strangers.write_string(line, 1, row.name)
        strangers.write_string(line, 2, row.id_masked)
    workbook.close()
    return buffer.getvalue()
