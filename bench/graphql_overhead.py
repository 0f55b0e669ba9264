"""What GraphQL costs on top of the same SQL, as ratios measured within one run.

The real app (``/graphql``) and a plain Starlette baseline run in two uvicorn processes
(one worker each) on 127.0.0.1. For each case the baseline endpoint authenticates the
bearer token, applies the tenant scope and runs the same selects the resolvers and loaders
run, in one transaction on the app's login role, and returns the same JSON bytes. At
startup both bodies and the SQL each request sends are compared; the run stops if they
differ. A separate process (``wrk`` if installed, else an asyncio client) then drives each
endpoint in turn, and the script prints requests/s and the ratio graphql / baseline.

It also times Casbin checks with the project's policy against a plain ``casbin.Enforcer``.

Run from the repository root::

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
    REDIS_URL=redis://127.0.0.1:6379/0 .venv/bin/python bench/graphql_overhead.py
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import os
import platform
import random
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import casbin
import httpx
import orjson
import psycopg2
import uvicorn
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from towncheck.api.authn import identify
from towncheck.api.relay import paginate
from towncheck.app import build_services, create_app
from towncheck.auth.policy import POLICY_DIR, Policy, default_policy
from towncheck.auth.principal import Principal
from towncheck.auth.roles import ROLE_LABELS, Role
from towncheck.config import Settings, with_database
from towncheck.db import Database, SessionGuard, apply_scope
from towncheck.demo.load import DemoLogins, load_demo
from towncheck.tenancy import service as tenancy
from towncheck.tenancy.loaders import AreasByTownLoader, VillagesByAreaLoader
from towncheck.tenancy.models import Area

HOST = "127.0.0.1"
USERNAME = "mazhan_admin"
JSON_MEDIA = "application/json; charset=utf-8"
SERVER_START_SECONDS = 60.0
REWARM_SECONDS = 1.0  # load before each later slice, after the endpoint was idle
MAX_LOAD_RUNS = 1000
REQUEST_TIMEOUT_SECONDS = 10.0
MAX_REQUESTS_PER_CONNECTION = 5_000_000
MAX_CASBIN_CHECKS = 20_000_000

ME_QUERY = "{ me { displayName readOnly memberships { role roleLabel } } }"
TREE_QUERY = (
    "{ towns { edges { node { name areas { edges { node { name"
    " villages { edges { node { name isKeyVillage } } } } } } } } } }"
)
LOGIN = (
    "mutation($u: String!, $p: String!) {"
    " login(input: {username: $u, password: $p}) { token errors { code message } } }"
)

R = TypeVar("R")
Data = dict[str, Any]


class BenchError(RuntimeError):
    """The run cannot give a meaningful answer (setup failed, responses differ, ...)."""


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    query: str
    baseline_path: str


CASES = (
    Case("me", ME_QUERY, "/baseline/me"),
    Case("tree", TREE_QUERY, "/baseline/tree"),
)


# --- The baseline: the same statements as /graphql, without GraphQL -------------------------


def _same(row: R) -> R:
    return row


def _page(rows: Sequence[R]) -> list[R]:
    """The rows of a first page without arguments, exactly as the connection fields slice."""
    return [edge.node for edge in paginate(rows, _same, first=None, after=None).edges]


async def _me(_: AsyncSession, principal: Principal) -> Data:
    if not principal.authenticated:
        return {"me": None}
    return {"me": {
        "displayName": principal.label,
        "readOnly": principal.read_only,
        "memberships": [{"role": m.role.name, "roleLabel": ROLE_LABELS[m.role]}
                        for m in principal.memberships],
    }}


async def _tree(session: AsyncSession, principal: Principal) -> Data:
    """``towns`` → ``AreasByTownLoader`` → ``VillagesByAreaLoader``, one batch per level."""
    if not principal.authenticated:
        raise BenchError("the baseline expects a signed-in caller")
    towns = _page(await tenancy.viewer_towns(session, principal=principal))
    guard = SessionGuard(session)
    areas_per_town: list[list[Area]] = []
    if towns:
        fetched = await AreasByTownLoader(guard).fetch([t.id for t in towns])
        areas_per_town = [_page(rows) for rows in fetched]
    keys = [(a.town_id, a.id) for areas in areas_per_town for a in areas]
    villages = iter(await VillagesByAreaLoader(guard).fetch(keys) if keys else [])
    town_nodes: list[Data] = []
    for town, areas in zip(towns, areas_per_town, strict=True):
        area_nodes: list[Data] = []
        for area in areas:
            village_edges = [{"node": {"name": v.name, "isKeyVillage": v.is_key_village}}
                             for v in _page(next(villages))]
            area_nodes.append({"node": {"name": area.name,
                                        "villages": {"edges": village_edges}}})
        town_nodes.append({"node": {"name": town.name, "areas": {"edges": area_nodes}}})
    return {"towns": {"edges": town_nodes}}


Builder = Callable[[AsyncSession, Principal], Awaitable[Data]]


def baseline_app(database: Database, settings: Settings) -> Starlette:
    """One endpoint per case: authenticate, scope, select, commit, ``orjson`` the result."""

    def endpoint(build: Builder) -> Callable[[Request], Awaitable[Response]]:
        async def handle(request: Request) -> Response:
            await request.body()  # /graphql reads the same body
            async with database.sessions() as session:
                await session.begin()
                try:
                    caller = await identify(session, request, secret_key=settings.secret_key)
                    if caller.rejected:
                        body = {"errors": [{"message": "身份凭证无效或已过期",
                                            "extensions": {"code": "UNAUTHENTICATED"}}]}
                        return Response(orjson.dumps(body), status_code=401,
                                        media_type=JSON_MEDIA,
                                        headers={"WWW-Authenticate": "Bearer"})
                    await apply_scope(session, caller.principal.scope())
                    data = await build(session, caller.principal)
                    await session.commit()
                except BaseException:
                    await session.rollback()
                    raise
            return Response(orjson.dumps({"data": data}), media_type=JSON_MEDIA)

        return handle

    async def healthz(_: Request) -> Response:
        return Response(b'{"status":"ok"}', media_type=JSON_MEDIA)

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await database.dispose()

    return Starlette(
        routes=[
            Route("/baseline/me", endpoint(_me), methods=["POST"]),
            Route("/baseline/tree", endpoint(_tree), methods=["POST"]),
            Route("/healthz", healthz),
        ],
        lifespan=lifespan,
    )


# --- SQL trace: used once at startup to check that both servers send the same statements ----


class SqlTrace:
    """Records statements and transaction ends on an engine while switched on."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine.sync_engine
        self.events: list[str] = []
        self.on = False

    def _statement(self, _conn: object, _cursor: object, statement: str, parameters: object,
                   _context: object, _executemany: bool) -> None:
        self.events.append(f"{' '.join(statement.split())} {parameters!r}")

    def _commit(self, _conn: object) -> None:
        self.events.append("COMMIT")

    def _rollback(self, _conn: object) -> None:
        self.events.append("ROLLBACK")

    def _hooks(self) -> list[tuple[str, Callable[..., None]]]:
        return [("before_cursor_execute", self._statement), ("commit", self._commit),
                ("rollback", self._rollback)]

    async def start(self, _: Request) -> Response:
        if not self.on:
            for name, hook in self._hooks():
                event.listen(self.engine, name, hook)
            self.on = True
        self.events = []
        return Response(b"[]", media_type=JSON_MEDIA)

    async def stop(self, _: Request) -> Response:
        if self.on:
            for name, hook in self._hooks():
                event.remove(self.engine, name, hook)
            self.on = False
        return Response(orjson.dumps(self.events), media_type=JSON_MEDIA)

    def routes(self) -> list[Route]:
        return [Route("/_bench/trace/start", self.start, methods=["POST"]),
                Route("/_bench/trace/stop", self.stop, methods=["POST"])]


