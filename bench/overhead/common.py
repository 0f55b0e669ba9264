"""What the parent and its child processes share: the address, the cases, the error type."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import orjson

HOST = "127.0.0.1"
USERNAME = "mazhan_admin"
JSON_MEDIA = "application/json; charset=utf-8"
REQUEST_TIMEOUT_SECONDS = 10.0
# Children (the real app's server, the Python load client) run the entry script's internal
# subcommands; a baseline app runs as ``python -m overhead.baseline_server``.
ENTRY_SCRIPT = Path(__file__).resolve().parents[1] / "graphql_overhead.py"

ME_QUERY = "{ me { displayName readOnly memberships { role roleLabel } } }"
TREE_QUERY = (
    "{ towns { edges { node { name areas { edges { node { name"
    " villages { edges { node { name isKeyVillage } } } } } } } } } }"
)
LOGIN = (
    "mutation($u: String!, $p: String!) {"
    " login(input: {username: $u, password: $p}) { token errors { code message } } }"
)


class BenchError(RuntimeError):
    """The run cannot give a meaningful answer (setup failed, responses differ, ...)."""


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    query: str
    baseline_path: str

    def body(self) -> bytes:
        """The request body both endpoints receive; the baseline reads but ignores it."""
        return orjson.dumps({"query": self.query})


CASES = (
    Case("me", ME_QUERY, "/baseline/me"),
    Case("tree", TREE_QUERY, "/baseline/tree"),
)


def ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")
