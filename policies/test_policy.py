"""The authorization matrix: every role × domain × resource × action, allowed or denied."""

from __future__ import annotations

import itertools

import pytest

from towncheck.auth.policy import Policy
from towncheck.auth.roles import Role

RESOURCES = ("tenancy", "membership", "token", "audit", "job", "account")
ACTIONS = ("read", "write")
DOMAINS = ("county:1", "town:7")

C, T = "county:1", "town:7"
ALLOWED: dict[Role, set[tuple[str, str, str]]] = {
    Role.COUNTY_OFFICIAL: {
        (C, "tenancy", "read"),
        (C, "membership", "read"),
        (C, "membership", "write"),
        (C, "token", "read"),
        (C, "token", "write"),
        (C, "audit", "read"),
        (C, "job", "read"),
        (C, "job", "write"),
        (C, "account", "write"),
        (T, "tenancy", "read"),
        (T, "tenancy", "write"),
        (T, "membership", "read"),
        (T, "membership", "write"),
        (T, "token", "read"),
        (T, "token", "write"),
        (T, "audit", "read"),
        (T, "job", "read"),
        (T, "job", "write"),
    },
    Role.TOWN_ADMIN: {
        (T, "tenancy", "read"),
        (T, "tenancy", "write"),
        (T, "membership", "read"),
        (T, "membership", "write"),
        (T, "token", "read"),
        (T, "token", "write"),
        (T, "audit", "read"),
        (T, "job", "read"),
        (T, "job", "write"),
        (T, "account", "write"),
    },
    Role.OFFICE_DIRECTOR: {
        (T, "tenancy", "read"),
        (T, "membership", "read"),
        (T, "account", "write"),
    },
    Role.AREA_CADRE: {(T, "tenancy", "read"), (T, "account", "write")},
    Role.VILLAGE_CADRE: {(T, "tenancy", "read"), (T, "account", "write")},
    Role.HELPER: {(T, "tenancy", "read"), (T, "account", "write")},
    Role.EVALUATOR: {(T, "tenancy", "read")},
}

CASES = [
    (role, domain, resource, action, (domain, resource, action) in ALLOWED[role])
    for role, domain, resource, action in itertools.product(Role, DOMAINS, RESOURCES, ACTIONS)
]


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy()


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0].value}-{c[1]}-{c[2]}-{c[3]}" for c in CASES])
def test_role_matrix(policy: Policy, case: tuple[Role, str, str, str, bool]) -> None:
    role, domain, resource, action, expected = case
    assert policy.allows(role.value, domain, resource, action) is expected


def test_evaluator_never_writes(policy: Policy) -> None:
    assert all(a == "read" for _, a in policy.permissions("evaluator", "town"))


def test_unknown_role_and_domain_are_denied(policy: Policy) -> None:
    assert not policy.allows("mayor", T, "tenancy", "read")
    assert not policy.allows("town_admin", "village:3", "tenancy", "read")


# The self-check and cross-check: checklists, cycles, visits, the draw and the bulletin.
STAGE_ACTIONS = {
    "checklist": ("read", "write"),
    "cycle": ("read", "write"),
    "visit": ("read", "submit", "any", "review"),
    "draw": ("read", "manage", "commit"),
    "bulletin": ("read", "write"),
    "ledger": ("read", "write", "work", "signoff", "appeal", "decide", "sweep"),
    "project": ("read", "write"),
    "sector": ("read", "write"),
    "program": ("read", "write"),
    "score": ("read", "request"),
}
EVERYONE = frozenset(Role)
CADRES = frozenset(
    {Role.TOWN_ADMIN, Role.OFFICE_DIRECTOR, Role.AREA_CADRE, Role.VILLAGE_CADRE, Role.HELPER}
)
SELF_CHECK: dict[tuple[str, str], frozenset[Role]] = {
    ("checklist", "read"): EVERYONE,
    ("checklist", "write"): frozenset(),  # only in the county domain
    ("cycle", "read"): EVERYONE,
    ("cycle", "write"): frozenset({Role.TOWN_ADMIN}),
    ("visit", "read"): EVERYONE,
    # Office directors submit cross-check visits for their team.
    ("visit", "submit"): frozenset(
        {Role.TOWN_ADMIN, Role.OFFICE_DIRECTOR, Role.AREA_CADRE, Role.VILLAGE_CADRE, Role.HELPER}
    ),
    ("visit", "any"): frozenset({Role.TOWN_ADMIN}),
    ("visit", "review"): frozenset({Role.TOWN_ADMIN, Role.AREA_CADRE}),
    ("draw", "read"): EVERYONE,
    ("draw", "manage"): frozenset({Role.TOWN_ADMIN}),
    ("draw", "commit"): frozenset({Role.OFFICE_DIRECTOR}),
    ("bulletin", "read"): EVERYONE,
    ("bulletin", "write"): frozenset({Role.TOWN_ADMIN}),
    ("ledger", "read"): EVERYONE,
    ("ledger", "write"): frozenset({Role.TOWN_ADMIN, Role.AREA_CADRE}),
    ("ledger", "work"): CADRES,
    ("ledger", "signoff"): frozenset({Role.TOWN_ADMIN, Role.AREA_CADRE}),
    ("ledger", "appeal"): CADRES,
    ("ledger", "decide"): frozenset({Role.TOWN_ADMIN}),
    ("ledger", "sweep"): frozenset({Role.TOWN_ADMIN}),
    ("project", "read"): EVERYONE,
    ("project", "write"): frozenset({Role.TOWN_ADMIN}),
    ("sector", "read"): EVERYONE,
    ("sector", "write"): frozenset({Role.TOWN_ADMIN}),
    ("program", "read"): EVERYONE,
    ("program", "write"): frozenset({Role.TOWN_ADMIN}),
    # Scores are read by every role but the assistance cadre (whose households are scored).
    ("score", "read"): EVERYONE - {Role.HELPER},
    ("score", "request"): frozenset({Role.COUNTY_OFFICIAL, Role.TOWN_ADMIN}),
}
STAGE_CASES = [
    (role, resource, action, role in SELF_CHECK[(resource, action)])
    for role in Role
    for resource, actions in STAGE_ACTIONS.items()
    for action in actions
]


@pytest.mark.parametrize(
    "case", STAGE_CASES, ids=[f"{c[0].value}-{c[1]}-{c[2]}" for c in STAGE_CASES]
)
def test_self_check_matrix_in_a_town(policy: Policy, case: tuple[Role, str, str, bool]) -> None:
    role, resource, action, expected = case
    assert policy.allows(role.value, T, resource, action) is expected


def test_only_the_county_scores_the_whole_county(policy: Policy) -> None:
    for action in ("read", "request"):
        allowed = [r for r in Role if policy.allows(r.value, C, "score", action)]
        assert allowed == [Role.COUNTY_OFFICIAL]


def test_only_the_county_writes_checklists(policy: Policy) -> None:
    writers = [r for r in Role if policy.allows(r.value, C, "checklist", "write")]
    assert writers == [Role.COUNTY_OFFICIAL]
