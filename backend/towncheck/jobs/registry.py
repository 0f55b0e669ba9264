"""Job kinds and their handlers. Domains register handlers in their ``jobs.py``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.db import Database


@dataclass(frozen=True, slots=True)
class JobInput:
    """What a handler gets: the job's county, its towns and its parameters."""

    job_id: str
    county_id: int
    town_ids: tuple[int, ...]
    params: dict[str, Any]


ProgressFn = Callable[[int, int], Awaitable[None]]
Handler = Callable[[Database, JobInput, ProgressFn], Awaitable[dict[str, Any]]]
PrepareFn = Callable[[AsyncSession, JobInput], Awaitable[None]]

HANDLERS: dict[str, Handler] = {}


def register(kind: str) -> Callable[[Handler], Handler]:
    def decorate(handler: Handler) -> Handler:
        HANDLERS[kind] = handler
        return handler

    return decorate
