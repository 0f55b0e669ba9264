"""The throwaway database a run measures against: created, migrated, seeded, dropped."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass

import psycopg2

from towncheck.auth.policy import default_policy
from towncheck.cli import migrate, resolve_settings
from towncheck.config import Settings, with_database
from towncheck.db import Database
from towncheck.demo.load import DemoLogins, load_demo


@dataclass(frozen=True, slots=True)
class ThrowawayDatabase:
    """A fresh ``towncheck_bench_<random>`` database next to the configured one."""

    name: str
    admin_url: str
    settings: Settings

    @classmethod
    def plan(cls) -> ThrowawayDatabase:
        """Pick a name and the settings pointing at it; nothing is created yet."""
        name = f"towncheck_bench_{uuid.uuid4().hex[:10]}"
        # Embedded servers are started only if DATABASE_URL / REDIS_URL are unset.
        base = resolve_settings()
        admin_url = base.owner_url()
        settings = Settings.from_env(
            database_url=with_database(admin_url, name), app_database_url=None,
            redis_url=base.redis_url, redis_namespace=f"towncheck-bench-{name}",
        )
        return cls(name=name, admin_url=admin_url, settings=settings)

    def create(self) -> None:
        _admin(self.admin_url, f'create database "{self.name}"')

    def populate(self) -> DemoLogins:
        """Migrate to head and load the demo data; returns the demo logins."""
        migrate(self.settings)
        return asyncio.run(_load_demo(self.settings))

    def drop(self) -> None:
        # ``with (force)``: a server that did not stop cleanly must not keep the drop waiting.
        _admin(self.admin_url, f'drop database if exists "{self.name}" with (force)')


def _admin(url: str, statement: str) -> None:
    """One statement outside a transaction (CREATE/DROP DATABASE cannot run inside one)."""
    connection = psycopg2.connect(url)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(statement)
    finally:
        connection.close()


async def _load_demo(settings: Settings) -> DemoLogins:
    owner = Database(settings.owner_url(), pool_size=1)
    try:
        return await load_demo(owner, default_policy())
    finally:
        await owner.dispose()
