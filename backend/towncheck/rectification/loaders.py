"""DataLoaders of the ledger: an item's history."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, tuple_

from towncheck.loading import SessionLoader, many_per_key
from towncheck.rectification.models import LedgerTransition

Key = tuple[int, int]


class TransitionsByItemLoader(SessionLoader[Key, list[LedgerTransition]]):
    async def fetch(self, keys: Sequence[Key]) -> list[list[LedgerTransition]]:
        stmt = (
            select(LedgerTransition)
            .where(tuple_(LedgerTransition.town_id, LedgerTransition.item_id).in_(keys))
            .order_by(LedgerTransition.id)
        )
        async with self.db as session:
            rows = (await session.scalars(stmt)).all()
        return many_per_key(rows, lambda r: (r.town_id, r.item_id), keys)
