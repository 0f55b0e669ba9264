"""Rows to draft households: every cell read, villages resolved, members grouped into households.

Grouping, in this order for each row: the 户编号 when the row has one; else the head's ID
number (户主身份证号, as in the national system's member exports); else the row continues
the household of the row above, and a 户主 row starts a new one.
"""

from __future__ import annotations

import operator
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from towncheck.households import values
from towncheck.households.idcard import normalise
from towncheck.households.importing import cells
from towncheck.households.importing.cells import CellError
from towncheck.households.importing.columns import BY_KEY, Column, ColumnMap, Kind
from towncheck.households.importing.errors import RowError
from towncheck.households.importing.reader import LostDigits, Sheet

Converter = Callable[[str], Any]

ID_AS_NUMBER = (
    "身份证号须以文本格式保存：Excel 已将其作为数字存储，后几位已丢失。"
    "请将本列设为“文本”格式后重新填写"
)
_COMMITTEE_SUFFIXES = ("村民委员会", "村委会", "居民委员会", "居委会")


# Not frozen: a frozen dataclass's __init__ costs several times more, and the parser makes
# one of these for most household cells of a file.
@dataclass(slots=True)
class Given:
    """A household field as one row gives it: the value, the text as typed, and the row."""

    value: Any
    text: str
    row: int


@dataclass(slots=True)
class DraftMember:
    row: int
    fields: dict[str, Any]  # MemberData keyword arguments read from the row


@dataclass(slots=True)
class DraftHousehold:
    key: tuple[str, str]  # ("no", 户编号) | ("head", 户主身份证号) | ("row", the head's row)
    members: list[DraftMember] = field(default_factory=list)
    # Each household column's first non-empty cell, then any cells that differ from it.
    given: dict[str, list[Given]] = field(default_factory=dict)
    # Household columns with a cell already reported as wrong (not to be called empty too).
    failed: set[str] = field(default_factory=set)
    # The household cells of the first row that had any: rows repeating them add nothing.
    first_cells: tuple[str, ...] | None = None

    @property
    def first_row(self) -> int:
        return self.members[0].row


@dataclass(slots=True)
class Parsed:
    households: list[DraftHousehold]
    errors: list[RowError]


def village_key(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split())


def _village_reader(villages: Mapping[str, int], town_name: str) -> Converter:
    """Village names as the town registered them; "马站村委会" is 马站村 too."""
    known = {village_key(name): village_id for name, village_id in villages.items()}

    def read(text: str) -> int:
        key = village_key(text)
        candidates = [key] + [
            key.removesuffix(s) + "村" for s in _COMMITTEE_SUFFIXES if key.endswith(s)
        ]
        for candidate in candidates:
            if candidate in known:
                return known[candidate]
        raise CellError(f"“{text}”不是{town_name}的村，请核对村名")

    return read


def _code_reader(kind: str, heading: str) -> Converter:
    allowed = "、".join(values.LABELS[kind].values())

    def read(text: str) -> str:
        found = cells.code(kind, text)
        if found is None:
            raise CellError(f"“{heading}”的值“{text}”无法识别，可填：{allowed}")
        return found

    return read


def _codes_reader(kind: str, heading: str) -> Converter:
    allowed = "、".join(values.LABELS[kind].values())

    def read(text: str) -> tuple[str, ...]:
        found = [(item, cells.code(kind, item)) for item in cells.items(text)]
        unknown = [item for item, code in found if code is None]
        if unknown:
            raise CellError(f"“{heading}”中的“{'、'.join(unknown)}”无法识别，可填：{allowed}")
        return tuple(dict.fromkeys(code for _, code in found if code is not None))

    return read


def _id_reader(text: str) -> str:
    if isinstance(text, LostDigits) or cells.looks_like_lost_digits(text):
        raise CellError(ID_AS_NUMBER)
    return normalise(text)


# Columns whose cells are unique to a row; every other column repeats a handful of values
# (是/否, village names, years) and its readings are remembered per distinct text.
_UNIQUE_KINDS = frozenset({Kind.TEXT, Kind.ID_NUMBER, Kind.PHONE, Kind.TEXTS})


def _converter(
    column: Column, heading: str, *, villages: Mapping[str, int], town_name: str
) -> Converter:
    """How to read one column's cells; ``heading`` is the file's, for the messages."""
    if column.key == "village":
        return _village_reader(villages, town_name)
    if column.kind is Kind.CODE and column.code is not None:
        return _code_reader(column.code, heading)
    if column.kind is Kind.CODES and column.code is not None:
        return _codes_reader(column.code, heading)
    readers: dict[Kind, Converter] = {
        Kind.TEXT: str,
        Kind.INTEGER: lambda text: cells.integer(text, heading=heading),
        Kind.YES_NO: lambda text: cells.yes_no(text, heading=heading),
        Kind.TEXTS: cells.items,
        Kind.PHONE: cells.phone,
        Kind.ID_NUMBER: _id_reader,
        Kind.SCHOOL_STATUS: cells.school_status,
        Kind.HEALTH: cells.chronically_ill,
    }
    return readers[column.kind]


@dataclass(frozen=True, slots=True)
class _Reading:
    key: str
    index: int
    heading: str
    targets: tuple[str, ...]
    required: bool
    convert: Converter
    # Readings by text (a value, or the CellError to report); None for unique columns.
    seen: dict[str, Any] | None
    single: str | None  # the one field the column fills, if only one (not 在校生状况)

    def read(self, text: str) -> Any:
        """The cell's value, or the CellError describing what is wrong with it."""
        seen = self.seen
        if seen is not None:
            found = seen.get(text, _UNREAD)
            if found is not _UNREAD:
                return found
        try:
            value = self.convert(text)
        except CellError as error:
            value = error
        if seen is not None:
            seen[text] = value
        return value


