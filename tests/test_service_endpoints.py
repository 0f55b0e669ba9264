"""Health endpoints, error masking, GraphiQL exposure, the schema file and the CLI."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import subprocess
import sys

import httpx
from sqlalchemy import text
from strawberry.extensions import validation_cache

from towncheck.app import create_app
from towncheck.cli import SCHEMA_FILE
from towncheck.db import TenantScope
from towncheck.graphql import export_sdl
from towncheck.tenancy import service as tenancy_service


async def test_healthz_and_readyz(client):
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ok", "checks": {"database": True, "broker": True}}


async def test_readyz_reports_a_missing_broker(services):
    app = create_app(dataclasses.replace(services, jobs=None))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        ready = await c.get("/readyz")
    assert ready.status_code == 503
    assert ready.json()["checks"] == {"database": True, "broker": False}


async def test_unexpected_errors_are_masked(gql, monkeypatch):
    async def broken(*_args, **_kwargs):
        raise RuntimeError("connection string postgres://secret@db leaked")

    monkeypatch.setattr(tenancy_service, "viewer_towns", broken)
    body = await gql("{ towns { totalCount } }", as_user="mazhan_admin")
    assert body["errors"] == [
        {
            "message": "服务器内部错误，请稍后重试",
            "locations": [{"line": 1, "column": 3}],
            "path": ["towns"],
            "extensions": {"code": "INTERNAL"},
        }
    ]
    assert "secret" not in str(body)


async def test_graphiql_only_in_demo_or_debug(client, services):
    html = {"accept": "text/html"}
    plain = await client.get("/graphql", headers=html)
    assert plain.status_code >= 400 and "text/html" not in plain.headers["content-type"]
    demo_settings = dataclasses.replace(services.settings, demo=True)
    app = create_app(dataclasses.replace(services, settings=demo_settings))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        page = await c.get("/graphql", headers=html)
    assert page.status_code == 200 and "graphiql" in page.text.lower()


def test_committed_schema_matches_the_code():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == export_sdl(), (
        "frontend/schema.graphql is stale: run `towncheck export-schema`"
    )


def test_every_schema_type_is_documented():
    sdl = export_sdl()
    for kind in (
        "type County",
        "type Town",
        "type Office",
        "type Area",
        "type Village",
        "type Viewer",
        "type ApiToken",
        "type AuditEntry",
        "type Job",
    ):
        position = sdl.index(kind + " ")
        assert sdl[:position].rstrip().endswith('"""'), f"{kind} lacks a description"


async def test_cli_create_user_then_sign_in(settings, gql, owner_db):
    async with owner_db.unit_of_work(TenantScope()) as s:
        town = await s.scalar(text("select id from towns where name = '许家湖镇'"))
    env = {**os.environ, "DATABASE_URL": settings.database_url, "REDIS_URL": settings.redis_url}
    command = [
        sys.executable,
        "-m",
        "towncheck.cli",
        "create-user",
        "xjh_helper2",
        "--role",
        "helper",
        "--town",
        str(town),
        "--name",
        "帮扶责任人 吴刚",
        "--password",
        "Helper-pass-2026",
    ]
    result = await asyncio.to_thread(
        subprocess.run, command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "已创建用户 xjh_helper2" in result.stdout
    token = await gql.token_for_password("xjh_helper2", "Helper-pass-2026")
    body = await gql("{ towns { edges { node { name } } } }", token=token)
    assert body["data"]["towns"]["edges"] == [{"node": {"name": "许家湖镇"}}]
    again = await asyncio.to_thread(
        subprocess.run, command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert again.returncode == 1 and "已存在" in again.stderr


async def test_server_refuses_development_keys_outside_demo(settings):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"TOWNCHECK_SECRET_KEY", "TOWNCHECK_DATA_KEY", "TOWNCHECK_DEBUG"}
    }
    env.update(DATABASE_URL=settings.database_url, REDIS_URL=settings.redis_url)
    result = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "towncheck.cli", "serve", "--port", "1"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "请设置 TOWNCHECK_SECRET_KEY、TOWNCHECK_DATA_KEY" in result.stderr


async def test_repeated_queries_skip_validation(gql):
    cache = validation_cache._get_validate_cache(256)
    query = "{ me { displayName memberships { role } } }"
    await gql(query, as_user="mazhan_admin")
    before = cache.cache_info()
    for _ in range(3):
        await gql(query, as_user="mazhan_admin")
    after = cache.cache_info()
    assert (after.hits - before.hits, after.misses - before.misses) == (3, 0)
