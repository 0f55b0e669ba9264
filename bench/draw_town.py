"""A generated town for ``bench/draw.py``: teams with members, areas with responsible cadres.

Each team has 3–8 members. Every area has households uniformly in 20–400 and 5–14
responsible cadres (its area liaison cadres and the assistance cadres of its households);
each of them is a team member with probability q, else a cadre in no team (village
cadres, staff of offices without a team). A team conflicts with an area when one of its
members is responsible there. q is set so that about ``conflicts`` of the (team, area)
pairs conflict: with k member cadres per area, each picked from T teams about evenly, a
team is hit with probability 1 − (1 − 1/T)^k, so k = ln(1 − conflicts) / ln(1 − 1/T) and
q = k / 9.5 (9.5 cadres per area on average), at most 1. Python's ``random`` with the
given seed makes the town deterministic; only the draw itself must be recomputable by
others.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass

from towncheck.crosscheck.inputs import Area, Team

OUTSIDE_CADRES = 400  # cadres responsible somewhere but in no team
MEAN_RESPONSIBLE = 9.5  # randint(5, 14)


@dataclass(frozen=True, slots=True)
class Town:
    teams: tuple[Team, ...]
    areas: tuple[Area, ...]


def member_share(*, teams: int, conflicts: float) -> float:
    """q: the chance that a responsible cadre is a team member (see the module docstring)."""
    if teams < 2:
        return 0.0  # one team may have no conflicts at all, or no area could be drawn
    per_area = math.log(1 - conflicts) / math.log(1 - 1 / teams)
    return min(1.0, per_area / MEAN_RESPONSIBLE)


def generate_town(*, teams: int, areas: int, seed: int, conflicts: float = 0.15) -> Town:
    """``teams`` teams and ``areas`` areas as described in the module docstring."""
    rng = random.Random(seed)
    share = member_share(teams=teams, conflicts=conflicts)
    team_list = []
    members: list[int] = []
    next_cadre = 1
    for t in range(teams):
        size = rng.randint(3, 8)
        cadres = range(next_cadre, next_cadre + size)
        next_cadre += size
        members.extend(cadres)
        team_list.append(Team(id=t + 1, name=f"第{t + 1}队", cadre_ids=frozenset(cadres)))
    outside = range(next_cadre, next_cadre + OUTSIDE_CADRES)
    area_list = []
    for a in range(areas):
        households = rng.randint(20, 400)
        responsible = {
            rng.choice(members) if rng.random() < share else rng.choice(outside)
            for _ in range(rng.randint(5, 14))
        }
        area_list.append(
            Area(
                id=a + 1,
                name=f"管理区{a + 1}",
                households=households,
                cadre_ids=frozenset(responsible),
            )
        )
    return Town(teams=tuple(team_list), areas=tuple(area_list))


def conflict_share(teams: Sequence[Team], areas: Sequence[Area]) -> float:
    """The share of (team, area) pairs in which the team has a conflict of interest."""
    conflicts = sum(
        1 for team in teams for area in areas if not team.cadre_ids.isdisjoint(area.cadre_ids)
    )
    return conflicts / (len(teams) * len(areas))
