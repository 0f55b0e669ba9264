"""Every check of a parsed file, before anything is written.

Per household and member the registry's own rules run (``check_household``, the member rules);
this module adds what only a spreadsheet can get wrong: household cells that disagree
between a household's rows, a household with no head or two, and one ID number on two rows.
Problems are located by row and by the column heading as the file writes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from towncheck.households.idcard import IdNumberError, mask_id_number, parse_id_number
from towncheck.households.importing.columns import REQUIRED, ColumnMap
from towncheck.households.importing.errors import RowError
from towncheck.households.importing.parse import DraftHousehold, DraftMember, Given, Parsed
from towncheck.households.validation import (
    HouseholdData,
    MemberData,
    Problem,
    check_household,
    check_member_details,
)

ADDRESS_MAX = 200
MEASURE_MAX = 64

# Problem fields of validation.py (the API's camelCase) → the fields the columns fill.
_HOUSEHOLD_PROBLEMS = {
    "category": "category",
    "liftedYear": "lifted_year",
    "povertyCauses": "poverty_causes",
    "phone": "phone",
}
_MEMBER_PROBLEMS = {
    "name": "name",
    "idNumber": "id_number",
    "relation": "relation",
    "labourStatus": "labour_status",
    "disabilityType": "disability_type",
    "disabilityGrade": "disability_grade",
    "schoolStage": "school_stage",
    "chronicCertified": "chronic_certified",
}
_REQUIRED_HOUSEHOLD = tuple(c for c in REQUIRED if c.level == "household")


# Not frozen, for speed (one per member of the file); nothing changes them once built.
@dataclass(slots=True)
class PreparedMember:
    row: int
    position: int
    data: MemberData
    number: str  # the normalised 18-character ID number
    sex: str
    birth_date: date


@dataclass(frozen=True, slots=True)
class PreparedHousehold:
    row: int  # the head's row
    data: HouseholdData  # without its members (``members`` holds them)
    head: PreparedMember
    members: tuple[PreparedMember, ...]


@dataclass(frozen=True, slots=True)
class Batch:
    """A valid file: its households, and which fields its columns fill."""

    households: tuple[PreparedHousehold, ...]
    household_fields: frozenset[str]
    member_fields: frozenset[str]
    id_heading: str  # for problems found later, against the registry


class _Checker:
    def __init__(self, columns: ColumnMap, today: date) -> None:
        self.columns = columns
        self.today = today
        self.errors: list[RowError] = []
        self.seen_numbers: dict[str, int] = {}

    def add(self, row: int, target: str, message: str) -> None:
        self.errors.append(RowError(row, self.columns.heading_of_target(target), message))

    def add_at(self, row: int, key: str, message: str) -> None:
        self.errors.append(RowError(row, self.columns.heading(key), message))

    # -- household cells -------------------------------------------------------------

    def chosen(self, household: DraftHousehold, key: str, head_row: int) -> Given:
        """The head row's value, else the first; the rows that disagree with it are errors."""
        given = household.given[key]
        if len(given) == 1:
            return given[0]
        chosen = next((g for g in given if g.row == head_row), given[0])
        heading = self.columns.heading(key)
        for other in given:
            if other.value != chosen.value:
                self.add_at(
                    other.row,
                    key,
                    f"同一户的“{heading}”填写不一致：第 {chosen.row} 行为"
                    f"“{chosen.text}”，本行为“{other.text}”",
                )
        return chosen

    def household_data(
        self, household: DraftHousehold, head_row: int
    ) -> tuple[HouseholdData, dict[str, Given]]:
        """The household's fields, and the cell each was taken from (to locate problems)."""
        chosen = {
            key: given[0] if len(given) == 1 else self.chosen(household, key, head_row)
            for key, given in household.given.items()
        }
        for column in _REQUIRED_HOUSEHOLD:
            if column.key not in chosen and column.key not in household.failed:
                self.add_at(
                    head_row,
                    column.key,
                    f"“{self.columns.heading(column.key)}”不能为空（至少在户主行填写）",
                )
        get = chosen.get
        village, category, address = get("village"), get("category"), get("address")
        lifted_year, causes, measures = (
            get("lifted_year"),
            get("poverty_causes"),
            get("assistance_measures"),
        )
        phone = get("phone")
        # The members are those of PreparedHousehold.members: no copy of them here.
        data = HouseholdData(
            village_id=0 if village is None else village.value,
            category="" if category is None else category.value,
            members=(),
            address="" if address is None else address.value,
            lifted_year=None if lifted_year is None else lifted_year.value,
            poverty_causes=() if causes is None else causes.value,
            assistance_measures=() if measures is None else measures.value,
            phone=None if phone is None else phone.value,
        )
        return data, chosen

    def check_household_fields(
        self, data: HouseholdData, chosen: dict[str, Given], head_row: int, failed: set[str]
    ) -> None:
        def row(target: str) -> int:
            """The row of the cell a field came from; the head's row if no cell gave it."""
            found = chosen.get(target)
            return head_row if found is None else found.row

        for problem in check_household(data, today=self.today):
            target = _HOUSEHOLD_PROBLEMS.get(problem.field)
            # "members" (the head rule) is checked per row; a cell that could not be read
            # at all has its own, more precise message already.
            if target is not None and target not in failed:
                self.add(row(target), target, problem.message)
        if len(data.address) > ADDRESS_MAX:
            self.add(row("address"), "address", f"住址不能超过 {ADDRESS_MAX} 个字")
        long = [m for m in data.assistance_measures if len(m) > MEASURE_MAX]
        if long:
            self.add(
                row("assistance_measures"),
                "assistance_measures",
                f"每项帮扶措施不能超过 {MEASURE_MAX} 个字：{long[0][:20]}…",
            )

    # -- members ---------------------------------------------------------------------

    def head_of(self, household: DraftHousehold) -> DraftMember | None:
        heads = [m for m in household.members if m.fields["relation"] == "head"]
        if not heads:
            self.add(
                household.first_row,
                "relation",
                "该户没有户主：每户须有一名“与户主关系”为“户主”的成员",
            )
            return None
        for extra in heads[1:]:
            self.add(
                extra.row, "relation", f"该户已有户主（第 {heads[0].row} 行），每户只能有一名户主"
            )
        return heads[0]

    def member(self, draft: DraftMember, position: int) -> PreparedMember | None:
        data = MemberData(**draft.fields)
        problems = check_member_details(data)
        if problems:
            self._member_problems(draft.row, problems)
        try:
            identity = parse_id_number(data.id_number, today=self.today)
        except IdNumberError as error:
            self.add(draft.row, "id_number", error.message)
            return None
        number = identity.number
        first = self.seen_numbers.setdefault(number, draft.row)
        if first != draft.row:
            self.add(
                draft.row,
                "id_number",
                f"身份证号 {mask_id_number(number)} 在第 {first} 行和第 {draft.row} 行"
                "重复出现：同一人只能登记一次",
            )
            return None
        return PreparedMember(
            row=draft.row,
            position=position,
            data=data,
            number=number,
            sex=identity.sex,
            birth_date=identity.birth_date,
        )

    def _member_problems(self, row: int, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.add(row, _MEMBER_PROBLEMS.get(problem.field, "name"), problem.message)


def _check_head_identity(
    checker: _Checker, household: DraftHousehold, head: PreparedMember
) -> None:
    """户主姓名 and 户主身份证号 (national exports) must be those of the head's own row."""
    for given in household.given.get("head_name", []):
        if given.value.strip() != head.data.name.strip():
            checker.add_at(
                given.row,
                "head_name",
                f"户主姓名“{given.text}”与户主行（第 {head.row} 行）的姓名“{head.data.name}”不一致",
            )
    kind, named = household.key
    if kind == "head" and named != head.number:
        checker.add_at(head.row, "head_id", "户主身份证号与户主本人的身份证号不一致")


def validate(parsed: Parsed, columns: ColumnMap, *, today: date) -> tuple[Batch, list[RowError]]:
    """The batch to write, and every problem found (the batch is only used when none is)."""
    checker = _Checker(columns, today)
    prepared: list[PreparedHousehold] = []
    for household in parsed.households:
        head_draft = checker.head_of(household)
        head_row = head_draft.row if head_draft else household.first_row
        data, chosen = checker.household_data(household, head_row)
        checker.check_household_fields(data, chosen, head_row, household.failed)
        members = [
            checker.member(draft, position) for position, draft in enumerate(household.members)
        ]
        complete = [m for m in members if m is not None]
        head = next((m for m in complete if head_draft and m.row == head_draft.row), None)
        if head is None or len(complete) != len(members):
            continue
        _check_head_identity(checker, household, head)
        prepared.append(
            PreparedHousehold(row=head.row, data=data, head=head, members=tuple(complete))
        )
    batch = Batch(
        households=tuple(prepared),
        household_fields=columns.targets("household"),
        member_fields=columns.targets("member") | {"name", "relation"},
        id_heading=columns.heading("id_number"),
    )
    return batch, tidy([*parsed.errors, *checker.errors])


def tidy(errors: Iterable[RowError]) -> list[RowError]:
    """One problem per cell (the first found is the most precise), in row order."""
    seen: set[tuple[int, str]] = set()
    kept: list[RowError] = []
    for error in errors:
        if (error.row, error.column) not in seen:
            seen.add((error.row, error.column))
            kept.append(error)
    kept.sort(key=lambda e: e.row)
    return kept