def serve(args: argparse.Namespace) -> None:
    """Child process: one uvicorn server, one worker, on the socket the parent bound."""
    settings = Settings.from_env(
        database_url=args.database_url, app_database_url=None, redis_url=args.redis_url,
        redis_namespace=args.namespace,
    )
    if args.app == "graphql":
        services = build_services(settings)
        app, database = create_app(services), services.database
    else:
        database = Database(settings.app_url())
        app = baseline_app(database, settings)
    # Appended after the app's own routes, so /graphql is matched exactly as in production.
    app.router.routes.extend(SqlTrace(database.engine).routes())
    sock = socket.socket(fileno=args.fd)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


# --- Load generation (always in a separate process) ----------------------------------------


@dataclass(frozen=True, slots=True)
class LoadSpec:
    port: int
    path: str
    body: bytes
    token: str
    concurrency: int
    warmup: float
    duration: float

    def as_json(self) -> bytes:
        return orjson.dumps({"port": self.port, "path": self.path, "body": self.body.decode(),
                             "token": self.token, "concurrency": self.concurrency,
                             "warmup": self.warmup, "duration": self.duration})

    @classmethod
    def from_json(cls, raw: bytes) -> LoadSpec:
        data = orjson.loads(raw)
        return cls(port=int(data["port"]), path=str(data["path"]), body=data["body"].encode(),
                   token=str(data["token"]), concurrency=int(data["concurrency"]),
                   warmup=float(data["warmup"]), duration=float(data["duration"]))


