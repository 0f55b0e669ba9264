"""Where ``draw-chain-v1`` starts, and its capacity M: a deterministic balancing heuristic.

Areas are indices 0 … A−1 and teams 0 … T−1 in the draw's canonical order (ascending id);
``area_teams[a]`` is the bitmask of the teams that may take area a (no conflict of
interest, and not the previous cycle's team under rotation); w(a) is its households. A
team that must keep an area (A ≥ T) never gives away its last one. The heuristic:

1. *One area per team* (only when A ≥ T): a maximum bipartite matching by augmenting
   paths (Kuhn's algorithm). Teams are taken in order; each tries its allowed areas
   lightest first (w ascending, then index), so the matched areas weigh little and leave
   the balancing to step 2. The caller has checked the hard constraints, so every team
   is matched.
2. *Longest processing time first*: the other areas by w descending (then index) each go
   to the allowed team with the least total so far (then lowest index).
3. *Improvement* by *steps*: reassignments after which every team they change totals
   less than the heaviest of those teams did before. Each step lowers the list of team
   totals sorted in descending order (lexicographically), so the search ends. Repeat:

   a. The heaviest team h (largest total, then lowest index) looks for steps that
      lower its total. First *trades* with one other team u: a *move* (one area of h to
      u), a *swap* (one for one), *two for one* (two areas of h for one of u) and *one
      for two*, keyed (larger new total, kind 0–3 in that order, u, the areas h gives,
      the areas it takes, each group ascending). Only when there is no trade (they are
      far cheaper to look for), *relays*: area a of h to team u, which passes its area c
      to a third team v, keyed (largest new total, 4, a, u, c, v). The least key is made.
   b. When h has no step: one sweep that, for every area a by index and every team t by
      index, moves a to t if that is a step (and w(a) > 0), then for every pair of areas a < b swaps
      them if that is a step, each as soon as found. If the sweep made a step, back to
      (a); otherwise stop.

   The search also stops once the largest total reaches the lower bound
   L = max(largest w, ⌈total / T⌉), which no assignment can beat.

M is the largest team total of the result. It is the best this deterministic search
finds, *not* proven minimal: the exact minimax of ``draw-v1`` can be smaller. Every step
uses integers and fixed orders only, so anyone recomputes the same start and M.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from towncheck.crosscheck.chain_state import Loads


@dataclass(frozen=True, slots=True)
class Start:
    """The heuristic assignment (team index per area), its largest total M, and L."""

    owner: tuple[int, ...]
    capacity: int
    lower_bound: int


def balanced_start(
    *, weights: Sequence[int], area_teams: Sequence[int], teams: int, nonempty: bool
) -> Start:
    """The heuristic's assignment and capacity (see the module docstring)."""
    count = len(weights)
    owner = _one_area_each(weights, area_teams, teams) if nonempty else [-1] * count
    load = [0] * teams
    for a in range(count):
        if owner[a] >= 0:
            load[owner[a]] += weights[a]
    for a in sorted(range(count), key=lambda a: (-weights[a], a)):
        if owner[a] < 0:
            allowed = [t for t in range(teams) if area_teams[a] >> t & 1]
            t = min(allowed, key=lambda t: (load[t], t))
            owner[a] = t
            load[t] += weights[a]
    lower = max(max(weights, default=0), -(-sum(weights) // teams))
    state = Loads(
        owner=owner, weights=weights, area_teams=area_teams, teams=teams, nonempty=nonempty
    )
    while True:
        heavy = max(range(teams), key=lambda t: (state.load[t], -t))
        if state.load[heavy] <= lower:
            break
        best = _best_trade(state, heavy) or _best_relay(state, heavy)
        if best is not None:
            for a, t in best[1]:
                state.reassign(a, t)
        elif not _sweep(state):
            break
    return Start(owner=tuple(state.owner), capacity=max(state.load), lower_bound=lower)


def _one_area_each(weights: Sequence[int], area_teams: Sequence[int], teams: int) -> list[int]:
    """Area index → matched team index (−1 when unmatched)."""
    lightest_first = sorted(range(len(weights)), key=lambda a: (weights[a], a))
    options = [[a for a in lightest_first if area_teams[a] >> t & 1] for t in range(teams)]
    matched = [-1] * len(weights)

    def augment(t: int, seen: set[int]) -> bool:
        # Depth at most the number of teams: each level matches a different team.
        for a in options[t]:
            if a not in seen:
                seen.add(a)
                if matched[a] < 0 or augment(matched[a], seen):
                    matched[a] = t
                    return True
        return False

    for t in range(teams):
        augment(t, set())
    return matched


# (key, the (area, new team) reassignments); the least key wins.
Step = tuple[tuple[int, ...], tuple[tuple[int, int], ...]]
# (areas the heavy team gives, areas it takes back): move, swap, two for one, one for two.
TRADES = ((1, 0), (1, 1), (2, 1), (1, 2))
RELAY = len(TRADES)


def _least(best: Step | None, step: Step) -> Step:
    return step if best is None or step[0] < best[0] else best


def _best_trade(state: Loads, h: int) -> Step | None:
    """The heavy team's least move, swap, two-for-one or one-for-two with a team u.

    Its key is (larger new total, kind, u, the areas given, the areas taken), areas
    ascending within each group.
    """
    load, weights, mine = state.load, state.weights, state.mine
    top = load[h]
    ours = sorted(mine[h])
    best: Step | None = None
    for u in range(len(load)):
        if u == h:
            continue
        give = [a for a in ours if state.may_take(a, u)]
        take = sorted(b for b in mine[u] if state.may_take(b, h))
        for kind, (given, taken) in enumerate(TRADES):
            if len(ours) - given + taken < state.keep:
                continue
            for out in itertools.combinations(give, given):
                sent = sum(weights[a] for a in out)
                for back in itertools.combinations(take, taken):
                    d = sent - sum(weights[b] for b in back)
                    if d > 0 and load[u] + d < top:
                        key = (max(top - d, load[u] + d), kind, u, *out, *back)
                        changes = tuple((a, u) for a in out) + tuple((b, h) for b in back)
                        best = _least(best, (key, changes))
    return best


def _best_relay(state: Loads, h: int) -> Step | None:
    """The heavy team's least relay: area a to team u, which passes its area c to team v."""
    load, weights, mine = state.load, state.weights, state.mine
    top = load[h]
    if len(mine[h]) <= state.keep:
        return None
    best: Step | None = None
    teams = range(len(load))
    for a in sorted(mine[h]):
        w = weights[a]
        if w == 0:
            continue
        for u in teams:
            if u == h or not state.may_take(a, u):
                continue
            for c in sorted(mine[u]):
                after = load[u] + w - weights[c]
                if after >= top:
                    continue
                for v in teams:
                    if v not in (h, u) and state.may_take(c, v) and load[v] + weights[c] < top:
                        key = (max(top - w, after, load[v] + weights[c]), RELAY, a, u, c, v)
                        best = _least(best, (key, ((a, u), (c, v))))
    return best


def _sweep(state: Loads) -> bool:
    """Step 3b: every move, then every swap, that is a step; whether any was made."""
    load, weights, owner = state.load, state.weights, state.owner
    made = False
    for a in range(len(owner)):
        for t in range(len(load)):
            s = owner[a]
            # Both new totals below the old total of the team giving the area away (an
            # area without households would change nothing, so it stays).
            w = weights[a]
            if w > 0 and t != s and load[t] + w < load[s] and state.move(a, t, load[s] - 1):
                made = True
    for a in range(len(owner)):
        for b in range(a + 1, len(owner)):
            s, t = owner[a], owner[b]
            d = weights[a] - weights[b]
            if s == t or d == 0:
                continue
            # The team whose total would rise must end below the other's old total.
            if (d > 0 and load[t] + d < load[s]) or (d < 0 and load[s] - d < load[t]):
                made = state.swap(a, b, max(load[s], load[t]) - 1) or made
    return made
