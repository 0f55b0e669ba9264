"""From finding to action: a ledger item with owner, measures and deadline — or, for a
problem fixed during the visit, the confirmation of that fix by someone else.

A finding of a problem already signed off on the same household and checkpoint reopens
that item (回头看) instead of starting a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.models import TownMembership
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.cycles.service import get_cycle
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, forbidden, invalid, not_found
from towncheck.households.models import Household
from towncheck.rectification.models import LedgerItem
from towncheck.rectification.transitions import record
from towncheck.selfcheck.models import Finding
from towncheck.tenancy.models import Village

MEASURES_MAX: Final = 2000


@dataclass(frozen=True, slots=True)
class NewItem:
    finding_id: int
    owner_id: int
    measures: str
    deadline: date


async def open_item(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    new: NewItem,
    today: date,
) -> LedgerItem:
    require(policy, principal, "ledger", "write", town_id=town_id)
    finding = await session.get(Finding, (town_id, new.finding_id))
    if finding is None:
        raise not_found("问题不存在或您无权查看")
    measures = new.measures.strip()
    if not measures or len(measures) > MEASURES_MAX:
        raise invalid(f"整改措施须为 1 到 {MEASURES_MAX} 个字", field="measures")
    if new.deadline < today:
        raise invalid("整改时限不能早于今天", field="deadline")
    await _require_ready(session, finding)
    await _require_member(session, town_id=town_id, user_id=new.owner_id)
    await allow_town_write(session, town_id)
    return await _place(session, principal=principal, finding=finding, new=new, measures=measures)


async def _require_ready(session: AsyncSession, finding: Finding) -> None:
    if finding.state != "open":
        raise DomainError(ErrorCode.CONFLICT, "已立行立改或已撤销的问题不需要进入整改台账")
    listed = await session.scalar(
        select(
            exists().where(
                LedgerItem.town_id == finding.town_id, LedgerItem.finding_id == finding.id
            )
        )
    )
    if listed:
        raise DomainError(ErrorCode.CONFLICT, "该问题已在整改台账中")


async def _require_member(session: AsyncSession, *, town_id: int, user_id: int) -> None:
    member = await session.scalar(
        select(exists().where(TownMembership.town_id == town_id, TownMembership.user_id == user_id))
    )
    if not member:
        raise invalid("整改责任人须为本镇干部", field="ownerId")


async def _place(
    session: AsyncSession, *, principal: Principal, finding: Finding, new: NewItem, measures: str
) -> LedgerItem:
    earlier = await session.scalar(
        select(LedgerItem)
        .where(
            LedgerItem.town_id == finding.town_id,
            LedgerItem.household_id == finding.household_id,
            LedgerItem.checkpoint == finding.checkpoint,
            LedgerItem.state == "signed_off",
        )
        .order_by(LedgerItem.id.desc())
        .limit(1)
        .with_for_update()
    )
    if earlier is not None:
        # 回头看: the same problem again on the same household reopens the signed-off item.
        earlier.finding_id, earlier.cycle_id = finding.id, finding.cycle_id
        earlier.owner_id, earlier.measures, earlier.deadline = new.owner_id, measures, new.deadline
        earlier.state, earlier.reopened = "open", earlier.reopened + 1
        earlier.signed_off_by = earlier.signed_off_at = None
        await record(
            session,
            item=earlier,
            before="signed_off",
            actor=principal,
            reason=f"回头看：再次发现同一问题（{finding.description}）",
        )
        return earlier
    village, area = await _place_of(session, finding)
    item = LedgerItem(
        town_id=finding.town_id,
        cycle_id=finding.cycle_id,
        finding_id=finding.id,
        household_id=finding.household_id,
        village_id=village,
        area_id=area,
        checkpoint=finding.checkpoint,
        problem=finding.description,
        measures=measures,
        owner_id=new.owner_id,
        deadline=new.deadline,
        severity=finding.severity,
        state="open",
        created_by=principal.user_id,
    )
    session.add(item)
    await record(session, item=item, before="", actor=principal, reason="列入整改台账")
    return item


async def _place_of(session: AsyncSession, finding: Finding) -> tuple[int | None, int | None]:
    """The village and area an item is about: its household's, or its own village's."""
    query = select(Village.id, Village.area_id).where(Village.town_id == finding.town_id)
    if finding.household_id is not None:
        query = query.join(
            Household,
            (Household.town_id == Village.town_id) & (Household.village_id == Village.id),
        ).where(Household.id == finding.household_id)
    elif finding.village_id is not None:
        query = query.where(Village.id == finding.village_id)
    else:
        return None, None
    row = (await session.execute(query)).first()
    return (row[0], row[1]) if row is not None else (None, None)


async def list_cycle_findings(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    cycle_id: int,
    today: date,
) -> int:
    """Every open finding of the cycle not yet in the ledger becomes an item: owned by the
    cadre held responsible (or who found it), due by the end of the rectification window."""
    require(policy, principal, "ledger", "write", town_id=town_id)
    cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_id)
    pending = (
        await session.scalars(
            select(Finding)
            .where(
                Finding.town_id == town_id,
                Finding.cycle_id == cycle.id,
                Finding.state == "open",
                ~exists().where(
                    LedgerItem.town_id == Finding.town_id, LedgerItem.finding_id == Finding.id
                ),
            )
            .order_by(Finding.id)
        )
    ).all()
    deadline = max(cycle.rect_end, today)
    for finding in pending:
        owner = finding.responsible_id or finding.found_by
        await open_item(
            session,
            policy=policy,
            principal=principal,
            town_id=town_id,
            new=NewItem(
                finding_id=finding.id,
                owner_id=owner,
                measures=f"针对“{finding.description}”落实整改，做到问题清零",
                deadline=deadline,
            ),
            today=today,
        )
    return len(pending)


async def confirm_fix(
    session: AsyncSession, *, policy: Policy, principal: Principal, town_id: int, finding_id: int
) -> Finding:
    """Someone other than the visitor confirms a problem fixed on the spot (立行立改)."""
    require(policy, principal, "ledger", "signoff", town_id=town_id)
    finding = await session.get(Finding, (town_id, finding_id))
    if finding is None:
        raise not_found("问题不存在或您无权查看")
    if finding.state != "fixed_on_spot":
        raise DomainError(ErrorCode.CONFLICT, "只有立行立改的问题需要确认")
    if finding.found_by == principal.user_id:
        raise forbidden("立行立改须由发现问题者以外的人确认")
    if finding.fix_confirmed_by is not None:
        raise DomainError(ErrorCode.CONFLICT, "该问题的立行立改已经确认")
    await allow_town_write(session, town_id)
    finding.fix_confirmed_by = principal.user_id
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="finding.confirm_fix",
        target_type="Finding",
        target_id=finding.id,
        town_id=town_id,
        after={"fix_note": finding.fix_note, "evidence": list(finding.fix_evidence)},
    )
    return finding
