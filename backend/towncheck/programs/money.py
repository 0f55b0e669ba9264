"""The amount check the programs add to the shared field checks: whole 分."""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from towncheck.projects.checks import MAX_AMOUNT, Checks

CENT: Final = Decimal("0.01")


def whole_cents(checks: Checks, field_name: str, value: Decimal | None, label: str) -> None:
    """Money columns keep two decimals: a third would be rounded away by the database without
    a word, so that the register would hold an amount nobody entered."""
    # Infinite or too large amounts are the shared amount check's to report (and quantizing
    # them would overflow the decimal context).
    if value is None or not value.is_finite() or abs(value) >= MAX_AMOUNT:
        return
    if value != value.quantize(CENT):
        checks.fail(field_name, f"{label}最多保留两位小数（到分）")


def in_cents(value: Decimal) -> Decimal:
    """A checked amount as the database keeps it (``5000`` is returned as ``5000.00``)."""
    return value.quantize(CENT)
