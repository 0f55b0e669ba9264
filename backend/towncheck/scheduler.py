"""What the worker does besides running jobs: every few seconds, re-send jobs whose worker
died or that were never delivered, and request the scoring runs that are due."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from sqlalchemy.exc import SQLAlchemyError

from towncheck.config import Settings
from towncheck.db import Database
from towncheck.jobs.queue import JobQueue
from towncheck.orm import utcnow
from towncheck.scoring.auto import request_due

log = logging.getLogger("towncheck.scheduler")


async def tick(database: Database, queue: JobQueue, settings: Settings) -> None:
    resent = await queue.requeue_stale(database)
    if resent:
        log.info("re-sent %d job(s) that were never delivered or whose worker stopped", resent)
    scored = await request_due(
        database,
        queue,
        now=utcnow(),
        quiet=timedelta(seconds=settings.scoring_quiet_seconds),
        max_wait=timedelta(seconds=settings.scoring_max_wait_seconds),
    )
    if scored:
        log.info("requested %d automatic scoring run(s)", scored)


async def run_ticks(
    database: Database, queue: JobQueue, settings: Settings, stop: asyncio.Event
) -> None:
    """Until ``stop`` is set: one tick, then wait ``tick_seconds``."""
    while not stop.is_set():
        try:
            await tick(database, queue, settings)
        except (OSError, SQLAlchemyError) as error:  # briefly unreachable: try next tick
            log.warning("scheduler tick failed: %s", error)
        try:
            await asyncio.wait_for(stop.wait(), timeout=settings.tick_seconds)
        except TimeoutError:
            continue
