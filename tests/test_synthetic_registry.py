"""The synthetic registry: reproducible, valid, distributed as intended, and fast at scale.

Each test generates into towns of its own (the database is shared by the whole run), as the
app role under row-level security: the strictest caller (the demo loader uses the owner).
"""

from __future__ import annotations

import time
import uuid
from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select, text

from towncheck.db import TenantScope, allow_town_write
from towncheck.households.idcard import age_on, mask_id_number, parse_id_number
from towncheck.households.synthetic import generate_registry, town_has_households
from towncheck.personal import vault_for
from towncheck.tenancy.models import Area, County, Town, Village

SCALE = 2_000
# Not a six-digit region code, so ID numbers fall back to the demo county's region (371323).
COUNTY_CODE = "synthetic"
TODAY = date.today()  # risk rules compare with the database's current_date


class _Discard(Exception):
    """Raised to roll a generation back after taking its snapshot."""

    def __init__(self, snapshot: dict[str, list[Any]]) -> None:
        super().__init__("discard")
        self.snapshot = snapshot


async def _fresh_town(owner_db) -> tuple[int, int]:
    """A new town with one area and two villages, in a county of this module's own: towns
    added to the demo county would show up in other tests' lists of its towns."""
    suffix = uuid.uuid4().hex[:8]
    async with owner_db.unit_of_work(TenantScope()) as s:
        county = await s.scalar(select(County).where(County.code == COUNTY_CODE))
        if county is None:
            county = County(code=COUNTY_CODE, name="合成测试县")
            s.add(county)
            await s.flush()
        town = Town(
            county_id=county.id,
            code=f"9{int(suffix, 16) % 10**11:011d}",
            name=f"合成测试镇{suffix}",
        )
        s.add(town)
        await s.flush()
        area = Area(town_id=town.id, name="合成管理区")
        s.add(area)
        await s.flush()
        s.add_all(
            [Village(town_id=town.id, area_id=area.id, name=name) for name in ("东岭村", "西岭村")]
        )
        return county.id, town.id


def _scope(county: int, town: int) -> TenantScope:
    return TenantScope(read_towns=frozenset({town}), read_counties=frozenset({county}))


async def _rows(s, sql: str, town: int) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in (await s.execute(text(sql), {"t": town})).all()]