@dataclass(frozen=True, slots=True)
class LoadResult:
    requests: int  # 200 responses completed in the measured window
    errors: int  # other statuses, socket errors and timeouts in the measured window
    seconds: float

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds > 0 else 0.0


@dataclass
class _Counts:
    ok: int = 0
    errors: int = 0


async def _read_status(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split(b" ", 2)[1])
    length: int | None = None
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    if length is None:
        raise ValueError("response without Content-Length")
    await reader.readexactly(length)
    return status


async def _drive(spec: LoadSpec) -> LoadResult:
    """``concurrency`` keep-alive HTTP/1.1 connections, each sending one request at a time."""
    request = (
        f"POST {spec.path} HTTP/1.1\r\nHost: {HOST}:{spec.port}\r\n"
        f"Content-Type: application/json\r\nAuthorization: Bearer {spec.token}\r\n"
        f"Content-Length: {len(spec.body)}\r\n\r\n"
    ).encode() + spec.body
    start = time.perf_counter()
    measured_from = start + spec.warmup
    end = measured_from + spec.duration
    counts = _Counts()

    def record(ok: bool) -> None:
        if measured_from <= time.perf_counter() < end:
            if ok:
                counts.ok += 1
            else:
                counts.errors += 1

    async def connection() -> None:
        sent = 0
        while sent < MAX_REQUESTS_PER_CONNECTION and time.perf_counter() < end:
            try:
                reader, writer = await asyncio.wait_for(
                    asyncio.open_connection(HOST, spec.port), REQUEST_TIMEOUT_SECONDS)
            except (OSError, TimeoutError):
                record(False)
                sent += 1
                await asyncio.sleep(0.05)
                continue
            try:
                while sent < MAX_REQUESTS_PER_CONNECTION and time.perf_counter() < end:
                    sent += 1
                    writer.write(request)
                    status = await asyncio.wait_for(_read_status(reader),
                                                    REQUEST_TIMEOUT_SECONDS)
                    record(status == 200)
            except (OSError, TimeoutError, ValueError, asyncio.IncompleteReadError):
                record(False)
            finally:
                writer.close()
                with contextlib.suppress(OSError):
                    await writer.wait_closed()

    await asyncio.gather(*(connection() for _ in range(spec.concurrency)))
    return LoadResult(requests=counts.ok, errors=counts.errors, seconds=spec.duration)


