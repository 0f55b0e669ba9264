"""The two server processes (the real app and the baseline) and the check that they match.

Each runs in its own uvicorn process with one worker, on a socket the parent binds, so the
port is known before the child starts and no other process can take it. Both get the same
SQL trace endpoints, used once at start-up to compare the statements each request sends.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx
import orjson
import uvicorn
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from overhead.baseline import baseline_app
from overhead.common import (
    CASES,
    ENTRY_SCRIPT,
    HOST,
    JSON_MEDIA,
    LOGIN,
    REQUEST_TIMEOUT_SECONDS,
    USERNAME,
    BenchError,
)
from overhead.processes import Children
from towncheck.app import build_services, create_app
from towncheck.config import Settings
from towncheck.db import Database

SERVER_START_SECONDS = 60.0


# --- In the child: the server itself --------------------------------------------------------


class SqlTrace:
    """Records statements and transaction ends on an engine while switched on."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine.sync_engine
        self.events: list[str] = []
        self.on = False

    def _statement(
        self,
        _conn: object,
        _cursor: object,
        statement: str,
        parameters: object,
        _context: object,
        _executemany: bool,
    ) -> None:
        self.events.append(f"{' '.join(statement.split())} {parameters!r}")

    def _commit(self, _conn: object) -> None:
        self.events.append("COMMIT")

    def _rollback(self, _conn: object) -> None:
        self.events.append("ROLLBACK")

    def _hooks(self) -> list[tuple[str, Callable[..., None]]]:
        return [
            ("before_cursor_execute", self._statement),
            ("commit", self._commit),
            ("rollback", self._rollback),
        ]

    async def start(self, _: Request) -> Response:
        if not self.on:
            for name, hook in self._hooks():
                event.listen(self.engine, name, hook)
            self.on = True
        self.events = []
        return Response(b"[]", media_type=JSON_MEDIA)

    async def stop(self, _: Request) -> Response:
        # Listeners come off again so the measured requests pay nothing for the trace.
        if self.on:
            for name, hook in self._hooks():
                event.remove(self.engine, name, hook)
            self.on = False
        return Response(orjson.dumps(self.events), media_type=JSON_MEDIA)

    def routes(self) -> list[Route]:
        return [
            Route("/_bench/trace/start", self.start, methods=["POST"]),
            Route("/_bench/trace/stop", self.stop, methods=["POST"]),
        ]


def serve(app_name: str, fd: int, database_url: str, redis_url: str, namespace: str) -> None:
    """Child process: one uvicorn server, one worker, on the socket the parent bound."""
    settings = Settings.from_env(
        database_url=database_url,
        app_database_url=None,
        redis_url=redis_url,
        redis_namespace=namespace,
    )
    if app_name == "graphql":
        services = build_services(settings)
        app, database = create_app(services), services.database
    else:
        database = Database(settings.app_url())
        app = baseline_app(database, settings)
    # Appended after the app's own routes, so /graphql is matched exactly as in production.
    app.router.routes.extend(SqlTrace(database.engine).routes())
    sock = socket.socket(fileno=fd)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


# --- In the parent: start, sign in, compare -------------------------------------------------


@dataclass(frozen=True, slots=True)
class Server:
    name: str
    port: int
    process: subprocess.Popen[bytes]

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"


def _serve_command(app: str, fd: int, settings: Settings) -> list[str]:
    return [
        sys.executable,
        str(ENTRY_SCRIPT),
        "serve",
        "--app",
        app,
        "--fd",
        str(fd),
        "--database-url",
        settings.owner_url(),
        "--redis-url",
        settings.redis_url or "",
        "--namespace",
        settings.redis_namespace,
    ]


def start_server(children: Children, app: str, settings: Settings) -> Server:
    """Start one server process and wait until it answers ``/healthz``."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, 0))
        listener.listen(1024)
        port = int(listener.getsockname()[1])
        process = children.start(
            _serve_command(app, listener.fileno(), settings), pass_fds=[listener.fileno()]
        )
    finally:
        listener.close()  # the child holds its own copy
    server = Server(app, port, process)
    _wait_healthy(server)
    return server


def _wait_healthy(server: Server) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    with httpx.Client(base_url=server.base_url, timeout=2.0) as client:
        for _ in range(int(SERVER_START_SECONDS * 10)):
            if server.process.poll() is not None:
                raise BenchError(f"{server.name} server exited with {server.process.returncode}")
            try:
                if client.get("/healthz").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                break
            time.sleep(0.1)
    raise BenchError(
        f"{server.name} server did not answer /healthz within {SERVER_START_SECONDS:.0f} s"
    )


def sign_in(server: Server, password: str) -> str:
    with httpx.Client(base_url=server.base_url, timeout=REQUEST_TIMEOUT_SECONDS) as client:
        response = client.post(
            "/graphql", json={"query": LOGIN, "variables": {"u": USERNAME, "p": password}}
        )
    payload = response.json().get("data", {}).get("login") if response.status_code == 200 else None
    if not payload or payload.get("errors") or not payload.get("token"):
        raise BenchError(f"login as {USERNAME} failed: {response.status_code} {response.text}")
    return str(payload["token"])


def _traced(server: Server, path: str, body: bytes, token: str) -> tuple[httpx.Response, list[str]]:
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=server.base_url, timeout=REQUEST_TIMEOUT_SECONDS) as client:
        client.post("/_bench/trace/start")
        response = client.post(path, content=body, headers=headers)
        events = client.post("/_bench/trace/stop").json()
    return response, [str(e) for e in events]


def _require_ok(case: str, label: str, response: httpx.Response) -> None:
    if response.status_code != 200:
        raise BenchError(f"{case}: {label} answered {response.status_code}: {response.text[:500]}")


def _require_same_sql(case: str, g_sql: list[str], b_sql: list[str]) -> None:
    if g_sql != b_sql:
        # Pad the shorter list so a missing or extra statement shows up as "-".
        diff = "\n".join(
            f"  graphql:  {g}\n  baseline: {b}"
            for g, b in zip(g_sql + ["-"] * len(b_sql), b_sql + ["-"] * len(g_sql), strict=False)
            if g != b
        )
        raise BenchError(f"{case}: SQL differs\n{diff}")


def check_parity(graphql: Server, baseline: Server, token: str) -> list[str]:
    """Same JSON, same statements; raise if not. Returns one summary line per case."""
    lines = []
    for case in CASES:
        body = case.body()
        g_response, g_sql = _traced(graphql, "/graphql", body, token)
        b_response, b_sql = _traced(baseline, case.baseline_path, body, token)
        _require_ok(case.name, "graphql", g_response)
        _require_ok(case.name, "baseline", b_response)
        g_json, b_json = orjson.loads(g_response.content), orjson.loads(b_response.content)
        if "errors" in g_json or g_json != b_json:
            raise BenchError(
                f"{case.name}: bodies differ\n  graphql:  {g_response.text}\n"
                f"  baseline: {b_response.text}"
            )
        _require_same_sql(case.name, g_sql, b_sql)
        same_bytes = g_response.content == b_response.content
        same_type = g_response.headers.get("content-type") == b_response.headers.get("content-type")
        statements = sum(1 for e in g_sql if e not in {"COMMIT", "ROLLBACK"})
        lines.append(
            f"  {case.name:<5} same JSON, bytes identical: {_yes(same_bytes)}, "
            f"content-type identical: {_yes(same_type)}, {len(g_response.content)} B, "
            f"{statements} statements + COMMIT, identical: yes"
        )
    return lines


def _yes(value: bool) -> str:
    return "yes" if value else "no"
