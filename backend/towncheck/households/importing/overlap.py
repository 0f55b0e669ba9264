"""Python work done while the database works on the import's statements.

The import's steps follow one another (nothing is written before every row is checked), but
once the checks have passed, the Python work left (sealing the members' ID numbers, freeing
the file's millions of objects) needs nothing from the statements that run meanwhile. Done
in slices between turns of the event loop, it takes the other core while PostgreSQL writes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Coroutine
from typing import Any, Final, TypeVar

# Items dropped between two turns of the event loop: a few milliseconds of freeing.
RELEASE_STEP: Final = 5000

T = TypeVar("T")
U = TypeVar("U")


async def alongside(statement: Coroutine[Any, Any, T], work: Awaitable[U]) -> tuple[T, U]:
    """Run ``statement`` (which alone uses the session) as a task while ``work`` runs here;
    ``work`` must yield to the event loop now and then for the statement to make progress.

    If ``work`` fails or the import is cancelled, the statement is cancelled too."""
    task = asyncio.ensure_future(statement)
    worked = False
    try:
        done = await work
        worked = True
    finally:
        if not worked:
            task.cancel()
            await asyncio.wait([task])
            if not task.cancelled():
                task.exception()  # retrieved: the work's error is the one raised
    return await task, done


async def release(heaps: list[list[Any]]) -> None:
    """Drop these lists' items a slice at a time (from the end: nothing moves), yielding to
    the event loop between slices; the objects they alone hold are freed as they go."""
    for heap in heaps:
        while heap:
            del heap[-RELEASE_STEP:]
            await asyncio.sleep(0)
    heaps.clear()
