"""DataLoaders of the programs' rows named by global id (``node``/``nodes``), keyed by
(town_id, id): a batch of ids costs one statement per type. Row-level security hides other
towns' rows whatever the keys say."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from sqlalchemy import select, tuple_

from towncheck.db import SessionGuard
from towncheck.loading import SessionLoader, one_per_key
from towncheck.programs.models import CollaborationFund, SocialAssistance, VillageYear

Key = tuple[int, int]
M = TypeVar("M", VillageYear, SocialAssistance, CollaborationFund)


async def _by_id(db: SessionGuard, model: type[M], keys: Sequence[Key]) -> list[M | None]:
    stmt = select(model).where(tuple_(model.town_id, model.id).in_(keys))
    async with db as session:
        rows = (await session.scalars(stmt)).all()
    return one_per_key(rows, lambda r: (r.town_id, r.id), keys)


class VillageYearByIdLoader(SessionLoader[Key, VillageYear | None]):
    async def fetch(self, keys: Sequence[Key]) -> list[VillageYear | None]:
        return await _by_id(self.db, VillageYear, keys)


class SocialAssistanceByIdLoader(SessionLoader[Key, SocialAssistance | None]):
    async def fetch(self, keys: Sequence[Key]) -> list[SocialAssistance | None]:
        return await _by_id(self.db, SocialAssistance, keys)


class CollaborationFundByIdLoader(SessionLoader[Key, CollaborationFund | None]):
    async def fetch(self, keys: Sequence[Key]) -> list[CollaborationFund | None]:
        return await _by_id(self.db, CollaborationFund, keys)
