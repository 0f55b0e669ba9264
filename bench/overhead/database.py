"""The throwaway database a run measures against: created, migrated, seeded, dropped."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass

from towncheck.auth.policy import default_policy
from towncheck.cli import migrate, resolve_settings
from towncheck.config import Settings, with_database
from towncheck.databases import create_database, drop_database
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
            database_url=with_database(admin_url, name),
            app_database_url=None,
            redis_url=base.redis_url,
            redis_namespace=f"towncheck-bench-{name}",
        )
        return cls(name=name, admin_url=admin_url, settings=settings)

    def create(self) -> None:
        create_database(self.admin_url, self.name)

    def populate(self) -> DemoLogins:
        """Migrate to head and load the demo data; returns the demo logins."""
        migrate(self.settings)
        return asyncio.run(_load_demo(self.settings))

    def drop(self) -> None:
        drop_database(self.admin_url, self.name)


async def _load_demo(settings: Settings) -> DemoLogins:
    owner = Database(settings.owner_url(), pool_size=1)
    try:
        return await load_demo(owner, default_policy())
    finally:
        await owner.dispose()
