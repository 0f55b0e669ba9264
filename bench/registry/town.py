"""The measured town in the throwaway database: its ids, and households generated into it."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import text

from overhead.common import BenchError
from towncheck.config import Settings
from towncheck.db import Database, TenantScope, allow_town_write
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


def town_ids(settings: Settings) -> Town:
    async def run() -> Town:
        owner = Database(settings.owner_url(), pool_size=1)
        try:
            return await find_town(owner)
        finally:
            await owner.dispose()

    return asyncio.run(run())