async def _drive_httpx(spec: LoadSpec) -> LoadResult:
    """The same load through ``httpx`` (heavier on the client's CPU)."""
    start = time.perf_counter()
    measured_from = start + spec.warmup
    end = measured_from + spec.duration
    counts = _Counts()
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {spec.token}"}
    limits = httpx.Limits(max_connections=spec.concurrency,
                          max_keepalive_connections=spec.concurrency)
    async with httpx.AsyncClient(base_url=f"http://{HOST}:{spec.port}", limits=limits,
                                 timeout=REQUEST_TIMEOUT_SECONDS) as client:

        async def worker() -> None:
            for _ in range(MAX_REQUESTS_PER_CONNECTION):
                if time.perf_counter() >= end:
                    break
                try:
                    ok = (await client.post(spec.path, content=spec.body,
                                            headers=headers)).status_code == 200
                except httpx.HTTPError:
                    ok = False
                if measured_from <= time.perf_counter() < end:
                    counts.ok += ok
                    counts.errors += not ok

        await asyncio.gather(*(worker() for _ in range(spec.concurrency)))
    return LoadResult(requests=counts.ok, errors=counts.errors, seconds=spec.duration)


def load(args: argparse.Namespace) -> None:
    """Child process: for each ``LoadSpec`` line on stdin, one ``LoadResult`` line on stdout."""
    drive = _drive_httpx if args.client == "httpx" else _drive
    for _ in range(MAX_LOAD_RUNS):
        line = sys.stdin.buffer.readline()
        if not line.strip():
            break
        result = asyncio.run(drive(LoadSpec.from_json(line)))
        sys.stdout.write(orjson.dumps({"requests": result.requests, "errors": result.errors,
                                       "seconds": result.seconds}).decode() + "\n")
        sys.stdout.flush()


# --- The parent: setup, servers, checks, measurements, teardown ----------------------------


@dataclass
class Children:
    """Every process the run starts; all are stopped at the end, whatever happened."""

    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start(self, command: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(command, **kwargs)
        self.processes.append(process)
        return process

    def run(self, command: list[str], *, timeout: float) -> bytes:
        """Run to completion (bounded by ``timeout``) and return its stdout."""
        process = self.start(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
        try:
            out, _ = process.communicate(timeout=timeout)
        finally:
            self.stop(process)
        if process.returncode != 0:
            raise BenchError(f"{Path(command[0]).name} exited with {process.returncode}:\n"
                             f"{out.decode(errors='replace')}")
        return out

    def stop(self, process: subprocess.Popen[bytes]) -> None:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        if process in self.processes:
            self.processes.remove(process)

    def stop_all(self) -> None:
        for process in list(reversed(self.processes)):
            self.stop(process)


@dataclass(frozen=True, slots=True)
class Server:
    name: str
    port: int
    process: subprocess.Popen[bytes]

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"


def _admin(url: str, statement: str) -> None:
    connection = psycopg2.connect(url)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute(statement)
    finally:
        connection.close()


def start_server(children: Children, app: str, settings: Settings) -> Server:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, 0))
        listener.listen(1024)
        port = int(listener.getsockname()[1])
        command = [
            sys.executable, str(Path(__file__).resolve()), "serve", "--app", app,
            "--fd", str(listener.fileno()), "--database-url", settings.owner_url(),
            "--redis-url", settings.redis_url or "", "--namespace", settings.redis_namespace,
        ]
        process = children.start(command, pass_fds=[listener.fileno()])
    finally:
        listener.close()  # the child holds its own copy
    server = Server(app, port, process)
    deadline = time.monotonic() + SERVER_START_SECONDS
    with httpx.Client(base_url=server.base_url, timeout=2.0) as client:
        for _ in range(int(SERVER_START_SECONDS * 10)):
            if process.poll() is not None:
                raise BenchError(f"{app} server exited with {process.returncode}")
            try:
                if client.get("/healthz").status_code == 200:
                    return server
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                break
            time.sleep(0.1)
    raise BenchError(f"{app} server did not answer /healthz within {SERVER_START_SECONDS:.0f} s")


