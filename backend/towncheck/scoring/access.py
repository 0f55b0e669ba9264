"""Who may see which towns of the county comparison: one rule for the query and the export."""

from __future__ import annotations

from dataclasses import dataclass

from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, can
from towncheck.errors import forbidden


@dataclass(frozen=True, slots=True)
class ComparisonScope:
    county_id: int
    town_ids: list[int]


def comparison_scope(policy: Policy, principal: Principal) -> ComparisonScope:
    """A county reader sees every town it reads; anyone else only the towns whose scores
    they may read, and is refused when there are none."""
    if principal.county_id is None:
        raise forbidden()
    if can(policy, principal, "score", "read"):
        return ComparisonScope(principal.county_id, sorted(principal.read_towns))
    towns = [t for t in principal.read_towns if can(policy, principal, "score", "read", town_id=t)]
    if not towns:
        raise forbidden()
    return ComparisonScope(principal.county_id, sorted(towns))
