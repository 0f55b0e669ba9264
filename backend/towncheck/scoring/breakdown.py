"""A total explained by its parts: sections and items on the same 0–100 scale as the total.

Each assessed checkpoint contributes ``w × passed/assessed`` of a possible ``w``; dividing by
the whole possible weight puts every part on the total's scale, so the items' points add up
to the total and an item's lost points say exactly how much it cost.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from towncheck.checklists.content import TemplateContent

_CENT: Final = Decimal("0.01")
HUNDRED: Final = Decimal(100)


@dataclass(frozen=True, slots=True)
class Tally:
    assessed: int
    passed: int


@dataclass(frozen=True, slots=True)
class Part:
    code: str
    title: str
    points: Decimal  # earned, on the total's 0–100 scale
    maximum: Decimal  # what it could have earned on that scale
    checkpoints: int  # assessed checkpoints in it

    @property
    def lost(self) -> Decimal:
        return self.maximum - self.points


@dataclass(frozen=True, slots=True)
class Breakdown:
    total: Decimal | None
    sections: tuple[Part, ...]
    items: tuple[Part, ...]

    def worst_items(self, count: int = 3) -> list[Part]:
        """The items that cost most, largest loss first (ties in template order)."""
        losing = [p for p in self.items if p.lost > 0]
        return sorted(losing, key=lambda p: -p.lost)[:count]


def _round(value: Decimal) -> Decimal:
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def breakdown(content: TemplateContent, tallies: Mapping[str, Tally]) -> Breakdown:
    """Sections and items of ``content`` from per-checkpoint tallies (missing: not assessed)."""
    earned: dict[str, Decimal] = {}
    possible: dict[str, Decimal] = {}
    counted: dict[str, int] = {}
    for section in content.sections:
        for item in section.items:
            for c in item.checkpoints:
                tally = tallies.get(c.code)
                if tally is None or tally.assessed <= 0:
                    continue
                share = c.weight * tally.passed / tally.assessed
                for key in (section.code, item.code):
                    earned[key] = earned.get(key, Decimal(0)) + share
                    possible[key] = possible.get(key, Decimal(0)) + c.weight
                    counted[key] = counted.get(key, 0) + 1
    whole = sum((possible.get(s.code, Decimal(0)) for s in content.sections), Decimal(0))
    if whole == 0:
        return Breakdown(total=None, sections=(), items=())

    def part(code: str, title: str) -> Part:
        return Part(
            code=code,
            title=title,
            points=_round(earned[code] * HUNDRED / whole),
            maximum=_round(possible[code] * HUNDRED / whole),
            checkpoints=counted[code],
        )

    sections = tuple(part(s.code, s.title) for s in content.sections if s.code in possible)
    items = tuple(
        part(i.code, i.title) for s in content.sections for i in s.items if i.code in possible
    )
    total = sum((earned[s.code] for s in content.sections if s.code in earned), Decimal(0))
    return Breakdown(total=_round(total * HUNDRED / whole), sections=sections, items=items)


def household_tallies(
    checkpoints: Collection[str], *, failed: list[str], skipped: list[str]
) -> dict[str, Tally]:
    """A household's tallies from its row: every household checkpoint of the template but
    the optional ones it skipped."""
    missed, left_out = set(failed), set(skipped)
    return {
        code: Tally(assessed=1, passed=0 if code in missed else 1)
        for code in checkpoints
        if code not in left_out
    }