def sign_in(server: Server, password: str) -> str:
    with httpx.Client(base_url=server.base_url, timeout=REQUEST_TIMEOUT_SECONDS) as client:
        response = client.post("/graphql", json={"query": LOGIN,
                                                 "variables": {"u": USERNAME, "p": password}})
    payload = response.json().get("data", {}).get("login") if response.status_code == 200 else None
    if not payload or payload.get("errors") or not payload.get("token"):
        raise BenchError(f"login as {USERNAME} failed: {response.status_code} {response.text}")
    return str(payload["token"])


def _body(case: Case) -> bytes:
    return orjson.dumps({"query": case.query})


def _traced(server: Server, path: str, body: bytes, token: str) -> tuple[httpx.Response, list[str]]:
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=server.base_url, timeout=REQUEST_TIMEOUT_SECONDS) as client:
        client.post("/_bench/trace/start")
        response = client.post(path, content=body, headers=headers)
        events = client.post("/_bench/trace/stop").json()
    return response, [str(e) for e in events]


def check_parity(graphql: Server, baseline: Server, token: str) -> list[str]:
    """Same JSON, same statements; raise if not. Returns one summary line per case."""
    lines = []
    for case in CASES:
        body = _body(case)
        g_response, g_sql = _traced(graphql, "/graphql", body, token)
        b_response, b_sql = _traced(baseline, case.baseline_path, body, token)
        for label, response in (("graphql", g_response), ("baseline", b_response)):
            if response.status_code != 200:
                raise BenchError(f"{case.name}: {label} answered {response.status_code}: "
                                 f"{response.text[:500]}")
        g_json, b_json = orjson.loads(g_response.content), orjson.loads(b_response.content)
        if "errors" in g_json or g_json != b_json:
            raise BenchError(f"{case.name}: bodies differ\n  graphql:  {g_response.text}\n"
                             f"  baseline: {b_response.text}")
        if g_sql != b_sql:
            diff = "\n".join(f"  graphql:  {g}\n  baseline: {b}" for g, b in
                             zip(g_sql + ["-"] * len(b_sql), b_sql + ["-"] * len(g_sql),
                                 strict=False) if g != b)
            raise BenchError(f"{case.name}: SQL differs\n{diff}")
        same_bytes = g_response.content == b_response.content
        same_type = g_response.headers.get("content-type") == b_response.headers.get(
            "content-type")
        statements = sum(1 for e in g_sql if e not in {"COMMIT", "ROLLBACK"})
        lines.append(f"  {case.name:<5} same JSON, bytes identical: {_yes(same_bytes)}, "
                     f"content-type identical: {_yes(same_type)}, {len(g_response.content)} B, "
                     f"{statements} statements + COMMIT, identical: yes")
    return lines


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _lua_string(value: str) -> str:
    level = 0
    while f"]{'=' * level}]" in value:
        level += 1
    return f"[{'=' * level}[{value}]{'=' * level}]"


_DURATION = re.compile(r"(\d+) requests in ([\d.]+)(us|ms|s|m|h)\b")
_UNITS = {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "h": 3600.0}


class Driver:
    """Runs one ``LoadSpec`` in a process other than the servers' and this one."""

    label = ""

    def run(self, spec: LoadSpec) -> LoadResult:
        raise NotImplementedError

    def close(self) -> None:
        return None


def _whole(seconds: float) -> int:
    """wrk takes whole seconds; the measured time is read back from its report."""
    return max(1, round(seconds))


