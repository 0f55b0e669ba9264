"""The error report of a rejected import, as an .xlsx workbook: 行号, 列, 问题."""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import xlsxwriter

from towncheck.households.importing.errors import FILE_ROW, RowError

HEADINGS = ("行号", "列", "问题")
_WIDTHS = (8, 18, 90)


def errors_from_result(result: Mapping[str, Any]) -> list[RowError]:
    """The problems recorded in a job's result (``ImportOutcome.as_result``)."""
    items: Iterable[Mapping[str, Any]] = result.get("errors") or []
    return [RowError(int(e["row"]), str(e["column"]), str(e["message"])) for e in items]


def error_report(errors: Sequence[RowError]) -> bytes:
    """One row per problem, in the order found; problems of the whole file have no row number."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    sheet = workbook.add_worksheet("导入问题")
    bold = workbook.add_format({"bold": True, "bg_color": "#F2F2F2", "border": 1})
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    for index, (heading, width) in enumerate(zip(HEADINGS, _WIDTHS, strict=True)):
        sheet.write_string(0, index, heading, bold)
        sheet.set_column(index, index, width, wrap if index == 2 else None)
    for line, error in enumerate(errors, start=1):
        if error.row != FILE_ROW:
            sheet.write_number(line, 0, error.row)
        sheet.write_string(line, 1, error.column)
        sheet.write_string(line, 2, error.message)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(errors), 1), len(HEADINGS) - 1)
    workbook.close()
    return buffer.getvalue()
