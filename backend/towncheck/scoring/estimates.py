"""Interval estimates for the mock third-party evaluation.

Evaluators report rates from small samples, so each rate comes with the Wilson score
interval at 95 %: unlike the textbook ``p ± 1.96·√(p(1−p)/n)`` it stays inside [0, 1] and
does not collapse to a single point when no case (or every case) is found — which is the
usual situation for a wrong-exit rate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

Z95: Final = 1.959963984540054
_PLACES: Final = Decimal("0.0001")


@dataclass(frozen=True, slots=True)
class Estimate:
    found: int
    sample: int
    rate: Decimal | None
    low: Decimal | None
    high: Decimal | None


def rounded(value: float) -> Decimal:
    """A rate or coefficient as stored: four decimal places."""
    return Decimal(repr(value)).quantize(_PLACES, rounding=ROUND_HALF_UP)


def wilson(found: int, sample: int, *, z: float = Z95) -> Estimate:
    """The share ``found / sample`` with its Wilson interval; no rate without a sample."""
    if sample < 0 or not 0 <= found <= sample:
        raise ValueError("found must lie between 0 and the sample size")
    if sample == 0:
        return Estimate(found=0, sample=0, rate=None, low=None, high=None)
    p = found / sample
    z2 = z * z
    centre = (p + z2 / (2 * sample)) / (1 + z2 / sample)
    spread = z * math.sqrt(p * (1 - p) / sample + z2 / (4 * sample * sample)) / (1 + z2 / sample)
    return Estimate(
        found=found,
        sample=sample,
        rate=rounded(p),
        low=rounded(max(0.0, centre - spread)),
        high=rounded(min(1.0, centre + spread)),
    )
