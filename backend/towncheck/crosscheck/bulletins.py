"""The bulletin (通报): generated from the data as a new version, then published to the town.

Each version keeps the HTML and the workbook it was rendered to, with when and from which
data (the cut-off) it was generated, so a published notice never changes under readers.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, can, require
from towncheck.crosscheck.bulletin_gather import gather
from towncheck.crosscheck.bulletin_render import render_html, render_xlsx
from towncheck.crosscheck.models import Bulletin
from towncheck.cycles.service import get_cycle
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, invalid, not_found
from towncheck.tenancy.models import Town

TITLE_MAX = 200


async def generate(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    cycle_id: int,
    title: str,
    now: datetime,
) -> Bulletin:
    require(policy, principal, "bulletin", "write", town_id=town_id)
    cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_id)
    town = await session.get(Town, town_id)
    if town is None:
        raise not_found("乡镇不存在")
    title = title.strip() or f"{town.name}{cycle.name}自查互查情况通报"
    if len(title) > TITLE_MAX:
        raise invalid(f"标题不能超过 {TITLE_MAX} 个字", field="title")
    latest = await session.scalar(
        select(func.max(Bulletin.version)).where(
            Bulletin.town_id == town_id, Bulletin.cycle_id == cycle.id
        )
    )
    version = int(latest or 0) + 1
    data = await gather(
        session, cycle=cycle, town_name=town.name, version=version, title=title, now=now
    )
    await allow_town_write(session, town_id)
    row = Bulletin(
        town_id=town_id,
        cycle_id=cycle.id,
        version=version,
        title=title,
        data_cutoff=data.data_cutoff,
        summary={
            "households_visited": data.households_visited,
            "findings": data.findings,
            "discrepancies": data.discrepancies,
            "open": data.open,
            "pairs": data.agreement.pairs,
            "agreement": None if data.agreement.percent is None else str(data.agreement.percent),
            "kappa": None if data.agreement.kappa is None else str(data.agreement.kappa),
        },
        html=render_html(data),
        xlsx=render_xlsx(data),
        findings_count=data.findings,
        generated_by=principal.user_id,
        generated_at=now,
    )
    session.add(row)
    await session.flush()
    await _audit(session, principal, row, "bulletin.generate")
    return row


async def publish(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    bulletin_id: int,
    now: datetime,
) -> Bulletin:
    require(policy, principal, "bulletin", "write", town_id=town_id)
    row = await session.get(Bulletin, (town_id, bulletin_id))
    if row is None:
        raise not_found("通报不存在或您无权查看")
    if row.published_at is not None:
        raise DomainError(ErrorCode.CONFLICT, "该版通报已经发布")
    await allow_town_write(session, town_id)
    row.published_at, row.published_by = now, principal.user_id
    await session.flush()
    await _audit(session, principal, row, "bulletin.publish")
    return row


async def bulletins_of(
    session: AsyncSession, *, policy: Policy, principal: Principal, town_id: int, cycle_id: int
) -> list[Bulletin]:
    """Published versions for everyone in the town; drafts too for the poverty office."""
    require(policy, principal, "bulletin", "read", town_id=town_id)
    query = select(Bulletin).where(Bulletin.town_id == town_id, Bulletin.cycle_id == cycle_id)
    if not can(policy, principal, "bulletin", "write", town_id=town_id):
        query = query.where(Bulletin.published_at.is_not(None))
    return list(await session.scalars(query.order_by(Bulletin.version.desc())))


async def readable(
    session: AsyncSession, *, policy: Policy, principal: Principal, town_id: int, bulletin_id: int
) -> Bulletin:
    require(policy, principal, "bulletin", "read", town_id=town_id)
    row = await session.get(Bulletin, (town_id, bulletin_id))
    draft = row is not None and row.published_at is None
    if row is None or (draft and not can(policy, principal, "bulletin", "write", town_id=town_id)):
        raise not_found("通报不存在或尚未发布")
    return row


async def _audit(session: AsyncSession, principal: Principal, row: Bulletin, action: str) -> None:
    await audit.record(
        session,
        actor=principal,
        action=action,
        target_type="Bulletin",
        target_id=row.id,
        town_id=row.town_id,
        after={"cycle": row.cycle_id, "version": row.version, "findings": row.findings_count},
    )