class WrkDriver(Driver):
    def __init__(self, children: Children, wrk: str, scratch: Path) -> None:
        self.children = children
        self.wrk = wrk
        self.script = scratch / "post.lua"
        self.label = "wrk, 1 thread"

    def run(self, spec: LoadSpec) -> LoadResult:
        self.script.write_text(
            f'wrk.method = "POST"\nwrk.body = {_lua_string(spec.body.decode())}\n'
            f'wrk.headers["Content-Type"] = "application/json"\n'
            f'wrk.headers["Authorization"] = "Bearer {spec.token}"\n', encoding="utf-8")
        url = f"http://{HOST}:{spec.port}{spec.path}"
        base = [self.wrk, "-t1", f"-c{spec.concurrency}",
                "--timeout", f"{REQUEST_TIMEOUT_SECONDS:.0f}s", "-s", str(self.script)]
        if spec.warmup > 0:
            self.children.run([*base, f"-d{_whole(spec.warmup)}s", url],
                              timeout=spec.warmup + 30)
        out = self.children.run([*base, f"-d{_whole(spec.duration)}s", url],
                                timeout=spec.duration + 30).decode()
        found = _DURATION.search(out)
        if found is None:
            raise BenchError(f"unexpected wrk output:\n{out}")
        total, seconds = int(found[1]), float(found[2]) * _UNITS[found[3]]
        non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        bad_status = int(non_2xx[1]) if non_2xx else 0
        socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), "
                                  r"timeout (\d+)", out)
        failed = sum(int(n) for n in socket_errors.groups()) if socket_errors else 0
        return LoadResult(requests=max(total - bad_status, 0), errors=bad_status + failed,
                          seconds=seconds)


class PythonDriver(Driver):
    """One long-lived child process (this script's ``load`` command) for all runs."""

    def __init__(self, children: Children, client: str) -> None:
        self.children = children
        self.label = f"python {client} client, separate process"
        self.process = children.start(
            [sys.executable, str(Path(__file__).resolve()), "load", "--client", client],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def run(self, spec: LoadSpec) -> LoadResult:
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        stdin.write(spec.as_json() + b"\n")
        stdin.flush()
        ready, _, _ = select.select([stdout], [], [], spec.warmup + spec.duration + 60)
        line = stdout.readline() if ready else b""
        if not line:
            raise BenchError(f"load process gave no result (exit code {self.process.poll()})")
        data = orjson.loads(line)
        return LoadResult(requests=int(data["requests"]), errors=int(data["errors"]),
                          seconds=float(data["seconds"]))

    def close(self) -> None:
        if self.process.stdin is not None:
            with contextlib.suppress(OSError):
                self.process.stdin.close()  # end of input: the child exits
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=10)
        self.children.stop(self.process)


def casbin_rates(seconds: float) -> tuple[float, float, int, int]:
    """Checks per second: the project's ``Policy`` and a plain ``casbin.Enforcer``."""
    policy = Policy()
    plain = casbin.Enforcer(str(POLICY_DIR / "model.conf"), str(POLICY_DIR / "policy.csv"))
    resources = ("tenancy", "membership", "token", "audit", "job", "account", "checklist")
    mix = [(role.value, "town:5", resource, action)
           for role in Role for resource in resources for action in ("read", "write")]
    random.Random(5).shuffle(mix)
    fast = [policy.allows(*check) for check in mix]
    if fast != [bool(plain.enforce(*check)) for check in mix]:
        raise BenchError("Policy and the plain Enforcer disagree")

    def rate(check: Callable[[str, str, str, str], object], budget: float) -> float:
        done = 0
        start = time.perf_counter()
        deadline = start + budget
        while done < MAX_CASBIN_CHECKS:
            for request in mix:
                check(*request)
            done += len(mix)
            if time.perf_counter() >= deadline:
                break
        return done / (time.perf_counter() - start)

    def plain_check(*request: str) -> bool:
        return bool(plain.enforce(*request))

    rate(policy.allows, 0.1)
    rate(plain_check, 0.1)
    return rate(policy.allows, seconds), rate(plain_check, seconds), sum(fast), len(mix)


