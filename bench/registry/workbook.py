"""A large, valid import file: the template's headings, one row per member, written with
xlsxwriter as Excel writes a workbook (shared strings, ID numbers as text cells).

As in the template's example, 村 and 户编号 are on every row and the other household cells on
the head's row only. ID numbers are valid and unique; the same seed gives the same file.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Final

import xlsxwriter

from towncheck.households import synthetic_names as names
from towncheck.households import synthetic_words as words
from towncheck.households import values
from towncheck.households.idcard import make_id_number
from towncheck.households.importing.columns import TEMPLATE_COLUMNS, Kind
from towncheck.households.importing.template import SHEET

SIZES: Final = ((1, 2, 3, 4, 5, 6), (14, 26, 22, 20, 12, 6))  # ≈ 3.1 members a household
CATEGORY_WEIGHTS: Final = {
    "lifted_supported": 45,
    "lifted_unsupported": 25,
    "monitored": 8,
    "ordinary": 22,
}
LABOUR_WEIGHTS: Final = {"ordinary": 55, "skilled": 15, "weak": 18, "lost": 6, "none": 6}
# Stages by age; not 高职, whose code is longer than members.school_stage holds.
STAGES: Final = (
    (3, 5, "preschool"),
    (6, 11, "primary"),
    (12, 14, "junior"),
    (15, 17, "senior"),
    (18, 18, "vocational"),
    (19, 22, "college"),
)
ORDER_CODES: Final = 500  # even order codes per (region, birth date, sex); parity gives sex
YES, NO = "是", "否"


@dataclass(frozen=True, slots=True)
class FileStats:
    households: int
    members: int
    size: int  # bytes

    @property
    def rows(self) -> int:
        return self.members


@dataclass(slots=True)
class _Person:
    relation: str
    sex: str
    age: int


class _Rows:
    """One household at a time as cells by column key; every draw from one seeded stream."""

    def __init__(self, *, seed: int, villages: Sequence[str], today: date) -> None:
        self.rng = random.Random(seed)
        self.villages, self.today = villages, today
        self.used: dict[tuple[str, date, str], int] = {}
        self.house_numbers = dict.fromkeys(villages, 0)
        self.surnames = (tuple(names.SURNAMES), tuple(names.SURNAMES.values()))

    def household(self, number: int) -> list[dict[str, object]]:
        rng = self.rng
        village = rng.choice(self.villages)
        category = rng.choices(tuple(CATEGORY_WEIGHTS), tuple(CATEGORY_WEIGHTS.values()))[0]
        poor = category != "ordinary"
        surname = rng.choices(*self.surnames)[0]
        rows = [
            self._member(p, surname, supported=category in {"lifted_supported", "monitored"})
            for p in self._family(rng.choices(*SIZES)[0])
        ]
        for row in rows:
            row.update(village=village, household_no=str(number))
        self.house_numbers[village] += rng.randint(1, 3)
        head = rows[0]
        head.update(
            category=values.CATEGORIES[category],
            address=f"{village}{self.house_numbers[village]}号",
        )
        if category.startswith("lifted"):
            head["lifted_year"] = rng.randint(2014, 2020)
        if poor:
            causes = rng.sample(tuple(words.POVERTY_CAUSES), rng.randint(1, 2))
            head["poverty_causes"] = "、".join(values.POVERTY_CAUSES[c] for c in causes)
            head["assistance_measures"] = "、".join(
                rng.sample(words.ASSISTANCE_MEASURES, rng.randint(2, 3))
            )
        if rng.random() < 0.85:
            head["phone"] = rng.choice(words.PHONE_PREFIXES) + f"{rng.randrange(10**8):08d}"
        return rows

    def _family(self, size: int) -> list[_Person]:
        rng = self.rng
        head = _Person(
            "head",
            "male" if rng.random() < 0.82 else "female",
            rng.randint(55, 88) if size == 1 else rng.randint(26, 78),
        )
        people = [head]
        if size > 1 and rng.random() < 0.88:
            other = "female" if head.sex == "male" else "male"
            people.append(_Person("spouse", other, max(20, head.age + rng.randint(-5, 3))))
        children = 0
        while len(people) < size:
            if children < 3 and head.age >= 22:
                age = max(0, head.age - rng.randint(22, 36))
                people.append(_Person("child", rng.choice(("male", "female")), age))
                children += 1
            elif head.age <= 60:
                people.append(
                    _Person(
                        "parent", rng.choice(("male", "female")), head.age + rng.randint(24, 30)
                    )
                )
            else:
                people.append(
                    _Person(
                        "sibling",
                        rng.choice(("male", "female")),
                        max(18, head.age + rng.randint(-6, 6)),
                    )
                )
        return people

    def _member(self, person: _Person, surname: str, *, supported: bool) -> dict[str, object]:
        rng, today = self.rng, self.today
        born = today - timedelta(days=person.age * 365 + person.age // 4 + rng.randint(1, 360))
        male, female = next((m, f) for before, m, f in names.GIVEN_NAMES if born.year < before)
        family_name = (
            surname
            if person.relation in {"head", "child", "sibling"}
            else (rng.choices(*self.surnames)[0])
        )
        age = person.age
        chronic = age >= 40 and rng.random() < (0.25 if supported else 0.12)
        insured = rng.random() < 0.985
        row: dict[str, object] = {
            "name": family_name + rng.choice(male if person.sex == "male" else female),
            "id_number": self._id_number(person, born),
            "relation": values.RELATIONS[person.relation],
            "labour_status": values.LABOUR["none"]
            if age < 16
            else values.LABOUR[
                rng.choices(tuple(LABOUR_WEIGHTS), tuple(LABOUR_WEIGHTS.values()))[0]
            ],
            "chronic_illness": YES if chronic else NO,
            "chronic_certified": YES if chronic and rng.random() < 0.8 else NO,
            "basic_medical": YES if insured else NO,
            "critical_illness": YES if insured else NO,
            "special_insurance": YES if supported and rng.random() < 0.95 else NO,
            "special_policy_delivered": YES if supported and rng.random() < 0.9 else NO,
            "yulu_plan": NO,
            "family_doctor": YES if rng.random() < 0.8 else NO,
        }
        if rng.random() < 0.06:
            row["disability_type"] = rng.choice(tuple(values.DISABILITY_TYPES.values()))
            row["disability_grade"] = rng.randint(1, 4)
        stage = next((s for low, high, s in STAGES if low <= age <= high), None)
        if stage is not None:
            enrolled = rng.random() < 0.95
            row["enrolled"] = YES if enrolled else NO
            if enrolled:
                row["school_stage"] = values.SCHOOL_STAGES[stage]
                row["yulu_plan"] = YES if supported and stage == "vocational" else NO
        return row

    def _id_number(self, person: _Person, born: date) -> str:
        married_in = person.relation in {"spouse", "parent"} and person.sex == "female"
        region = words.DEFAULT_REGION
        if self.rng.random() < (0.3 if married_in else 0.04):
            region = self.rng.choice(words.NEARBY_REGIONS)
        key = (region, born, person.sex)
        count = self.used.get(key, 0)
        if count >= ORDER_CODES:
            raise ValueError(f"more than {ORDER_CODES} people born {born} in {region}")
        self.used[key] = count + 1
        return make_id_number(region=region, birth_date=born, sequence=count * 2, sex=person.sex)


def write_workbook(
    path: Path, *, households: int, villages: Sequence[str], seed: int, today: date
) -> FileStats:
    """Write ``households`` households to ``path``; returns what was written."""
    if not villages:
        raise ValueError("no villages to place households in")
    rows = _Rows(seed=seed, villages=villages, today=today)
    workbook = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    sheet = workbook.add_worksheet(SHEET)
    as_text = workbook.add_format({"num_format": "@"})
    keys = [c.key for c in TEMPLATE_COLUMNS]
    formats = [as_text if c.kind is Kind.ID_NUMBER else None for c in TEMPLATE_COLUMNS]
    for index, column in enumerate(TEMPLATE_COLUMNS):
        sheet.write_string(0, index, column.heading)
        if column.kind in {Kind.ID_NUMBER, Kind.PHONE}:
            sheet.set_column(index, index, 20, as_text)
    line = 0
    for number in range(1, households + 1):
        for cells in rows.household(number):
            line += 1
            for index, key in enumerate(keys):
                value = cells.get(key)
                if isinstance(value, int):  # 脱贫年度, 残疾等级: number cells
                    sheet.write_number(line, index, value)
                elif value is not None:
                    sheet.write_string(line, index, str(value), formats[index])
    workbook.close()
    return FileStats(households=households, members=line, size=path.stat().st_size)
