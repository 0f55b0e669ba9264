"""The bulletin's content as tables of typed cells, and how its numbers and times read.

Both renderings (``bulletin_html``, ``bulletin_xlsx``) are built from these tables, so the
page and the workbook always list the same columns in the same order and cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal, Protocol, TypeVar

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


def local_time(moment: datetime) -> datetime:
    """China time; a naive value is taken as already local."""
    return moment.astimezone(CHINA_TIME) if moment.tzinfo is not None else moment


def format_time(moment: datetime) -> str:
    """``YYYY-MM-DD HH:MM`` in China time."""
    return local_time(moment).strftime("%Y-%m-%d %H:%M")


def _rounded(value: Decimal, places: str) -> Decimal:
    # Official figures round half up (66.65 → 66.7), not Decimal's default half-even.
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def format_percent(value: Decimal | None) -> str:
    return MISSING if value is None else f"{_rounded(value, '0.1')}%"


def format_kappa(value: Decimal | None) -> str:
    return MISSING if value is None else str(_rounded(value, "0.001"))


def cell_text(value: Cell, kind: Kind) -> str:
    if value is None or value == "":
        return MISSING
    if kind == "percent" and isinstance(value, Decimal):
        return format_percent(value)
    if kind == "kappa" and isinstance(value, Decimal):
        return format_kappa(value)
    return str(value)
