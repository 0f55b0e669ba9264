"""Reading the draw's inputs from the database: teams and their members, areas with their
households and responsible cadres, and who checked which area last cycle.

The inputs are recorded with the draw as JSON (``to_record`` / ``from_record``), so that a
recomputation uses exactly what the draw used, whatever has changed since.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.crosscheck.inputs import Area, Team
from towncheck.crosscheck.teams import members_by_team, teams_of

# Per area: its households, and the cadres responsible in it — liaison cadres of the area,
# village cadres of its villages, assistance cadres of its households.
_AREAS: Final = text("""
select a.id, a.name,
  (select count(*) from households h join villages v
     on v.town_id = h.town_id and v.id = h.village_id
   where h.town_id = a.town_id and v.area_id = a.id) as households,
  array(
    select m.user_id from town_memberships m
    where m.town_id = a.town_id and m.area_id = a.id
    union
    select m.user_id from town_memberships m join villages v
      on v.town_id = m.town_id and v.id = m.village_id
    where m.town_id = a.town_id and v.area_id = a.id
    union
    select hh.user_id from household_helpers hh
    join households h on h.town_id = hh.town_id and h.id = hh.household_id
    join villages v on v.town_id = h.town_id and v.id = h.village_id
    where hh.town_id = a.town_id and v.area_id = a.id
  ) as cadres
from areas a where a.town_id = :town order by a.id
""")

# The latest earlier cycle's draw, by office: the office's team now stands for it.
_PREVIOUS: Final = text("""
select ta.area_id, t.office_id from team_areas ta
join teams t on t.town_id = ta.town_id and t.id = ta.team_id
where ta.town_id = :town and ta.cycle_id = (
  select max(cycle_id) from team_areas where town_id = :town and cycle_id < :cycle)
""")


async def gather_teams(session: AsyncSession, *, town_id: int, cycle_id: int) -> list[Team]:
    members = await members_by_team(session, town_id=town_id, cycle_id=cycle_id)
    return [
        Team(id=t.id, name=t.name, cadre_ids=frozenset(members.get(t.id, ())))
        for t in await teams_of(session, town_id=town_id, cycle_id=cycle_id)
    ]


async def gather_areas(session: AsyncSession, *, town_id: int) -> list[Area]:
    rows = await session.execute(_AREAS, {"town": town_id})
    return [
        Area(id=r.id, name=r.name, households=int(r.households), cadre_ids=frozenset(r.cadres))
        for r in rows
    ]


async def gather_previous(session: AsyncSession, *, town_id: int, cycle_id: int) -> dict[int, int]:
    """Area id → this cycle's team of the office that checked the area last cycle."""
    office_team = {
        t.office_id: t.id for t in await teams_of(session, town_id=town_id, cycle_id=cycle_id)
    }
    rows = await session.execute(_PREVIOUS, {"town": town_id, "cycle": cycle_id})
    return {
        area_id: office_team[office_id] for area_id, office_id in rows if office_id in office_team
    }


def to_record(
    *, teams: list[Team], areas: list[Area], previous: Mapping[int, int], avoid_previous: bool
) -> dict[str, Any]:
    return {
        "teams": [{"id": t.id, "name": t.name, "cadres": sorted(t.cadre_ids)} for t in teams],
        "areas": [
            {"id": a.id, "name": a.name, "households": a.households, "cadres": sorted(a.cadre_ids)}
            for a in areas
        ],
        # JSON object keys are strings; the area ids are turned back into ints on reading.
        "previous": {str(area): team for area, team in sorted(previous.items())},
        "avoid_previous": avoid_previous,
    }


def from_record(
    record: Mapping[str, Any],
) -> tuple[list[Team], list[Area], dict[int, int], bool]:
    teams = [
        Team(id=int(t["id"]), name=str(t["name"]), cadre_ids=frozenset(t["cadres"]))
        for t in record["teams"]
    ]
    areas = [
        Area(
            id=int(a["id"]),
            name=str(a["name"]),
            households=int(a["households"]),
            cadre_ids=frozenset(a["cadres"]),
        )
        for a in record["areas"]
    ]
    previous = {int(area): int(team) for area, team in record["previous"].items()}
    return teams, areas, previous, bool(record["avoid_previous"])
