"""Pearson's chi-square goodness-of-fit test against the uniform distribution, at a fixed α.

The critical value of the chi-square distribution with k degrees of freedom comes from
the Wilson–Hilferty approximation (the cube root of a chi-square variable divided by k is
nearly normal): χ²(1 − α; k) ≈ k · (1 − 2/(9k) + z · √(2/(9k)))³ with z the standard
normal (1 − α) quantile. At α = 0.001 it exceeds the tabulated value by 3 % at k = 1,
1.2 % at k = 5 and under 0.6 % from k = 10 on (``test_critical_values_match_the_tables``). The tests seed every draw with fixed seeds, so
a test either always passes or always fails; α = 0.001 is the chance that a fair sampler
fails for the particular seeds chosen.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from statistics import NormalDist
from typing import TypeVar

ALPHA = 0.001
# Pearson's statistic is only near its chi-square limit with enough draws per outcome.
MIN_EXPECTED = 5.0

K = TypeVar("K")


def critical_value(degrees: int, alpha: float = ALPHA) -> float:
    """The (1 − alpha) quantile of chi-square with ``degrees`` degrees of freedom."""
    if degrees < 1:
        raise ValueError("degrees of freedom must be at least 1")
    z = NormalDist().inv_cdf(1 - alpha)
    c = 2 / (9 * degrees)
    return degrees * (1 - c + z * math.sqrt(c)) ** 3


@dataclass(frozen=True, slots=True)
class Fit:
    statistic: float
    degrees: int
    critical: float

    @property
    def passes(self) -> bool:
        return self.statistic <= self.critical


def uniform_fit(counts: Mapping[K, int], support: Collection[K], alpha: float = ALPHA) -> Fit:
    """Pearson's statistic of ``counts`` against the uniform distribution on ``support``.

    Outcomes outside the support are a failure in themselves and are refused here, so
    the caller learns which; outcomes of the support never seen count as zero.
    """
    strays = [key for key in counts if key not in support]
    if strays:
        raise AssertionError(f"outcomes outside the support: {strays[:3]}")
    draws = sum(counts.values())
    expected = draws / len(support)
    if expected < MIN_EXPECTED:
        raise ValueError(f"{expected:.1f} expected per outcome; need at least {MIN_EXPECTED}")
    statistic = sum((counts.get(key, 0) - expected) ** 2 / expected for key in support)
    degrees = len(support) - 1
    return Fit(statistic, degrees, critical_value(degrees, alpha))
