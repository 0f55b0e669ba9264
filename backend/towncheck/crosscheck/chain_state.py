"""An assignment of areas to teams changed in place by the moves ``draw-chain-v1`` uses.

Areas and teams are indices in the draw's canonical order. Each move is made only when
the result satisfies the hard constraints and every team total it changes stays within
the given capacity; it says whether it was made. The heuristic start (``chain_capacity``)
and the chain (``draw_chain``) share it, so both apply the same rules.
"""

from __future__ import annotations

from collections.abc import Sequence


class Loads:
    """Team index per area (``owner``), and per team its areas and household total."""

    def __init__(
        self,
        *,
        owner: Sequence[int],
        weights: Sequence[int],
        area_teams: Sequence[int],
        teams: int,
        nonempty: bool,
    ) -> None:
        self.owner = list(owner)
        self.weights = weights
        self.area_teams = area_teams  # per area, the bitmask of teams that may take it
        self.load = [0] * teams
        self.mine: list[set[int]] = [set() for _ in range(teams)]
        # A team that must keep an area may not give away its last one.
        self.keep = 1 if nonempty else 0
        for a, t in enumerate(self.owner):
            self.load[t] += weights[a]
            self.mine[t].add(a)

    def may_take(self, a: int, t: int) -> bool:
        """Whether team t may take area a (no conflict of interest, rotation)."""
        return bool(self.area_teams[a] >> t & 1)

    def move(self, a: int, t: int, capacity: int) -> bool:
        """Area a to team t."""
        s = self.owner[a]
        w = self.weights[a]
        if (
            s == t
            or not self.area_teams[a] >> t & 1
            or self.load[t] + w > capacity
            or len(self.mine[s]) <= self.keep
        ):
            return False
        self.load[s] -= w
        self.load[t] += w
        self.mine[s].remove(a)
        self.mine[t].add(a)
        self.owner[a] = t
        return True

    def swap(self, a: int, b: int, capacity: int) -> bool:
        """Areas a and b exchange teams."""
        s, t = self.owner[a], self.owner[b]
        if s == t or not (self.area_teams[a] >> t & 1 and self.area_teams[b] >> s & 1):
            return False
        shift = self.weights[a] - self.weights[b]
        if self.load[t] + shift > capacity or self.load[s] - shift > capacity:
            return False
        self.load[s] -= shift
        self.load[t] += shift
        self.mine[s].remove(a)
        self.mine[t].remove(b)
        self.mine[s].add(b)
        self.mine[t].add(a)
        self.owner[a], self.owner[b] = t, s
        return True

    def reassign(self, a: int, t: int) -> None:
        """Area a to team t, unchecked: for composite steps checked as a whole beforehand."""
        s = self.owner[a]
        self.load[s] -= self.weights[a]
        self.load[t] += self.weights[a]
        self.mine[s].remove(a)
        self.mine[t].add(a)
        self.owner[a] = t

    def exchange(self, s: int, t: int) -> bool:
        """Teams s and t exchange all their areas (totals and counts just change hands)."""
        if s == t:
            return False
        first, second = self.mine[s], self.mine[t]
        if not all(self.area_teams[a] >> t & 1 for a in first):
            return False
        if not all(self.area_teams[a] >> s & 1 for a in second):
            return False
        for a in first:
            self.owner[a] = t
        for a in second:
            self.owner[a] = s
        self.mine[s], self.mine[t] = second, first
        self.load[s], self.load[t] = self.load[t], self.load[s]
        return True
