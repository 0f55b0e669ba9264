"""DataLoaders for the tenancy tree. Created per request through ``Context.loader``."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from towncheck.loading import SessionLoader, many_per_key, one_per_key
from towncheck.tenancy.models import Area, County, Office, Town, Village

TownKey = tuple[int, int]  # (town_id, id): a tenant row's primary key


class CountyByIdLoader(SessionLoader[int, County | None]):
    async def fetch(self, keys: Sequence[int]) -> list[County | None]:
        async with self.db as session:
            rows = (await session.scalars(select(County).where(County.id.in_(keys)))).all()
        return one_per_key(rows, lambda r: r.id, keys)


class TownByIdLoader(SessionLoader[int, Town | None]):
    async def fetch(self, keys: Sequence[int]) -> list[Town | None]:
        async with self.db as session:
            rows = (await session.scalars(select(Town).where(Town.id.in_(keys)))).all()
        return one_per_key(rows, lambda r: r.id, keys)


class AreaByIdLoader(SessionLoader[TownKey, Area | None]):
    async def fetch(self, keys: Sequence[TownKey]) -> list[Area | None]:
        stmt = select(Area).where(
            Area.town_id.in_({k[0] for k in keys}), Area.id.in_({k[1] for k in keys})
        )
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return one_per_key(rows, lambda r: (r.town_id, r.id), keys)


class OfficesByTownLoader(SessionLoader[int, list[Office]]):
    async def fetch(self, keys: Sequence[int]) -> list[list[Office]]:
        stmt = select(Office).where(Office.town_id.in_(keys)).order_by(Office.id)
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return many_per_key(rows, lambda r: r.town_id, keys)


class AreasByTownLoader(SessionLoader[int, list[Area]]):
    async def fetch(self, keys: Sequence[int]) -> list[list[Area]]:
        stmt = select(Area).where(Area.town_id.in_(keys)).order_by(Area.id)
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return many_per_key(rows, lambda r: r.town_id, keys)


class VillagesByAreaLoader(SessionLoader[TownKey, list[Village]]):
    """Keyed by the area's (town_id, id)."""

    async def fetch(self, keys: Sequence[TownKey]) -> list[list[Village]]:
        stmt = (
            select(Village)
            .where(
                Village.town_id.in_({k[0] for k in keys}), Village.area_id.in_({k[1] for k in keys})
            )
            .order_by(Village.id)
        )
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return many_per_key(rows, lambda r: (r.town_id, r.area_id), keys)


class VillagesByTownLoader(SessionLoader[int, list[Village]]):
    async def fetch(self, keys: Sequence[int]) -> list[list[Village]]:
        stmt = select(Village).where(Village.town_id.in_(keys)).order_by(Village.id)
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return many_per_key(rows, lambda r: r.town_id, keys)


class OfficeByIdLoader(SessionLoader[TownKey, Office | None]):
    async def fetch(self, keys: Sequence[TownKey]) -> list[Office | None]:
        stmt = select(Office).where(
            Office.town_id.in_({k[0] for k in keys}), Office.id.in_({k[1] for k in keys})
        )
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return one_per_key(rows, lambda r: (r.town_id, r.id), keys)


class VillageByIdLoader(SessionLoader[TownKey, Village | None]):
    async def fetch(self, keys: Sequence[TownKey]) -> list[Village | None]:
        stmt = select(Village).where(
            Village.town_id.in_({k[0] for k in keys}), Village.id.in_({k[1] for k in keys})
        )
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return one_per_key(rows, lambda r: (r.town_id, r.id), keys)
