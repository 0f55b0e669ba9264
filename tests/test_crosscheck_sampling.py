"""The stratified sample of households a cross-check team re-visits."""

from __future__ import annotations

import hashlib
from collections import Counter
from decimal import Decimal

import pytest

from towncheck.crosscheck.errors import InvalidSample
from towncheck.crosscheck.randomness import RandomStream
from towncheck.crosscheck.sampling import (
    SAMPLE_VERSION,
    SampleHousehold,
    sample_households,
    stream_label,
)

SUPPORTED = "lifted_supported"
UNSUPPORTED = "lifted_unsupported"
MONITORED = "monitored"


def seed_of(i: int) -> bytes:
    return hashlib.sha256(f"sample seed {i}".encode()).digest()


def household(
    household_id: int,
    area_id: int = 1,
    category: str = SUPPORTED,
    *,
    findings: bool = False,
    risk: bool = False,
) -> SampleHousehold:
    return SampleHousehold(
        id=household_id,
        area_id=area_id,
        category=category,
        has_findings=findings,
        has_risk_flags=risk,
    )


def town() -> list[SampleHousehold]:
    """Two areas; in area 1, 20 supported households of which 3 flagged, 7 unsupported."""
    households = [household(i, findings=i in {3, 9}, risk=i == 15) for i in range(1, 21)]
    households += [household(100 + i, category=UNSUPPORTED) for i in range(7)]
    households += [household(200 + i, area_id=2, risk=i == 0) for i in range(10)]
    households += [household(300 + i, area_id=2, category=MONITORED) for i in range(4)]
    return households


RATES = {SUPPORTED: Decimal("0.3"), UNSUPPORTED: Decimal("0.5"), MONITORED: Decimal("0")}


def test_flagged_households_are_always_visited() -> None:
    for i in range(50):
        sample = sample_households(seed=seed_of(i), households=town(), rates=RATES)
        assert {3, 9, 15, 200} <= set(sample.household_ids)


def test_each_stratum_gets_the_ceiling_of_its_rate() -> None:
    sample = sample_households(seed=seed_of(0), households=town(), rates=RATES)
    counts = {(s.area_id, s.category): s for s in sample.strata}
    assert list(counts) == [(1, SUPPORTED), (1, UNSUPPORTED), (2, SUPPORTED), (2, MONITORED)]
    supported = counts[(1, SUPPORTED)]
    assert (supported.size, supported.flagged, supported.target, supported.chosen) == (20, 3, 6, 6)
    unsupported = counts[(1, UNSUPPORTED)]
    assert (unsupported.size, unsupported.target, unsupported.chosen) == (7, 4, 4)  # ceil(3.5)
    monitored = counts[(2, MONITORED)]
    assert (monitored.target, monitored.chosen) == (0, 0)
    area_two = counts[(2, SUPPORTED)]
    assert (area_two.size, area_two.flagged, area_two.target, area_two.chosen) == (10, 1, 3, 3)
    ids = set(sample.household_ids)
    assert len(ids) == sum(s.chosen for s in sample.strata) == 13
    assert len(ids & set(range(1, 21))) == 6
    assert len(ids & set(range(100, 107))) == 4
    assert not ids & set(range(300, 304))
    assert sample.household_ids == tuple(sorted(ids))
    assert sample.algorithm == SAMPLE_VERSION and sample.seed_hex == seed_of(0).hex()


def test_flagged_households_beyond_the_target_are_all_visited() -> None:
    households = [household(i, findings=i <= 4) for i in range(1, 11)]
    sample = sample_households(
        seed=seed_of(0), households=households, rates={SUPPORTED: Decimal("0.1")}
    )
    assert sample.household_ids == (1, 2, 3, 4)
    assert (sample.strata[0].target, sample.strata[0].chosen) == (1, 4)


def test_missing_rate_or_rate_one_means_everyone() -> None:
    everyone = tuple(sorted(h.id for h in town()))
    assert sample_households(seed=seed_of(1), households=town(), rates={}).household_ids == everyone
    ones = {SUPPORTED: Decimal(1), UNSUPPORTED: Decimal("1.00"), MONITORED: Decimal(1)}
    assert (
        sample_households(seed=seed_of(1), households=town(), rates=ones).household_ids == everyone
    )


def test_rates_are_applied_exactly() -> None:
    # 0.1 × 30 is exactly 3 in decimal arithmetic (binary floats would give 3.0000000000000004).
    households = [household(i) for i in range(30)]
    sample = sample_households(
        seed=seed_of(0), households=households, rates={SUPPORTED: Decimal("0.1")}
    )
    assert sample.strata[0].target == 3


def test_same_inputs_same_sample_whatever_their_order() -> None:
    first = sample_households(seed=seed_of(2), households=town(), rates=RATES)
    again = sample_households(seed=seed_of(2), households=town()[::-1], rates=RATES)
    assert first == again
    other = sample_households(seed=seed_of(3), households=town(), rates=RATES)
    assert other.household_ids != first.household_ids


def test_a_stratum_does_not_depend_on_the_others() -> None:
    first = sample_households(seed=seed_of(4), households=town(), rates=RATES)
    more = [*town(), household(999, area_id=2), household(998, area_id=3, category=MONITORED)]
    second = sample_households(seed=seed_of(4), households=more, rates=RATES)
    area_one = set(range(1, 200))
    assert set(first.household_ids) & area_one == set(second.household_ids) & area_one


def test_the_draw_is_the_documented_stream() -> None:
    households = [household(i) for i in range(1, 11)]
    sample = sample_households(
        seed=seed_of(5), households=households, rates={SUPPORTED: Decimal("0.4")}
    )
    stream = RandomStream(seed=seed_of(5), label=stream_label(area_id=1, category=SUPPORTED))
    assert (
        stream_label(area_id=1, category=SUPPORTED) == "sample-v1/area=1/category=lifted_supported"
    )
    assert sample.household_ids == tuple(sorted(stream.sample(list(range(1, 11)), 4)))


def test_every_household_is_equally_likely() -> None:
    households = [household(i) for i in range(1, 11)]
    seen = Counter[int]()
    draws = 1000
    for i in range(draws):
        sample = sample_households(
            seed=seed_of(i), households=households, rates={SUPPORTED: Decimal("0.3")}
        )
        seen.update(sample.household_ids)
    expected = draws * 3 / 10
    assert set(seen) == set(range(1, 11))
    assert all(expected * 0.8 < count < expected * 1.2 for count in seen.values())


@pytest.mark.parametrize(
    "rate", [Decimal("-0.1"), Decimal("1.01"), Decimal("NaN"), Decimal("Infinity")]
)
def test_rates_outside_zero_to_one_are_refused(rate: Decimal) -> None:
    with pytest.raises(InvalidSample) as caught:
        sample_households(seed=seed_of(0), households=town(), rates={SUPPORTED: rate})
    assert caught.value.code == "INVALID_SAMPLE_INPUT"
    assert "抽样比例" in caught.value.message


def test_duplicate_households_are_refused() -> None:
    with pytest.raises(InvalidSample):
        sample_households(seed=seed_of(0), households=[household(1), household(1)], rates={})


def test_no_households_no_sample() -> None:
    sample = sample_households(seed=seed_of(0), households=[], rates=RATES)
    assert sample.household_ids == () and sample.strata == ()
