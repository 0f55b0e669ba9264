"""The sweep (举一反三): from one finding, every other household of the town that fails the
same checkpoint rule on its registry data, previewed, then turned into findings and ledger
items in one step.

Only a rule that registry data can decide is swept; a problem seen only during a visit has
no rule to apply elsewhere. Households that already have a finding for the checkpoint in
the cycle are left out, so applying the same sweep twice adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.cycles.service import get_cycle
from towncheck.db import allow_town_write
from towncheck.errors import invalid, not_found
from towncheck.households.models import Household, HouseholdHelper
from towncheck.rectification.ledger import NewItem, open_item
from towncheck.rectification.models import LedgerItem
from towncheck.selfcheck.facts import town_facts
from towncheck.selfcheck.findings import rule_result
from towncheck.selfcheck.models import Finding
from towncheck.selfcheck.service import household_checkpoints


@dataclass(frozen=True, slots=True)
class Candidate:
    household_id: int
    head_name: str
    owner_id: int | None  # the household's assistance cadre, when it has one


@dataclass(frozen=True, slots=True)
class Sweep:
    source: Finding
    checkpoint_text: str
    candidates: tuple[Candidate, ...]


async def preview(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    finding_id: int,
    today: date,
) -> Sweep:
    require(policy, principal, "ledger", "sweep", town_id=town_id)
    # Row-level security keeps another town's finding out of reach: it reads as missing.
    source = await session.get(Finding, (town_id, finding_id))
    if source is None:
        raise not_found("问题不存在或您无权查看")
    cycle = await get_cycle(session, town_id=town_id, cycle_id=source.cycle_id)
    checkpoint = (await household_checkpoints(session, cycle)).get(source.checkpoint)
    if checkpoint is None or not checkpoint.rule:
        raise invalid("该指标没有可按台账数据判断的规则，无法举一反三")
    listed = set(
        await session.scalars(
            select(Finding.household_id).where(
                Finding.town_id == town_id,
                Finding.cycle_id == cycle.id,
                Finding.checkpoint == source.checkpoint,
            )
        )
    )
    facts = await town_facts(session, town_id=town_id, today=today)
    failing = [
        h
        for h, f in facts.items()
        if h not in listed and rule_result(checkpoint, f, None, {}) is False
    ]
    return Sweep(
        source=source,
        checkpoint_text=checkpoint.text,
        candidates=await _candidates(session, town_id=town_id, households=failing),
    )


async def _candidates(
    session: AsyncSession, *, town_id: int, households: list[int]
) -> tuple[Candidate, ...]:
    rows = await session.execute(
        select(Household.id, Household.head_name)
        .where(Household.town_id == town_id, Household.id.in_(households))
        .order_by(Household.id)
    )
    helpers: dict[int, int] = {}
    for household, user in await session.execute(
        select(HouseholdHelper.household_id, HouseholdHelper.user_id)
        .where(HouseholdHelper.town_id == town_id, HouseholdHelper.household_id.in_(households))
        .order_by(HouseholdHelper.household_id, HouseholdHelper.user_id)
    ):
        helpers.setdefault(household, user)
    return tuple(Candidate(h, name, helpers.get(h)) for h, name in rows)


async def apply(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    finding_id: int,
    deadline: date,
    today: date,
) -> list[LedgerItem]:
    """A finding and a ledger item for every candidate of the preview, at once."""
    sweep = await preview(
        session,
        policy=policy,
        principal=principal,
        town_id=town_id,
        finding_id=finding_id,
        today=today,
    )
    if deadline < today:
        raise invalid("整改时限不能早于今天", field="deadline")
    source = sweep.source
    default_owner = principal.user_id or source.found_by
    await allow_town_write(session, town_id)
    created = []
    for candidate in sweep.candidates:
        finding_id = await _finding(session, source=source, candidate=candidate, by=principal)
        item = await open_item(
            session,
            policy=policy,
            principal=principal,
            town_id=town_id,
            new=NewItem(
                finding_id=finding_id,
                owner_id=candidate.owner_id or default_owner,
                measures=f"举一反三：参照问题 {source.id} 的整改措施落实整改",
                deadline=deadline,
            ),
            today=today,
        )
        item.swept_from = source.id
        created.append(item)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="ledger.sweep",
        target_type="Finding",
        target_id=source.id,
        town_id=town_id,
        after={"households": [c.household_id for c in sweep.candidates]},
    )
    return created


async def _finding(
    session: AsyncSession, *, source: Finding, candidate: Candidate, by: Principal
) -> int:
    finding_id = await session.scalar(
        insert(Finding)
        .values(
            town_id=source.town_id,
            cycle_id=source.cycle_id,
            visit_id=None,
            household_id=candidate.household_id,
            checkpoint=source.checkpoint,
            stage=source.stage,
            severity=source.severity,
            source="sweep",
            found_by=by.user_id or source.found_by,
            responsible_id=candidate.owner_id,
            description=f"{source.description}（举一反三排查发现）",
            state="open",
            fix_note="",
            fix_evidence=[],
        )
        .returning(Finding.id)
    )
    assert finding_id is not None  # insert … returning always yields the new id
    return int(finding_id)
