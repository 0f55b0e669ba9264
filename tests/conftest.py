"""Fixtures: a fresh database per run on real PostgreSQL, and real Redis.

With DATABASE_URL / REDIS_URL set (CI) those servers are used; otherwise embedded ones.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from typing import Any

import httpx
import pytest

from towncheck import embedded
from towncheck.app import Services, create_app
from towncheck.auth.policy import default_policy
from towncheck.cli import migrate
from towncheck.config import PROJECT_ROOT, Settings
from towncheck.databases import create_database, drop_database
from towncheck.db import Database
from towncheck.demo.load import DemoLogins, load_demo
from towncheck.jobs.broker import make_broker
from towncheck.jobs.queue import JobQueue, JobRuntime

DATA_DIR = PROJECT_ROOT / ".data" / "test"


@pytest.fixture(scope="session")
def settings() -> Iterator[Settings]:
    base = os.environ.get("DATABASE_URL") or embedded.start_postgres(DATA_DIR)
    redis_url = os.environ.get("REDIS_URL") or embedded.start_redis(DATA_DIR / "redis")
    name = f"towncheck_test_{uuid.uuid4().hex[:10]}"
    url = create_database(base, name)
    configured = Settings.from_env(
        database_url=url,
        app_database_url=None,
        redis_url=redis_url,
        redis_namespace=f"towncheck-test-{name}",
        login_max_failures=5,
    )
    migrate(configured)
    try:
        yield configured
    finally:
        drop_database(base, name)
        embedded.stop_all()


@pytest.fixture(scope="session")
async def owner_db(settings: Settings) -> AsyncIterator[Database]:
    database = Database(settings.owner_url(), pool_size=2)
    yield database
    await database.dispose()


@pytest.fixture(scope="session")
async def demo(owner_db: Database) -> DemoLogins:
    return await load_demo(owner_db, default_policy())


@pytest.fixture(scope="session")
async def services(settings: Settings, demo: DemoLogins) -> AsyncIterator[Services]:
    broker = make_broker(settings)
    database = Database(settings.app_url(), pool_size=5)
    yield Services(
        settings=settings,
        database=database,
        policy=default_policy(),
        jobs=JobQueue(broker, JobRuntime(settings)),
    )
    await database.dispose()
    broker.close()


@pytest.fixture(scope="session")
async def client(services: Services) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(services)
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


class GraphQL:
    """Posts GraphQL operations, optionally as a signed-in user or with a token."""

    def __init__(self, client: httpx.AsyncClient, password: str) -> None:
        self.client = client
        self.password = password
        self._tokens: dict[str, str] = {}

    async def __call__(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        token: str | None = None,
        as_user: str | None = None,
    ) -> dict[str, Any]:
        response = await self.post(query, variables, token=token, as_user=as_user)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def post(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        token: str | None = None,
        as_user: str | None = None,
    ) -> httpx.Response:
        if as_user is not None:
            token = await self.token_for(as_user)
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.client.cookies.clear()  # API clients: bearer tokens only, no browser cookie jar
        return await self.client.post(
            "/graphql", json={"query": query, "variables": variables}, headers=headers
        )

    async def token_for(self, username: str) -> str:
        if username not in self._tokens:
            self._tokens[username] = await self.token_for_password(username, self.password)
        return self._tokens[username]

    async def token_for_password(self, username: str, password: str) -> str:
        body = await self(LOGIN, {"u": username, "p": password})
        payload = body["data"]["login"]
        assert payload["errors"] == [], payload
        token: str = payload["token"]
        return token


LOGIN = """mutation($u: String!, $p: String!) {
  login(input: {username: $u, password: $p}) { token csrfToken errors { code message } }
}"""


@pytest.fixture(scope="session")
def gql(client: httpx.AsyncClient, demo: DemoLogins) -> GraphQL:
    return GraphQL(client, demo.password)


@pytest.fixture
def fresh_settings(settings: Settings) -> Settings:
    return replace(settings)
