"""Casbin: may a role perform an action on a resource in a domain?"""

from __future__ import annotations

import logging
import threading
from functools import cache
from pathlib import Path

import casbin

from towncheck.config import PROJECT_ROOT

POLICY_DIR = PROJECT_ROOT / "policies"
DECISION_CACHE_SIZE = 100_000
# Casbin logs every decision at INFO: noisy, and a cost on every check.
logging.getLogger("casbin").setLevel(logging.WARNING)


class Policy:
    """A ``FastEnforcer`` over the small role × resource × action policy.

    The cache key order (role, resource, action) lets Casbin filter the policy down to the
    matching lines before it evaluates the domain. Casbin still compiles its matcher on every
    call (~100 µs here), and the policy never changes while the process runs, so decisions
    are memoised: a repeated check is a dictionary lookup.
    """

    def __init__(self, policy_dir: Path = POLICY_DIR) -> None:
        self._enforcer = casbin.FastEnforcer(
            str(policy_dir / "model.conf"),
            str(policy_dir / "policy.csv"),
            cache_key_order=[0, 2, 3],
        )
        # The fast filter swaps the policy list in place: one check at a time.
        self._lock = threading.Lock()
        # FastEnforcer's indexed storage has no listing API; keep the plain lines for that.
        self._rules = _read_rules(policy_dir / "policy.csv")
        self._decisions: dict[tuple[str, str, str, str], bool] = {}

    def allows(self, role: str, domain: str, resource: str, action: str) -> bool:
        key = (role, domain, resource, action)
        decision = self._decisions.get(key)
        if decision is None:
            decision = self.enforce(role, domain, resource, action)
            if len(self._decisions) >= DECISION_CACHE_SIZE:
                self._decisions.clear()
            self._decisions[key] = decision
        return decision

    def enforce(self, role: str, domain: str, resource: str, action: str) -> bool:
        """Ask Casbin itself, bypassing the memo (benchmarks compare the two)."""
        with self._lock:
            return bool(self._enforcer.enforce(role, domain, resource, action))

    def permissions(self, role: str, domain_kind: str) -> list[tuple[str, str]]:
        """(resource, action) pairs a role holds in a kind of domain ("county" or "town")."""
        pattern = f"{domain_kind}:*"
        return sorted({(r[3], r[4]) for r in self._rules if r[1] == role and r[2] == pattern})


def _read_rules(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        [cell.strip() for cell in line.split(",")]
        for line in lines
        if line.strip() and not line.lstrip().startswith("#")
    ]


@cache
def default_policy() -> Policy:
    return Policy()
