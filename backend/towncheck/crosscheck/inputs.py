"""What the draw is told about the teams and the areas, and which team may take which area."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from towncheck.crosscheck.errors import InvalidDrawInput


@dataclass(frozen=True, slots=True)
class Team:
    """An office's cross-check team, led by its director; ``cadre_ids`` are its members."""

    id: int
    name: str
    cadre_ids: frozenset[int]


@dataclass(frozen=True, slots=True)
class Area:
    """A management area to be re-checked.

    ``cadre_ids`` are the cadres responsible in it: its area liaison cadres and the
    assistance cadres of any of its households. A team with one of them as a member has
    a conflict of interest in the area.
    """

    id: int
    name: str
    households: int
    cadre_ids: frozenset[int]


def canonical(
    teams: Sequence[Team], areas: Sequence[Area]
) -> tuple[tuple[Team, ...], tuple[Area, ...]]:
    """Teams and areas by ascending id, after checking the ids are unique and counts sane."""
    if not teams:
        raise InvalidDrawInput("没有参加抽签的队伍")
    if not areas:
        raise InvalidDrawInput("没有待抽签的管理区")
    ordered_teams = tuple(sorted(teams, key=lambda team: team.id))
    ordered_areas = tuple(sorted(areas, key=lambda area: area.id))
    team_twice = _repeated([team.id for team in ordered_teams])
    if team_twice is not None:
        raise InvalidDrawInput(f"队伍编号 {team_twice} 重复")
    area_twice = _repeated([area.id for area in ordered_areas])
    if area_twice is not None:
        raise InvalidDrawInput(f"管理区编号 {area_twice} 重复")
    for area in ordered_areas:
        households = area.households
        if isinstance(households, bool) or not isinstance(households, int) or households < 0:
            raise InvalidDrawInput(f"管理区「{area.name}」的户数须为非负整数")
    return ordered_teams, ordered_areas


def _repeated(ids: Sequence[int]) -> int | None:
    # ids are sorted, so a repeat sits next to its twin.
    for first, second in itertools.pairwise(ids):
        if first == second:
            return first
    return None


def conflict_free(teams: Sequence[Team], areas: Sequence[Area]) -> list[int]:
    """Per team, the bitmask of areas in which none of its members is responsible."""
    return [
        sum(1 << bit for bit, area in enumerate(areas) if team.cadre_ids.isdisjoint(area.cadre_ids))
        for team in teams
    ]


def rotated(
    masks: Sequence[int],
    teams: Sequence[Team],
    areas: Sequence[Area],
    previous: Mapping[int, int],
) -> list[int]:
    """``masks`` without, for each team, the areas it checked in the previous cycle."""
    result = list(masks)
    for t, team in enumerate(teams):
        for bit, area in enumerate(areas):
            if previous.get(area.id) == team.id:
                result[t] &= ~(1 << bit)
    return result
