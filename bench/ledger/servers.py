"""The ledger baseline's server process, and the start-up check that it matches ``/graphql``.

The real app is started with ``overhead.servers.start_server``. The baseline runs in its own
uvicorn process, one worker, on a socket the parent binds, with the same SQL trace endpoints:
they show the statements that go through SQLAlchemy (authentication and scope); the
baseline's four asyncpg queries bypass it and are listed by ``ledger.baseline.statements``.
"""

from __future__ import annotations

import re
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import orjson
import uvicorn

from ledger.baseline import PAGE_PATH, ledger_baseline_app, statements
from ledger.fill import Ledger
from overhead.common import HOST, BenchError
from overhead.processes import Children
from overhead.servers import Server, SqlTrace, _require_ok, _traced, _wait_healthy
from registry.page_servers import _require_same, _statements
from towncheck.config import Settings
from towncheck.db import Database

ENTRY_SCRIPT: Final = Path(__file__).resolve().parents[1] / "ledger_pages.py"
LEDGER_QUERY: Final = (
    "query($c: ID!, $a: ID!, $n: Int!) {"
    ' ledger(cycleId: $c, filter: {state: "open", areaId: $a, overdue: true}, first: $n) {'
    " totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id checkpoint"
    " problem measures deadline severity state stateLabel flag overdue ownerName headName"
    " } } } }"
)
CHECKED_SIZES: Final = (10, 100)


def page_body(ledger: Ledger, size: int) -> bytes:
    variables = {"c": ledger.cycle_gid(), "a": ledger.area_gid(), "n": size}
    return orjson.dumps({"query": LEDGER_QUERY, "variables": variables})


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
    app = ledger_baseline_app(database, settings)
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
class LedgerCheck:
    size: int
    items: int  # edges on the page
    total: int  # totalCount
    has_next: bool
    body_bytes: int
    same_bytes: bool
    graphql_sql: list[str]  # statements, without COMMIT / ROLLBACK
    baseline_sql: list[str]  # the baseline's statements through SQLAlchemy

    def line(self) -> str:
        return (
            f"  first: {self.size:<3} {self.items} items of totalCount {self.total:,}"
            f" (hasNextPage {str(self.has_next).lower()}), {self.body_bytes:,} B; same JSON,"
            f" bytes identical: {'yes' if self.same_bytes else 'no'}; SQL statements per"
            f" request: graphql {len(self.graphql_sql)}, baseline {len(self.baseline_sql)} +"
            f" {len(statements())} asyncpg"
        )


def check_size(
    graphql: Server, baseline: Server, token: str, ledger: Ledger, size: int
) -> LedgerCheck:
    """One traced request per endpoint; raise if the JSON or the authentication differs."""
    body = page_body(ledger, size)
    g_response, g_events = _traced(graphql, "/graphql", body, token)
    b_response, b_events = _traced(baseline, PAGE_PATH, body, token)
    _require_ok(f"first: {size}", "graphql", g_response)
    _require_ok(f"first: {size}", "baseline", b_response)
    g_json, b_json = orjson.loads(g_response.content), orjson.loads(b_response.content)
    _require_same(size, g_json, b_json)
    connection = g_json["data"]["ledger"]
    g_sql, b_sql = _statements(g_events), _statements(b_events)
    # Authentication and scope: the baseline's SQLAlchemy statements open both requests.
    if g_sql[: len(b_sql)] != b_sql:
        raise BenchError(
            f"first: {size}: the baseline's authentication statements differ\n"
            f"  graphql:  {g_sql[: len(b_sql)]}\n  baseline: {b_sql}"
        )
    return LedgerCheck(
        size=size,
        items=len(connection["edges"]),
        total=int(connection["totalCount"]),
        has_next=bool(connection["pageInfo"]["hasNextPage"]),
        body_bytes=len(g_response.content),
        same_bytes=g_response.content == b_response.content,
        graphql_sql=g_sql,
        baseline_sql=b_sql,
    )


def check_pages(graphql: Server, baseline: Server, token: str, ledger: Ledger) -> list[LedgerCheck]:
    """Both sizes: full pages, every matching item counted, and as many statements for
    10 items as for 100."""
    checks = [check_size(graphql, baseline, token, ledger, size) for size in CHECKED_SIZES]
    for check in checks:
        if check.total != ledger.measured.matching:
            raise BenchError(
                f"first: {check.size}: totalCount {check.total}, but the area has"
                f" {ledger.measured.matching} open overdue items"
            )
        if check.items < check.size:
            raise BenchError(
                f"first: {check.size}: only {check.items} items match; the page is not full"
            )
    counts = {len(c.graphql_sql) for c in checks}
    if len(counts) != 1:
        raise BenchError(
            "SQL statements per /graphql request depend on the page size: "
            + ", ".join(f"first: {c.size}: {len(c.graphql_sql)}" for c in checks)
        )
    return checks


_FROM: Final = re.compile(r"\bfrom\s+([a-z_]+)", re.IGNORECASE)


def statement_kinds(check: LedgerCheck) -> list[str]:
    """Each statement as ``select <first table>`` (``count`` for a count), for the summary."""
    kinds = []
    for statement in check.graphql_sql:
        if "set_config(" in statement:
            kinds.append("select set_config")
            continue
        table = _FROM.search(statement)
        verb = statement.split(None, 1)[0].lower()
        counted = " count" if statement.lower().startswith("select count(") else ""
        kinds.append(f"{verb}{counted} {table[1] if table else '?'}")
    return kinds
