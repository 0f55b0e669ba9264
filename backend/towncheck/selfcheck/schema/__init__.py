"""GraphQL of the self-check: visits, their review, findings (the only strawberry modules here)."""

from __future__ import annotations

from towncheck.selfcheck.schema.mutations import SelfCheckMutation
from towncheck.selfcheck.schema.queries import SelfCheckQuery
from towncheck.selfcheck.schema.satisfaction import SatisfactionQuery

__all__ = ["SatisfactionQuery", "SelfCheckMutation", "SelfCheckQuery"]
