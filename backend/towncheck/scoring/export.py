"""The county comparison (乡镇排名) as an .xlsx workbook, one sheet per view of it.

乡镇排名 ranks the towns with their sub-scores and why each stands where it does; 指标 and
模拟评估 list every town's indicators and mock-evaluation estimates; 分项失分 lists, item by
item, what each town earned, could have earned and lost. Every sheet opens with a title and
a line saying when it was generated, like the other printed workbooks.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Final

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from towncheck.scoring.catalogue import ESTIMATES, INDICATORS, IndicatorKind, Unit
from towncheck.scoring.comparison import TownRow
from towncheck.scoring.models import Indicator
from towncheck.sheets import CELL, FIRST_ROW, SheetFormats, sheet_formats, titled_sheet

# China has one zone and no daylight saving: a fixed offset is exact.
CHINA_TIME: Final = timezone(timedelta(hours=8))
RANKING: Final = "乡镇排名"
INDICATOR_SHEET: Final = "指标"
ESTIMATE_SHEET: Final = "模拟评估"
LOSSES: Final = "分项失分"
SECTION_WIDTH: Final = 12
# (heading, width); a CJK character is about two width units. The ranking's section
# columns go between its leading columns and the explanation.
RANKING_LEAD: Final = (
    ("名次", 6),
    ("乡镇", 12),
    ("周期", 18),
    ("总分", 9),
    ("上期得分", 10),
    ("变化", 9),
    ("评分户数", 10),
)
EXPLANATION: Final = ("名次说明", 60)
INDICATOR_COLUMNS: Final = (
    ("乡镇", 12),
    ("指标", 26),
    ("分子", 10),
    ("分母", 10),
    ("值", 10),
)
ESTIMATE_COLUMNS: Final = (
    ("乡镇", 12),
    ("指标", 10),
    ("样本量", 10),
    ("估计值", 10),
    ("95%置信区间下限", 16),
    ("95%置信区间上限", 16),
)
LOSS_COLUMNS: Final = (
    ("乡镇", 12),
    ("分项", 10),
    ("分项名称", 36),
    ("得分", 9),
    ("满分", 9),
    ("失分", 9),
)

Cell = tuple[str | int | Decimal | None, Format]


@dataclass(frozen=True, slots=True)
class _Formats(SheetFormats):
    count: Format
    points: Format
    change: Format
    percent: Format
    ratio: Format
    kappa: Format


def _formats(book: Workbook) -> _Formats:
    return _Formats(
        **sheet_formats(book),
        # General, not a fixed number of places: counts are whole, per-project sums not.
        count=book.add_format(dict(CELL)),
        points=book.add_format({**CELL, "num_format": "0.00"}),
        # A signed change reads at a glance: +1.50 / -0.75.
        change=book.add_format({**CELL, "num_format": "+0.00;-0.00;0.00"}),
        percent=book.add_format({**CELL, "num_format": "0.00%"}),
        ratio=book.add_format({**CELL, "num_format": "0.00"}),
        kappa=book.add_format({**CELL, "num_format": "0.000"}),
    )


def _value_format(unit: Unit, f: _Formats) -> Format:
    # Rates are stored as shares in [0, 1]; Excel's % format shows them as percentages.
    if unit == "rate":
        return f.percent
    return f.kappa if unit == "kappa" else f.ratio


def _write(sheet: Worksheet, row: int, col: int, cell: Cell) -> None:
    value, fmt = cell
    if value is None or value == "":
        sheet.write_blank(row, col, None, fmt)
    elif isinstance(value, str):
        sheet.write_string(row, col, value, fmt)
    else:
        sheet.write_number(row, col, float(value), fmt)


def _sheet(
    book: Workbook,
    f: _Formats,
    *,
    name: str,
    title: str,
    summary: str,
    columns: Sequence[tuple[str, int]],
    lines: Sequence[Sequence[Cell]],
) -> Worksheet:
    sheet = titled_sheet(
        book,
        f,
        name=name,
        title=title,
        summary=summary,
        columns=columns,
        rows=len(lines),
        centred=True,
    )
    for index, line in enumerate(lines, start=FIRST_ROW):
        for col, cell in enumerate(line):
            _write(sheet, index, col, cell)
    return sheet


def _sections(rows: Sequence[TownRow]) -> list[tuple[str, str]]:
    """Every section any town was scored on, in template order of first appearance:
    towns on different template versions still line up by section code."""
    seen: dict[str, str] = {}
    for row in rows:
        for part in row.parts.sections if row.parts else ():
            seen.setdefault(part.code, part.title)
    return list(seen.items())


def _ranking_lines(
    rows: Sequence[TownRow], sections: Sequence[tuple[str, str]], f: _Formats
) -> list[list[Cell]]:
    lines = []
    for row in rows:
        snap = row.snapshot
        points = {p.code: p.points for p in row.parts.sections} if row.parts else {}
        lines.append(
            [
                (row.rank, f.centred),
                (row.town_name, f.text),
                (row.cycle.name, f.text),
                (None if snap is None else snap.score, f.points),
                (row.previous, f.points),
                (row.change, f.change),
                (None if snap is None else snap.households, f.centred),
                *((points.get(code), f.points) for code, _ in sections),
                (row.explanation, f.wrapped),
            ]
        )
    return lines


def _ordered(rows: Sequence[Indicator], kinds: dict[str, IndicatorKind]) -> list[Indicator]:
    """The rows of ``kinds``, in the catalogue's order rather than by code."""
    order = {code: index for index, code in enumerate(kinds)}
    return sorted((r for r in rows if r.code in kinds), key=lambda r: order[r.code])


