"""Self-check and cross-check answers to the same checkpoint of the same household, in pairs.

Only checkpoints with a definite categorical answer (yes/no, grade, choice) are paired:
agreement and Cohen's kappa are about categories; numbers and free text are compared for
discrepancies but not counted here.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Final

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.checklists.content import AnswerType, Checkpoint

CATEGORICAL: Final = frozenset({AnswerType.yes_no, AnswerType.grade, AnswerType.choice})

# The latest version of each side, per household and checkpoint.
_PAIRS: Final = text("""
select s.visitor_id as cadre, vl.area_id as area, sa.checkpoint, sa.value as own, ca.value as other
from visits s
join visits c on c.town_id = s.town_id and c.cycle_id = s.cycle_id
  and c.household_id = s.household_id and c.stage = 'cross'
join visit_answers sa on sa.town_id = s.town_id and sa.visit_id = s.id and sa.version = s.version
join visit_answers ca on ca.town_id = c.town_id and ca.visit_id = c.id and ca.version = c.version
  and ca.checkpoint = sa.checkpoint
join households h on h.town_id = s.town_id and h.id = s.household_id
join villages vl on vl.town_id = h.town_id and vl.id = h.village_id
where s.town_id = :town and s.cycle_id = :cycle and s.stage = 'self'
  and sa.checkpoint = any(cast(:codes as text[]))
  and sa.value is not null and ca.value is not null
""")


@dataclass(frozen=True, slots=True)
class Pair:
    cadre_id: int  # who did the self-check
    area_id: int
    checkpoint: str
    own: str
    cross: str


def categorical_codes(checkpoints: Collection[Checkpoint]) -> list[str]:
    return sorted(c.code for c in checkpoints if c.answer in CATEGORICAL)


async def answer_pairs(
    session: AsyncSession, *, town_id: int, cycle_id: int, codes: list[str]
) -> list[Pair]:
    rows = await session.execute(_PAIRS, {"town": town_id, "cycle": cycle_id, "codes": codes})
    return [
        Pair(
            cadre_id=r.cadre,
            area_id=r.area,
            checkpoint=r.checkpoint,
            own=_label(r.own),
            cross=_label(r.other),
        )
        for r in rows
    ]


def _label(value: object) -> str:
    # JSON true/false and strings: one category label each.
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)
