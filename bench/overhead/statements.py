"""Traced SQL (``SqlTrace`` events): the statements, and a short label for each."""

from __future__ import annotations

import re
from typing import Final

ENDS: Final = frozenset({"COMMIT", "ROLLBACK"})
_FROM: Final = re.compile(r"\bfrom\s+([a-z_]+)", re.IGNORECASE)


def statements(events: list[str]) -> list[str]:
    """The statements among traced events, without the transaction ends."""
    return [e for e in events if e not in ENDS]


def statement_kinds(sql: list[str]) -> list[str]:
    """Each statement as ``select <first table>`` (``select count <table>`` for a count)."""
    kinds = []
    for statement in sql:
        if "set_config(" in statement:
            kinds.append("select set_config")
            continue
        table = _FROM.search(statement)
        verb = statement.split(None, 1)[0].lower()
        counted = " count" if statement.lower().startswith("select count(") else ""
        kinds.append(f"{verb}{counted} {table[1] if table else '?'}")
    return kinds
