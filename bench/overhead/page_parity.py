"""The start-up check that a hand-written page endpoint matches ``/graphql``.

For each checked page size, one traced request per endpoint: both must answer 200 with equal
JSON (else a diff), the baseline's SQLAlchemy statements (authentication and scope) must be
the ones ``/graphql`` opens with, and ``/graphql`` must send as many statements for the
small page as for the large one. What a page holds is the caller's to check and describe.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

import orjson

from overhead.common import BenchError
from overhead.servers import Server, require_ok, traced
from overhead.statements import statement_kinds, statements

CHECKED_SIZES: Final = (10, 100)
DIFF_LINES: Final = 60


@dataclass(frozen=True, slots=True)
class PageCheck:
    size: int
    data: Any  # the "data" of /graphql's answer
    body_bytes: int
    same_bytes: bool
    graphql_sql: list[str]  # statements, without COMMIT / ROLLBACK
    baseline_sql: list[str]  # the baseline's statements through SQLAlchemy

    def line(self, found: str, asyncpg: int) -> str:
        """``found``: what the page holds; ``asyncpg``: the baseline's queries past SQLAlchemy."""
        return (
            f"  first: {self.size:<3} {found}, {self.body_bytes:,} B; same JSON, bytes identical: "
            f"{'yes' if self.same_bytes else 'no'}; SQL statements per request: graphql "
            f"{len(self.graphql_sql)}, baseline {len(self.baseline_sql)} + {asyncpg} asyncpg"
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


def check_size(
    graphql: Server, baseline: Server, token: str, *, path: str, body: bytes, size: int
) -> PageCheck:
    """One traced request per endpoint; raise if the JSON or the authentication differs."""
    g_response, g_events = traced(graphql, "/graphql", body, token)
    b_response, b_events = traced(baseline, path, body, token)
    require_ok(f"first: {size}", "graphql", g_response)
    require_ok(f"first: {size}", "baseline", b_response)
    g_json, b_json = orjson.loads(g_response.content), orjson.loads(b_response.content)
    _require_same(size, g_json, b_json)
    g_sql, b_sql = statements(g_events), statements(b_events)
    # Authentication and scope: the baseline's SQLAlchemy statements open both requests.
    if g_sql[: len(b_sql)] != b_sql:
        raise BenchError(
            f"first: {size}: the baseline's authentication statements differ\n"
            f"  graphql:  {g_sql[: len(b_sql)]}\n  baseline: {b_sql}"
        )
    return PageCheck(
        size=size,
        data=g_json["data"],
        body_bytes=len(g_response.content),
        same_bytes=g_response.content == b_response.content,
        graphql_sql=g_sql,
        baseline_sql=b_sql,
    )


def check_sizes(
    graphql: Server, baseline: Server, token: str, *, path: str, body: Callable[[int], bytes]
) -> list[PageCheck]:
    """Every checked size; the number of statements must not grow with the page."""
    checks = [
        check_size(graphql, baseline, token, path=path, body=body(size), size=size)
        for size in CHECKED_SIZES
    ]
    counts = {len(c.graphql_sql) for c in checks}
    if len(counts) != 1:
        raise BenchError(
            "SQL statements per /graphql request depend on the page size: "
            + ", ".join(f"first: {c.size}: {len(c.graphql_sql)}" for c in checks)
        )
    return checks


def print_checks(
    checks: list[PageCheck], found: Callable[[PageCheck], str], queries: Sequence[str], named: str
) -> None:
    """One line per size, the statements of ``/graphql``, and what the baseline sends
    (``queries``: its asyncpg queries, ``named`` as listed)."""
    for check in checks:
        print(check.line(found(check), len(queries)))
    print(f"  /graphql statements: {', '.join(statement_kinds(checks[-1].graphql_sql))}")
    print(
        f"  baseline: the same first {len(checks[-1].baseline_sql)} (authentication, scope),"
        f" then {len(queries)} asyncpg queries ({named})",
        flush=True,
    )


def per_request_line(checks: list[PageCheck]) -> str:
    """For the summary: the statements one ``/graphql`` request sends, equal for every size."""
    sizes = " and ".join(f"for first: {c.size}" for c in checks)
    return f"  SQL statements per /graphql request: {len(checks[-1].graphql_sql)} {sizes} (equal)"
