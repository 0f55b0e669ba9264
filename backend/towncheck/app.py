"""The Starlette application: /graphql, /download, /healthz, /readyz and the web app."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from towncheck.api.downloads import DownloadEndpoint
from towncheck.api.http import GraphQLEndpoint
from towncheck.api.webapp import webapp_routes
from towncheck.auth.policy import Policy, default_policy
from towncheck.config import Settings
from towncheck.crosscheck import downloads as crosscheck_downloads
from towncheck.cycles import downloads as cycle_downloads
from towncheck.db import Database
from towncheck.evidence import downloads as evidence_downloads
from towncheck.graphql import schema_for
from towncheck.households import downloads as household_downloads
from towncheck.jobs import broker as broker_module
from towncheck.jobs.queue import JobQueue, JobRuntime
from towncheck.programs import downloads as program_downloads
from towncheck.projects import downloads as project_downloads
from towncheck.rectification import downloads as rectification_downloads
from towncheck.rectification.daily import run_daily
from towncheck.scheduler import run_ticks
from towncheck.scoring import downloads as scoring_downloads
from towncheck.sectors import downloads as sector_downloads

log = logging.getLogger("towncheck.app")
# Download producers register themselves on import.
DOWNLOAD_MODULES = (
    household_downloads,
    cycle_downloads,
    evidence_downloads,
    crosscheck_downloads,
    rectification_downloads,
    project_downloads,
    program_downloads,
    sector_downloads,
    scoring_downloads,
)


@dataclass
class Services:
    """What the app runs on; tests build one around their own database and broker."""

    settings: Settings
    database: Database
    policy: Policy
    jobs: JobQueue | None
    run_worker: bool = False
    _worker: object | None = field(default=None, repr=False)


def build_services(settings: Settings, *, run_worker: bool = False) -> Services:
    jobs = None
    if settings.redis_url is not None:
        jobs = JobQueue(broker_module.make_broker(settings), JobRuntime(settings))
    return Services(
        settings=settings,
        database=Database(settings.app_url()),
        policy=default_policy(),
        jobs=jobs,
        run_worker=run_worker,
    )


def create_app(services: Services) -> Starlette:
    settings = services.settings
    endpoint = GraphQLEndpoint(
        schema=schema_for(settings),
        database=services.database,
        policy=services.policy,
        settings=settings,
        jobs=services.jobs,
        graphiql=settings.debug or settings.demo,
    )

    downloads = DownloadEndpoint(
        database=services.database, policy=services.policy, settings=settings
    )

    async def healthz(_: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    async def readyz(_: Request) -> JSONResponse:
        checks = {
            "database": await _database_ok(services.database),
            "broker": services.jobs is not None and broker_module.ping(services.jobs.broker),
        }
        ready = all(checks.values())
        return JSONResponse(
            {"status": "ok" if ready else "unavailable", "checks": checks},
            status_code=200 if ready else 503,
        )

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        # What start-up built (the schema, the policy, the ORM's mappers) lives as long as
        # the process: moved out of the collector's reach, it is not swept on every full
        # collection, which otherwise costs a few milliseconds of each busy request.
        gc.freeze()
        worker, daily, stop = None, None, asyncio.Event()
        if services.run_worker and services.jobs is not None:
            worker = services.jobs.worker(threads=2)
            # Dramatiq's worker runs in its own threads; start() returns at once.
            worker.start()
            daily = asyncio.gather(
                run_daily(services.database, services.jobs, stop),
                run_ticks(services.database, services.jobs, settings, stop),
            )
            log.info("in-process job worker started")
        try:
            yield
        finally:
            stop.set()
            if daily is not None:
                await daily
            if worker is not None:
                worker.stop()
            await services.database.dispose()

    return Starlette(
        routes=[
            Route(
                "/graphql",
                endpoint,
                methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"],
            ),
            Route("/download/{name}", downloads.handle),
            Route("/healthz", healthz),
            Route("/readyz", readyz),
            *webapp_routes(settings.web_dir),
        ],
        lifespan=lifespan,
    )


async def _database_ok(database: Database) -> bool:
    try:
        return await database.ping()
    except (OSError, SQLAlchemyError):
        return False
