"""Loading the demo county. Idempotent: a second run only issues a fresh evaluator token."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.auth import accounts, tokens
from towncheck.auth.models import ApiToken, User
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Membership, Principal
from towncheck.auth.roles import Role
from towncheck.checklists.service import ensure_default_template
from towncheck.config import Settings
from towncheck.db import Database, TenantScope, allow_county_write, allow_town_write
from towncheck.demo.cycles import load_cycles
from towncheck.demo.data import ACCOUNTS, COUNTY, DEMO_PASSWORD, EVALUATOR_LABEL, OFFICES, TOWNS
from towncheck.demo.projects import load_projects
from towncheck.demo.sectors import load_sectors
from towncheck.demo.villages import load_villages
from towncheck.demo.visits import load_visits
from towncheck.evidence.storage import Storage, local_storage
from towncheck.households.synthetic import generate_registry, town_has_households
from towncheck.orm import utcnow
from towncheck.personal import Vault
from towncheck.tenancy import service as tenancy
from towncheck.tenancy.models import Area, Office, Town, Village


@dataclass(frozen=True, slots=True)
class DemoLogins:
    accounts: list[tuple[str, str, str]]  # username, display name, role
    password: str
    evaluator_token: str


def _setup_principal(
    county_id: int, town_ids: frozenset[int], user_id: int | None = None
) -> Principal:
    return Principal(
        kind="user" if user_id else "system",
        county_id=county_id,
        user_id=user_id,
        label="演示数据初始化",
        county_towns=town_ids,
        memberships=(Membership(role=Role.COUNTY_OFFICIAL, county_id=county_id),),
    )


async def _tree(
    session: AsyncSession, policy: Policy, actor: Principal, towns: dict[str, Town]
) -> None:
    for code, _, areas in TOWNS:
        town = towns[code]
        for office in OFFICES:
            await tenancy.create_office(
                session, policy=policy, principal=actor, town_id=town.id, name=office
            )
        for area_name, villages in areas.items():
            area = await tenancy.create_area(
                session, policy=policy, principal=actor, town_id=town.id, name=area_name
            )
            for village in villages:
                await tenancy.create_village(
                    session,
                    policy=policy,
                    principal=actor,
                    town_id=town.id,
                    area_id=area.id,
                    name=village.lstrip("*"),
                    is_key_village=village.startswith("*"),
                )


async def _scope_ids(
    session: AsyncSession, town_id: int, kind: str | None, name: str | None
) -> dict[str, int]:
    if kind is None or name is None:
        return {}
    models: dict[str, type[Office] | type[Area] | type[Village]] = {
        "office": Office,
        "area": Area,
        "village": Village,
    }
    model = models[kind]
    row_id = await session.scalar(
        select(model.id).where(model.town_id == town_id, model.name == name)
    )
    return {f"{kind}_id": int(row_id)} if row_id is not None else {}


async def _accounts(session: AsyncSession, actor: Principal, towns: dict[str, Town]) -> None:
    for username, display, role, town_code, kind, scope_name in ACCOUNTS:
        town_id = towns[town_code].id if town_code else None
        extra = await _scope_ids(session, town_id, kind, scope_name) if town_id else {}
        membership = Membership(
            role=Role(role), county_id=actor.county_id or 0, town_id=town_id, **extra
        )
        await accounts.create_user(
            session,
            actor=actor,
            county_id=actor.county_id or 0,
            username=username,
            display_name=display,
            password=DEMO_PASSWORD,
            memberships=[membership],
        )


async def _evaluator_token(
    session: AsyncSession, policy: Policy, county_id: int, towns: dict[str, Town]
) -> str:
    official = await session.scalar(select(User).where(User.username == "county"))
    assert official is not None
    actor = _setup_principal(county_id, frozenset(t.id for t in towns.values()), official.id)
    await allow_county_write(session, county_id)
    await session.execute(
        update(ApiToken)
        .where(ApiToken.label == EVALUATOR_LABEL, ApiToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    issued = await tokens.issue(
        session,
        policy=policy,
        principal=actor,
        label=EVALUATOR_LABEL,
        town_ids=[t.id for t in towns.values()],
        expires_in_days=30,
    )
    return issued.secret


DEMO_SEED = 371323


async def _registry(
    database: Database, scope: TenantScope, towns: dict[str, Town], *, vault: Vault, households: int
) -> None:
    """Fill each demo town that has no households yet; a second run keeps what is there."""
    async with database.unit_of_work(scope) as session:
        helper = await session.scalar(select(User.id).where(User.username == "mazhan_helper"))
        for code, town in towns.items():
            if await town_has_households(session, town_id=town.id):
                continue
            await allow_town_write(session, town.id)
            await generate_registry(
                session,
                vault=vault,
                town_id=town.id,
                households=households,
                seed=DEMO_SEED,
                helper_user_ids=[helper] if helper is not None and code == TOWNS[0][0] else [],
                today=date.today(),
            )


async def load_demo(
    database: Database,
    policy: Policy,
    *,
    vault: Vault | None = None,
    households: int = 0,
    storage: Storage | None = None,
) -> DemoLogins:
    """The demo county; with a vault and ``households`` > 0 also a synthetic registry and
    self-check visits, whose evidence goes to ``storage`` (by default the configured one)."""
    async with database.unit_of_work(TenantScope()) as session:
        county = await tenancy.ensure_county(session, code=COUNTY[0], name=COUNTY[1])
        towns = {
            code: await tenancy.ensure_town(session, county_id=county.id, code=code, name=name)
            for code, name, _ in TOWNS
        }
    scope = TenantScope.system(county_id=county.id, town_ids=[t.id for t in towns.values()])
    actor = _setup_principal(county.id, frozenset(scope.read_towns))
    async with database.unit_of_work(scope) as session:
        if await session.scalar(select(User.id).where(User.username == "county")) is None:
            await _tree(session, policy, actor, towns)
            await _accounts(session, actor, towns)
        secret = await _evaluator_token(session, policy, county.id, towns)
        await ensure_default_template(session, county_id=county.id)
    if vault is not None and households > 0:
        await _registry(database, scope, towns, vault=vault, households=households)
        await load_cycles(database, policy, scope, list(towns.values()), today=date.today())
        await load_visits(
            database,
            policy,
            scope,
            list(towns.values()),
            today=date.today(),
            storage=storage or local_storage(Settings.from_env()),
        )
        await load_projects(database, policy, scope, list(towns.values()), today=date.today())
        await load_sectors(database, scope, list(towns.values()), today=date.today())
        await load_villages(database, policy, scope, list(towns.values()), today=date.today())
    return DemoLogins(
        accounts=[(a[0], a[1], a[2]) for a in ACCOUNTS],
        password=DEMO_PASSWORD,
        evaluator_token=secret,
    )
