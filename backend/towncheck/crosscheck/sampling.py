"""The households a team re-visits in the cross-check: a stratified sample (``sample-v1``).

Strata are (area, household category). In each stratum of ``size`` households with a
sampling ``rate`` for its category (a Decimal in [0, 1]; a category without a rate is
visited in full), the team visits ``target = ceil(rate × size)`` households:

1. every household with self-check findings or risk flags is always visited and counts
   toward the target (so a stratum may get more than its target);
2. the rest of the target is drawn uniformly, without replacement, from the stratum's
   other households in ascending id order, by ``RandomStream.sample`` on the seed's
   stream labelled ``sample-v1/area=<area id>/category=<category>``.

Each stratum has its own stream, so a stratum's sample depends only on the seed and its
own households: adding or removing a household elsewhere changes nothing here.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Final

from towncheck.crosscheck.errors import InvalidSample
from towncheck.crosscheck.randomness import RandomStream

SAMPLE_VERSION: Final = "sample-v1"


@dataclass(frozen=True, slots=True)
class SampleHousehold:
    """What the sample needs to know about a household in the team's areas."""

    id: int
    area_id: int
    category: str
    has_findings: bool
    has_risk_flags: bool


@dataclass(frozen=True, slots=True)
class StratumCount:
    """How one (area, category) stratum was sampled."""

    area_id: int
    category: str
    size: int  # households in the stratum
    flagged: int  # with findings or risk flags: always visited
    target: int  # ceil(rate × size)
    chosen: int  # max(target, flagged)


@dataclass(frozen=True, slots=True)
class HouseholdSample:
    """The households to re-visit (ascending ids) and the counts per stratum."""

    algorithm: str
    seed_hex: str
    household_ids: tuple[int, ...]
    strata: tuple[StratumCount, ...]  # by (area id, category)


def stream_label(*, area_id: int, category: str) -> str:
    """The label of a stratum's random stream."""
    return f"{SAMPLE_VERSION}/area={area_id}/category={category}"


def sample_households(
    *,
    seed: bytes,
    households: Sequence[SampleHousehold],
    rates: Mapping[str, Decimal],
) -> HouseholdSample:
    """The stratified sample of ``households`` for ``rates`` under ``seed``."""
    checked = {category: _rate(category, rate) for category, rate in rates.items()}
    strata: dict[tuple[int, str], list[SampleHousehold]] = defaultdict(list)
    seen: set[int] = set()
    for household in households:
        if household.id in seen:
            raise InvalidSample(f"农户 {household.id} 重复出现")
        if not household.category or "\x00" in household.category:
            raise InvalidSample(f"农户 {household.id} 的类别无效")
        seen.add(household.id)
        strata[(household.area_id, household.category)].append(household)
    chosen: list[int] = []
    counts = []
    for (area_id, category), members in sorted(strata.items()):
        members.sort(key=lambda household: household.id)
        flagged = [h.id for h in members if h.has_findings or h.has_risk_flags]
        others = [h.id for h in members if not (h.has_findings or h.has_risk_flags)]
        target = math.ceil(checked.get(category, Fraction(1)) * len(members))
        extra = max(0, target - len(flagged))
        stream = RandomStream(seed=seed, label=stream_label(area_id=area_id, category=category))
        chosen += flagged
        chosen += stream.sample(others, extra)
        counts.append(
            StratumCount(
                area_id=area_id,
                category=category,
                size=len(members),
                flagged=len(flagged),
                target=target,
                chosen=len(flagged) + extra,
            )
        )
    return HouseholdSample(
        algorithm=SAMPLE_VERSION,
        seed_hex=seed.hex(),
        household_ids=tuple(sorted(chosen)),
        strata=tuple(counts),
    )


def _rate(category: str, rate: Decimal) -> Fraction:
    # Exact rational arithmetic: ceil(0.3 × 10) must be 3, never 4 from rounding.
    if not isinstance(rate, Decimal) or not rate.is_finite() or not 0 <= rate <= 1:
        raise InvalidSample(f"类别「{category}」的抽样比例须在 0 到 1 之间")
    return Fraction(rate)
