"""The two server processes (the real app and a baseline) and the check that they match.

Each runs in its own uvicorn process with one worker, on a socket the parent binds, so the
port is known before the child starts and no other process can take it: the real app as
``graphql_overhead.py serve``, a baseline app as ``python -m overhead.baseline_server``
given its factory. Both get the same SQL trace endpoints, used at start-up to compare the
statements each request sends.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import orjson
import uvicorn
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

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
from overhead.statements import statements
from towncheck.app import build_services, create_app
from towncheck.config import Settings
from towncheck.db import Database

BENCH_DIR = Path(__file__).resolve().parents[1]
SERVER_START_SECONDS = 60.0
# A baseline app: built in its child process from the database and the settings.
BaselineFactory = Callable[[Database, Settings], Starlette]


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


def add_server_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments a server child gets from ``start_graphql`` and ``start_baseline``."""
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--redis-url", required=True)
    parser.add_argument("--namespace", required=True)


def child_settings(args: argparse.Namespace) -> Settings:
    """The parent's settings, rebuilt in the child from ``add_server_arguments``."""
    return Settings.from_env(
        database_url=args.database_url,
        app_database_url=None,
        redis_url=args.redis_url,
        redis_namespace=args.namespace,
    )


def run_on_socket(app: Starlette, database: Database, fd: int) -> None:
    """One uvicorn server, one worker, on the socket the parent bound; with the trace."""
    # Appended after the app's own routes, so /graphql is matched exactly as in production.
    app.router.routes.extend(SqlTrace(database.engine).routes())
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[socket.socket(fileno=fd)])


def serve_graphql(args: argparse.Namespace) -> None:
    """Child process: the real app (``graphql_overhead.py serve``)."""
    services = build_services(child_settings(args))
    run_on_socket(create_app(services), services.database, args.fd)


# --- In the parent: start, sign in, compare -------------------------------------------------


@dataclass(frozen=True, slots=True)
class Server:
    name: str
    port: int
    process: subprocess.Popen[bytes]

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"


def _spawn(
    children: Children, name: str, command: list[str], settings: Settings, **popen: Any
) -> Server:
    """Start ``command`` with a bound socket and the settings; wait until it answers."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, 0))
        listener.listen(1024)
        port = int(listener.getsockname()[1])
        fd = listener.fileno()
        arguments = [
            "--fd",
            str(fd),
            "--database-url",
            settings.owner_url(),
            "--redis-url",
            settings.redis_url or "",
            "--namespace",
            settings.redis_namespace,
        ]
        process = children.start([*command, *arguments], pass_fds=[fd], **popen)
    finally:
        listener.close()  # the child holds its own copy
    server = Server(name, port, process)
    _wait_healthy(server)
    return server


def start_graphql(children: Children, settings: Settings) -> Server:
    """Start the real app's process and wait until it answers ``/healthz``."""
    return _spawn(children, "graphql", [sys.executable, str(ENTRY_SCRIPT), "serve"], settings)


def start_baseline(children: Children, settings: Settings, factory: BaselineFactory) -> Server:
    """Start ``factory``'s baseline app in its own process (``overhead.baseline_server``)."""
    if factory.__module__ == "__main__":
        raise BenchError("a baseline app must come from a module the child can import")
    app = f"{factory.__module__}:{factory.__qualname__}"
    path = os.pathsep.join(filter(None, [str(BENCH_DIR), os.environ.get("PYTHONPATH")]))
    command = [sys.executable, "-m", "overhead.baseline_server", "--app", app]
    return _spawn(children, "baseline", command, settings, env={**os.environ, "PYTHONPATH": path})


def start_servers(
    children: Children, settings: Settings, baseline: BaselineFactory
) -> tuple[Server, Server]:
    """The real app and the baseline, each in its own process; says where they listen."""
    graphql_server = start_graphql(children, settings)
    baseline_server = start_baseline(children, settings, baseline)
    print(
        f"servers: graphql {HOST}:{graphql_server.port}, baseline {HOST}:{baseline_server.port} "
        "(uvicorn, one worker each, own processes)",
        flush=True,
    )
    return graphql_server, baseline_server


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


def traced(server: Server, path: str, body: bytes, token: str) -> tuple[httpx.Response, list[str]]:
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=server.base_url, timeout=REQUEST_TIMEOUT_SECONDS) as client:
        client.post("/_bench/trace/start")
        response = client.post(path, content=body, headers=headers)
        events = client.post("/_bench/trace/stop").json()
    return response, [str(e) for e in events]


def require_ok(case: str, label: str, response: httpx.Response) -> None:
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
        g_response, g_sql = traced(graphql, "/graphql", body, token)
        b_response, b_sql = traced(baseline, case.baseline_path, body, token)
        require_ok(case.name, "graphql", g_response)
        require_ok(case.name, "baseline", b_response)
        g_json, b_json = orjson.loads(g_response.content), orjson.loads(b_response.content)
        if "errors" in g_json or g_json != b_json:
            raise BenchError(
                f"{case.name}: bodies differ\n  graphql:  {g_response.text}\n"
                f"  baseline: {b_response.text}"
            )
        _require_same_sql(case.name, g_sql, b_sql)
        same_bytes = g_response.content == b_response.content
        same_type = g_response.headers.get("content-type") == b_response.headers.get("content-type")
        count = len(statements(g_sql))
        lines.append(
            f"  {case.name:<5} same JSON, bytes identical: {_yes(same_bytes)}, "
            f"content-type identical: {_yes(same_type)}, {len(g_response.content)} B, "
            f"{count} statements + COMMIT, identical: yes"
        )
    return lines


def _yes(value: bool) -> str:
    return "yes" if value else "no"