async def _snapshot(s, town: int) -> dict[str, list[Any]]:
    """Everything but ids and ciphertexts, with households numbered in generation order."""
    households = await _rows(
        s,
        "select id, head_name, category, lifted_year, poverty_causes,"
        " assistance_measures, address, phone_masked from households"
        " where town_id = :t order by id",
        town,
    )
    order = {row[0]: index for index, row in enumerate(households)}

    def renumber(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        return [(order[r[0]], *r[1:]) for r in rows]

    return {
        "households": [r[1:] for r in households],
        "members": renumber(
            await _rows(
                s,
                "select household_id, position, name, id_masked, sex, birth_date, relation,"
                " labour_status, basic_medical, chronic_illness, school_stage, enrolled, subsidies"
                " from members where town_id = :t order by household_id, position",
                town,
            )
        ),
        "incomes": renumber(
            await _rows(
                s,
                "select household_id, year, wages, production, property, transfers,"
                " production_costs from incomes where town_id = :t order by household_id, year",
                town,
            )
        ),
        "living": renumber(
            await _rows(
                s,
                "select household_id, housing_grade, repair_plan, plan_due, plan_done_on,"
                " water_safe from living_conditions where town_id = :t order by household_id",
                town,
            )
        ),
    }


async def _generate(
    services,
    county: int,
    town: int,
    *,
    households: int,
    seed: int,
    helpers: tuple[int, ...] = (),
    keep: bool = True,
) -> dict[str, list[Any]]:
    async with services.database.unit_of_work(_scope(county, town)) as s:
        await allow_town_write(s, town)
        counts = await generate_registry(
            s,
            vault=vault_for(services.settings.data_key),
            town_id=town,
            households=households,
            seed=seed,
            helper_user_ids=helpers,
            today=TODAY,
        )
        snapshot = await _snapshot(s, town)
        assert (counts.households, counts.members) == (households, len(snapshot["members"]))
        if not keep:
            raise _Discard(snapshot)
    return snapshot


async def test_same_seed_and_town_give_the_same_registry(services, owner_db, demo):
    # The stream is keyed by (seed, town id), so "the same data twice" means the same town:
    # generate, roll back, generate again. Household ids differ; nothing else may.
    county, town = await _fresh_town(owner_db)
    with pytest.raises(_Discard) as first:
        await _generate(services, county, town, households=150, seed=2024, keep=False)
    async with services.database.unit_of_work(_scope(county, town)) as s:
        assert not await town_has_households(s, town_id=town)
    again = await _generate(services, county, town, households=150, seed=2024)
    assert again == first.value.snapshot
    async with services.database.unit_of_work(_scope(county, town)) as s:
        assert await town_has_households(s, town_id=town)

    # Another town gets other people from the same seed.
    _, other_town = await _fresh_town(owner_db)
    elsewhere = await _generate(services, county, other_town, households=150, seed=2024)
    assert elsewhere["members"] != again["members"]


async def test_several_towns_in_one_transaction(services, owner_db, demo):
    county, first = await _fresh_town(owner_db)
    _, second = await _fresh_town(owner_db)
    vault = vault_for(services.settings.data_key)
    scope = TenantScope(read_towns=frozenset({first, second}), read_counties=frozenset({county}))
    async with services.database.unit_of_work(scope) as s:
        for town in (first, second):
            await allow_town_write(s, town)
            await generate_registry(
                s, vault=vault, town_id=town, households=20, seed=1, today=TODAY
            )
        counts = await s.scalar(
            text("select count(distinct town_id) from households where town_id = any(:t)"),
            {"t": [first, second]},
        )
    assert counts == 2


@pytest.fixture(scope="module")
async def scale_town(services, owner_db, demo) -> dict[str, int]:
    county, town = await _fresh_town(owner_db)
    async with owner_db.unit_of_work(TenantScope()) as s:
        helpers = tuple(
            await s.scalars(
                text(
                    "select id from users where username in ('mazhan_helper', 'mazhan_village')"
                    " order by id"
                )
            )
        )
    vault = vault_for(services.settings.data_key)
    async with services.database.unit_of_work(_scope(county, town)) as s:
        await allow_town_write(s, town)
        started = time.perf_counter()
        counts = await generate_registry(
            s,
            vault=vault,
            town_id=town,
            households=SCALE,
            seed=7,
            helper_user_ids=helpers,
            today=TODAY,
        )
        elapsed = time.perf_counter() - started
    print(
        f"\nsynthetic registry: {counts.households} households, {counts.members} members in "
        f"{elapsed:.2f} s = {counts.households / elapsed:,.0f} households/s, "
        f"{counts.members / elapsed:,.0f} members/s"
    )
    return {"county": county, "town": town, "members": counts.members, "helpers": len(helpers)}


async def _read(services, scale_town, sql: str) -> list[tuple[Any, ...]]:
    async with services.database.unit_of_work(
        _scope(scale_town["county"], scale_town["town"])
    ) as s:
        return await _rows(s, sql, scale_town["town"])


async def test_scale_generation_writes_every_table(services, scale_town):
    ((households, members, incomes, living, helpers),) = await _read(
        services,
        scale_town,
        """
        select (select count(*) from households where town_id = :t),
               (select count(*) from members where town_id = :t),
               (select count(*) from incomes where town_id = :t),
               (select count(*) from living_conditions where town_id = :t),
               (select count(*) from household_helpers where town_id = :t)""",
    )
    assert (households, members, incomes, living, helpers) == (
        SCALE,
        scale_town["members"],
        2 * SCALE,
        SCALE,
        SCALE,
    )
    assert SCALE <= members <= 6 * SCALE


async def test_id_numbers_decrypt_to_valid_unique_numbers(services, scale_town):
    vault = vault_for(services.settings.data_key)
    rows = await _read(
        services,
        scale_town,
        "select id_cipher, id_hash, id_masked, sex, birth_date from members where town_id = :t",
    )
    numbers = set()
    for cipher, digest, masked, sex, born in rows:
        parsed = parse_id_number(vault.open(bytes(cipher)), today=TODAY)
        assert parsed.region.startswith("3713")
        assert (parsed.sex, parsed.birth_date) == (sex, born)
        assert (mask_id_number(parsed.number), vault.lookup_hash(parsed.number)) == (
            masked,
            bytes(digest),
        )
        numbers.add(parsed.number)
    assert len(numbers) == len(rows)
    heads = await _read(
        services,
        scale_town,
        """
        select count(*) from households h join members m on m.town_id = h.town_id
          and m.household_id = h.id and m.relation = 'head'
        where h.town_id = :t and m.id_hash = h.head_id_hash and m.name = h.head_name""",
    )
    assert heads == [(SCALE,)]


async def test_families_are_plausible(services, scale_town):
    rows = await _read(
        services,
        scale_town,
        "select household_id, relation, sex, birth_date,"
        " name from members where town_id = :t order by household_id, position",
    )
    families: dict[int, list[tuple[str, str, date, str]]] = defaultdict(list)
    for household_id, *member in rows:
        families[household_id].append(tuple(member))
    for people in families.values():
        relations = Counter(p[0] for p in people)
        assert people[0][0] == "head" and relations["head"] == 1 and relations["spouse"] <= 1
        assert 1 <= len(people) <= 6
        head = people[0]
        couple = [p for p in people if p[0] in ("head", "spouse")]
        for relation, _, born, name in people:
            assert 2 <= len(name) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in name)
            if relation == "child":
                assert all(age_on(parent[2], born) >= 18 for parent in couple)
                if head[1] == "male":
                    assert name[0] == head[3][0]
            if relation == "parent":
                assert age_on(born, head[2]) >= 18
        for child in (p for p in people if p[0] in ("child", "child_in_law")):
            for grandchild in (p for p in people if p[0] == "grandchild"):
                assert age_on(child[2], grandchild[2]) >= 18


