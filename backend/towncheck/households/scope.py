"""Which households a viewer sees inside the towns row-level security already allows."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists, false, or_, select

from towncheck.auth.principal import Principal
from towncheck.auth.roles import Role
from towncheck.households.models import Household, HouseholdHelper
from towncheck.tenancy.models import Village

# Roles that work on the whole town (office teams cross-check any area).
WHOLE_TOWN = frozenset(
    {Role.COUNTY_OFFICIAL, Role.TOWN_ADMIN, Role.OFFICE_DIRECTOR, Role.EVALUATOR}
)


def visible(principal: Principal) -> ColumnElement[bool]:
    """A helper sees their assigned households, a village cadre the village, an area cadre
    the area; the town's offices, its poverty office and the county see the whole town."""
    clauses: list[ColumnElement[bool]] = []
    for town_id in sorted(principal.read_towns):
        in_town = Household.town_id == town_id
        if principal.roles_in_town(town_id) & WHOLE_TOWN:
            clauses.append(in_town)
            continue
        for m in principal.town_memberships(town_id):
            narrowed = _narrowed(principal, m.role, town_id, m.area_id, m.village_id)
            if narrowed is not None:
                clauses.append(and_(in_town, narrowed))
    return or_(*clauses) if clauses else false()


def _narrowed(
    principal: Principal, role: Role, town_id: int, area_id: int | None, village_id: int | None
) -> ColumnElement[bool] | None:
    if role is Role.AREA_CADRE and area_id is not None:
        villages = select(Village.id).where(Village.town_id == town_id, Village.area_id == area_id)
        return Household.village_id.in_(villages)
    if role is Role.VILLAGE_CADRE and village_id is not None:
        return Household.village_id == village_id
    if role is Role.HELPER and principal.user_id is not None:
        return exists().where(
            HouseholdHelper.town_id == Household.town_id,
            HouseholdHelper.household_id == Household.id,
            HouseholdHelper.user_id == principal.user_id,
        )
    return None
