"""Correcting and removing entries of the two registers. Nothing is overwritten silently: each
change is audited with the entry as it was and as it became, a removal with all it held.

The town is the entry's own, authorized first; an entry that is not there (or not the
viewer's to see) is reported as such before its form is judged. A replacement is the whole
entry, as its form submits it, checked exactly as when it was recorded, before anything is
written.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import not_found
from towncheck.programs.assistance import (
    AssistanceData,
    CollaborationData,
    assign_assistance,
    assign_collaboration,
    valid_assistance,
    valid_collaboration,
)
from towncheck.programs.models import CollaborationFund, SocialAssistance
from towncheck.projects.checks import plain

ASSISTANCE_GONE = "社会扶贫登记不存在或您无权查看"
FUND_GONE = "省内扶贫协作资金登记不存在或您无权查看"


async def _locked_assistance(
    session: AsyncSession, *, town_id: int, entry_id: int
) -> SocialAssistance:
    # Write access first: row-level security lets FOR UPDATE see only writable rows.
    await allow_town_write(session, town_id)
    row = await session.get(
        SocialAssistance, (town_id, entry_id), with_for_update=True, populate_existing=True
    )
    if row is None:
        raise not_found(ASSISTANCE_GONE)
    return row


async def _locked_fund(session: AsyncSession, *, town_id: int, fund_id: int) -> CollaborationFund:
    await allow_town_write(session, town_id)
    row = await session.get(
        CollaborationFund, (town_id, fund_id), with_for_update=True, populate_existing=True
    )
    if row is None:
        raise not_found(FUND_GONE)
    return row


def assistance_snapshot(row: SocialAssistance) -> dict[str, object]:
    return plain(
        AssistanceData(
            kind=row.kind,
            helper=row.helper,
            amount=row.amount,
            given_on=row.given_on,
            village_id=row.village_id,
            household_id=row.household_id,
            purpose=row.purpose,
            result=row.result,
        )
    )


def fund_snapshot(row: CollaborationFund) -> dict[str, object]:
    return plain(
        CollaborationData(
            partner=row.partner,
            year=row.year,
            amount=row.amount,
            purpose=row.purpose,
            received_on=row.received_on,
            used_on=row.used_on,
            results=row.results,
        )
    )


async def update_assistance(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    entry_id: int,
    data: AssistanceData,
    today: date,
) -> SocialAssistance:
    """Replace the entry with ``data`` (every field)."""
    require(policy, principal, "program", "write", town_id=town_id)
    row = await _locked_assistance(session, town_id=town_id, entry_id=entry_id)
    checked = await valid_assistance(session, town_id=town_id, data=data, today=today)
    before = assistance_snapshot(row)
    assign_assistance(row, checked)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="social_assistance.update",
        target_type="SocialAssistance",
        target_id=row.id,
        town_id=town_id,
        before=before,
        after=assistance_snapshot(row),
    )
    return row


async def delete_assistance(
    session: AsyncSession, *, policy: Policy, principal: Principal, town_id: int, entry_id: int
) -> int:
    """Remove the entry; returns its id."""
    require(policy, principal, "program", "write", town_id=town_id)
    row = await _locked_assistance(session, town_id=town_id, entry_id=entry_id)
    before = assistance_snapshot(row)
    await session.delete(row)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="social_assistance.delete",
        target_type="SocialAssistance",
        target_id=entry_id,
        town_id=town_id,
        before=before,
    )
    return entry_id


async def update_collaboration(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    fund_id: int,
    data: CollaborationData,
    today: date,
) -> CollaborationFund:
    """Replace the fund's entry with ``data`` (every field)."""
    require(policy, principal, "program", "write", town_id=town_id)
    row = await _locked_fund(session, town_id=town_id, fund_id=fund_id)
    checked = valid_collaboration(data=data, today=today)
    before = fund_snapshot(row)
    assign_collaboration(row, checked)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="collaboration_fund.update",
        target_type="CollaborationFund",
        target_id=row.id,
        town_id=town_id,
        before=before,
        after=fund_snapshot(row),
    )
    return row


async def delete_collaboration(
    session: AsyncSession, *, policy: Policy, principal: Principal, town_id: int, fund_id: int
) -> int:
    """Remove the fund's entry; returns its id."""
    require(policy, principal, "program", "write", town_id=town_id)
    row = await _locked_fund(session, town_id=town_id, fund_id=fund_id)
    before = fund_snapshot(row)
    await session.delete(row)
    await session.flush()
    await audit.record(
        session,
        actor=principal,
        action="collaboration_fund.delete",
        target_type="CollaborationFund",
        target_id=fund_id,
        town_id=town_id,
        before=before,
    )
    return fund_id