async def test_distributions_are_roughly_as_intended(services, scale_town):
    categories = Counter(
        c
        for (c,) in await _read(
            services, scale_town, "select category from households where town_id = :t"
        )
    )
    share = {k: v / SCALE for k, v in categories.items()}
    assert abs(share["lifted_supported"] - 0.45) < 0.05
    assert abs(share["lifted_unsupported"] - 0.25) < 0.05
    assert abs(share["monitored"] - 0.08) < 0.03
    assert abs(share["ordinary"] - 0.22) < 0.05
    lifted = await _read(
        services,
        scale_town,
        "select lifted_year from households where town_id = :t and category like 'lifted%'",
    )
    assert all(2014 <= year <= 2020 for (year,) in lifted)

    latest = await _read(
        services,
        scale_town,
        """
        select (i.wages + i.production + i.property + i.transfers - i.production_costs)
               / (select count(*) from members m
                  where m.town_id = i.town_id and m.household_id = i.household_id)
        from incomes i where i.town_id = :t and i.year = extract(year from current_date) - 1""",
    )
    assert len(latest) == SCALE
    below = sum(pc < Decimal(4500) for (pc,) in latest) / SCALE
    near = sum(Decimal(4500) <= pc < Decimal(4950) for (pc,) in latest) / SCALE
    assert abs(below - 0.08) < 0.025 and abs(near - 0.10) < 0.03
    amounts = await _read(
        services,
        scale_town,
        "select least(wages, production, property,"
        " transfers, production_costs) from incomes where town_id = :t",
    )
    assert min(a for (a,) in amounts) >= 0

    grades = Counter(
        g
        for (g,) in await _read(
            services, scale_town, "select housing_grade from living_conditions where town_id = :t"
        )
    )
    assert abs((grades["C"] + grades["D"]) / SCALE - 0.05) < 0.02
    ((uninsured, phones),) = await _read(
        services,
        scale_town,
        """
        select (select avg((not basic_medical)::int) from members where town_id = :t),
               (select avg((phone_masked is not null)::int) from households where town_id = :t)""",
    )
    assert 0 < uninsured < 0.04 and 0.7 < phones < 0.95


async def test_risk_flags_find_the_planted_gaps(services, scale_town):
    flags = Counter(
        f
        for (f,) in await _read(
            services, scale_town, "select flag from risk_flags where town_id = :t"
        )
    )
    assert set(flags) == {
        "income_below_line",
        "income_near_line",
        "housing_without_plan",
        "housing_overdue",
        "no_basic_medical",
        "school_age_not_enrolled",
        "chronic_uncertified",
        "unsafe_water",
    }
    assert abs(flags["income_below_line"] / SCALE - 0.08) < 0.025


async def test_helpers_are_assigned_round_robin(services, scale_town):
    per_helper = Counter(
        u
        for (u,) in await _read(
            services, scale_town, "select user_id from household_helpers where town_id = :t"
        )
    )
    assert len(per_helper) == scale_town["helpers"] == 2
    assert max(per_helper.values()) - min(per_helper.values()) <= 1