_UNREAD = object()


def _readings(
    columns: ColumnMap, level: str, *, villages: Mapping[str, int], town_name: str
) -> list[_Reading]:
    readings = []
    for key, index in columns.positions.items():
        column = BY_KEY[key]
        if column.level != level:
            continue
        heading = columns.heading(key)
        convert = _converter(column, heading, villages=villages, town_name=town_name)
        unique = column.kind in _UNIQUE_KINDS and key != "village"
        readings.append(
            _Reading(
                key,
                index,
                heading,
                column.targets,
                column.required,
                convert,
                seen=None if unique else {},
                single=column.targets[0] if len(column.targets) == 1 else None,
            )
        )
    return readings


class _Grouper:
    """Assigns each row to a household key (see the module docstring)."""

    def __init__(self, columns: ColumnMap) -> None:
        self.number_at = columns.positions.get("household_no")
        self.head_id_at = columns.positions.get("head_id")
        self.current: tuple[str, str] | None = None

    def key(self, row: int, cells_: list[str], *, is_head: bool) -> tuple[str, str] | None:
        if self.number_at is not None and cells_[self.number_at]:
            self.current = ("no", cells_[self.number_at])
        elif self.head_id_at is not None and cells_[self.head_id_at]:
            self.current = ("head", normalise(cells_[self.head_id_at]))
        elif is_head:
            self.current = ("row", str(row))
        return self.current


def _picker(indexes: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    """The cells at ``indexes`` of a row, as a tuple (itemgetter returns a bare value for one)."""
    if len(indexes) == 1:
        return lambda row_cells: (row_cells[indexes[0]],)
    return operator.itemgetter(*indexes)


# A member column as ``_read_member`` unpacks it: index, memo of readings, the one field it
# fills (or None), and the reading itself.
_Plan = list[tuple[int, dict[str, Any] | None, str | None, _Reading]]


def _plan(readings: list[_Reading]) -> _Plan:
    return [(r.index, r.seen, r.single, r) for r in readings]


def _read_member(
    row: int, row_cells: list[str], plan: _Plan, errors: list[RowError]
) -> dict[str, Any]:
    fields: dict[str, Any] = {"name": "", "id_number": "", "relation": ""}
    # Unpacked and looked up here rather than in _Reading.read(): this runs for nearly every
    # cell of the file.
    for index, seen, single, reading in plan:
        text = row_cells[index]
        if not text:
            if reading.required:
                errors.append(RowError(row, reading.heading, f"“{reading.heading}”不能为空"))
            continue
        value: Any = _UNREAD if seen is None else seen.get(text, _UNREAD)
        if value is _UNREAD:
            value = reading.read(text)
        if isinstance(value, CellError):
            errors.append(RowError(row, reading.heading, value.message))
            if reading.key == "relation":
                fields["relation"] = text  # kept so that the row still joins a household
            continue
        if single is not None:
            fields[single] = value
        else:
            fields.update(zip(reading.targets, value, strict=True))
    return fields


def _read_household_cells(
    household: DraftHousehold,
    row: int,
    row_cells: list[str],
    readings: list[_Reading],
    errors: list[RowError],
) -> None:
    for reading in readings:
        text = row_cells[reading.index]
        if not text:
            continue
        given = household.given.get(reading.key)
        # Household cells repeated on every member row: a repeat of the only value so far
        # adds nothing to read or compare (this is most cells of most files).
        if given is not None and len(given) == 1 and given[0].text == text:
            continue
        value = reading.read(text)
        if isinstance(value, CellError):
            errors.append(RowError(row, reading.heading, value.message))
            household.failed.add(reading.key)
            continue
        if given is None:
            household.given[reading.key] = [Given(value, text, row)]
        else:
            given.append(Given(value, text, row))


def parse_rows(
    sheet: Sheet, columns: ColumnMap, *, villages: Mapping[str, int], town_name: str
) -> Parsed:
    """Read every row; cell problems are collected, never raised."""
    errors: list[RowError] = []
    members = _plan(_readings(columns, "member", villages=villages, town_name=town_name))
    household_cells = _readings(columns, "household", villages=villages, town_name=town_name)
    relation_heading = columns.heading("relation")
    household_values = _picker([reading.index for reading in household_cells])
    grouper = _Grouper(columns)
    households: dict[tuple[str, str], DraftHousehold] = {}
    for row, row_cells in sheet.rows:
        fields = _read_member(row, row_cells, members, errors)
        key = grouper.key(row, row_cells, is_head=fields["relation"] == "head")
        if key is None:
            errors.append(
                RowError(
                    row,
                    relation_heading,
                    "无法确定该成员属于哪一户：上方没有“户主”行，也没有填写户编号",
                )
            )
            continue
        household = households.get(key)
        if household is None:
            household = households[key] = DraftHousehold(key)
        household.members.append(DraftMember(row, fields))
        repeated = household_values(row_cells)
        if repeated != household.first_cells and any(repeated):
            _read_household_cells(household, row, row_cells, household_cells, errors)
            if household.first_cells is None:
                household.first_cells = repeated
    return Parsed(households=list(households.values()), errors=errors)
