"""Satisfaction (满意度): the households' answers to the satisfaction checkpoint of the
self-check, as rates per village, area and town.

The satisfaction checkpoint is the household choice checkpoint offering 满意 and 基本满意
(六.1.1 in the default template); a county's own template is read the same way. The rate is
(满意 + 基本满意) ÷ households asked, a household asked being one with a self-check visit
in the cycle; a visit without that answer counts as 未答.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Final, Literal

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.checklists.content import AnswerType, Checkpoint
from towncheck.cycles.models import Cycle
from towncheck.selfcheck.service import household_checkpoints

By = Literal["village", "area", "town"]
SATISFIED: Final = "满意"
FAIRLY: Final = "基本满意"
UNSATISFIED: Final = "不满意"

_KEYS: Final[Mapping[By, tuple[str, str]]] = {
    "village": ("vl.id", "vl.name"),
    "area": ("ar.id", "ar.name"),
    "town": ("t.id", "t.name"),
}


@dataclass(frozen=True, slots=True)
class SatisfactionRow:
    key_id: int
    name: str
    asked: int
    satisfied: int
    fairly: int
    unsatisfied: int
    unanswered: int
    rate: Decimal | None  # percent, (满意 + 基本满意) ÷ asked


def satisfaction_checkpoint(checkpoints: Mapping[str, Checkpoint]) -> Checkpoint | None:
    return next(
        (
            c
            for c in checkpoints.values()
            if c.answer is AnswerType.choice and {SATISFIED, FAIRLY} <= set(c.choices)
        ),
        None,
    )


_TEMPLATE: Final = """
select KEY as key_id, NAME as name, count(*) as asked,
  count(*) filter (where a.value #>> '{}' = :satisfied) as satisfied,
  count(*) filter (where a.value #>> '{}' = :fairly) as fairly,
  count(*) filter (where a.value #>> '{}' = :unsatisfied) as unsatisfied,
  count(*) filter (where a.value is null) as unanswered
from visits v
join households h on h.town_id = v.town_id and h.id = v.household_id
join villages vl on vl.town_id = h.town_id and vl.id = h.village_id
join areas ar on ar.town_id = vl.town_id and ar.id = vl.area_id
join towns t on t.id = v.town_id
left join visit_answers a on a.town_id = v.town_id and a.visit_id = v.id
  and a.version = v.version and a.checkpoint = :code
where v.town_id = :town and v.cycle_id = :cycle and v.stage = 'self'
group by KEY, NAME order by KEY
"""
# Built once from the fixed column names above, never from input.
_QUERIES: Final = {
    by: text(_TEMPLATE.replace("KEY", key).replace("NAME", name))
    for by, (key, name) in _KEYS.items()
}


async def satisfaction(session: AsyncSession, *, cycle: Cycle, by: By) -> list[SatisfactionRow]:
    checkpoint = satisfaction_checkpoint(await household_checkpoints(session, cycle))
    if checkpoint is None:
        return []
    rows = await session.execute(
        _QUERIES[by],
        {
            "town": cycle.town_id,
            "cycle": cycle.id,
            "code": checkpoint.code,
            "satisfied": SATISFIED,
            "fairly": FAIRLY,
            "unsatisfied": UNSATISFIED,
        },
    )
    return [
        SatisfactionRow(
            key_id=int(r.key_id),
            name=str(r.name),
            asked=int(r.asked),
            satisfied=int(r.satisfied),
            fairly=int(r.fairly),
            unsatisfied=int(r.unsatisfied),
            unanswered=int(r.unanswered),
            rate=_rate(int(r.satisfied) + int(r.fairly), int(r.asked)),
        )
        for r in rows
    ]


def _rate(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(100 * part) / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