def _indicator_lines(rows: Sequence[TownRow], f: _Formats) -> list[list[Cell]]:
    lines: list[list[Cell]] = []
    for row in rows:
        for found in _ordered(row.indicators, INDICATORS):
            kind = INDICATORS[found.code]
            lines.append(
                [
                    (row.town_name, f.text),
                    (kind.label, f.text),
                    (found.numerator, f.count),
                    (found.denominator, f.count),
                    (found.value, _value_format(kind.unit, f)),
                ]
            )
    return lines


def _estimate_lines(rows: Sequence[TownRow], f: _Formats) -> list[list[Cell]]:
    lines: list[list[Cell]] = []
    for row in rows:
        for found in _ordered(row.indicators, ESTIMATES):
            kind = ESTIMATES[found.code]
            shown = _value_format(kind.unit, f)
            lines.append(
                [
                    (row.town_name, f.text),
                    (kind.label, f.text),
                    (found.denominator, f.count),
                    (found.value, shown),
                    (found.low, shown),
                    (found.high, shown),
                ]
            )
    return lines


def _loss_lines(rows: Sequence[TownRow], f: _Formats) -> list[list[Cell]]:
    return [
        [
            (row.town_name, f.text),
            (item.code, f.text),
            (item.title, f.wrapped),
            (item.points, f.points),
            (item.maximum, f.points),
            (item.lost, f.points),
        ]
        for row in rows
        for item in (row.parts.items if row.parts else ())
    ]


def comparison_workbook(rows: Sequence[TownRow], *, year: int, now: datetime) -> bytes:
    """Pure: the workbook for already-ranked rows (see ``comparison.comparison``)."""
    buffer = io.BytesIO()
    # strings_to_numbers off: an item code such as "1.2" must stay text.
    book = Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    f = _formats(book)
    stamp = now.astimezone(CHINA_TIME).strftime("%Y-%m-%d %H:%M")
    summary = f"生成时间：{stamp}　共 {len(rows)} 个乡镇"
    sections = _sections(rows)
    ranking = (
        *RANKING_LEAD,
        *((title, SECTION_WIDTH) for _, title in sections),
        EXPLANATION,
    )
    views = (
        (RANKING, f"{year}年全县乡镇排名", ranking, _ranking_lines(rows, sections, f)),
        (INDICATOR_SHEET, f"{year}年乡镇评估指标", INDICATOR_COLUMNS, _indicator_lines(rows, f)),
        (ESTIMATE_SHEET, f"{year}年模拟第三方评估", ESTIMATE_COLUMNS, _estimate_lines(rows, f)),
        (LOSSES, f"{year}年乡镇分项失分", LOSS_COLUMNS, _loss_lines(rows, f)),
    )
    for name, title, columns, lines in views:
        _sheet(book, f, name=name, title=title, summary=summary, columns=columns, lines=lines)
    book.close()
    return buffer.getvalue()
