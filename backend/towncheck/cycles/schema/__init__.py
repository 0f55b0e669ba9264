"""GraphQL of cycles and assignments (the only strawberry modules of the package)."""

from __future__ import annotations

from towncheck.cycles.schema.mutations import CycleMutation
from towncheck.cycles.schema.queries import CycleQuery

__all__ = ["CycleMutation", "CycleQuery"]
