"""The income line per county and year; changing it refreshes every town's risk flags."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_county_write, allow_town_write
from towncheck.errors import invalid
from towncheck.households import risk
from towncheck.households.models import PovertyLine
from towncheck.tenancy.models import Town


async def lines(session: AsyncSession, *, principal: Principal) -> Sequence[PovertyLine]:
    stmt = (
        select(PovertyLine)
        .where(PovertyLine.county_id == principal.county_id)
        .order_by(PovertyLine.year.desc())
    )
    return (await session.scalars(stmt)).all()


async def set_line(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    year: int,
    line: Decimal,
    margin: Decimal,
) -> PovertyLine:
    require(policy, principal, "poverty_line", "write")
    if not 2013 <= year <= 2050:
        raise invalid("年度须在 2013 到 2050 年之间", field="year")
    if not Decimal(0) < line <= Decimal(100_000):
        raise invalid("收入标准须为 0 到 10 万元之间的数", field="line")
    if not Decimal(0) <= margin <= line:
        raise invalid("边缘区间须在 0 与收入标准之间", field="margin")
    assert principal.county_id is not None
    await allow_county_write(session, principal.county_id)
    row = await session.get(PovertyLine, (principal.county_id, year))
    before = None if row is None else {"line": str(row.line), "margin": str(row.margin)}
    if row is None:
        row = PovertyLine(county_id=principal.county_id, year=year)
        session.add(row)
    row.line, row.margin = line, margin
    await session.flush()
    towns = (
        await session.scalars(select(Town.id).where(Town.county_id == principal.county_id))
    ).all()
    for town_id in towns:
        await allow_town_write(session, town_id)
        await risk.recompute(session, town_id=town_id)
    await audit.record(
        session,
        actor=principal,
        action="poverty_line.set",
        target_type="PovertyLine",
        target_id=year,
        county_id=principal.county_id,
        before=before,
        after={"line": str(line), "margin": str(margin)},
    )
    return row
