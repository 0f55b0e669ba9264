"""Exact counting and uniform sampling of assignments of areas to teams under a capacity.

Areas are bits 0 … A−1 and teams are levels 0 … T−1, both in the draw's canonical order
(ascending id). An *assignment* gives team 0 a subset of the areas, team 1 a subset of
the rest, and so on, so that every area goes to exactly one team and

* each team's subset lies within the areas allowed to it,
* each team's subset totals at most the capacity M households,
* when ``nonempty`` is set, no team's subset is empty.

The least M for which an assignment exists is found first (capped probes for witnesses,
then if need be an exact branch and bound over the same states); then ``count(t, mask)``
— the number of ways teams t … T−1 can take exactly the areas in ``mask`` under M — is
memoised over (team, bitmask). Sampling walks the teams in order: at team t with the
areas ``mask`` still unassigned it draws ``r = below(count(t, mask))`` and takes the first
subset S, in ascending bitmask order, at which the running sum of ``count(t + 1, mask − S)``
exceeds r; the last team takes what is left. Every assignment is thereby chosen with
probability exactly ``1 / count(0, all areas)``.

The subsets tried for a team are pruned by necessary conditions only (areas no later team
may take must be taken now; what is left must fit into the later teams' capacity; enough
areas must be left for the later teams when none may go empty), so the counts are exact.
The work is exponential in the number of areas (up to about 3^A subsets in all when the
capacity hardly constrains), hence the ``Budget``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Final

from towncheck.crosscheck.errors import DrawTooLarge
from towncheck.crosscheck.randomness import RandomStream

Choice = tuple[int, int]  # (subset bitmask, its household total)

# A call costs about as much as a dozen steps of the subset search (look-ups, lists).
CALL_COST: Final = 12
# Work allowed to one heuristic probe for a good upper bound on M before it gives up.
PROBE_LIMIT: Final = 20_000


class Budget:
    """A cap on search work, so that an oversized draw fails fast instead of hanging.

    The work counted depends only on the inputs, so a recomputation fails or succeeds
    exactly as the original did.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.spent = 0

    def spend(self, units: int) -> None:
        self.spent += units
        if self.spent > self.limit:
            raise DrawTooLarge("抽签的组合过多，无法在限定时间内精确计算；请减少管理区或队伍数量")


class _GaveUp(Exception):
    """A probe ran out of its allowance; the caller falls back to the exact search."""


