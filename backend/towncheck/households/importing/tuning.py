"""Planner and memory settings for the import's bulk statements, local to its transaction."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Final

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.db import hash_joins

# Hash tables over a county's file (the members by ID hash, ~300,000 rows) and the rows the
# upsert notes fit in memory with this, instead of spilling to temporary files in batches.
WORK_MEM: Final = "64MB"


@asynccontextmanager
async def bulk_statements(session: AsyncSession) -> AsyncIterator[None]:
    """Hash joins (``hash_joins``) with room for the hash tables, until the block ends."""
    async with hash_joins(session):
        previous = await session.scalar(text("select current_setting('work_mem')"))
        await session.execute(
            text("select set_config('work_mem', :value, true)"), {"value": WORK_MEM}
        )
        try:
            yield
        finally:
            await session.execute(
                text("select set_config('work_mem', :previous, true)"), {"previous": previous}
            )
