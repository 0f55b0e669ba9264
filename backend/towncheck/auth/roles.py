"""The seven roles and the domains they act in."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    COUNTY_OFFICIAL = "county_official"
    TOWN_ADMIN = "town_admin"
    OFFICE_DIRECTOR = "office_director"
    AREA_CADRE = "area_cadre"
    VILLAGE_CADRE = "village_cadre"
    HELPER = "helper"
    EVALUATOR = "evaluator"


ROLE_LABELS: dict[Role, str] = {
    Role.COUNTY_OFFICIAL: "县级管理员",
    Role.TOWN_ADMIN: "乡镇扶贫办",
    Role.OFFICE_DIRECTOR: "大办主任",
    Role.AREA_CADRE: "管理区干部",
    Role.VILLAGE_CADRE: "村干部",
    Role.HELPER: "帮扶责任人",
    Role.EVALUATOR: "第三方评估",
}

TOWN_ROLES = frozenset(
    {Role.TOWN_ADMIN, Role.OFFICE_DIRECTOR, Role.AREA_CADRE, Role.VILLAGE_CADRE, Role.HELPER}
)


def county_domain(county_id: int) -> str:
    return f"county:{county_id}"


def town_domain(town_id: int) -> str:
    return f"town:{town_id}"
