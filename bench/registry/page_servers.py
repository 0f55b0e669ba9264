"""The page baseline's server process, and the start-up check that it matches ``/graphql``.

The real app is started with ``overhead.servers.start_server`` (the ``graphql_overhead.py
serve`` child, with its SQL trace endpoints). The baseline runs in its own uvicorn process,
one worker, on a socket the parent binds, with the same trace endpoints: they show the
statements that go through SQLAlchemy (authentication and scope); the baseline's two asyncpg
queries bypass it and are listed by ``page_baseline.statements``.
"""

from __future__ import annotations

import difflib
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import orjson
import uvicorn

from overhead.common import HOST, BenchError
from overhead.processes import Children
from overhead.servers import Server, SqlTrace, _require_ok, _traced, _wait_healthy
from registry.page_baseline import PAGE_PATH, page_baseline_app, statements
from towncheck.config import Settings
from towncheck.db import Database

ENTRY_SCRIPT: Final = Path(__file__).resolve().parents[1] / "households_page.py"
PAGE_QUERY: Final = (
    "query($n: Int!) { households(first: $n) { edges { node { id headName category address"
    " phone members { id name idNumber sex birthDate relation relationLabel basicMedical"
    " enrolled } } } } }"
)
CHECKED_SIZES: Final = (10, 100)
DIFF_LINES: Final = 60
_ENDS: Final = frozenset({"COMMIT", "ROLLBACK"})


def page_body(size: int) -> bytes:
    return orjson.dumps({"query": PAGE_QUERY, "variables": {"n": size}})


# --- In the child ---------------------------------------------------------------------------


def serve_baseline(fd: int, database_url: str, redis_url: str, namespace: str) -> None:
    """Child process: the baseline app in one uvicorn worker on the parent's socket."""
    settings = Settings.from_env(
        database_url=database_url,
        app_database_url=None,
        redis_url=redis_url,
        redis_namespace=namespace,
    )
    database = Database(settings.app_url())
    app = page_baseline_app(database, settings)
    app.router.routes.extend(SqlTrace(database.engine).routes())
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[socket.socket(fileno=fd)])


# --- In the parent --------------------------------------------------------------------------


def start_baseline(children: Children, settings: Settings) -> Server:
    """Start the baseline process and wait until it answers ``/healthz``."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, 0))
        listener.listen(1024)
        port = int(listener.getsockname()[1])
        command = [
            sys.executable,
            str(ENTRY_SCRIPT),
            "serve-baseline",
            "--fd",
            str(listener.fileno()),
            "--database-url",
            settings.owner_url(),
            "--redis-url",
            settings.redis_url or "",
            "--namespace",
            settings.redis_namespace,
        ]
        process = children.start(command, pass_fds=[listener.fileno()])
    finally:
        listener.close()  # the child holds its own copy
    server = Server("baseline", port, process)
    _wait_healthy(server)
    return server


@dataclass(frozen=True, slots=True)
class PageCheck:
    size: int
    households: int
    members: int
    body_bytes: int
    same_bytes: bool
    graphql_sql: list[str]  # statements, without COMMIT / ROLLBACK
    baseline_sql: list[str]  # the baseline's statements through SQLAlchemy

    def line(self) -> str:
        return (
            f"  first: {self.size:<3} {self.households} households, {self.members} members,"
            f" {self.body_bytes:,} B; same JSON, bytes identical: "
            f"{'yes' if self.same_bytes else 'no'}; SQL statements per request: graphql "
            f"{len(self.graphql_sql)}, baseline {len(self.baseline_sql)} + "
            f"{len(statements())} asyncpg"
        )


def _pretty(value: Any) -> list[str]:
    return (
        orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode().splitlines()
    )


def _require_same(size: int, graphql: Any, baseline: Any) -> None:
    if "errors" in graphql or graphql != baseline:
        diff = list(
            difflib.unified_diff(
                _pretty(graphql), _pretty(baseline), "graphql", "baseline", lineterm="", n=2
            )
        )
        shown = "\n".join(diff[:DIFF_LINES])
        more = f"\n  ... {len(diff) - DIFF_LINES} more diff lines" if len(diff) > DIFF_LINES else ""
        raise BenchError(f"first: {size}: bodies differ\n{shown}{more}")


def _statements(events: list[str]) -> list[str]:
    return [e for e in events if e not in _ENDS]


def check_size(graphql: Server, baseline: Server, token: str, size: int) -> PageCheck:
    """One traced request per endpoint; raise if the JSON differs."""
    body = page_body(size)
    g_response, g_events = _traced(graphql, "/graphql", body, token)
    b_response, b_events = _traced(baseline, PAGE_PATH, body, token)
    _require_ok(f"first: {size}", "graphql", g_response)
    _require_ok(f"first: {size}", "baseline", b_response)
    g_json, b_json = orjson.loads(g_response.content), orjson.loads(b_response.content)
    _require_same(size, g_json, b_json)
    edges = g_json["data"]["households"]["edges"]
    g_sql, b_sql = _statements(g_events), _statements(b_events)
    # Authentication and scope: the baseline's SQLAlchemy statements open both requests.
    if g_sql[: len(b_sql)] != b_sql:
        raise BenchError(
            f"first: {size}: the baseline's authentication statements differ\n"
            f"  graphql:  {g_sql[: len(b_sql)]}\n  baseline: {b_sql}"
        )
    return PageCheck(
        size=size,
        households=len(edges),
        members=sum(len(e["node"]["members"]) for e in edges),
        body_bytes=len(g_response.content),
        same_bytes=g_response.content == b_response.content,
        graphql_sql=g_sql,
        baseline_sql=b_sql,
    )


def check_page(graphql: Server, baseline: Server, token: str) -> list[PageCheck]:
    """Both sizes; the number of statements must not grow with the page."""
    checks = [check_size(graphql, baseline, token, size) for size in CHECKED_SIZES]
    counts = {len(c.graphql_sql) for c in checks}
    if len(counts) != 1:
        raise BenchError(
            "SQL statements per /graphql request depend on the page size: "
            + ", ".join(f"first: {c.size}: {len(c.graphql_sql)}" for c in checks)
        )
    if checks[-1].households < max(CHECKED_SIZES):
        raise BenchError(f"only {checks[-1].households} households visible; the page is not full")
    return checks


def statement_kinds(check: PageCheck) -> list[str]:
    """Each statement's start (``select ... from <table>``), for the summary."""
    kinds = []
    for statement in check.graphql_sql:
        words = statement.lower().split()
        if "from" in words:
            kinds.append(f"{words[0]} {words[words.index('from') + 1]}")
        else:
            kinds.append("select set_config" if "set_config(" in statement else words[0])
    return kinds
