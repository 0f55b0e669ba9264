"""The tenancy tree: reading it within the viewer's scope and setting up a town."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, invalid, not_found
from towncheck.tenancy.models import Area, County, Office, Town, Village

NAME_MAX = 64


def _clean_name(name: str, *, field: str = "name") -> str:
    name = name.strip()
    if not name:
        raise invalid("名称不能为空", field=field)
    if len(name) > NAME_MAX:
        raise invalid(f"名称不能超过 {NAME_MAX} 个字", field=field)
    return name


async def viewer_county(session: AsyncSession, *, principal: Principal) -> County | None:
    if principal.county_id is None:
        return None
    return await session.get(County, principal.county_id)


async def viewer_towns(session: AsyncSession, *, principal: Principal) -> Sequence[Town]:
    """Towns the viewer may read: all of the county for officials, else their own."""
    towns = principal.read_towns
    if not towns:
        return []
    return (await session.scalars(select(Town).where(Town.id.in_(towns)).order_by(Town.id))).all()


async def town(session: AsyncSession, *, principal: Principal, town_id: int) -> Town | None:
    if town_id not in principal.read_towns:
        return None
    return await session.get(Town, town_id)


async def _guard_write(
    session: AsyncSession, *, policy: Policy, principal: Principal, town_id: int
) -> None:
    require(policy, principal, "tenancy", "write", town_id=town_id)
    await allow_town_write(session, town_id)


LABELS = {Office: "大办", Area: "管理区", Village: "村"}


async def _save(
    session: AsyncSession,
    *,
    principal: Principal,
    row: Office | Area | Village,
    after: dict[str, object],
) -> None:
    """Insert one node of the tree and audit it; a duplicate name is a CONFLICT."""
    session.add(row)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as error:
        what = LABELS[type(row)]
        raise DomainError(ErrorCode.CONFLICT, f"同名{what}已存在", field="name") from error
    kind = type(row).__name__
    await audit.record(
        session,
        actor=principal,
        action=f"{kind.lower()}.create",
        target_type=kind,
        target_id=row.id,
        town_id=row.town_id,
        after=after,
    )


async def create_office(
    session: AsyncSession, *, policy: Policy, principal: Principal, town_id: int, name: str
) -> Office:
    await _guard_write(session, policy=policy, principal=principal, town_id=town_id)
    office = Office(town_id=town_id, name=_clean_name(name))
    await _save(session, principal=principal, row=office, after={"name": office.name})
    return office


async def create_area(
    session: AsyncSession, *, policy: Policy, principal: Principal, town_id: int, name: str
) -> Area:
    await _guard_write(session, policy=policy, principal=principal, town_id=town_id)
    area = Area(town_id=town_id, name=_clean_name(name))
    await _save(session, principal=principal, row=area, after={"name": area.name})
    return area


async def create_village(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    area_id: int,
    name: str,
    is_key_village: bool = False,
) -> Village:
    await _guard_write(session, policy=policy, principal=principal, town_id=town_id)
    clean = _clean_name(name)
    area = await session.get(Area, (town_id, area_id))
    if area is None:
        raise not_found("管理区不存在")
    village = Village(town_id=town_id, area_id=area_id, name=clean, is_key_village=is_key_village)
    await _save(
        session,
        principal=principal,
        row=village,
        after={"name": village.name, "area_id": area_id, "is_key_village": is_key_village},
    )
    return village


async def ensure_county(session: AsyncSession, *, code: str, name: str) -> County:
    """Create the county if it does not exist (CLI and demo; counties are reference rows)."""
    county = await session.scalar(select(County).where(County.code == code))
    if county is None:
        county = County(code=code, name=name)
        session.add(county)
        await session.flush()
    return county


async def ensure_town(session: AsyncSession, *, county_id: int, code: str, name: str) -> Town:
    town = await session.scalar(select(Town).where(Town.code == code))
    if town is None:
        town = Town(county_id=county_id, code=code, name=name)
        session.add(town)
        await session.flush()
    return town