class Partition:
    """The assignments of one draw: its least capacity, their number, one at random."""

    def __init__(
        self, *, weights: Sequence[int], allowed: Sequence[int], nonempty: bool, budget: Budget
    ) -> None:
        self.weights = tuple(weights)
        self.allowed = tuple(allowed)
        self.nonempty = nonempty
        self.budget = budget
        self.teams = len(self.allowed)
        self.full = (1 << len(self.weights)) - 1
        self.total = sum(self.weights)
        # cover[t]: the areas some team t, t + 1, … may take (cover[T] is empty).
        cover = [0] * (self.teams + 1)
        for t in range(self.teams - 1, -1, -1):
            cover[t] = cover[t + 1] | self.allowed[t]
        self.cover = tuple(cover)
        # Per team, its allowed areas as (households, bit) by ascending households.
        self._items = tuple(
            tuple(sorted((w, 1 << bit) for bit, w in enumerate(self.weights) if mask >> bit & 1))
            for mask in self.allowed
        )
        self._heaviest_first = sorted(
            ((w, 1 << bit) for bit, w in enumerate(self.weights)), reverse=True
        )
        # Per team, mask → (lower bound on its least largest total, whether it is exact).
        self._bounds: list[dict[int, tuple[int, bool]]] = [{} for _ in range(self.teams)]
        self._counts: list[dict[int, int]] = [{} for _ in range(self.teams)]
        self.capacity = self._least_capacity()
        self.valid_count = self._count(0, self.full, self.total)
        # Walking costs at most one level of subsets per team; once the plan stands, a
        # walk must not fail for some seeds only because the budget ran low.
        self.budget = Budget(sys.maxsize)

    def walk(self, stream: RandomStream) -> list[int]:
        """One assignment, uniformly: the subset (bitmask) each team takes, by team."""
        mask, mask_sum = self.full, self.total
        taken: list[int] = []
        for t in range(self.teams - 1):
            rank = stream.below(self._count(t, mask, mask_sum))
            for subset, subset_sum in sorted(self._choices(t, mask, mask_sum, self.capacity)):
                ways = self._count(t + 1, mask ^ subset, mask_sum - subset_sum)
                if rank < ways:
                    taken.append(subset)
                    mask, mask_sum = mask ^ subset, mask_sum - subset_sum
                    break
                rank -= ways
        # The last team takes what is left (one way: below(1) would read nothing).
        taken.append(mask)
        return taken

    def _least_capacity(self) -> int:
        # Every team total is at most M, so M ≥ the largest area and ≥ the average per
        # team. Cheap capped probes find witnesses (upper bounds) and sometimes prove a
        # capacity too small; unless they pin M down, a branch-and-bound search decides.
        low = max(*self.weights, -(-self.total // self.teams))
        exact = True
        # The lower bound is often M itself (the largest area alone sets it): try it first.
        try:
            if self._probe(low) is not None:
                return low
            low += 1
        except _GaveUp:
            exact = False
        try:
            high = self._probe(self.total)
        except _GaveUp:
            high, exact = self.total, False
        if high is None:
            # The caller checked the hard constraints, so this cannot happen.
            raise AssertionError("no assignment although the hard constraints hold")
        while low < high:
            middle = (low + high) // 2
            try:
                witness = self._probe(middle)
            except _GaveUp:
                exact = False
                low = middle + 1
                continue
            if witness is None:
                low = middle + 1
            else:
                high = witness
        return high if exact else self._least(0, self.full, self.total, high)

    def _probe(self, capacity: int) -> int | None:
        """The largest team total of some assignment under ``capacity``, None if none."""
        dead: list[set[int]] = [set() for _ in range(self.teams)]
        start = self.budget.spent

        def search(t: int, mask: int, mask_sum: int) -> int | None:
            if t == self.teams - 1:
                return mask_sum if self._last_fits(mask, mask_sum, capacity) else None
            if mask in dead[t]:
                return None
            choices = self._choices(t, mask, mask_sum, capacity)
            if self.budget.spent - start > PROBE_LIMIT:
                raise _GaveUp
            # Filling each team up first tends to find an assignment at once.
            for subset, subset_sum in sorted(choices, key=lambda c: -c[1]):
                found = search(t + 1, mask ^ subset, mask_sum - subset_sum)
                if found is not None:
                    return max(found, subset_sum)
            dead[t].add(mask)
            return None

        return search(0, self.full, self.total)

    def _least(self, t: int, mask: int, mask_sum: int, bound: int) -> int:
        """The least largest team total with which teams t … can take exactly ``mask``.

        Exact when it is at most ``bound``; ``bound + 1`` stands for "more than bound".
        What is learnt is kept per (team, mask) as a lower bound, exact or not, so that a
        later call with a smaller bound stops at once and one with a larger bound resumes.
        """
        if t == self.teams - 1:
            fits = self._last_fits(mask, mask_sum, bound)
            return mask_sum if fits else bound + 1
        floor, exact = self._bounds[t].get(mask, (0, False))
        if exact or floor > bound:
            return floor if floor <= bound else bound + 1
        heaviest = next((w for w, bit in self._heaviest_first if mask & bit), 0)
        floor = max(floor, heaviest, -(-mask_sum // (self.teams - t)))
        if floor > bound:
            self._bounds[t][mask] = (floor, False)
            return bound + 1
        choices = sorted(self._choices(t, mask, mask_sum, bound), key=lambda c: c[1])
        best = bound + 1
        for subset, subset_sum in choices:
            if subset_sum >= best or best <= floor:
                break  # by ascending totals nothing later can do better
            rest = self._least(t + 1, mask ^ subset, mask_sum - subset_sum, best - 1)
            best = min(best, max(subset_sum, rest))
        self._bounds[t][mask] = (best, True) if best <= bound else (bound + 1, False)
        return best

    def _count(self, t: int, mask: int, mask_sum: int) -> int:
        if t == self.teams - 1:
            return 1 if self._last_fits(mask, mask_sum, self.capacity) else 0
        known = self._counts[t].get(mask)
        if known is not None:
            return known
        choices = self._choices(t, mask, mask_sum, self.capacity)
        if t == self.teams - 2:
            # For the last team but one, the conditions ``_choices`` applies are exactly
            # those under which the last team can take the rest: each choice is one way.
            total = len(choices)
        else:
            total = 0
            below = self._bounds[t + 1]
            known_below = self._counts[t + 1]
            for subset, subset_sum in choices:
                rest = mask ^ subset
                # Most children are known already; looking them up here saves a call.
                ways = known_below.get(rest)
                if ways is not None:
                    total += ways
                # Skip what the search for M showed cannot be completed under M.
                elif below.get(rest, (0, False))[0] <= self.capacity:
                    total += self._count(t + 1, rest, mask_sum - subset_sum)
        self._counts[t][mask] = total
        return total

    def _last_fits(self, mask: int, mask_sum: int, capacity: int) -> bool:
        last = self.teams - 1
        return (
            mask & ~self.allowed[last] == 0
            and mask_sum <= capacity
            and (mask != 0 or not self.nonempty)
        )

    def _choices(self, t: int, mask: int, mask_sum: int, capacity: int) -> list[Choice]:
        """The subsets team t may take from ``mask`` that can still lead to an assignment."""
        self.budget.spend(CALL_COST)
        later = self.teams - t - 1
        # Areas no later team may take: team t must take them or nobody can.
        forced = mask & ~self.cover[t + 1]
        if forced & ~self.allowed[t]:
            return []
        # What team t leaves must fit into the later teams' capacity.
        low = mask_sum - later * capacity
        if low > capacity:
            return []
        size_left = mask.bit_count()
        min_size = 1 if self.nonempty else 0
        max_size = size_left - later if self.nonempty else size_left
        free = [(w, bit) for w, bit in self._items[t] if mask & bit and not forced & bit]
        forced_sum = sum(w for w, bit in self._items[t] if forced & bit)
        if forced_sum > capacity or forced.bit_count() > max_size:
            return []
        weights = [w for w, _ in free]
        bits = [bit for _, bit in free]
        count = len(free)
        reach = [0] * (count + 1)  # reach[i]: what free areas i, i + 1, … add up to
        for i in range(count - 1, -1, -1):
            reach[i] = reach[i + 1] + weights[i]
        found: list[Choice] = []
        forced_size = forced.bit_count()
        if forced_sum >= low and forced_size >= min_size:
            found.append((forced, forced_sum))
        # Each subset is grown from the one without its last (heaviest) free area, free
        # areas by ascending households: once adding area j passes the capacity, or
        # cannot reach ``low`` even with everything after it, no later j can either.
        stack = [(0, forced_sum, forced, forced_size)] if forced_size < max_size else []
        steps = 0  # search work, counted against the budget
        while stack:
            start, total, subset, size = stack.pop()
            for j in range(start, count):
                steps += 1
                grown = total + weights[j]
                if grown > capacity or total + reach[j] < low:
                    break
                with_j = subset | bits[j]
                if grown >= low:
                    found.append((with_j, grown))
                if j + 1 < count and size + 1 < max_size:
                    stack.append((j + 1, grown, with_j, size + 1))
        self.budget.spend(steps)
        return found
