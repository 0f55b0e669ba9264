"""The measured town in the throwaway database: its ids, households generated into it, and
cycles created by its poverty office."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from overhead.common import BenchError
from overhead.database import ThrowawayDatabase
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Membership, Principal
from towncheck.auth.roles import Role
from towncheck.config import Settings
from towncheck.cycles import service as cycles
from towncheck.cycles.models import Cycle
from towncheck.db import Database, TenantScope, allow_town_write
from towncheck.demo.cycles import demo_windows
from towncheck.households.synthetic import GeneratedCounts, generate_registry
from towncheck.personal import vault_for

TOWN: Final = "马站镇"  # mazhan_admin's town in the demo data


@dataclass(frozen=True, slots=True)
class Town:
    id: int
    county_id: int
    villages: tuple[str, ...]

    def scope(self) -> TenantScope:
        """Read access to the town and its county, as a job acting for the town has."""
        return TenantScope(
            read_towns=frozenset({self.id}), read_counties=frozenset({self.county_id})
        )


async def find_town(owner: Database, name: str = TOWN) -> Town:
    async with owner.unit_of_work(TenantScope()) as session:
        found = (
            await session.execute(
                text("select id, county_id from towns where name = :n"), {"n": name}
            )
        ).first()
        if found is None:
            raise BenchError(f"town {name} is not in the demo data")
        villages = (
            await session.scalars(
                text("select name from villages where town_id = :t order by id"), {"t": found[0]}
            )
        ).all()
    return Town(id=int(found[0]), county_id=int(found[1]), villages=tuple(map(str, villages)))


async def _fill(settings: Settings, households: int, seed: int) -> tuple[Town, GeneratedCounts]:
    owner = Database(settings.owner_url(), pool_size=1)
    try:
        town = await find_town(owner)
        async with owner.unit_of_work(town.scope()) as session:
            await allow_town_write(session, town.id)
            counts = await generate_registry(
                session,
                vault=vault_for(settings.data_key),
                town_id=town.id,
                households=households,
                seed=seed,
                today=date.today(),
            )
    finally:
        await owner.dispose()
    return town, counts


def fill_town(settings: Settings, *, households: int, seed: int) -> tuple[Town, GeneratedCounts]:
    """Generate ``households`` synthetic households (with members) in the town."""
    return asyncio.run(_fill(settings, households, seed))


def fill_and_describe(database: ThrowawayDatabase, *, households: int, seed: int) -> Town:
    """``fill_town`` after the demo data, and one line on the database and what it holds."""
    began = time.perf_counter()
    town, counts = fill_town(database.settings, households=households, seed=seed)
    print(
        f"database {database.name}: migrated, demo data loaded, {counts.households:,} "
        f"households with {counts.members:,} members generated in {TOWN} (town {town.id}, "
        f"seed {seed}) in {time.perf_counter() - began:.1f} s",
        flush=True,
    )
    return town


def town_ids(settings: Settings) -> Town:
    async def run() -> Town:
        owner = Database(settings.owner_url(), pool_size=1)
        try:
            return await find_town(owner)
        finally:
            await owner.dispose()

    return asyncio.run(run())


def office(town: Town) -> Principal:
    """The town's poverty office, as the demo setup acts for it."""
    return Principal(
        kind="system",
        county_id=town.county_id,
        label="性能测试初始化",
        memberships=(Membership(role=Role.TOWN_ADMIN, county_id=town.county_id, town_id=town.id),),
    )


async def active_cycle(
    session: AsyncSession, town: Town, *, policy: Policy, version_id: int, name: str, today: date
) -> Cycle:
    """A cycle on the checklist version, created and activated by the town's poverty office."""
    principal = office(town)
    cycle = await cycles.create_cycle(
        session,
        policy=policy,
        principal=principal,
        town_id=town.id,
        version_id=version_id,
        name=name,
        year=today.year,
        windows=demo_windows(today),
    )
    return await cycles.change_state(
        session, policy=policy, principal=principal, town_id=town.id, cycle_id=cycle.id, to="active"
    )
