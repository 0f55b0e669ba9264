"""Shared steps of the sector-list tests: 马站镇's poverty office registering households and
importing departments' lists through the service layer, and spreadsheets built in memory."""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import xlsxwriter
from sqlalchemy import text

from towncheck.auth.policy import default_policy
from towncheck.db import TenantScope
from towncheck.households import service as registry
from towncheck.households.idcard import make_id_number
from towncheck.households.validation import HouseholdData, MemberData
from towncheck.personal import vault_for
from towncheck.sectors import lists

POLICY = default_policy()
# Last year: every date of its lists lies in the past, whatever day the tests run.
YEAR = date.today().year - 1
TODAY = date.today()
_sequence = itertools.count(1)

DIBAO_HEADINGS = ["村", "姓名", "证件号码", "所属月份", "发放金额", "发放日期"]
DISABILITY_HEADINGS = ["姓名", "身份证号", "补贴类别", "补贴金额", "发放日期"]


def person_number(born: date, sex: str = "male") -> str:
    """Valid, unique within the run, and from a region no other test uses."""
    # Odd for men, even for women: ``make_id_number`` flips the lowest bit to fit the sex,
    # so consecutive sequences would collide.
    sequence = 2 * next(_sequence) + (1 if sex == "male" else 0)
    return make_id_number(region="371302", birth_date=born, sequence=sequence, sex=sex)


def workbook(headings: list[str], rows: list[list[Any]], *, title: str = "") -> bytes:
    """An .xlsx as departments send them: a title row, then headings, then the rows; ID
    numbers as text, dates given as ``date`` written as Excel dates."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    sheet = book.add_worksheet("名单")
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    first = 0
    if title:
        sheet.write_string(0, 0, title)
        first = 1
    for column, heading in enumerate(headings):
        sheet.write_string(first, column, heading)
    for offset, row in enumerate(rows, start=first + 1):
        for column, value in enumerate(row):
            if isinstance(value, date):
                sheet.write_datetime(offset, column, value, day)
            elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                sheet.write_number(offset, column, float(value))
            else:
                sheet.write_string(offset, column, str(value))
    book.close()
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    number: str
    household_id: int


@dataclass(frozen=True, slots=True)
class Traits:
    """What a test sets of a member beyond name, relation and disability."""

    born: int | None = None  # year of birth; else 1960 + the member's position
    labour: str = ""
    enrolled: bool | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    """A department list's row for a person, as the import stores it."""

    person: Person
    amount: Decimal | None = None
    start_on: date | None = None
    end_on: date | None = None
    paid_on: date | None = None


# A list's row for the member of that household and name (names are unique in the tests).
_ENTRY = """
insert into department_entries (town_id, list_id, row_no, member_id, household_id, id_hash,
                                name, amount, category, start_on, end_on, paid_on, extra)
select m.town_id, cast(:list as bigint), cast(:row as int), m.id, m.household_id, m.id_hash,
       m.name, cast(:amount as numeric), '', cast(:start_on as date), cast(:end_on as date),
       cast(:paid_on as date), '{}'
from members m where m.town_id = :t and m.household_id = :h and m.name = :n
"""


