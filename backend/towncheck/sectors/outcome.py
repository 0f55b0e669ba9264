"""What importing a department list reports back: the list written, or every problem found
(by spreadsheet row and column) with the rows whose ID numbers nobody in the town has.

The job stores it as its result (JSON); the error report is built from that result.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

from towncheck.households.importing.errors import RowError
from towncheck.sectors.checking import Unmatched
from towncheck.sectors.models import DepartmentList

# Results are JSON on the job's row: long lists are cut here (the counts stay exact).
RESULT_LIMIT: Final = 1000


@dataclass(frozen=True, slots=True)
class ListOutcome:
    status: Literal["imported", "invalid"]
    errors: tuple[RowError, ...] = ()
    unmatched: tuple[Unmatched, ...] = ()
    department_list: DepartmentList | None = None

    def as_result(self) -> dict[str, Any]:
        if self.department_list is None:
            return {
                "status": "invalid",
                "error_count": len(self.errors),
                "errors": [e.as_dict() for e in self.errors[:RESULT_LIMIT]],
                "unmatched_count": len(self.unmatched),
                "unmatched": [u.as_dict() for u in self.unmatched[:RESULT_LIMIT]],
            }
        return imported_result(self.department_list.id, summary(self.department_list))


def rejected(errors: Iterable[RowError], unmatched: Iterable[Unmatched] = ()) -> ListOutcome:
    return ListOutcome(status="invalid", errors=tuple(errors), unmatched=tuple(unmatched))


def summary(imported: DepartmentList) -> dict[str, Any]:
    """What the audit entry of an import records about the list (and the result repeats)."""
    return {
        "kind": imported.kind,
        "year": imported.year,
        "label": imported.label,
        "filename": imported.filename,
        "rows": imported.row_count,
        "total_amount": str(imported.total_amount),
    }


def imported_result(list_id: int, recorded: Mapping[str, Any]) -> dict[str, Any]:
    """The result of an import that wrote the list, from the list or its audit entry."""
    keys = ("kind", "year", "label", "rows", "total_amount")
    return {"status": "imported", "list_id": list_id, **{k: recorded.get(k) for k in keys}}


def unmatched_from_result(result: Mapping[str, Any]) -> list[Unmatched]:
    items: Iterable[Mapping[str, Any]] = result.get("unmatched") or []
    return [Unmatched(int(u["row"]), str(u["name"]), str(u["id_number"])) for u in items]
