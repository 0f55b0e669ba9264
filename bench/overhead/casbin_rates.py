"""Casbin checks per second: a plain ``casbin.Enforcer`` against the project's ``Policy``.

``Policy.enforce`` always asks Casbin's ``FastEnforcer`` (under a lock); ``Policy.allows``
memoises decisions, so a repeated check is a dictionary lookup. Both are timed against a
plain ``casbin.Enforcer`` on the same model and policy files, after checking that all
three give the same decision for every check in the mix.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import casbin

from overhead.common import BenchError
from towncheck.auth.policy import POLICY_DIR, Policy
from towncheck.auth.roles import Role

MAX_CASBIN_CHECKS = 20_000_000
WARMUP_SECONDS = 0.1
RESOURCES = ("tenancy", "membership", "token", "audit", "job", "account", "checklist")

Check = tuple[str, str, str, str]  # role, domain, resource, action
Checker = Callable[[str, str, str, str], object]


@dataclass(frozen=True, slots=True)
class CasbinRates:
    baseline: float  # casbin.Enforcer.enforce
    enforce: float  # Policy.enforce: FastEnforcer, no memo
    allows: float  # Policy.allows: memoised
    allowed: int  # checks in the mix that are allowed
    total: int  # checks in the mix


def check_mix() -> list[Check]:
    """Every role × resource × read/write in one town, shuffled (fixed seed: same each run)."""
    mix = [
        (role.value, "town:5", resource, action)
        for role in Role
        for resource in RESOURCES
        for action in ("read", "write")
    ]
    random.Random(5).shuffle(mix)
    return mix


def _rate(check: Checker, mix: list[Check], budget: float) -> float:
    """Checks per second, running the whole mix until ``budget`` seconds have passed."""
    done = 0
    start = time.perf_counter()
    deadline = start + budget
    while done < MAX_CASBIN_CHECKS:
        for request in mix:
            check(*request)
        done += len(mix)
        if time.perf_counter() >= deadline:
            break
    return done / (time.perf_counter() - start)


def _require_agreement(mix: list[Check], checkers: dict[str, Checker]) -> list[bool]:
    """The decisions of the first checker; raise if any other differs on any check."""
    decisions = {
        name: [bool(check(*request)) for request in mix] for name, check in checkers.items()
    }
    # Again for the memo: the timed ``allows`` calls are the ones answered from it.
    decisions["Policy.allows (memoised)"] = [
        bool(checkers["Policy.allows"](*request)) for request in mix
    ]
    reference_name, reference = next(iter(decisions.items()))
    for name, found in decisions.items():
        if found != reference:
            wrong = sum(a != b for a, b in zip(found, reference, strict=True))
            raise BenchError(
                f"{name} and {reference_name} disagree on {wrong} of {len(mix)} checks"
            )
    return reference


def casbin_rates(seconds: float) -> CasbinRates:
    """Time each checker for ``seconds`` on the same mix, after a short warm-up each."""
    policy = Policy()
    plain = casbin.Enforcer(str(POLICY_DIR / "model.conf"), str(POLICY_DIR / "policy.csv"))

    def plain_check(*request: str) -> bool:
        return bool(plain.enforce(*request))

    checkers: dict[str, Checker] = {
        "casbin.Enforcer": plain_check,
        "Policy.enforce": policy.enforce,
        "Policy.allows": policy.allows,
    }
    mix = check_mix()
    allowed = sum(_require_agreement(mix, checkers))
    for check in checkers.values():
        _rate(check, mix, WARMUP_SECONDS)
    baseline, enforce, allows = (_rate(check, mix, seconds) for check in checkers.values())
    return CasbinRates(
        baseline=baseline, enforce=enforce, allows=allows, allowed=allowed, total=len(mix)
    )
