"""Engines, the per-transaction tenant scope and the unit of work.

Services never commit: whoever opens the unit of work (the GraphQL view, a job, the CLI)
commits once at the end or rolls everything back.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass

import orjson
from sqlalchemy import text
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from towncheck.config import async_url


@dataclass(frozen=True, slots=True)
class TenantScope:
    """What one transaction may see; row-level security enforces it in PostgreSQL."""

    read_towns: frozenset[int] = frozenset()
    read_counties: frozenset[int] = frozenset()
    user_id: int | None = None
    read_only: bool = False

    @classmethod
    def system(cls, *, county_id: int, town_ids: Iterable[int]) -> TenantScope:
        """Scope for jobs and the CLI acting for one county's towns."""
        return cls(read_towns=frozenset(town_ids), read_counties=frozenset({county_id}))


def _csv(values: Iterable[int]) -> str:
    return ",".join(str(v) for v in sorted(values))


async def apply_scope(session: AsyncSession, scope: TenantScope) -> None:
    """Set the scope for the current transaction only (``is_local`` = true)."""
    if scope.read_only:
        # Allowed at any point of a transaction: switching to read-only never fails.
        await session.execute(text("set transaction read only"))
    await session.execute(
        text(
            "select set_config('app.read_towns', :towns, true),"
            " set_config('app.read_counties', :counties, true),"
            " set_config('app.user_id', :user_id, true)"
        ),
        {
            "towns": _csv(scope.read_towns),
            "counties": _csv(scope.read_counties),
            "user_id": "" if scope.user_id is None else str(scope.user_id),
        },
    )


async def allow_town_write(session: AsyncSession, town_id: int) -> None:
    """Open writes to one town for the rest of the transaction (after authorization)."""
    await session.execute(
        text("select set_config('app.write_town', :town, true)"), {"town": str(town_id)}
    )


async def allow_county_write(session: AsyncSession, county_id: int) -> None:
    await session.execute(
        text("select set_config('app.write_county', :county, true)"), {"county": str(county_id)}
    )


async def allow_county_audit(session: AsyncSession, county_id: int) -> None:
    """Let any signed-in user append to their county's audit chain (sign-in, password)."""
    await _set(session, "app.audit_county", str(county_id))


async def present_secret(session: AsyncSession, digest: bytes) -> None:
    """Before sign-in: make visible the one session or token row with this hash."""
    await _set(session, "app.auth_hash", digest.hex())


async def name_account(session: AsyncSession, name: str) -> None:
    """Before sign-in: make visible the one account with this username or phone."""
    await _set(session, "app.login_name", name)


async def act_as_user(session: AsyncSession, user_id: int) -> None:
    """A user always sees their own account, memberships and sessions."""
    await _set(session, "app.user_id", str(user_id))


async def _set(session: AsyncSession, name: str, value: str) -> None:
    await session.execute(
        text("select set_config(:name, :value, true)"), {"name": name, "value": value}
    )


class Database:
    """One engine for the app's login role (subject to row-level security)."""

    def __init__(self, url: str, *, pool_size: int = 10) -> None:
        self.engine: AsyncEngine = create_async_engine(
            async_url(url),
            pool_size=pool_size,
            max_overflow=pool_size,
            pool_pre_ping=True,
            json_serializer=lambda value: orjson.dumps(value).decode(),
            json_deserializer=orjson.loads,
        )
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False, autoflush=True)

    @asynccontextmanager
    async def unit_of_work(
        self, scope: TenantScope, *, repeatable: bool = False
    ) -> AsyncIterator[AsyncSession]:
        """One transaction: committed if the block returns, rolled back if it raises.

        ``repeatable``: every statement reads the same committed state (a report or a score
        over many tables must not mix data from before and after a concurrent change)."""
        async with self.sessions() as session, session.begin():
            if repeatable:
                await session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            await apply_scope(session, scope)
            yield session

    async def ping(self) -> bool:
        async with self.engine.connect() as connection:
            value: object = await connection.scalar(text("select 1"))
            return value == 1

    async def dispose(self) -> None:
        await self.engine.dispose()


class SessionGuard:
    """Serialises a request's use of its one ``AsyncSession``.

    Strawberry resolves sibling fields concurrently and an ``AsyncSession`` is not safe for
    concurrent use, so every resolver and DataLoader enters ``async with guard as session``.
    """

    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self._lock = asyncio.Lock()

    async def __aenter__(self) -> AsyncSession:
        await self._lock.acquire()
        return self._session

    async def __aexit__(self, *_: object) -> None:
        self._lock.release()


@asynccontextmanager
async def hash_joins(session: AsyncSession) -> AsyncIterator[None]:
    """Plan the transaction's next statements without nested loops (bulk work on a town).

    Right after a large import the registry's statistics still describe the town as nearly
    empty (autovacuum analyses later; the app's role may not). Believing that, the planner
    nests a scan of all the town's households inside a loop over the file's rows: hours
    instead of seconds. A hash join costs the same whatever the estimates say.
    """
    previous = await session.scalar(text("select current_setting('enable_nestloop')"))
    await session.execute(text("select set_config('enable_nestloop', 'off', true)"))
    try:
        yield
    finally:
        await session.execute(
            text("select set_config('enable_nestloop', :previous, true)"), {"previous": previous}
        )
