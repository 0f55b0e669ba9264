"""Reading one cell of a department list: dates, months and amounts as departments write
them (``2025-03-05``, ``2025/3/5``, ``2025年3月5日``, ``20250305``; ``2025年3月``; ``1,380.00元``).

Every reader takes the cell text and returns the value, or raises ``CellError`` whose message
is shown with the row and column.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Final

from towncheck.households.importing.cells import CellError

_DATE: Final = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_COMPACT_DATE: Final = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH: Final = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
_COMPACT_MONTH: Final = re.compile(r"^(\d{4})(\d{2})$")
_CENT: Final = Decimal("0.01")


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def parse_date(text: str) -> date:
    value = _folded(text)
    found = _DATE.match(value) or _COMPACT_DATE.match(value)
    if found is None:
        raise CellError(f"不是有效日期（当前为“{text}”，可写作 2025-03-05）")
    year, month, day = (int(g) for g in found.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError(f"不是有效日期（当前为“{text}”）") from None


def parse_month(text: str) -> tuple[date, date]:
    """The first and last day of the month a cell names (a full date names its month)."""
    value = _folded(text)
    found = _MONTH.match(value) or _COMPACT_MONTH.match(value)
    if found is None:
        day = parse_date(text) if _DATE.match(value) else None
        if day is None:
            raise CellError(f"不是有效月份（当前为“{text}”，可写作 2025-03）")
        year, month = day.year, day.month
    else:
        year, month = (int(g) for g in found.groups())
    if not 1 <= month <= 12:
        raise CellError(f"不是有效月份（当前为“{text}”）")
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def parse_amount(text: str) -> Decimal:
    """An amount in yuan, rounded to the cent: thousands separators and 元 are allowed."""
    value = _folded(text).replace(",", "").removesuffix("元").strip()
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise CellError(f"须填写金额数字（当前为“{text}”）") from None
    if not amount.is_finite():
        raise CellError(f"须填写金额数字（当前为“{text}”）")
    return amount.quantize(_CENT, rounding=ROUND_HALF_UP)
