"""How well the self-check agrees with the cross-check: percent agreement and Cohen's kappa.

For N pairs (self-check answer, cross-check answer) of a categorical checkpoint:

* observed agreement ``p_o`` = pairs with equal answers / N;
* expected agreement ``p_e`` = Σ over answers c of (self-check share of c) × (cross-check
  share of c), the agreement two independent checkers with these shares would reach;
* Cohen's kappa = (p_o − p_e) / (1 − p_e).

Degenerate cases: with no pairs there is nothing to measure (``measure`` returns None);
when ``p_e`` is 1 (both checks gave one and the same answer throughout) kappa is 1.0 if
``p_o`` is 1, else 0.0. Answers are compared exactly as given; normalise them (strip, map
synonyms) before calling.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Agreement:
    """Agreement between self-check and cross-check over one or more pairs of answers."""

    pairs: int
    agreed: int
    agreement: float  # p_o in [0, 1]
    expected: float  # p_e in [0, 1]
    kappa: float  # in [-1, 1]

    @property
    def percent(self) -> float:
        """Percent agreement, 0–100."""
        return self.agreement * 100


def measure(pairs: Iterable[tuple[str, str]], /) -> Agreement | None:
    """Agreement over (self-check answer, cross-check answer) pairs; None without pairs."""
    own: Counter[str] = Counter()
    cross: Counter[str] = Counter()
    agreed = total = 0
    for self_answer, cross_answer in pairs:
        own[self_answer] += 1
        cross[cross_answer] += 1
        agreed += self_answer == cross_answer
        total += 1
    if total == 0:
        return None
    observed = Fraction(agreed, total)
    expected = sum((Fraction(own[c] * cross[c], total * total) for c in own), Fraction(0))
    if expected == 1:
        kappa = Fraction(1) if observed == 1 else Fraction(0)
    else:
        kappa = (observed - expected) / (1 - expected)
    return Agreement(
        pairs=total,
        agreed=agreed,
        agreement=float(observed),
        expected=float(expected),
        kappa=float(kappa),
    )


def agreement_by(*, rows: Iterable[tuple[K, str, str]]) -> dict[K, Agreement]:
    """Agreement per key (a cadre, an area, a town) from (key, self, cross) rows.

    Keys come out in the order they first appear; a key without rows is absent.
    """
    grouped: dict[K, list[tuple[str, str]]] = defaultdict(list)
    for key, self_answer, cross_answer in rows:
        grouped[key].append((self_answer, cross_answer))
    measured = {key: measure(pairs) for key, pairs in grouped.items()}
    return {key: result for key, result in measured.items() if result is not None}
