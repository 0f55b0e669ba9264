"""The whole county, town by town (one owner-role transaction each), then fresh statistics."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from rules_town.county import CountyTown, make_county
from rules_town.lists import fill_lists
from rules_town.projects import fill_projects
from rules_town.registry import fill_registry
from towncheck.config import Settings
from towncheck.db import Database, TenantScope, allow_town_write

ANALYZED = (
    "households",
    "members",
    "incomes",
    "household_helpers",
    "department_lists",
    "department_entries",
    "project_library",
    "projects",
    "project_adjustments",
    "assets",
    "asset_checks",
    "project_returns",
    "distribution_plans",
    "quality_deposits",
    "findings",
)

MATCHED_SQL = """
select count(*) from members m
where exists (select 1 from department_entries e
              where e.town_id = m.town_id and e.id_hash = m.id_hash)
"""


@dataclass(frozen=True, slots=True)
class County:
    towns: list[CountyTown]
    created_towns: int
    villages: int
    households: int
    members: int
    lists: int
    entries: int
    matched: int  # members with at least one department entry
    projects: int
    library: int
    assets: int
    project_rows: int
    seconds: dict[str, float]


def split(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


async def _fill(
    settings: Settings, *, towns: int, projects: int, members: int, seed: int, today: date
) -> County:
    owner = Database(settings.owner_url(), pool_size=1)
    seconds: dict[str, float] = {}
    totals = dict.fromkeys(("households", "lists", "entries", "library", "assets", "rows"), 0)
    try:
        began = time.perf_counter()
        async with owner.unit_of_work(TenantScope()) as session:
            before = int(await session.scalar(text("select count(*) from towns")) or 0)
        county = await make_county(owner, towns=towns, today=today)
        seconds["county"] = time.perf_counter() - began
        for phase in ("registry", "lists", "projects"):
            seconds[phase] = 0.0
        for town, people in zip(county, split(members, len(county)), strict=True):
            scope = TenantScope.system(county_id=town.county_id, town_ids=[town.id])
            async with owner.unit_of_work(scope) as session:
                await allow_town_write(session, town.id)
                began = time.perf_counter()
                first, households = await fill_registry(
                    session,
                    town_id=town.id,
                    villages=town.villages,
                    helper=town.admin_id,
                    members=people,
                    seed=seed,
                    year=today.year,
                    today=today,
                )
                seconds["registry"] += time.perf_counter() - began
                began = time.perf_counter()
                lists = await fill_lists(
                    session,
                    town_id=town.id,
                    first_household=first,
                    members=people,
                    seed=seed,
                    year=today.year,
                    today=today,
                )
                seconds["lists"] += time.perf_counter() - began
                began = time.perf_counter()
                made = await fill_projects(
                    session,
                    town_id=town.id,
                    villages=town.villages,
                    admin=town.admin_id,
                    projects=projects,
                    seed=seed,
                    year=today.year,
                    today=today,
                )
                seconds["projects"] += time.perf_counter() - began
            totals["households"] += households
            totals["lists"] += lists.lists
            totals["entries"] += lists.entries
            totals["library"] += made.library
            totals["assets"] += made.assets
            totals["rows"] += made.rows
        began = time.perf_counter()
        # Fresh statistics and visibility maps, as autovacuum would leave a county's tables.
        async with owner.engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            for table in ANALYZED:
                await autocommit.execute(text(f"vacuum (analyze) {table}"))
        seconds["vacuum"] = time.perf_counter() - began
        async with owner.unit_of_work(TenantScope()) as session:
            matched = int(await session.scalar(text(MATCHED_SQL)) or 0)
            villages = int(
                await session.scalar(
                    text("select count(*) from villages where town_id = any(:t)"),
                    {"t": [t.id for t in county]},
                )
                or 0
            )
    finally:
        await owner.dispose()
    return County(
        towns=county,
        created_towns=max(towns - before, 0),
        villages=villages,
        households=totals["households"],
        members=members,
        lists=totals["lists"],
        entries=totals["entries"],
        matched=matched,
        projects=projects * len(county),
        library=totals["library"],
        assets=totals["assets"],
        project_rows=totals["rows"],
        seconds=seconds,
    )


def fill_county(
    settings: Settings, *, towns: int, projects: int, members: int, seed: int, today: date
) -> County:
    """The county's towns, registry, lists and projects (after the demo data)."""
    return asyncio.run(
        _fill(settings, towns=towns, projects=projects, members=members, seed=seed, today=today)
    )
