"""Why no assignment satisfies the draw's hard constraints, said as precisely as possible.

Ignoring the balance of households, an assignment exists exactly when

1. every area may be taken by at least one team, and
2. when every team needs an area (at least as many areas as teams), some matching gives
   each team a distinct area it may take.

Given such a matching, the matched areas go to their teams and every other area to any
team that may take it. So a failure of (1) names the areas, and a failure of (2) has, by
Hall's theorem, a set of teams that together may take fewer areas than there are teams in
the set; the teams reachable by alternating paths from an unmatched team form one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from towncheck.crosscheck.errors import (
    AreaConflictsAllTeams,
    RotationInfeasible,
    TeamsShortOfAreas,
)
from towncheck.crosscheck.inputs import Area, Team, conflict_free, rotated

_ROTATION = "启用“不抽上一轮检查过的管理区”后"
_WITHOUT_ROTATION = "；不启用该选项则可以完成抽签"


@dataclass(frozen=True, slots=True)
class Obstruction:
    """Areas no team may take, or teams (by index) that together may take too few areas."""

    orphan_areas: tuple[int, ...]
    short_teams: tuple[int, ...]
    their_areas: tuple[int, ...]


def obstruction(allowed: Sequence[int], area_count: int, nonempty: bool) -> Obstruction | None:
    """What blocks every assignment under ``allowed`` (area bitmasks per team), if anything."""
    anyone = 0
    for mask in allowed:
        anyone |= mask
    orphans = tuple(bit for bit in range(area_count) if not anyone >> bit & 1)
    if orphans:
        return Obstruction(orphan_areas=orphans, short_teams=(), their_areas=())
    if not nonempty:
        return None
    owner = [-1] * area_count  # area bit -> matched team index
    for t in range(len(allowed)):
        if not _augment(t, allowed, owner, set()):
            return _hall_set(t, allowed, owner)
    return None


def allowed_areas(
    teams: Sequence[Team],
    areas: Sequence[Area],
    previous: Mapping[int, int] | None,
    avoid_previous: bool,
) -> list[int]:
    """Per team, the bitmask of the areas it may take (no conflict; rotation if asked for).

    ``teams`` and ``areas`` are in canonical order. Raises the ``DrawInfeasible`` naming
    what blocks when no assignment satisfies the hard constraints; a draw that fails only
    with the rotation option says so (``RotationInfeasible``).
    """
    nonempty = len(areas) >= len(teams)
    allowed = conflict_free(teams, areas)
    found = obstruction(allowed, len(areas), nonempty)
    if found is not None:
        raise_for_conflicts(found, teams, areas)
    if avoid_previous and previous:
        allowed = rotated(allowed, teams, areas, previous)
        found = obstruction(allowed, len(areas), nonempty)
        if found is not None:
            raise_for_rotation(found, teams, areas, previous)
    return allowed


def raise_for_conflicts(found: Obstruction, teams: Sequence[Team], areas: Sequence[Area]) -> None:
    """Raise the error for an obstruction caused by conflicts of interest alone."""
    if found.orphan_areas:
        raise AreaConflictsAllTeams(
            f"管理区{_names(areas, found.orphan_areas)}的帮扶/包村干部分布在所有队伍中，"
            "任何队伍抽到它都存在利益冲突",
            area_ids=[areas[bit].id for bit in found.orphan_areas],
        )
    raise TeamsShortOfAreas(
        _shortage(found, teams, areas),
        area_ids=[areas[bit].id for bit in found.their_areas],
        team_ids=[teams[t].id for t in found.short_teams],
    )


def raise_for_rotation(
    found: Obstruction,
    teams: Sequence[Team],
    areas: Sequence[Area],
    previous: Mapping[int, int],
) -> None:
    """Raise the error for an obstruction that only the rotation option causes."""
    team_names = {team.id: team.name for team in teams}
    if found.orphan_areas:
        details = "、".join(
            f"管理区「{areas[bit].name}」只有上一轮检查过它的"
            f"队伍「{team_names.get(previous.get(areas[bit].id, -1), '')}」没有利益冲突"
            for bit in found.orphan_areas
        )
        raise RotationInfeasible(
            f"{_ROTATION}，{details}{_WITHOUT_ROTATION}",
            area_ids=[areas[bit].id for bit in found.orphan_areas],
        )
    raise RotationInfeasible(
        f"{_ROTATION}，{_shortage(found, teams, areas)}{_WITHOUT_ROTATION}",
        area_ids=[areas[bit].id for bit in found.their_areas],
        team_ids=[teams[t].id for t in found.short_teams],
    )


def _augment(t: int, allowed: Sequence[int], owner: list[int], seen: set[int]) -> bool:
    # Kuhn's augmenting path: one pass over the teams yields a maximum matching.
    for bit in range(len(owner)):
        if allowed[t] >> bit & 1 and bit not in seen:
            seen.add(bit)
            if owner[bit] == -1 or _augment(owner[bit], allowed, owner, seen):
                owner[bit] = t
                return True
    return False


def _hall_set(unmatched: int, allowed: Sequence[int], owner: Sequence[int]) -> Obstruction:
    # Every area reachable from an unmatched team is matched (no augmenting path), to a
    # team that is then reachable too: the set has one team more than its areas.
    teams, areas = {unmatched}, set()
    pending = [unmatched]
    while pending:
        t = pending.pop()
        for bit in range(len(owner)):
            if allowed[t] >> bit & 1 and bit not in areas:
                areas.add(bit)
                if owner[bit] not in teams:
                    teams.add(owner[bit])
                    pending.append(owner[bit])
    return Obstruction(
        orphan_areas=(), short_teams=tuple(sorted(teams)), their_areas=tuple(sorted(areas))
    )


def _shortage(found: Obstruction, teams: Sequence[Team], areas: Sequence[Area]) -> str:
    team_list = _names(teams, found.short_teams)
    if not found.their_areas:
        return (
            f"队伍{team_list}的成员在每个管理区都负有帮扶或包村责任，抽不到任何管理区，"
            "而管理区不少于队伍时每支队伍至少要抽到一个"
        )
    return (
        f"队伍{team_list}共 {len(found.short_teams)} 支，"
        f"能抽的管理区只有{_names(areas, found.their_areas)}共 {len(found.their_areas)} 个，"
        "不够每支队伍至少抽到一个"
    )


def _names(items: Sequence[Team] | Sequence[Area], indexes: Sequence[int]) -> str:
    return "、".join(f"「{items[i].name}」" for i in indexes)