class Office:
    """马站镇's poverty office as the tests drive it through the service layer."""

    def __init__(self, services: Any, owner_db: Any, known: dict[str, Any], principal: Any) -> None:
        self.services, self.owner_db, self.principal = services, owner_db, principal
        self.vault = vault_for(services.settings.data_key)
        self.id: int = known["towns"]["马站镇"]
        self.village: int = known["villages"][(self.id, "下坪村")]
        self.helper: int = known["users"]["mazhan_helper"]

    async def call(self, fn: Any, **kwargs: Any) -> Any:
        async with self.services.database.unit_of_work(self.principal.scope()) as s:
            return await fn(s, policy=POLICY, principal=self.principal, town_id=self.id, **kwargs)

    async def household(
        self,
        category: str,
        people: list[tuple[str, str, int | None]],
        *,
        income: Decimal | None = None,
        helper: bool = False,
        traits: dict[str, Traits] | None = None,
        causes: tuple[str, ...] = (),
        measures: tuple[str, ...] = (),
    ) -> list[Person]:
        """People as (name, relation, disability grade), ``traits`` by name; ``income`` is the
        household's net income in ``YEAR``; ``causes`` and ``measures`` its poverty causes and
        assistance measures."""
        members = tuple(
            MemberData(
                name=name,
                id_number=person_number(date(t.born or 1960 + i, 3, 1 + i)),
                relation=relation,
                labour_status=t.labour,
                disability_type="physical" if grade else None,
                disability_grade=grade,
                basic_medical=True,
                school_stage="senior" if t.enrolled else None,
                enrolled=t.enrolled,
            )
            for i, (name, relation, grade) in enumerate(people)
            for t in ((traits or {}).get(name, Traits()),)
        )
        data = HouseholdData(
            village_id=self.village,
            category=category,
            members=members,
            lifted_year=2018 if category.startswith("lifted") else None,
            poverty_causes=causes,
            assistance_measures=measures,
            helper_user_ids=(self.helper,) if helper else (),
        )
        made = await self.call(registry.create_household, vault=self.vault, data=data)
        if income is not None:
            await self.owner_sql(
                "insert into incomes (town_id, household_id, year, wages, production, property,"
                " transfers, production_costs, evidence)"
                " values (:t, :h, :y, :w, 0, 0, 0, 0, '')",
                t=self.id,
                h=made.id,
                y=YEAR,
                w=income,
            )
        return [Person(m.name, m.id_number, int(made.id)) for m in members]

    async def import_list(
        self, kind: str, content: bytes, *, label: str = "", year: int = YEAR
    ) -> Any:
        upload = lists.Upload(kind, year, label, f"{kind}.xlsx", content)
        return await self.call(lists.import_list, vault=self.vault, upload=upload, today=TODAY)

    async def write_list(
        self, kind: str, entries: list[Entry], *, label: str = "", year: int = YEAR
    ) -> int:
        """A list as an import leaves it, written directly: the rules read nothing but the
        entries, so their tests state the rows they need without the import's own checks
        (which ``test_sector_lists`` covers)."""
        async with self.owner_db.unit_of_work(TenantScope()) as s:
            made = await s.scalar(
                text(
                    "insert into department_lists (town_id, kind, year, label, filename, sha256,"
                    " row_count, total_amount) values (:t, :k, :y, :l, :f, :sha, :n, 0)"
                    " returning id"
                ),
                {
                    "t": self.id,
                    "k": kind,
                    "y": year,
                    "l": label,
                    "f": f"{kind}.xlsx",
                    "sha": bytes(32),
                    "n": len(entries),
                },
            )
            for row, e in enumerate(entries, start=2):
                written = await s.execute(
                    text(_ENTRY),
                    {
                        "t": self.id,
                        "list": made,
                        "row": row,
                        "h": e.person.household_id,
                        "n": e.person.name,
                        "amount": e.amount,
                        "start_on": e.start_on,
                        "end_on": e.end_on,
                        "paid_on": e.paid_on,
                    },
                )
                assert written.rowcount == 1, e  # type: ignore[attr-defined]
        return int(made or 0)

    async def owner_sql(self, sql: str, **params: Any) -> None:
        async with self.owner_db.unit_of_work(TenantScope()) as s:
            await s.execute(text(sql), params)

    async def scalar(self, sql: str, **params: Any) -> int:
        async with self.owner_db.unit_of_work(TenantScope()) as s:
            return int(await s.scalar(text(sql), params) or 0)


def month(n: int) -> str:
    return f"{YEAR}-{n:02d}"


def dibao_row(person: Person, n: int, amount: Any = 345, paid: date | None = None) -> list[Any]:
    """One month's 低保 for a person, paid on the 10th of that month unless ``paid``."""
    return ["下坪村", person.name, person.number, month(n), amount, paid or date(YEAR, n, 10)]


def disability_row(person: Person, category: str, amount: Any = 90) -> list[Any]:
    return [person.name, person.number, category, amount, date(YEAR, 3, 15)]
