"""Enqueueing jobs and the actor that runs them, bound to an explicit broker."""

from __future__ import annotations

import asyncio
import logging
import threading
from datetime import timedelta
from typing import Any

import dramatiq
import redis
from dramatiq.brokers.redis import RedisBroker

from towncheck.config import Settings
from towncheck.db import Database
from towncheck.jobs import runner

ACTOR_NAME = "towncheck.run_job"
log = logging.getLogger("towncheck.jobs")


class JobRuntime:
    """Database handles for actors, one per event loop (asyncpg connections are loop-bound)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._databases: dict[int, Database] = {}
        self._lock = threading.Lock()

    def database(self) -> Database:
        key = id(asyncio.get_running_loop())
        with self._lock:
            if key not in self._databases:
                self._databases[key] = Database(self.settings.app_url(), pool_size=4)
            return self._databases[key]


class JobQueue:
    """Sends job ids to the broker; the actor re-reads everything else from the database."""

    def __init__(self, broker: RedisBroker, runtime: JobRuntime) -> None:
        self.broker = broker
        self.runtime = runtime

        async def run_job(job_id: str, county_id: int) -> None:
            # The outcome is on the job's row; Dramatiq keeps no results here.
            lease = timedelta(seconds=runtime.settings.job_lease_seconds)
            await runner.run(runtime.database(), job_id=job_id, county_id=county_id, lease=lease)

        decorate: Any = dramatiq.actor(
            broker=broker,
            actor_name=ACTOR_NAME,
            max_retries=runner.MAX_ATTEMPTS - 1,
            min_backoff=1000,
        )
        self.actor: dramatiq.Actor[[str, int], None] = decorate(run_job)

    def enqueue(self, *, job_id: str, county_id: int) -> bool:
        """False when the broker is unreachable: the job stays queued in the database and
        ``requeue_stale`` sends it when a worker starts."""
        try:
            self.actor.send(job_id, county_id)
        except redis.RedisError:
            log.warning("job %s not sent: broker unreachable", job_id)
            return False
        return True

    async def requeue_stale(self, db: Database) -> int:
        found = await runner.stale(db)
        return sum(self.enqueue(job_id=job_id, county_id=county) for job_id, county in found)

    def worker(self, *, threads: int = 2) -> dramatiq.Worker:
        return dramatiq.Worker(self.broker, worker_threads=threads, worker_timeout=200)
