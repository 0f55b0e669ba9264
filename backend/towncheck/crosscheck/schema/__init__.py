"""GraphQL of the cross-check (the only strawberry modules of the package)."""

from __future__ import annotations

from towncheck.crosscheck.schema.mutations import CrossCheckMutation
from towncheck.crosscheck.schema.queries import CrossCheckQuery

__all__ = ["CrossCheckMutation", "CrossCheckQuery"]
