"""GraphQL of projects and funds (the only strawberry modules of the package)."""

from __future__ import annotations

from towncheck.projects.schema.mutations import ProjectMutation
from towncheck.projects.schema.operations import ProjectOperationMutation
from towncheck.projects.schema.queries import ProjectQuery
from towncheck.projects.schema.records import ProjectRecordMutation

__all__ = [
    "ProjectMutation",
    "ProjectOperationMutation",
    "ProjectQuery",
    "ProjectRecordMutation",
]
