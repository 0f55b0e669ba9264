"""The ``households`` page both endpoints are asked for, and its start-up check.

The checks common to every page (same JSON, same authentication statements, as many
statements for 10 households as for 100) are ``overhead.page_parity``'s; here the larger page
must also be full.
"""

from __future__ import annotations

from typing import Any, Final

import orjson

from overhead.common import BenchError
from overhead.page_parity import CHECKED_SIZES, PageCheck

PAGE_QUERY: Final = (
    "query($n: Int!) { households(first: $n) { edges { node { id headName category address"
    " phone members { id name idNumber sex birthDate relation relationLabel basicMedical"
    " enrolled } } } } }"
)


def page_body(size: int) -> bytes:
    return orjson.dumps({"query": PAGE_QUERY, "variables": {"n": size}})


def _edges(check: PageCheck) -> list[Any]:
    return list(check.data["households"]["edges"])


def found(check: PageCheck) -> str:
    """What the page holds, for the check's line."""
    edges = _edges(check)
    members = sum(len(e["node"]["members"]) for e in edges)
    return f"{len(edges)} households, {members} members"


def require_full(checks: list[PageCheck]) -> None:
    """The larger page full."""
    households = len(_edges(checks[-1]))
    if households < max(CHECKED_SIZES):
        raise BenchError(f"only {households} households visible; the page is not full")
