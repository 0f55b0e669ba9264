"""The bulletin (通报) as an .xlsx workbook: 汇总, then one sheet per section."""

from __future__ import annotations

import io
from dataclasses import dataclass

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from towncheck.crosscheck.bulletin_data import BulletinData
from towncheck.crosscheck.bulletin_tables import Cell, Kind, Table, format_time, tables


@dataclass(frozen=True, slots=True)
class _Formats:
    title: Format
    header: Format
    label: Format
    by_kind: dict[Kind, Format]


def _formats(book: Workbook) -> _Formats:
    cell = {"valign": "top", "border": 1}
    return _Formats(
        title=book.add_format({"bold": True, "font_size": 14}),
        header=book.add_format(
            {"bold": True, "bg_color": "#F2F2F2", "border": 1, "align": "center", "valign": "top"}
        ),
        label=book.add_format({"bold": True}),
        by_kind={
            "text": book.add_format(cell),
            "long": book.add_format({**cell, "text_wrap": True}),
            "int": book.add_format({**cell, "num_format": "0"}),
            "percent": book.add_format({**cell, "num_format": "0.0%"}),
            "kappa": book.add_format({**cell, "num_format": "0.000"}),
        },
    )


def _write_cell(
    sheet: Worksheet,
    *,
    at: tuple[int, int],
    value: Cell,
    kind: Kind,
    fmt: Format,
) -> None:
    row, col = at
    if value is None or value == "":
        sheet.write_blank(row, col, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(row, col, value, fmt)
    elif kind == "percent":
        # The data holds 0–100; a spreadsheet percent is a fraction shown with "%".
        sheet.write_number(row, col, float(value / 100), fmt)
    else:
        sheet.write_number(row, col, float(value), fmt)


def _sheet_setup(sheet: Worksheet, *, landscape: bool) -> None:
    sheet.set_paper(9)  # A4
    if landscape:
        sheet.set_landscape()
    sheet.fit_to_pages(1, 0)


def _write_table(book: Workbook, table: Table, formats: _Formats) -> None:
    sheet = book.add_worksheet(table.sheet)
    for col, column in enumerate(table.columns):
        sheet.set_column(col, col, column.width)
        sheet.write_string(0, col, column.heading, formats.header)
    for line, row in enumerate(table.rows, start=1):
        for col, (column, value) in enumerate(zip(table.columns, row, strict=True)):
            fmt = formats.by_kind[column.kind]
            _write_cell(sheet, at=(line, col), value=value, kind=column.kind, fmt=fmt)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(table.rows), 1), len(table.columns) - 1)
    sheet.repeat_rows(0)
    _sheet_setup(sheet, landscape=len(table.columns) > 8)


def _summary_figures(data: BulletinData) -> tuple[tuple[str, Cell, Kind], ...]:
    agreement = data.agreement
    return (
        ("入户核查户数", data.households_visited, "int"),
        ("发现问题数", data.findings, "int"),
        ("自查互查不一致", data.discrepancies, "int"),
        ("待整改", data.open, "int"),
        ("比对项数", agreement.pairs, "int"),
        ("一致率", agreement.percent, "percent"),
        ("Kappa系数", agreement.kappa, "kappa"),
    )


def _write_summary(book: Workbook, data: BulletinData, formats: _Formats) -> None:
    """Title and the notice's header lines, then the town's figures as label / value rows."""
    sheet = book.add_worksheet("汇总")
    sheet.set_column(0, 0, 18)
    sheet.set_column(1, 1, 36)
    sheet.write_string(0, 0, data.title, formats.title)
    lines = (
        ("乡镇", data.town),
        ("评估周期", data.cycle),
        ("版本", f"第 {data.version} 版"),
        ("生成时间", format_time(data.generated_at)),
        ("数据截至", format_time(data.data_cutoff)),
    )
    for line, (label, text) in enumerate(lines, start=1):
        sheet.write_string(line, 0, label, formats.label)
        sheet.write_string(line, 1, text)
    first = len(lines) + 2  # one empty row between the header lines and the figures
    sheet.write_string(first, 0, "项目", formats.header)
    sheet.write_string(first, 1, "数值", formats.header)
    for line, (label, value, kind) in enumerate(_summary_figures(data), start=first + 1):
        sheet.write_string(line, 0, label, formats.by_kind["text"])
        _write_cell(sheet, at=(line, 1), value=value, kind=kind, fmt=formats.by_kind[kind])
    _sheet_setup(sheet, landscape=False)


def render_xlsx(data: BulletinData) -> bytes:
    """The bulletin as an .xlsx workbook: 汇总, then one sheet per section."""
    buffer = io.BytesIO()
    # strings_to_numbers off: a checkpoint code such as "1.2" must stay text.
    book = Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    formats = _formats(book)
    _write_summary(book, data, formats)
    for table in tables(data):
        _write_table(book, table, formats)
    book.close()
    return buffer.getvalue()
