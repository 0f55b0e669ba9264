"""GraphQL of sector policies (the only strawberry modules of the package)."""

from __future__ import annotations

from towncheck.sectors.schema.mutations import SectorMutation
from towncheck.sectors.schema.queries import SectorQuery

__all__ = ["SectorMutation", "SectorQuery"]
