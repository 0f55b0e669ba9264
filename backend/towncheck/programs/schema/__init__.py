"""GraphQL of key villages, social assistance and collaboration (the only strawberry modules
of the package)."""

from __future__ import annotations

from towncheck.programs.schema.mutations import ProgramMutation
from towncheck.programs.schema.queries import ProgramQuery

__all__ = ["ProgramMutation", "ProgramQuery"]
