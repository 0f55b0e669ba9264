"""The shape of the synthetic registry: shares, bands and the columns written."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import accumulate
from typing import Protocol, TypeVar

from towncheck.households import risk
from towncheck.households import synthetic_names as names
from towncheck.households import synthetic_words as words

T = TypeVar("T")
Row = tuple[object, ...]
Weighted = tuple[tuple[T, ...], tuple[int, ...]]  # choices and cumulative weights


def _weighted(weights: dict[T, int]) -> Weighted[T]:
    return tuple(weights), tuple(accumulate(weights.values()))


def _pick(rng: random.Random, table: Weighted[T]) -> T:
    # One draw as rng.choices makes it, without its per-call set-up: this is the hot path.
    choices, cumulative = table
    return choices[bisect(cumulative, rng.random() * cumulative[-1])]


CATEGORIES = _weighted(
    {"lifted_supported": 45, "lifted_unsupported": 25, "monitored": 8, "ordinary": 22}
)
# Chance of a latest-year per-capita income below the line, and within the margin above it.
# Monitored households sit near the line by definition; overall ≈ 8 % below and 10 % near.
INCOME_BANDS: dict[str, tuple[float, float]] = {
    "lifted_supported": (0.085, 0.11),
    "lifted_unsupported": (0.03, 0.06),
    "monitored": (0.30, 0.35),
    "ordinary": (0.05, 0.04),
}
SIZES = _weighted({1: 14, 2: 26, 3: 22, 4: 20, 5: 12, 6: 6})
LIFTED_YEARS = _weighted({2014: 8, 2015: 10, 2016: 18, 2017: 20, 2018: 22, 2019: 14, 2020: 8})
LABOUR_BY_AGE = tuple((below, _weighted(shares)) for below, shares in words.LABOUR_BY_AGE)
SURNAMES = _weighted(names.SURNAMES)
CAUSES = _weighted(words.POVERTY_CAUSES)
DISABILITIES = _weighted(words.DISABILITY_TYPES)
SEXES = ("male", "female")
OTHER_SEX = {"male": "female", "female": "male"}
# Households still receiving targeted policies: insurance top-ups, subsidies, 雨露计划.
SUPPORTED = frozenset({"lifted_supported", "monitored"})
LINE, MARGIN = int(risk.DEFAULT_LINE * 100), int(risk.DEFAULT_MARGIN * 100)  # cents
ORDER_CODES = 500  # even 3-digit order codes per (region, birth date); parity gives the sex
# Register order: 户主, 配偶, 子女, 儿媳/女婿, 孙子女, 父母, 兄弟姐妹.
RELATION_ORDER = {
    r: i
    for i, r in enumerate(
        ("head", "spouse", "child", "child_in_law", "grandchild", "parent", "sibling")
    )
}

# Columns of the rows built below, per table, in the order the tables are written.
COLUMNS: dict[str, tuple[str, ...]] = {
    "households": (
        "town_id",
        "id",
        "village_id",
        "head_name",
        "head_id_hash",
        "address",
        "category",
        "lifted_year",
        "poverty_causes",
        "assistance_measures",
        "phone_cipher",
        "phone_hash",
        "phone_masked",
        "updated_at",
    ),
    "members": (
        "town_id",
        "household_id",
        "position",
        "name",
        "id_cipher",
        "id_hash",
        "id_masked",
        "sex",
        "birth_date",
        "relation",
        "labour_status",
        "disability_type",
        "disability_grade",
        "chronic_illness",
        "chronic_certified",
        "basic_medical",
        "critical_illness",
        "special_insurance",
        "special_policy_delivered",
        "school_stage",
        "enrolled",
        "subsidies",
        "yulu_plan",
        "family_doctor",
    ),
    "incomes": (
        "town_id",
        "household_id",
        "year",
        "wages",
        "production",
        "property",
        "transfers",
        "production_costs",
        "evidence",
    ),
    "living_conditions": (
        "town_id",
        "household_id",
        "housing_grade",
        "assessed_by",
        "assessed_on",
        "repair_plan",
        "plan_due",
        "plan_done_on",
        "water_safe",
        "water_source",
        "sanitation",
    ),
    "household_helpers": ("town_id", "household_id", "user_id"),
}
_NAME, _ID_HASH = COLUMNS["members"].index("name"), COLUMNS["members"].index("id_hash")


@dataclass(frozen=True, slots=True)
class GeneratedCounts:
    households: int
    members: int


class _CopyConnection(Protocol):
    """The part of ``asyncpg.Connection`` used here (asyncpg ships no type information)."""

    async def execute(self, query: str) -> str: ...

    async def copy_records_to_table(
        self, table_name: str, *, records: Iterable[Row], columns: Sequence[str]
    ) -> str: ...


@dataclass(slots=True)
class _Person:
    relation: str
    sex: str
    age: int
    surname: str = ""
    disabled: bool = False
    chronic: bool = False
    working: bool = False


def _money(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)
