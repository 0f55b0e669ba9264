"""Casbin: may a role perform an action on a resource in a domain?"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

import casbin

from towncheck.config import PROJECT_ROOT

POLICY_DIR = PROJECT_ROOT / "policies"


class Policy:
    """A ``FastEnforcer`` over the small role × resource × action policy.

    The cache key order (role, resource, action) lets Casbin filter the policy down to the
    matching lines before it evaluates the domain, which keeps a check at a few microseconds.
    """

    def __init__(self, policy_dir: Path = POLICY_DIR) -> None:
        self._enforcer = casbin.FastEnforcer(
            str(policy_dir / "model.conf"), str(policy_dir / "policy.csv"), cache_key_order=[0, 2, 3]
        )
        # The fast filter swaps the policy list in place: one check at a time.
        self._lock = threading.Lock()

    def allows(self, role: str, domain: str, resource: str, action: str) -> bool:
        with self._lock:
            return bool(self._enforcer.enforce(role, domain, resource, action))

    def permissions(self, role: str, domain_kind: str) -> list[tuple[str, str]]:
        """(resource, action) pairs a role holds in a kind of domain ("county" or "town")."""
        pattern = f"{domain_kind}:*"
        with self._lock:
            rules = self._enforcer.get_filtered_policy(0, role, pattern)
        return sorted({(rule[2], rule[3]) for rule in rules})


@cache
def default_policy() -> Policy:
    return Policy()