def _cli() -> ModuleType:
    """``towncheck.cli``; it imports pgserver, which warns when XDG_RUNTIME_DIR is unset."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="XDG_RUNTIME_DIR")
        return importlib.import_module("towncheck.cli")


def _settings_for(name: str) -> tuple[str, Settings]:
    # Embedded servers are started only if DATABASE_URL / REDIS_URL are unset.
    base: Settings = _cli().resolve_settings()
    admin_url = base.owner_url()
    settings = Settings.from_env(
        database_url=with_database(admin_url, name), app_database_url=None,
        redis_url=base.redis_url, redis_namespace=f"towncheck-bench-{name}",
    )
    return admin_url, settings


async def _load_demo(settings: Settings) -> DemoLogins:
    owner = Database(settings.owner_url(), pool_size=1)
    try:
        return await load_demo(owner, default_policy())
    finally:
        await owner.dispose()


def _migrate(settings: Settings) -> None:
    _cli().migrate(settings)


Results = dict[tuple[str, str], list[LoadResult]]


def run_load(driver: Driver, graphql: Server, baseline: Server, token: str,
             args: argparse.Namespace) -> Results:
    """Per case, alternate graphql and baseline in ``rounds`` slices of the measured time."""
    results: Results = {}
    for case in CASES:
        targets = [(graphql, "/graphql"), (baseline, case.baseline_path)]
        for round_no in range(args.rounds):
            order = targets if round_no % 2 == 0 else targets[::-1]
            for server, path in order:
                warmup = args.warmup if round_no == 0 else min(REWARM_SECONDS, args.warmup)
                spec = LoadSpec(port=server.port, path=path, body=_body(case), token=token,
                                concurrency=args.concurrency, warmup=warmup,
                                duration=args.duration / args.rounds)
                results.setdefault((case.name, server.name), []).append(driver.run(spec))
            g = results[(case.name, "graphql")][-1]
            b = results[(case.name, "baseline")][-1]
            print(f"  {case.name:<5} round {round_no + 1}/{args.rounds}: graphql {g.rate:8.1f}/s"
                  f"  baseline {b.rate:8.1f}/s  ratio {_ratio(g.rate, b.rate):5.2f}"
                  f"  errors {g.errors + b.errors}", flush=True)
    return results


def _ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


def _rate(runs: list[LoadResult]) -> float:
    seconds = sum(r.seconds for r in runs)
    return sum(r.requests for r in runs) / seconds if seconds else 0.0


def print_table(results: Results) -> None:
    print("\nrequests/s over all rounds (ratio = graphql / baseline; 1.00 = no overhead)")
    print(f"  {'case':<6}{'graphql':>10}{'baseline':>10}{'ratio':>8}  {'per-round ratio':<16}"
          f"{'errors':>6}")
    for case in CASES:
        g, b = results[(case.name, "graphql")], results[(case.name, "baseline")]
        rounds = [_ratio(x.rate, y.rate) for x, y in zip(g, b, strict=True)]
        spread = f"{min(rounds):.2f}-{max(rounds):.2f}"
        errors = sum(r.errors for r in g + b)
        print(f"  {case.name:<6}{_rate(g):10.1f}{_rate(b):10.1f}"
              f"{_ratio(_rate(g), _rate(b)):8.2f}  {spread:<16}{errors:>6}")


def print_casbin(seconds: float) -> None:
    fast, plain, allowed, total = casbin_rates(seconds)
    print(f"\nCasbin checks/s, one thread, ~{seconds:g} s each, a mix of {total} checks "
          f"(7 roles x town:5 x 7 resources x read/write: {allowed} allowed, "
          f"{total - allowed} denied)")
    print(f"  Policy.allows (FastEnforcer + lock)  {fast:10,.0f}/s")
    print(f"  casbin.Enforcer.enforce (baseline)   {plain:10,.0f}/s")
    print(f"  ratio Policy / Enforcer              {_ratio(fast, plain):10.2f}")


def measure(args: argparse.Namespace) -> int:
    began = time.perf_counter()
    wrk = shutil.which("wrk") if args.load in {"auto", "wrk"} else None
    if args.load == "wrk" and wrk is None:
        raise BenchError("--load wrk: wrk is not installed")
    load_at_start = os.getloadavg()[0]
    name = f"towncheck_bench_{uuid.uuid4().hex[:10]}"
    admin_url, settings = _settings_for(name)
    children = Children()
    created = False
    try:
        _admin(admin_url, f'create database "{name}"')
        created = True
        _migrate(settings)
        logins = asyncio.run(_load_demo(settings))
        print(f"database {name}: migrated, demo data loaded", flush=True)

        graphql = start_server(children, "graphql", settings)
        baseline = start_server(children, "baseline", settings)
        print(f"servers: graphql {HOST}:{graphql.port}, baseline {HOST}:{baseline.port} "
              "(uvicorn, one worker each, own processes)", flush=True)
        token = sign_in(graphql, logins.password)
        print(f"signed in as {USERNAME}; parity check, one traced request per endpoint:")
        print("\n".join(check_parity(graphql, baseline, token)), flush=True)

        with tempfile.TemporaryDirectory(prefix="towncheck-bench-") as scratch:
            driver: Driver = (WrkDriver(children, wrk, Path(scratch)) if wrk
                              else PythonDriver(children, "httpx" if args.load == "httpx"
                                                else "asyncio"))
            print(f"load: {driver.label}; concurrency {args.concurrency}; per endpoint and "
                  f"case {args.warmup:g} s warm-up, then {args.duration:g} s measured in "
                  f"{args.rounds} alternating slices ({REWARM_SECONDS:g} s re-warm each)",
                  flush=True)
            try:
                results = run_load(driver, graphql, baseline, token, args)
            finally:
                driver.close()
        print_table(results)
        print_casbin(args.casbin_seconds)
    finally:
        children.stop_all()
        if created:
            _admin(admin_url, f'drop database if exists "{name}" with (force)')
            print(f"\ndatabase {name} dropped; child processes stopped", flush=True)
    print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs, 1-min load average "
          f"{load_at_start:.2f} at start, {os.getloadavg()[0]:.2f} at end; "
          f"total time {time.perf_counter() - began:.1f} s")
    return 0


def _positive(limit: float) -> Callable[[str], float]:
    def parse(value: str) -> float:
        number = float(value)
        if not 0 < number <= limit:
            raise argparse.ArgumentTypeError(f"must be in (0, {limit:g}]")
        return number

    return parse


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    root.add_argument("--concurrency", type=lambda v: int(_positive(256)(v)), default=16)
    root.add_argument("--warmup", type=_positive(60), default=3.0,
                      help="seconds of load before the first measured slice")
    root.add_argument("--duration", type=_positive(120), default=8.0,
                      help="measured seconds per endpoint and case, over all rounds")
    root.add_argument("--rounds", type=lambda v: int(_positive(20)(v)), default=4,
                      help="alternating graphql/baseline slices the measured time is split in")
    root.add_argument("--casbin-seconds", type=_positive(10), default=1.0)
    root.add_argument("--load", choices=["auto", "wrk", "asyncio", "httpx"], default="auto",
                      help="auto: wrk if installed, else the asyncio client")
    sub = root.add_subparsers(dest="command")
    child = sub.add_parser("serve", help="internal: run one server")
    child.add_argument("--app", choices=["graphql", "baseline"], required=True)
    child.add_argument("--fd", type=int, required=True)
    child.add_argument("--database-url", required=True)
    child.add_argument("--redis-url", required=True)
    child.add_argument("--namespace", required=True)
    driver = sub.add_parser("load", help="internal: drive load, spec on stdin")
    driver.add_argument("--client", choices=["asyncio", "httpx"], default="asyncio")
    return root


def _terminate(signum: int, _frame: object) -> None:
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "serve":
        serve(args)
        return 0
    if args.command == "load":
        with contextlib.suppress(KeyboardInterrupt):
            load(args)
        return 0
    signal.signal(signal.SIGTERM, _terminate)  # run the cleanup in measure()'s finally
    try:
        return measure(args)
    except BenchError as error:
        print(f"bench aborted: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
