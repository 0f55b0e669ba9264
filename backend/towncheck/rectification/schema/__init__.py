"""GraphQL of the rectification ledger (the only strawberry modules of the package)."""

from __future__ import annotations

from towncheck.rectification.schema.clearance import ClearanceQuery
from towncheck.rectification.schema.mutations import LedgerMutation
from towncheck.rectification.schema.notifications import NotificationMutation, NotificationQuery
from towncheck.rectification.schema.queries import LedgerQuery

__all__ = [
    "ClearanceQuery",
    "LedgerMutation",
    "LedgerQuery",
    "NotificationMutation",
    "NotificationQuery",
]
