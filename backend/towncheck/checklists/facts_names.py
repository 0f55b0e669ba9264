"""The names a checkpoint's rule may read.

A rule is evaluated against one household's registry data and the visit that answers the
checkpoint; these are the names those facts are published under. Counts are ints,
amounts are yuan, flags are bools.
"""

from __future__ import annotations

VISIT_NAMES: frozenset[str] = frozenset({"value", "line", "margin"})
"""The visit and the year: ``value`` is the checkpoint's own answer; ``line`` is the
county's poverty line for the year in yuan per person (4,500 in 2020); ``margin`` is how
far above the line a household still counts as at risk of falling back, in yuan."""

HOUSEHOLD_NAMES: frozenset[str] = frozenset({"household.category", "household.size"})
"""The household: ``category`` is one of ``lifted_supported``, ``lifted_unsupported``,
``monitored`` or ``ordinary``; ``size`` is the number of registered members."""

INCOME_NAMES: frozenset[str] = frozenset({"income.per_capita", "income.evidenced"})
"""Income: per-capita net income in yuan, and whether every income item has evidence."""

HOUSING_NAMES: frozenset[str] = frozenset(
    {"housing.grade", "housing.has_plan", "housing.plan_done", "housing.overdue"}
)
"""Housing: the appraised safety grade (``'A'`` to ``'D'``); whether a C/D-grade house
has a repair or rebuild plan, whether that plan is done, and whether it is past due."""

WATER_NAMES: frozenset[str] = frozenset({"water.safe"})
"""Drinking water: whether it meets the rural drinking-water safety standard."""

MEMBER_NAMES: frozenset[str] = frozenset(
    {
        "members.count",
        "members.without_basic_medical",
        "members.without_critical_illness",
        "members.without_special_insurance",
        "members.policy_not_delivered",
        "members.without_family_doctor",
        "members.chronic_uncertified",
        "members.school_age_not_enrolled",
        "members.disabled",
        "members.labour_able",
    }
)
"""Members, counted: all of them; those lacking basic medical, critical-illness or special
preferential insurance; those whose special-insurance policy was not handed over; those
without a family-doctor contract; chronic patients not yet certified; school-age children
not enrolled; the disabled; and those able to work."""

RULE_NAMES: frozenset[str] = (
    VISIT_NAMES | HOUSEHOLD_NAMES | INCOME_NAMES | HOUSING_NAMES | WATER_NAMES | MEMBER_NAMES
)
"""Every name a rule may read."""

GENERIC_NAMES: frozenset[str] = VISIT_NAMES
"""The names that make sense for any target; the others describe a household."""

PREFILL_ANSWERS: dict[str, str] = {
    **{name: "number" for name in MEMBER_NAMES | {"household.size", "income.per_capita"}},
    "housing.grade": "grade",
    "household.category": "text",
    **{
        name: "yes_no"
        for name in (
            "income.evidenced",
            "housing.has_plan",
            "housing.plan_done",
            "housing.overdue",
            "water.safe",
        )
    },
}
"""The household facts a checkpoint may be pre-filled from, with the answer type each fits."""
