"""The county's towns: the demo's three and ``towns - 3`` more written as the owner role
(areas and villages set-based), each with a town admin (the demo's, or an account created
through the account service) and one active cycle on the default checklist."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from overhead.common import BenchError
from registry.town import Town, active_cycle
from towncheck.auth import accounts
from towncheck.auth.policy import default_policy
from towncheck.auth.principal import Membership, Principal
from towncheck.auth.roles import Role
from towncheck.checklists.service import ensure_default_template
from towncheck.db import Database, TenantScope, allow_county_write, allow_town_write
from towncheck.demo.data import DEMO_PASSWORD

# Towns of 沂水县 that the demo does not have; past these, numbered ones.
TOWN_NAMES: Final = (
    "沂城街道",
    "龙家圈街道",
    "道托镇",
    "夏蔚镇",
    "沙沟镇",
    "诸葛镇",
    "崔家峪镇",
    "四十里堡镇",
    "黄山铺镇",
    "院东头镇",
    "泉庄镇",
    "富官庄镇",
    "圈里乡",
    "杨庄镇",
    "姚店子镇",
    "泉庄西镇",
    "马家峪镇",
)
AREAS_PER_TOWN: Final = 4
VILLAGES_PER_AREA: Final = 4
MAX_TOWNS: Final = 200

AREAS_SQL: Final = """
insert into areas (town_id, name)
select cast(:town as int), :prefix || '第' || a || '管理区'
from generate_series(1, cast(:areas as int)) a
order by a
"""

VILLAGES_SQL: Final = """
insert into villages (town_id, area_id, name, is_key_village)
select a.town_id, a.id, :prefix || (row_number() over (order by a.id, v)) || '村', v = 1
from areas a cross join generate_series(1, cast(:villages as int)) v
where a.town_id = :town
order by a.id, v
"""


@dataclass(frozen=True, slots=True)
class CountyTown:
    id: int
    county_id: int
    name: str
    villages: tuple[int, ...]
    admin_id: int  # the town admin who runs the rules
    cycle_id: int


def _name(n: int) -> str:
    """The n-th extra town's name (n from 0)."""
    return TOWN_NAMES[n] if n < len(TOWN_NAMES) else f"测试{n + 1}镇"


async def _extra_towns(session: AsyncSession, county_id: int, count: int) -> None:
    await allow_county_write(session, county_id)
    code = await session.scalar(text("select code from counties where id = :c"), {"c": county_id})
    for n in range(count):
        name = _name(n)
        town = await session.scalar(
            text(
                "insert into towns (county_id, code, name) values (:c, :code, :name) returning id"
            ),
            {"c": county_id, "code": f"{code}{201 + n:03d}", "name": name},
        )
        await allow_town_write(session, int(town))
        params = {
            "town": int(town),
            "prefix": name[:2],
            "areas": AREAS_PER_TOWN,
            "villages": VILLAGES_PER_AREA,
        }
        await session.execute(text(AREAS_SQL), params)
        await session.execute(text(VILLAGES_SQL), params)


async def _admin(session: AsyncSession, town_id: int, county_id: int, code: str) -> int:
    """The town's first town admin; an account is created where the town has none."""
    found = await session.scalar(
        text(
            "select min(user_id) from town_memberships where town_id = :t and role = 'town_admin'"
        ),
        {"t": town_id},
    )
    if found is not None:
        return int(found)
    actor = Principal(
        kind="system",
        county_id=county_id,
        label="性能测试初始化",
        memberships=(Membership(role=Role.COUNTY_OFFICIAL, county_id=county_id),),
    )
    user = await accounts.create_user(
        session,
        actor=actor,
        county_id=county_id,
        username=f"bench_{code}_admin",
        display_name="扶贫办 性能测试",
        password=DEMO_PASSWORD,
        memberships=[Membership(role=Role.TOWN_ADMIN, county_id=county_id, town_id=town_id)],
    )
    return user.id


async def make_county(owner: Database, *, towns: int, today: date) -> list[CountyTown]:
    """``towns`` towns of the demo county (the demo's first), each with an admin and cycle."""
    async with owner.unit_of_work(TenantScope()) as session:
        county_id = await session.scalar(text("select min(id) from counties"))
        if county_id is None:
            raise BenchError("the demo county is missing")
        county_id = int(county_id)
        have = int(
            await session.scalar(
                text("select count(*) from towns where county_id = :c"), {"c": county_id}
            )
            or 0
        )
        if towns > have:
            await _extra_towns(session, county_id, towns - have)
        rows = (
            await session.execute(
                text("select id, code, name from towns where county_id = :c order by id limit :n"),
                {"c": county_id, "n": towns},
            )
        ).all()
    made: list[CountyTown] = []
    for town_id, code, name in rows:
        town = Town(id=int(town_id), county_id=county_id, villages=())
        async with owner.unit_of_work(town.scope()) as session:
            await allow_town_write(session, town.id)
            villages = tuple(
                int(v)
                for v in (
                    await session.scalars(
                        text("select id from villages where town_id = :t order by id"),
                        {"t": town.id},
                    )
                ).all()
            )
            admin = await _admin(session, town.id, county_id, str(code))
            version = await ensure_default_template(session, county_id=county_id)
            cycle = await active_cycle(
                session,
                town,
                policy=default_policy(),
                version_id=version.id,
                name=f"{today.year} 年{name}项目与政策规则性能测试",
                today=today,
            )
            made.append(CountyTown(town.id, county_id, str(name), villages, admin, cycle.id))
    return made
