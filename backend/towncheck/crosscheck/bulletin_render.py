"""The bulletin (通报) as a printable HTML page and as an .xlsx workbook.

Pure: a ``BulletinData`` in, text or bytes out; no database, no GraphQL. Both renderings
are built from the same tables (``tables``), so the page and the workbook always list the
same columns in the same order and cannot drift apart.
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal, Protocol, TypeVar

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from towncheck.crosscheck.bulletin_data import (
    Agreement,
    AreaRow,
    BulletinData,
    CadreRow,
    ProblemRow,
)

SEVERITIES = {"critical": "严重", "major": "较重", "minor": "一般"}
SOURCES = {"rule": "台账规则", "answer": "入户核查", "discrepancy": "互查不一致"}
STAGES = {"self": "自查", "cross": "互查"}
STATES = {"open": "待整改", "fixed_on_spot": "立行立改"}
MISSING = "—"
# Times are stored in UTC; readers are in China, which has one zone and no daylight saving,
# so a fixed offset is exact and needs no tz database on the server.
CHINA_TIME = timezone(timedelta(hours=8))
NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")

Cell = str | int | Decimal | None
Kind = Literal["text", "long", "int", "percent", "kappa"]
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a bulletin table; ``width`` is for the workbook (a CJK character ≈ 2)."""

    heading: str
    kind: Kind
    width: int


@dataclass(frozen=True, slots=True)
class Table:
    """One section of the bulletin: a heading on the page, a sheet in the workbook."""

    title: str
    sheet: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]


class _Agreed(Protocol):
    @property
    def agreement(self) -> Agreement: ...


A = TypeVar("A", bound=_Agreed)
Spec = tuple[Column, Callable[[R], Cell]]

INDEX = Column("序号", "int", 6)


def _label(labels: dict[str, str], value: str) -> str:
    # An unknown code is shown as it is rather than hidden: a new severity must not vanish.
    return labels.get(value, value)


def _agreement_specs(row_type: type[A]) -> tuple[Spec[A], ...]:
    """The agreement columns shared by areas and cadres (``row_type`` only binds the type)."""
    return (
        (Column("比对项数", "int", 10), lambda r: r.agreement.pairs),
        (Column("一致率", "percent", 10), lambda r: r.agreement.percent),
        (Column("Kappa系数", "kappa", 11), lambda r: r.agreement.kappa),
    )


AREA_SPECS: tuple[Spec[AreaRow], ...] = (
    (Column("管理区", "text", 16), lambda r: r.area),
    (Column("互查组", "text", 16), lambda r: r.team),
    (Column("入户数", "int", 9), lambda r: r.households_visited),
    (Column("问题数", "int", 9), lambda r: r.findings),
    (Column("严重", "int", 7), lambda r: r.critical),
    (Column("较重", "int", 7), lambda r: r.major),
    (Column("一般", "int", 7), lambda r: r.minor),
    (Column("互查不一致", "int", 12), lambda r: r.discrepancies),
    (Column("待整改", "int", 9), lambda r: r.open),
    *_agreement_specs(AreaRow),
)
CADRE_SPECS: tuple[Spec[CadreRow], ...] = (
    (Column("责任干部", "text", 14), lambda r: r.cadre),
    (Column("问题数", "int", 9), lambda r: r.findings),
    (Column("互查不一致", "int", 12), lambda r: r.discrepancies),
    (Column("待整改", "int", 9), lambda r: r.open),
    *_agreement_specs(CadreRow),
)
# Ranked by agreement, so agreement comes right after the name.
LOWEST_SPECS: tuple[Spec[CadreRow], ...] = (
    CADRE_SPECS[0],
    *_agreement_specs(CadreRow),
    *CADRE_SPECS[1:4],
)
PROBLEM_SPECS: tuple[Spec[ProblemRow], ...] = (
    (Column("管理区", "text", 14), lambda r: r.area),
    (Column("村", "text", 14), lambda r: r.village),
    (Column("户主", "text", 10), lambda r: r.household),
    (Column("指标", "text", 10), lambda r: r.checkpoint),
    (Column("问题描述", "long", 50), lambda r: r.description),
    (Column("严重程度", "text", 10), lambda r: _label(SEVERITIES, r.severity)),
    (Column("来源", "text", 12), lambda r: _label(SOURCES, r.source)),
    (Column("环节", "text", 7), lambda r: _label(STAGES, r.stage)),
    (Column("状态", "text", 9), lambda r: _label(STATES, r.state)),
    (Column("责任干部", "text", 12), lambda r: r.cadre),
)


def _table(*, title: str, sheet: str, specs: Sequence[Spec[R]], rows: Iterable[R]) -> Table:
    """Materialise rows into cells, with a running 序号 as the first column."""
    cells = tuple(
        (index, *(value(row) for _, value in specs)) for index, row in enumerate(rows, start=1)
    )
    return Table(title, sheet, (INDEX, *(column for column, _ in specs)), cells)


def tables(data: BulletinData) -> tuple[Table, ...]:
    """The bulletin's sections, in the order they are published."""
    return (
        _table(title="各管理区问题情况", sheet="按管理区", specs=AREA_SPECS, rows=data.areas),
        _table(title="责任干部问题情况", sheet="按干部", specs=CADRE_SPECS, rows=data.cadres),
        _table(
            title="自查互查一致率最低的干部",
            sheet="一致率最低",
            specs=LOWEST_SPECS,
            rows=data.lowest_agreement,
        ),
        _table(title="问题清单", sheet="问题清单", specs=PROBLEM_SPECS, rows=data.problems),
    )


