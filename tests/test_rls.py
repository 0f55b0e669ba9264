"""Row-level security: coverage of every tenant table and isolation between towns."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from towncheck.db import TenantScope, act_as_user, allow_town_write, name_account


async def _town_ids(owner_db) -> dict[str, int]:
    async with owner_db.unit_of_work(TenantScope()) as s:
        rows = (await s.execute(text("select name, id from towns"))).all()
    return {name: town_id for name, town_id in rows}


async def _tenant_tables(owner_db) -> list[str]:
    async with owner_db.unit_of_work(TenantScope()) as s:
        rows = await s.scalars(
            text(
                "select c.table_name from information_schema.columns c"
                " join information_schema.tables t using (table_schema, table_name)"
                " where c.table_schema = 'public' and c.column_name = 'town_id'"
                " and t.table_type = 'BASE TABLE' order by 1"
            )
        )
        return list(rows)


async def test_every_table_with_town_id_has_forced_rls_and_town_leading_keys(owner_db):
    tables = await _tenant_tables(owner_db)
    assert {"offices", "areas", "villages", "town_memberships", "audit_entries"} <= set(tables)
    problems = []
    async with owner_db.unit_of_work(TenantScope()) as s:
        for table in tables:
            rls, forced = (
                await s.execute(
                    text(
                        "select relrowsecurity, relforcerowsecurity from pg_class"
                        " where oid = cast(:t as regclass)"
                    ),
                    {"t": table},
                )
            ).one()
            policies = await s.scalar(
                text("select count(*) from pg_policies where tablename = :t"), {"t": table}
            )
            pk_first = await s.scalar(
                text(
                    "select a.attname from pg_index i join pg_attribute a"
                    " on a.attrelid = i.indrelid and a.attnum = i.indkey[0]"
                    " where i.indrelid = cast(:t as regclass) and i.indisprimary"
                ),
                {"t": table},
            )
            bad_indexes = list(
                await s.scalars(
                    text(
                        "select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid"
                        " join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]"
                        " where i.indrelid = cast(:t as regclass) and a.attname <> 'town_id'"
                    ),
                    {"t": table},
                )
            )
            if not (rls and forced):
                problems.append(f"{table}: row-level security not enabled and forced")
            if not policies:
                problems.append(f"{table}: no policies")
            if pk_first != "town_id":
                problems.append(f"{table}: primary key does not lead with town_id")
            if bad_indexes:
                problems.append(f"{table}: indexes not leading with town_id: {bad_indexes}")
    assert problems == []


async def test_app_role_is_neither_superuser_nor_owner(services):
    async with services.database.unit_of_work(TenantScope()) as s:
        superuser, bypass = (
            await s.execute(
                text("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")
            )
        ).one()
        owned = await s.scalar(
            text(
                "select count(*) from pg_tables where schemaname = 'public'"
                " and tableowner = current_user"
            )
        )
    assert (superuser, bypass, owned) == (False, False, 0)


async def test_query_without_tenant_filter_returns_only_scoped_town(services, owner_db, demo):
    towns = await _town_ids(owner_db)
    mazhan, gaoqiao = towns["马站镇"], towns["高桥镇"]
    async with services.database.unit_of_work(TenantScope(read_towns=frozenset({mazhan}))) as s:
        seen = set(await s.scalars(text("select distinct town_id from villages")))
    assert seen == {mazhan}
    async with services.database.unit_of_work(TenantScope()) as s:
        assert await s.scalar(text("select count(*) from villages")) == 0
    async with owner_db.unit_of_work(TenantScope()) as s:
        assert (
            await s.scalar(text("select count(*) from villages where town_id = :t"), {"t": gaoqiao})
            > 0
        )


@pytest.mark.parametrize(
    "table", ["offices", "areas", "villages", "town_memberships", "audit_entries"]
)
async def test_another_town_reads_nothing_of_each_table(services, owner_db, demo, table):
    towns = await _town_ids(owner_db)
    mazhan, gaoqiao = towns["马站镇"], towns["高桥镇"]
    async with owner_db.unit_of_work(TenantScope()) as s:
        assert (
            await s.scalar(text(f"select count(*) from {table} where town_id = :t"), {"t": mazhan})
            > 0
        )
    async with services.database.unit_of_work(TenantScope(read_towns=frozenset({gaoqiao}))) as s:
        leaked = await s.scalar(
            text(f"select count(*) from {table} where town_id = :t"), {"t": mazhan}
        )
    assert leaked == 0


async def test_writes_outside_the_write_town_are_refused(services, owner_db, demo):
    towns = await _town_ids(owner_db)
    mazhan, gaoqiao = towns["马站镇"], towns["高桥镇"]
    scope = TenantScope(read_towns=frozenset({mazhan, gaoqiao}))
    with pytest.raises(DBAPIError, match="row-level security"):
        async with services.database.unit_of_work(scope) as s:
            await allow_town_write(s, mazhan)
            await s.execute(
                text("insert into areas (town_id, name) values (:t, '越权管理区')"), {"t": gaoqiao}
            )
    async with services.database.unit_of_work(scope) as s:
        await allow_town_write(s, mazhan)
        changed = await s.execute(
            text("update areas set name = name || '!' where town_id = :t"), {"t": gaoqiao}
        )
        assert changed.rowcount == 0  # type: ignore[attr-defined]
        await s.rollback()


async def test_audit_entries_cannot_be_changed_by_the_app(services, owner_db, demo):
    towns = await _town_ids(owner_db)
    mazhan = towns["马站镇"]
    with pytest.raises(DBAPIError, match="permission denied"):
        async with services.database.unit_of_work(TenantScope(read_towns=frozenset({mazhan}))) as s:
            await allow_town_write(s, mazhan)
            await s.execute(text("delete from audit_entries where town_id = :t"), {"t": mazhan})


# Reference tables every viewer may read: no personal data, or (tips) only hashes.
REFERENCE_TABLES = {"counties", "towns", "login_failures", "audit_tips", "alembic_version"}


async def test_every_other_table_has_forced_rls(owner_db):
    async with owner_db.unit_of_work(TenantScope()) as s:
        rows = (
            await s.execute(
                text(
                    "select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c"
                    " join pg_namespace n on n.oid = c.relnamespace"
                    " where n.nspname = 'public' and c.relkind = 'r'"
                )
            )
        ).all()
    unprotected = sorted(
        name for name, rls, forced in rows if name not in REFERENCE_TABLES and not (rls and forced)
    )
    assert unprotected == []
    assert {"users", "api_tokens", "user_sessions", "county_memberships"} <= {r[0] for r in rows}


async def _other_county(owner_db) -> int:
    async with owner_db.unit_of_work(TenantScope()) as s:
        county = await s.scalar(
            text(
                "insert into counties (code, name) values ('371322', '沂南县')"
                " on conflict (code) do update set name = excluded.name returning id"
            )
        )
        await s.execute(
            text(
                "insert into users (county_id, username, display_name, password_hash, phone)"
                " values (:c, 'yinan_admin', '沂南县 管理员', 'x', '13900000009')"
                " on conflict (username) do nothing"
            ),
            {"c": county},
        )
        await s.execute(
            text(
                "insert into api_tokens (county_id, label, token_hash, prefix, town_ids, created_by,"
                " expires_at) select :c, '沂南评估', sha256('yinan'::bytea), 'tce_yinan', '{}', id,"
                " now() + interval '1 day' from users where username = 'yinan_admin'"
                " and not exists (select from api_tokens where label = '沂南评估')"
            ),
            {"c": county},
        )
        await s.execute(
            text(
                "insert into county_memberships (user_id, county_id, role) select id, :c,"
                " 'county_official' from users where username = 'yinan_admin'"
                " on conflict do nothing"
            ),
            {"c": county},
        )
    return int(county)


@pytest.mark.parametrize("table", ["users", "api_tokens", "county_memberships"])
async def test_another_county_reads_nothing(services, owner_db, demo, table):
    other = await _other_county(owner_db)
    async with owner_db.unit_of_work(TenantScope()) as s:
        mine = await s.scalar(text("select id from counties where code = '371323'"))
    scope = TenantScope(read_counties=frozenset({mine}))
    async with services.database.unit_of_work(scope) as s:
        assert (
            await s.scalar(text(f"select count(*) from {table} where county_id = :c"), {"c": other})
            == 0
        )
        assert (
            await s.scalar(text(f"select count(*) from {table} where county_id = :c"), {"c": mine})
            > 0
        )


async def test_before_sign_in_only_the_named_account_is_visible(services, demo):
    async with services.database.unit_of_work(TenantScope()) as s:
        assert await s.scalar(text("select count(*) from users")) == 0
        assert await s.scalar(text("select count(*) from user_sessions")) == 0
        assert await s.scalar(text("select count(*) from api_tokens")) == 0
        await name_account(s, "mazhan_admin")
        assert list(await s.scalars(text("select username from users"))) == ["mazhan_admin"]


async def test_a_user_sees_only_their_own_sessions(services, gql, owner_db, demo):
    await gql.token_for("mazhan_area")
    await gql.token_for("mazhan_village")
    async with owner_db.unit_of_work(TenantScope()) as s:
        area_user = await s.scalar(text("select id from users where username = 'mazhan_area'"))
    async with services.database.unit_of_work(TenantScope()) as s:
        await act_as_user(s, area_user)
        owners = set(await s.scalars(text("select user_id from user_sessions")))
    assert owners == {area_user}
