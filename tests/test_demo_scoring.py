"""The demo with its registry and self-check visits: every demo town is scored, and the
county comparison ranks the three apart, each rank explained.

The shared test database holds the demo without a registry (other tests add households
and cycles to its towns), so this loads the whole demo into a database of its own.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from towncheck.auth.policy import default_policy
from towncheck.cli import migrate
from towncheck.config import Settings
from towncheck.cycles.models import Cycle
from towncheck.databases import create_database, drop_database
from towncheck.db import Database, TenantScope
from towncheck.demo.load import load_demo
from towncheck.demo.visits import PROFILES
from towncheck.evidence.storage import LocalStorage
from towncheck.personal import vault_for
from towncheck.scoring.comparison import comparison
from towncheck.scoring.runs import Target, score_cycle
from towncheck.selfcheck.models import Visit
from towncheck.tenancy.models import Town

HOUSEHOLDS = 60  # per town: enough for every category, small enough for seconds


@pytest.fixture
async def demo_db(settings: Settings) -> AsyncIterator[Database]:
    server = settings.owner_url()
    name = f"towncheck_demo_{uuid.uuid4().hex[:10]}"
    url = create_database(server, name)
    # Alembic runs its own event loop, which cannot nest inside the test's.
    await asyncio.to_thread(migrate, replace(settings, database_url=url))
    database = Database(url, pool_size=2)
    try:
        yield database
    finally:
        await database.dispose()
        drop_database(server, name)


async def _visits(database: Database, scope: TenantScope) -> dict[int, int]:
    async with database.unit_of_work(scope) as s:
        rows = await s.execute(
            select(Visit.town_id, func.count()).where(Visit.stage == "self").group_by(Visit.town_id)
        )
        return {town: count for town, count in rows}


async def test_the_demo_visits_rank_every_demo_town_apart(
    demo_db: Database, settings: Settings, tmp_path: Path
) -> None:
    policy, vault, storage = default_policy(), vault_for(settings.data_key), LocalStorage(tmp_path)
    started = time.perf_counter()
    await load_demo(demo_db, policy, vault=vault, households=HOUSEHOLDS, storage=storage)
    loaded = time.perf_counter() - started
    async with demo_db.unit_of_work(TenantScope()) as s:
        towns = list((await s.scalars(select(Town).order_by(Town.id))).all())
    assert [t.code for t in towns] == list(PROFILES)
    county = towns[0].county_id
    scope = TenantScope.system(county_id=county, town_ids=[t.id for t in towns])

    visits = await _visits(demo_db, scope)
    expected = {t.id: round(HOUSEHOLDS * PROFILES[t.code].share) for t in towns}
    assert visits == expected
    assert len(set(visits.values())) == 3  # each town visited a share of its own
    await load_demo(demo_db, policy, vault=vault, households=HOUSEHOLDS, storage=storage)
    assert await _visits(demo_db, scope) == expected  # a second load adds no visit

    job = uuid.uuid4()
    async with demo_db.unit_of_work(scope) as s:
        cycles = list((await s.scalars(select(Cycle).order_by(Cycle.town_id))).all())
    assert [c.town_id for c in cycles] == [t.id for t in towns]
    for cycle in cycles:
        async with demo_db.unit_of_work(scope, repeatable=True) as s:
            await score_cycle(
                s, target=Target(town_id=cycle.town_id, cycle_id=cycle.id), job_id=job
            )

    async with demo_db.unit_of_work(scope) as s:
        rows = await comparison(
            s, county_id=county, year=date.today().year, town_ids=[t.id for t in towns]
        )
    assert {r.town_name for r in rows} == {"马站镇", "高桥镇", "许家湖镇"}
    assert [r.rank for r in rows] == [1, 2, 3]
    scores = [r.snapshot.score for r in rows if r.snapshot is not None]
    assert len(set(scores)) == 3 and all(s is not None for s in scores)
    assert all(r.explanation.startswith("主要失分") for r in rows), [r.explanation for r in rows]
    assert loaded < 60, f"loading the demo took {loaded:.1f}s"
