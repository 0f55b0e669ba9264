"""GraphQL of key villages, social assistance and collaboration (the only strawberry modules
of the package)."""

from __future__ import annotations

from strawberry.tools import merge_types

from towncheck.programs.schema.edits import ProgramEditMutation
from towncheck.programs.schema.mutations import ProgramRecordMutation
from towncheck.programs.schema.queries import ProgramQuery

# Recording and correcting are separate modules; the schema sees one set of mutations.
ProgramMutation = merge_types("ProgramMutation", (ProgramRecordMutation, ProgramEditMutation))

__all__ = ["ProgramMutation", "ProgramQuery"]
