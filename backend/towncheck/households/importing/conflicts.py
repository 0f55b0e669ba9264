"""Checks of a staged batch against what the registry already holds.

A person may belong to one household only. Someone the file puts in a household other than
the one the town registered them in blocks the import (the cadre moves them first, so that no
one is silently taken out of a household). Someone registered in another town is reported
but does not block: the town cannot change another town's registry. Which other towns are
searched is what the transaction may read (row-level security).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.households import values
from towncheck.households.importing.errors import RowError

# The staging tables are those of ``staging.py`` (import_households, import_people): the
# members' full rows are staged only once these checks pass.

_OTHER_HOUSEHOLD = """
select s.row_no, m.id_masked, h.head_name
from import_people s
join members m on m.town_id = :town and m.id_hash = s.id_hash
join households h on h.town_id = m.town_id and h.id = m.household_id
where h.head_id_hash <> s.head_id_hash
order by s.row_no
"""

_OTHER_TOWN = """
select s.row_no, s.name, m.id_masked, coalesce(t.name, '其他乡镇') as town, h.head_name
from import_people s
join members m on m.id_hash = s.id_hash and m.town_id <> :town
join households h on h.town_id = m.town_id and h.id = m.household_id
left join towns t on t.id = m.town_id
order by s.row_no, t.name
"""

_CATEGORY = """
select s.row_no, h.head_name, h.category as registered, s.category as in_file
from import_households s
join households h on h.town_id = :town and h.head_id_hash = s.head_id_hash
where h.category <> s.category
order by s.row_no
"""


@dataclass(frozen=True, slots=True)
class ElsewhereDuplicate:
    """A person of the file already registered in a household of another town."""

    row: int
    name: str
    id_number: str  # masked
    town: str
    head_name: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "name": self.name,
            "idNumber": self.id_number,
            "town": self.town,
            "headName": self.head_name,
        }


@dataclass(frozen=True, slots=True)
class CategoryDifference:
    """A registered household whose 户类别 in the file differs. The category of a registered
    household changes only through a status procedure, so the import reports it instead."""

    row: int
    head_name: str
    registered: str
    in_file: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "headName": self.head_name,
            "registered": values.CATEGORIES.get(self.registered, self.registered),
            "inFile": values.CATEGORIES.get(self.in_file, self.in_file),
        }


async def anyone_registered(session: AsyncSession) -> bool:
    """Whether the transaction sees any registered member at all. If it does not, no one in
    the file can be in another household or town, and the people of the file need neither
    staging nor checking (a county's first import)."""
    return bool(await session.scalar(text("select exists (select 1 from members)")))


async def in_other_households(
    session: AsyncSession, *, town_id: int, column: str
) -> list[RowError]:
    """Members of the file registered in another household of the town (blocking)."""
    rows = await session.execute(text(_OTHER_HOUSEHOLD), {"town": town_id})
    return [
        RowError(
            row,
            column,
            f"此人（{masked}）已登记在本乡镇另一户（户主：{head}），同一人不能"
            "属于两户；如确已迁入本户，请先从原户移出",
        )
        for row, masked, head in rows
    ]


async def in_other_towns(session: AsyncSession, *, town_id: int) -> list[ElsewhereDuplicate]:
    rows = await session.execute(text(_OTHER_TOWN), {"town": town_id})
    return [
        ElsewhereDuplicate(row, name, masked, town, head) for row, name, masked, town, head in rows
    ]


async def category_differences(session: AsyncSession, *, town_id: int) -> list[CategoryDifference]:
    rows = await session.execute(text(_CATEGORY), {"town": town_id})
    return [
        CategoryDifference(row, head, registered, in_file)
        for row, head, registered, in_file in rows
    ]
