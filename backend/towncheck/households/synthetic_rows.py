"""Building the synthetic registry's rows in memory, deterministic per seed and town."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date, timedelta

from towncheck.households import synthetic_names as names
from towncheck.households import synthetic_words as words
from towncheck.households.idcard import age_on, make_id_number, mask_id_number, mask_phone
from towncheck.households.synthetic_plan import (
    _ID_HASH,
    _NAME,
    CATEGORIES,
    CAUSES,
    COLUMNS,
    DISABILITIES,
    INCOME_BANDS,
    LABOUR_BY_AGE,
    LIFTED_YEARS,
    LINE,
    MARGIN,
    ORDER_CODES,
    OTHER_SEX,
    RELATION_ORDER,
    SEXES,
    SIZES,
    SUPPORTED,
    SURNAMES,
    Row,
    Weighted,
    _money,
    _Person,
    _pick,
    _weighted,
)
from towncheck.orm import utcnow
from towncheck.personal import Vault


class _Builder:
    """Builds one town's rows in memory; every random draw comes from one seeded stream."""

    def __init__(
        self,
        *,
        rng: random.Random,
        vault: Vault,
        town_id: int,
        today: date,
        region: str,
        villages: Sequence[tuple[int, str]],
    ) -> None:
        self.rng, self.vault, self.town_id, self.today = rng, vault, town_id, today
        self.region, self.now = region, utcnow()
        self.villages: Weighted[tuple[int, str]] = _weighted(
            {v: rng.randint(60, 160) for v in villages}
        )
        self.house_numbers = dict.fromkeys((v for v, _ in villages), 0)
        # The order code's leading digit follows the town id, so towns whose ids end in
        # different digits never share a number, even for the same birthday and birthplace.
        self.slot = town_id % 10
        self.used: dict[tuple[str, date, str], int] = {}
        self.rows: dict[str, list[Row]] = {table: [] for table in COLUMNS}

    def household(self, household_id: int, helper_id: int | None) -> None:
        rng, vault, members = self.rng, self.vault, self.rows["members"]
        category = _pick(rng, CATEGORIES)
        people = self._family(_pick(rng, SIZES))
        supported, poor = category in SUPPORTED, category != "ordinary"
        dibao = supported and rng.random() < 0.2
        head = len(members)
        for position, person in enumerate(people):
            members.append(
                self._member(
                    household_id,
                    position,
                    person,
                    supported=supported,
                    dibao=dibao,
                    alone=len(people) == 1,
                )
            )
        lifted = category.startswith("lifted") or (category == "monitored" and rng.random() < 0.5)
        village_id, village_name = _pick(rng, self.villages)
        self.house_numbers[village_id] += rng.randint(1, 3)
        phone = None
        if rng.random() < (0.85 if poor else 0.8):
            phone = rng.choice(words.PHONE_PREFIXES) + f"{rng.randrange(10**8):08d}"
        self.rows["households"].append(
            (
                self.town_id,
                household_id,
                village_id,
                members[head][_NAME],
                members[head][_ID_HASH],
                f"{village_name}{self.house_numbers[village_id]}号",
                category,
                _pick(rng, LIFTED_YEARS) if lifted else None,
                self._causes(people) if poor else [],
                rng.sample(words.ASSISTANCE_MEASURES, rng.randint(2, 4)) if poor else [],
                vault.seal(phone) if phone else None,
                vault.lookup_hash(phone) if phone else None,
                mask_phone(phone) if phone else None,
                self.now,
            )
        )
        self._incomes(household_id, category, people)
        self.rows["living_conditions"].append(self._living(household_id))
        if helper_id is not None:
            self.rows["household_helpers"].append((self.town_id, household_id, helper_id))

    def _family(self, size: int) -> list[_Person]:
        """Relations and ages: parents are at least 20 years older than their children."""
        rng = self.rng
        low, high = (55, 88) if size == 1 else (26, 82) if size == 2 else (26, 72)
        head = _Person("head", "male" if rng.random() < 0.82 else "female", rng.randint(low, high))
        people = [head]
        if size > 1 and rng.random() < 0.88:
            gap = rng.randint(-1, 5) * (1 if head.sex == "male" else -1)
            people.append(_Person("spouse", OTHER_SEX[head.sex], max(20, head.age - gap)))
        youngest = min(p.age for p in people)
        if len(people) < size and youngest >= 56 and rng.random() < 0.75:
            # An older couple living with a grown child's family.
            child = _Person("child", rng.choice(SEXES), youngest - rng.randint(24, 34))
            people.append(child)
            if len(people) < size:
                people.append(
                    _Person(
                        "child_in_law",
                        OTHER_SEX[child.sex],
                        max(20, child.age + rng.randint(-3, 3)),
                    )
                )
            parent_age = min(p.age for p in people if p.relation in ("child", "child_in_law"))
            while len(people) < size:
                people.append(
                    _Person(
                        "grandchild", rng.choice(SEXES), max(0, parent_age - rng.randint(21, 32))
                    )
                )
        parents = int(head.age <= 60 and len(people) < size and rng.random() < 0.3)
        children = sum(p.relation == "child" for p in people)
        while len(people) + parents < size and children < 3:
            people.append(
                _Person("child", rng.choice(SEXES), max(0, youngest - rng.randint(20, 36)))
            )
            children += 1
        if head.age <= 62:
            parents = min(2, size - len(people))
        for _ in range(parents):
            people.append(_Person("parent", rng.choice(SEXES), head.age + rng.randint(24, 32)))
        while len(people) < size:
            people.append(
                _Person("sibling", rng.choice(SEXES), max(16, head.age + rng.randint(-6, 6)))
            )
        people.sort(key=lambda p: RELATION_ORDER[p.relation])
        self._surnames(people)
        return people

    def _surnames(self, people: list[_Person]) -> None:
        """Children carry their father's surname; wives, mothers and in-laws keep their own."""
        head = people[0]
        head.surname = _pick(self.rng, SURNAMES)
        for p in people[1:]:
            own_line = p.relation == "sibling" or (p.relation == "parent" and p.sex == "male")
            p.surname = head.surname if own_line else self._surname(head.surname)
        by_relation = {p.relation: p for p in reversed(people)}  # the first of each relation
        # A woman heading the household: her husband's name, or her late husband's.
        father = head if head.sex == "male" else by_relation.get("spouse")
        children = father.surname if father else self._surname(head.surname)
        grown, in_law = by_relation.get("child"), by_relation.get("child_in_law")
        # Grandchildren belong to the grown child: a son's name, or a daughter's husband's.
        grand = in_law.surname if grown and grown.sex == "female" and in_law else children
        for p in people:
            if p.relation in ("child", "grandchild"):
                p.surname = children if p.relation == "child" else grand

    def _surname(self, other_than: str) -> str:
        while (surname := _pick(self.rng, SURNAMES)) == other_than:
            pass
        return surname

    def _member(
        self,
        household_id: int,
        position: int,
        person: _Person,
        *,
        supported: bool,
        dibao: bool,
        alone: bool,
    ) -> Row:
        rng, today = self.rng, self.today
        born = today - timedelta(days=person.age * 365 + person.age // 4 + rng.randrange(1, 365))
        age = age_on(born, today)
        # Given names by birth year, so that names match their generation.
        male, female = next((m, f) for before, m, f in names.GIVEN_NAMES if born.year < before)
        name = person.surname + rng.choice(male if person.sex == "male" else female)
        number = self._id_number(person, born)
        stage, enrolled = self._schooling(age)
        person.disabled = rng.random() < (0.08 if supported else 0.04)
        disability = _pick(rng, DISABILITIES) if person.disabled else None
        grade = rng.randint(1, 4) if person.disabled else None
        labour = self._labour(age, studying=bool(enrolled) and age >= 16, grade=grade)
        person.working = labour in ("skilled", "ordinary")
        person.chronic = age >= 40 and rng.random() < (0.25 if supported else 0.12)
        insured = rng.random() < 0.985
        subsidies = [words.SUBSIDY_DIBAO] if dibao else []
        if supported and alone and age >= 60 and rng.random() < 0.4:
            subsidies.append(words.SUBSIDY_TEKUN)
        if grade is not None:
            subsidies.append(words.SUBSIDY_CARE if grade <= 2 else words.SUBSIDY_DISABLED)
        if age >= 60:
            subsidies.append(words.SUBSIDY_PENSION)
        return (
            self.town_id,
            household_id,
            position,
            name,
            self.vault.seal(number),
            self.vault.lookup_hash(number),
            mask_id_number(number),
            person.sex,
            born,
            person.relation,
            labour,
            disability,
            grade,
            person.chronic,
            person.chronic and rng.random() < 0.8,
            insured,
            insured,
            supported and rng.random() < 0.95,
            supported and rng.random() < 0.97,
            stage,
            enrolled,
            subsidies,
            supported and stage == "vocational",
            rng.random() < (0.92 if supported else 0.5),
        )

    def _id_number(self, person: _Person, born: date) -> str:
        married_in = person.relation in ("spouse", "child_in_law") or (
            person.relation == "parent" and person.sex == "female"
        )
        region = self.region
        if self.rng.random() < (0.3 if married_in else 0.04):
            region = self.rng.choice(words.NEARBY_REGIONS)
        key = (region, born, person.sex)
        count = self.used.get(key, 0)
        if count >= ORDER_CODES:
            raise ValueError("同一出生日期的人数过多，无法生成不重复的身份证号码")
        self.used[key] = count + 1
        sequence = (self.slot * 50 + count) % ORDER_CODES * 2
        return make_id_number(region=region, birth_date=born, sequence=sequence, sex=person.sex)

    def _schooling(self, age: int) -> tuple[str | None, bool | None]:
        for low, high, share, stages in words.SCHOOLING:
            if low <= age <= high:
                if self.rng.random() >= share:
                    return None, False
                return self.rng.choice(stages[min(age - low, len(stages) - 1)]), True
        return None, None

    def _labour(self, age: int, *, studying: bool, grade: int | None) -> str:
        if age < 16 or studying:
            return "none"
        if grade is not None and grade <= 2:
            return self.rng.choice(("lost", "none"))
        return _pick(self.rng, next(t for below, t in LABOUR_BY_AGE if age < below))

    def _causes(self, people: Sequence[_Person]) -> list[str]:
        rng = self.rng
        causes = ["disability"] if any(p.disabled for p in people) and rng.random() < 0.7 else []
        if any(p.chronic for p in people) and rng.random() < 0.6:
            causes.append("illness")
        while not causes or (len(causes) < 2 and rng.random() < 0.35):
            if (cause := _pick(rng, CAUSES)) not in causes:
                causes.append(cause)
        return causes

    def _incomes(self, household_id: int, category: str, people: Sequence[_Person]) -> None:
        rng = self.rng
        below, near = INCOME_BANDS[category]
        draw = rng.random()
        if draw < below:
            per_capita = rng.randint(2600_00, LINE - 1)
        elif draw < below + near:
            per_capita = rng.randint(LINE, LINE + MARGIN - 1)
        else:
            median = 7000 if category in ("ordinary", "lifted_unsupported") else 4000
            per_capita = LINE + MARGIN + int(rng.lognormvariate(math.log(median), 0.7) * 100)
        working = any(p.working for p in people)
        # The latest year decides the flags; the year before was usually a little lower.
        earlier = int(per_capita * rng.uniform(0.82, 1.02))
        for year, cents in ((self.today.year - 1, per_capita), (self.today.year - 2, earlier)):
            net = cents * len(people)
            shares = [
                rng.uniform(0.45, 0.75) if working else rng.uniform(0.0, 0.1),
                rng.uniform(0.1, 0.3),
                rng.uniform(0.0, 0.05),
            ]
            # At least 5 % is left to transfers, which absorb rounding so the net is exact.
            wages, production, property_ = (s * min(1.0, 0.95 / sum(shares)) for s in shares)
            cost_ratio = rng.uniform(0.2, 0.45)
            gross = net / (1 - cost_ratio * production)
            amounts = [round(gross * wages), round(gross * production), round(gross * property_)]
            costs = round(amounts[1] * cost_ratio)
            self.rows["incomes"].append(
                (
                    self.town_id,
                    household_id,
                    year,
                    *map(_money, amounts),
                    _money(net - sum(amounts) + costs),
                    _money(costs),
                    rng.choice(words.INCOME_EVIDENCE),
                )
            )

    def _living(self, household_id: int) -> Row:
        rng, today = self.rng, self.today
        draw = rng.random()
        grade = "D" if draw < 0.012 else "C" if draw < 0.05 else "B" if draw < 0.3 else "A"
        row: list[object] = [
            self.town_id,
            household_id,
            grade,
            rng.choice(words.ASSESSORS),
            today - timedelta(days=rng.randint(30, 900)),
            "",
            None,
            None,
        ]
        # Unsafe houses: 30 % without a plan, 25 % overdue, 30 % under way, 15 % repaired.
        state = rng.random() if grade in ("C", "D") else 0.0
        if state >= 0.3:
            due = today + timedelta(
                days=rng.randint(-240, -15)
                if state < 0.55
                else rng.randint(30, 300)
                if state < 0.85
                else rng.randint(-120, 0)
            )
            done = due - timedelta(days=rng.randint(0, 30)) if state >= 0.85 else None
            row[5:] = [rng.choice(words.REPAIR_PLANS), due, done]
        safe = rng.random() >= 0.03
        return (
            *row,
            safe,
            rng.choice(words.WATER_SAFE if safe else words.WATER_UNSAFE),
            rng.choice(words.SANITATION),
        )
