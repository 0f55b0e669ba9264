"""The ledger page both endpoints are asked for, and its start-up check.

The checks common to every page (same JSON, same authentication statements, as many
statements for 10 items as for 100) are ``overhead.page_parity``'s; here every page must
also be full and count every open overdue item of the measured area.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

import orjson

from ledger.fill import Ledger
from overhead.common import BenchError
from overhead.page_parity import PageCheck

LEDGER_QUERY: Final = (
    "query($c: ID!, $a: ID!, $n: Int!) {"
    ' ledger(cycleId: $c, filter: {state: "open", areaId: $a, overdue: true}, first: $n) {'
    " totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id checkpoint"
    " problem measures deadline severity state stateLabel flag overdue ownerName headName"
    " } } } }"
)


def page_body(ledger: Ledger, size: int) -> bytes:
    variables = {"c": ledger.cycle_gid(), "a": ledger.area_gid(), "n": size}
    return orjson.dumps({"query": LEDGER_QUERY, "variables": variables})


def _connection(check: PageCheck) -> Any:
    return check.data["ledger"]


def found(check: PageCheck) -> str:
    """What the page holds, for the check's line."""
    connection = _connection(check)
    has_next = str(bool(connection["pageInfo"]["hasNextPage"])).lower()
    return (
        f"{len(connection['edges'])} items of totalCount {int(connection['totalCount']):,}"
        f" (hasNextPage {has_next})"
    )


def require_counted(ledger: Ledger) -> Callable[[list[PageCheck]], None]:
    """Every page full, and every open overdue item of the measured area counted."""

    def check(checks: list[PageCheck]) -> None:
        for page in checks:
            connection = _connection(page)
            total, items = int(connection["totalCount"]), len(connection["edges"])
            if total != ledger.measured.matching:
                raise BenchError(
                    f"first: {page.size}: totalCount {total}, but the area has"
                    f" {ledger.measured.matching} open overdue items"
                )
            if items < page.size:
                raise BenchError(
                    f"first: {page.size}: only {items} items match; the page is not full"
                )

    return check
