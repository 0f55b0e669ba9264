"""GraphQL of scoring (the only strawberry modules of the package)."""

from __future__ import annotations

from towncheck.scoring.schema.mutations import ScoringMutation
from towncheck.scoring.schema.queries import ScoringQuery

__all__ = ["ScoringMutation", "ScoringQuery"]