# ---------------------------------------------------------------------------- formatting


def _local(moment: datetime) -> datetime:
    """China time; a naive value is taken as already local."""
    return moment.astimezone(CHINA_TIME) if moment.tzinfo is not None else moment


def format_time(moment: datetime) -> str:
    """``YYYY-MM-DD HH:MM`` in China time."""
    return _local(moment).strftime("%Y-%m-%d %H:%M")


def _rounded(value: Decimal, places: str) -> Decimal:
    # Official figures round half up (66.65 → 66.7), not Decimal's default half-even.
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def format_percent(value: Decimal | None) -> str:
    return MISSING if value is None else f"{_rounded(value, '0.1')}%"


def format_kappa(value: Decimal | None) -> str:
    return MISSING if value is None else str(_rounded(value, "0.001"))


def _text(value: Cell, kind: Kind) -> str:
    if value is None or value == "":
        return MISSING
    if kind == "percent" and isinstance(value, Decimal):
        return format_percent(value)
    if kind == "kappa" and isinstance(value, Decimal):
        return format_kappa(value)
    return str(value)


# ---------------------------------------------------------------------------- HTML

_FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimSun"'
_CSS = f"""
@page {{ size: A4; margin: 18mm 15mm 18mm 15mm; }}
html {{ font-family: {_FONTS}, sans-serif; font-size: 10.5pt; line-height: 1.6; color: #000; }}
body {{ max-width: 180mm; margin: 0 auto; padding: 12mm 0; background: #fff; }}
header {{ text-align: center; }}
h1 {{ font-size: 20pt; margin: 0 0 3mm; letter-spacing: 0.05em; }}
.meta {{ margin: 0; }}
.meta span + span {{ margin-left: 2em; }}
.basis {{ margin: 1mm 0 0; font-size: 9.5pt; color: #333; }}
hr {{ border: 0; border-top: 2px solid #c00; margin: 4mm 0 5mm; }}
.summary, .empty {{ text-indent: 2em; margin: 0 0 3mm; }}
h2 {{ font-size: 13pt; margin: 7mm 0 2mm; break-after: avoid; page-break-after: avoid; }}
table {{ width: 100%; border-collapse: collapse; font-size: 9pt; line-height: 1.4; }}
th, td {{ border: 1px solid #555; padding: 0.8mm 1mm; vertical-align: top; }}
th {{ background: #eee; text-align: center; white-space: nowrap; }}
td.num {{ text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }}
thead {{ display: table-header-group; }}
tr, th, td {{ break-inside: avoid; page-break-inside: avoid; }}
.sign {{ text-align: right; margin-top: 10mm; }}
@media print {{
  body {{ max-width: none; padding: 0; }}
  th {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
}}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _header(data: BulletinData) -> str:
    return (
        f"<header>\n<h1>{_e(data.title)}</h1>\n"
        f'<p class="meta"><span>乡镇：{_e(data.town)}</span>'
        f"<span>评估周期：{_e(data.cycle)}</span><span>第 {data.version} 版</span></p>\n"
        f'<p class="basis">本通报根据截至 {format_time(data.data_cutoff)} 的数据生成，'
        f"生成时间 {format_time(data.generated_at)}。</p>\n</header>\n<hr>"
    )


def _summary(data: BulletinData) -> str:
    agreement = data.agreement
    if agreement.percent is None:
        compared = "尚无可比对的自查与互查结果，一致率暂无法计算。"
    else:
        compared = (
            f"全镇自查互查一致率 {format_percent(agreement.percent)}，"
            f"Kappa 系数 {format_kappa(agreement.kappa)}（比对 {agreement.pairs} 项）。"
        )
    return (
        f'<p class="summary">本次评估共入户核查 {data.households_visited} 户，'
        f"发现问题 {data.findings} 个，其中自查互查不一致 {data.discrepancies} 个，"
        f"尚待整改 {data.open} 个。{compared}</p>"
    )


def _html_table(table: Table) -> str:
    head = "".join(f"<th>{_e(c.heading)}</th>" for c in table.columns)
    body = "\n".join(
        "<tr>"
        + "".join(
            f'<td class="num">{_e(_text(v, c.kind))}</td>'
            if c.kind in ("int", "percent", "kappa")
            else f"<td>{_e(_text(v, c.kind))}</td>"
            for c, v in zip(table.columns, row, strict=True)
        )
        + "</tr>"
        for row in table.rows
    )
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def _section(number: str, table: Table) -> str:
    content = _html_table(table) if table.rows else '<p class="empty">无。</p>'
    return f"<section>\n<h2>{number}、{_e(table.title)}</h2>\n{content}\n</section>"


def render_html(data: BulletinData) -> str:
    """The bulletin as a complete, self-contained, printable HTML5 page (A4)."""
    sections = "\n".join(
        _section(number, table) for number, table in zip(NUMERALS, tables(data), strict=False)
    )
    day = _local(data.generated_at)
    sign = f"{_e(data.town)}<br>{day.year}年{day.month}月{day.day}日"
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(data.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"{_header(data)}\n{_summary(data)}\n{sections}\n"
        f'<p class="sign">{sign}</p>\n</body>\n</html>\n'
    )


# ---------------------------------------------------------------------------- workbook


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
