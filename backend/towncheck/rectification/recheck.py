"""Before a sign-off: the registry data that made the finding must now pass its rule.

A checkpoint whose rule reads only registry data (the housing plan is done, everyone has
basic medical insurance) is evaluated again for the household; while it still fails, the
item cannot be signed off. A rule that needs a visit's answer is left to the reviewer's
effectiveness check.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.cycles.service import get_cycle
from towncheck.errors import invalid
from towncheck.rectification.models import LedgerItem
from towncheck.selfcheck.facts import household_facts
from towncheck.selfcheck.findings import rule_result
from towncheck.selfcheck.service import household_checkpoints


async def registry_verdict(
    session: AsyncSession,
    *,
    town_id: int,
    cycle_id: int,
    household_id: int,
    checkpoint: str,
    today: date,
) -> bool | None:
    """The checkpoint's rule on the household's registry data now (None: cannot tell)."""
    cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_id)
    found = (await household_checkpoints(session, cycle)).get(checkpoint)
    if found is None or not found.rule:
        return None
    facts = await household_facts(session, town_id=town_id, household_id=household_id, today=today)
    if facts is None:
        return None
    return rule_result(found, facts, None, {})


async def require_rule_passes(session: AsyncSession, *, item: LedgerItem, today: date) -> None:
    if item.household_id is None:
        return
    verdict = await registry_verdict(
        session,
        town_id=item.town_id,
        cycle_id=item.cycle_id,
        household_id=item.household_id,
        checkpoint=item.checkpoint,
        today=today,
    )
    if verdict is False:
        raise invalid("台账数据仍不符合该指标的规则，请先更新台账（如住房改造完成日期）再销号")
