"""Agreement of answer pairs as the bulletin and the API show it (rounded decimals)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from towncheck.crosscheck.agreement import Agreement as Measured
from towncheck.crosscheck.agreement import measure
from towncheck.crosscheck.bulletin_data import Agreement

_PERCENT = Decimal("0.01")
_KAPPA = Decimal("0.0001")


def measured(pairs: Iterable[tuple[str, str]]) -> Agreement:
    """Percent agreement (0–100) and Cohen's kappa of (self-check, cross-check) pairs."""
    return shown(measure(list(pairs)))


def shown(result: Measured | None) -> Agreement:
    """A measured agreement rounded as the bulletin and the API show it."""
    if result is None:
        return Agreement(pairs=0, percent=None, kappa=None)
    return Agreement(
        pairs=result.pairs,
        percent=_rounded(result.agreement * 100, _PERCENT),
        kappa=_rounded(result.kappa, _KAPPA),
    )


def _rounded(value: float | Decimal | None, places: Decimal) -> Decimal | None:
    if value is None:
        return None
    return Decimal(str(value)).quantize(places, rounding=ROUND_HALF_UP)
