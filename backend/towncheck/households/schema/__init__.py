"""GraphQL of the registry: types, queries and mutations (the only strawberry modules here)."""

from __future__ import annotations

from towncheck.households.schema.imports import RegistryImportMutation
from towncheck.households.schema.mutations import HouseholdMutation
from towncheck.households.schema.queries import HouseholdQuery

__all__ = ["HouseholdMutation", "HouseholdQuery", "RegistryImportMutation"]
