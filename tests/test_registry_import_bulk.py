"""Imports large enough for the bulk paths: risk flags recomputed for a whole town, for the
households listed in the database, or by their ids, always the same as a recompute by ids;
and the helpers that run Python work while the database writes.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest
from sqlalchemy import select, text

from tests.test_registry_import import Town, do_import, household, xlsx
from towncheck.db import TenantScope, allow_town_write
from towncheck.households import risk
from towncheck.households.importing.overlap import alongside, release
from towncheck.tenancy.models import Area, County, Village
from towncheck.tenancy.models import Town as TownRow

COUNTY_CODE = "import-bulk"
VILLAGES = ("东坡村", "西坡村")
HOUSEHOLDS = risk.BULK + 40  # above the size recomputed by ids


async def _fresh_town(owner_db) -> Town:
    """A new, empty town in a county of this module's own (the database is shared)."""
    suffix = uuid.uuid4().hex[:8]
    async with owner_db.unit_of_work(TenantScope()) as s:
        county = await s.scalar(select(County).where(County.code == COUNTY_CODE))
        if county is None:
            county = County(code=COUNTY_CODE, name="导入批量测试县")
            s.add(county)
            await s.flush()
        row = TownRow(
            county_id=county.id,
            code=f"8{int(suffix, 16) % 10**11:011d}",
            name=f"批量测试镇{suffix}",
        )
        s.add(row)
        await s.flush()
        area = Area(town_id=row.id, name="批量管理区")
        s.add(area)
        await s.flush()
        s.add_all([Village(town_id=row.id, area_id=area.id, name=name) for name in VILLAGES])
        return Town(row.id, county.id, row.name)


def _rows(count: int) -> list[dict[str, object]]:
    """``count`` households of two members whose heads lack 基本医疗保险 (a risk flag)."""
    rows: list[dict[str, object]] = []
    for number in range(count):
        rows += household(
            VILLAGES[number % 2],
            "脱贫享受政策户",
            f"户主{number}",
            (f"成员{number}", "配偶"),
            基本医疗保险="否",
        )
    return rows


async def _flags(owner_db, place: Town) -> dict[tuple[str, str], tuple[Any, Any]]:
    """Every flag of the town by (head, flag): its detail and when it was computed."""
    async with owner_db.unit_of_work(TenantScope()) as s:
        found = await s.execute(
            text(
                "select h.head_name, f.flag, f.detail, f.computed_at from risk_flags f"
                " join households h on h.town_id = f.town_id and h.id = f.household_id"
                " where f.town_id = :t"
            ),
            {"t": place.id},
        )
        return {(head, flag): (detail, at) for head, flag, detail, at in found}


async def _recomputed_by_ids(services, place: Town) -> dict[tuple[str, str], Any]:
    """The flags a recompute of every household by its id gives (rolled back afterwards)."""
    async with services.database.sessions() as s, s.begin():
        await s.execute(text("select set_config('app.read_towns', :t, true)"), {"t": str(place.id)})
        await allow_town_write(s, place.id)
        ids = list(
            (
                await s.scalars(
                    text("select id from households where town_id = :t"), {"t": place.id}
                )
            ).all()
        )
        await risk.recompute(s, town_id=place.id, household_ids=ids)
        found = await s.execute(
            text(
                "select h.head_name, f.flag, f.detail from risk_flags f join households h"
                " on h.town_id = f.town_id and h.id = f.household_id where f.town_id = :t"
            ),
            {"t": place.id},
        )
        flags = {(head, flag): detail for head, flag, detail in found}
        await s.rollback()
    return flags


def _details(flags: dict[tuple[str, str], tuple[Any, Any]]) -> dict[tuple[str, str], Any]:
    return {key: detail for key, (detail, _) in flags.items()}


async def test_bulk_imports_recompute_the_same_flags_as_by_ids(services, settings, owner_db):
    place = await _fresh_town(owner_db)
    rows = _rows(HOUSEHOLDS)
    # Every household is new: the whole town is recomputed.
    outcome = await do_import(services, settings, place, xlsx(rows))
    assert outcome.households.created == HOUSEHOLDS
    first = await _flags(owner_db, place)
    assert {flag for _, flag in first} == {"no_basic_medical"}
    assert _details(first) == await _recomputed_by_ids(services, place)

    # More households than are recomputed by ids change, but not the whole town: the
    # changed ones are recomputed from the list in the database, the others keep theirs.
    changed = {f"户主{n}" for n in range(risk.BULK + 10)}
    for row in rows:
        if row["姓名"] in changed:
            row["基本医疗保险"] = "是"
    outcome = await do_import(services, settings, place, xlsx(rows))
    assert outcome.members.updated == len(changed)
    second = await _flags(owner_db, place)
    assert _details(second) == await _recomputed_by_ids(services, place)
    kept = {key: value for key, value in second.items() if key[0] not in changed}
    assert kept and kept == {key: value for key, value in first.items() if key in kept}

    # A few: by their ids.
    rows[0]["基本医疗保险"] = "否"
    outcome = await do_import(services, settings, place, xlsx(rows))
    assert outcome.members.updated == 1
    third = await _flags(owner_db, place)
    assert ("户主0", "no_basic_medical") in third
    assert _details(third) == await _recomputed_by_ids(services, place)
    assert {k: v for k, v in third.items() if k[0] != "户主0"} == {
        k: v for k, v in second.items() if k[0] != "户主0"
    }


async def test_alongside_returns_both_results_and_cancels_the_statement_on_failure():
    events: list[str] = []

    async def statement(result: str, *, delay: float) -> str:
        try:
            await asyncio.sleep(delay)
        except asyncio.CancelledError:
            events.append("statement cancelled")
            raise
        return result

    async def work(result: str) -> str:
        for _ in range(3):
            await asyncio.sleep(0)
        return result

    assert await alongside(statement("written", delay=0.01), work("sealed")) == (
        "written",
        "sealed",
    )

    async def failing() -> None:
        await asyncio.sleep(0)
        raise ValueError("the work failed")

    with pytest.raises(ValueError, match="the work failed"):
        await alongside(statement("never", delay=10), failing())
    assert events == ["statement cancelled"]

    async def broken() -> str:
        raise LookupError("the statement failed")

    # The work still runs to its end; then the statement's error is raised.
    with pytest.raises(LookupError, match="the statement failed"):
        await alongside(broken(), work("sealed"))


async def test_release_empties_the_lists_it_is_given():
    heaps: list[list[Any]] = [list(range(12_345)), [], [object()] * 7]
    inner = heaps[0]
    await release(heaps)
    assert heaps == [] and inner == []
