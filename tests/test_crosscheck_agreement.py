"""Agreement between self-check and cross-check answers: percent agreement, Cohen's kappa."""

from __future__ import annotations

import pytest

from towncheck.crosscheck.agreement import agreement_by, measure

YES, NO = "是", "否"


def table(yes_yes: int, yes_no: int, no_yes: int, no_no: int) -> list[tuple[str, str]]:
    """Pairs (self-check, cross-check) from a 2×2 contingency table."""
    return [(YES, YES)] * yes_yes + [(YES, NO)] * yes_no + [(NO, YES)] * no_yes + [(NO, NO)] * no_no


@pytest.mark.parametrize(
    ("counts", "observed", "expected", "kappa"),
    [
        # The classic example (Wikipedia, "Cohen's kappa"): p_o = 0.7, p_e = 0.5, κ = 0.4.
        ((20, 5, 10, 15), 0.7, 0.5, 0.4),
        # Same agreement, different marginals: κ = 0.06 / 0.46 and 0.14 / 0.54.
        ((45, 15, 25, 15), 0.6, 0.54, 0.06 / 0.46),
        ((25, 35, 5, 35), 0.6, 0.46, 0.14 / 0.54),
    ],
)
def test_textbook_examples(
    counts: tuple[int, int, int, int], observed: float, expected: float, kappa: float
) -> None:
    result = measure(table(*counts))
    assert result is not None
    assert result.pairs == sum(counts)
    assert result.agreed == counts[0] + counts[3]
    assert result.agreement == pytest.approx(observed)
    assert result.percent == pytest.approx(observed * 100)
    assert result.expected == pytest.approx(expected)
    assert result.kappa == pytest.approx(kappa)


def test_three_categories() -> None:
    # Self-check vs cross-check on a grade with three values.
    pairs = [("A", "A")] * 10 + [("B", "B")] * 6 + [("C", "C")] * 4 + [("A", "B")] * 2
    pairs += [("B", "C")] * 2 + [("C", "A")] * 1
    result = measure(pairs)
    assert result is not None
    own = {"A": 12, "B": 8, "C": 5}
    cross = {"A": 11, "B": 8, "C": 6}
    expected = sum(own[c] * cross[c] for c in own) / 25**2
    assert result.agreement == pytest.approx(20 / 25)
    assert result.kappa == pytest.approx((0.8 - expected) / (1 - expected))


def test_complete_disagreement_is_negative() -> None:
    result = measure(table(0, 5, 5, 0))
    assert result is not None
    assert result.agreement == 0 and result.kappa == pytest.approx(-1)


def test_degenerate_cases() -> None:
    assert measure([]) is None
    one_answer = measure([(YES, YES)] * 4)
    assert one_answer is not None
    assert one_answer.expected == 1 and one_answer.kappa == 1.0 and one_answer.percent == 100
    perfect = measure(table(3, 0, 0, 2))
    assert perfect is not None and perfect.kappa == 1.0


def test_answers_are_compared_exactly() -> None:
    result = measure([("满意", "满意 "), ("基本满意", "基本满意")])
    assert result is not None and result.agreed == 1


def test_grouped_by_key_in_order_of_appearance() -> None:
    rows = [
        ("张三", YES, YES),
        ("李四", YES, NO),
        ("张三", NO, NO),
        ("李四", NO, NO),
        ("王五", YES, YES),
    ]
    grouped = agreement_by(rows=rows)
    assert list(grouped) == ["张三", "李四", "王五"]
    assert grouped["张三"].agreement == 1.0 and grouped["张三"].kappa == 1.0
    assert grouped["李四"].pairs == 2 and grouped["李四"].agreement == 0.5
    assert grouped["王五"].kappa == 1.0
    assert agreement_by(rows=[]) == {}
    by_area = agreement_by(rows=[((1, "area"), YES, NO)])
    assert by_area[(1, "area")].kappa == 0.0
