"""The authenticated viewer of a request, job or CLI command."""

from __future__ import annotations

from dataclasses import dataclass

from towncheck.auth.policy import Policy
from towncheck.auth.roles import Role, county_domain, town_domain
from towncheck.db import TenantScope
from towncheck.errors import DomainError, ErrorCode, forbidden, unauthenticated


@dataclass(frozen=True, slots=True)
class Membership:
    """A role held in the county (``town_id`` None) or in one town, maybe narrowed."""

    role: Role
    county_id: int
    town_id: int | None = None
    office_id: int | None = None
    area_id: int | None = None
    village_id: int | None = None


@dataclass(frozen=True, slots=True)
class Principal:
    """Who acts. Towns come from here, never from a GraphQL argument alone."""

    kind: str  # "user", "token", "system" or "anonymous"
    county_id: int | None = None
    user_id: int | None = None
    token_id: int | None = None
    label: str = ""
    memberships: tuple[Membership, ...] = ()
    county_towns: frozenset[int] = frozenset()
    token_towns: frozenset[int] = frozenset()
    read_only: bool = False
    session_id: int | None = None

    @property
    def authenticated(self) -> bool:
        return self.kind != "anonymous"

    @property
    def county_roles(self) -> frozenset[Role]:
        return frozenset(m.role for m in self.memberships if m.town_id is None)

    @property
    def read_towns(self) -> frozenset[int]:
        if self.kind == "token":
            return self.token_towns
        towns = {m.town_id for m in self.memberships if m.town_id is not None}
        if self.county_roles:
            towns |= self.county_towns
        return frozenset(towns)

    def roles_in_town(self, town_id: int) -> frozenset[Role]:
        if self.kind == "token":
            return frozenset({Role.EVALUATOR}) if town_id in self.token_towns else frozenset()
        roles = {m.role for m in self.memberships if m.town_id == town_id}
        if town_id in self.county_towns:
            roles |= self.county_roles
        return frozenset(roles)

    def town_memberships(self, town_id: int) -> list[Membership]:
        return [m for m in self.memberships if m.town_id == town_id]

    def scope(self) -> TenantScope:
        counties = frozenset({self.county_id}) if self.county_id is not None else frozenset()
        return TenantScope(
            read_towns=self.read_towns,
            read_counties=counties,
            user_id=self.user_id,
            read_only=self.read_only,
        )


ANONYMOUS = Principal(kind="anonymous")


def can(
    policy: Policy, principal: Principal, resource: str, action: str, *, town_id: int | None = None
) -> bool:
    """Whether the principal may act in the town (or, with no town, in its county)."""
    if town_id is None:
        if principal.county_id is None:
            return False
        domain = county_domain(principal.county_id)
        roles = principal.county_roles
    else:
        domain = town_domain(town_id)
        roles = principal.roles_in_town(town_id)
    return any(policy.allows(role.value, domain, resource, action) for role in roles)


def require(
    policy: Policy, principal: Principal, resource: str, action: str, *, town_id: int | None = None
) -> None:
    """Raise the typed error a client expects when the check fails."""
    if not principal.authenticated:
        raise unauthenticated()
    if action != "read" and principal.read_only:
        raise DomainError(ErrorCode.READ_ONLY, "只读凭证不能修改数据")
    if not can(policy, principal, resource, action, town_id=town_id):
        raise forbidden()
