"""The tenancy tree through GraphQL: scoping per role, typed FORBIDDEN, audit, bounded SQL."""

from __future__ import annotations

import contextlib

from sqlalchemy import event, text

from towncheck.api.relay import node_id
from towncheck.db import TenantScope

TOWNS = "{ towns { totalCount edges { node { id name } } } }"
CREATE_AREA = """mutation($t: ID!, $n: String!) {
  createArea(input: {townId: $t, name: $n}) { area { id name town { name } }
    errors { code message field } } }"""


async def _towns(owner_db) -> dict[str, int]:
    async with owner_db.unit_of_work(TenantScope()) as s:
        return {n: i for n, i in (await s.execute(text("select name, id from towns"))).all()}


async def _town_names(gql, user):
    body = await gql(TOWNS, as_user=user)
    return sorted(e["node"]["name"] for e in body["data"]["towns"]["edges"])


async def test_county_official_sees_every_town_and_town_roles_only_theirs(gql):
    assert await _town_names(gql, "county") == ["许家湖镇", "马站镇", "高桥镇"]
    for user in (
        "mazhan_admin",
        "mazhan_director",
        "mazhan_area",
        "mazhan_village",
        "mazhan_helper",
    ):
        assert await _town_names(gql, user) == ["马站镇"], user
    assert await _town_names(gql, "gaoqiao_admin") == ["高桥镇"]


async def test_anonymous_tree_query_is_unauthenticated(gql):
    body = await gql(TOWNS)
    assert body["data"] is None
    assert body["errors"][0]["extensions"] == {"code": "UNAUTHENTICATED"}
    assert body["errors"][0]["message"] == "请先登录"


async def test_node_of_another_town_is_null(gql, owner_db):
    towns = await _towns(owner_db)
    async with owner_db.unit_of_work(TenantScope()) as s:
        village = (
            await s.execute(
                text("select id, town_id from villages where town_id = :t limit 1"),
                {"t": towns["高桥镇"]},
            )
        ).one()
    ids = {"town": node_id("Town", towns["高桥镇"]), "village": node_id("Village", *village)}
    query = (
        "query($town: ID!, $village: ID!) { town: node(id: $town) { id }"
        " village: node(id: $village) { id ... on Village { name } } }"
    )
    mine = await gql(query, ids, as_user="gaoqiao_admin")
    assert mine["data"]["town"] == {"id": ids["town"]} and mine["data"]["village"]["name"]
    other = await gql(query, ids, as_user="mazhan_admin")
    assert other["data"] == {"town": None, "village": None}


async def test_town_admin_creates_area_and_the_mutation_is_audited(gql, owner_db):
    towns = await _towns(owner_db)
    body = await gql(
        CREATE_AREA,
        {"t": node_id("Town", towns["马站镇"]), "n": "新建管理区"},
        as_user="mazhan_admin",
    )
    payload = body["data"]["createArea"]
    assert payload["errors"] == [] and payload["area"]["town"]["name"] == "马站镇"
    async with owner_db.unit_of_work(TenantScope()) as s:
        entry = (
            await s.execute(
                text(
                    "select action, actor_label, after from audit_entries where town_id = :t"
                    " order by seq desc limit 1"
                ),
                {"t": towns["马站镇"]},
            )
        ).one()
    assert entry == ("area.create", "马站镇扶贫办 李强", {"name": "新建管理区"})


async def test_acting_outside_own_town_is_forbidden_and_changes_nothing(gql, owner_db):
    towns = await _towns(owner_db)
    async with owner_db.unit_of_work(TenantScope()) as s:
        before = await s.scalar(text("select count(*) from areas"))
        audit_before = await s.scalar(text("select count(*) from audit_entries"))
    body = await gql(
        CREATE_AREA,
        {"t": node_id("Town", towns["高桥镇"]), "n": "越权管理区"},
        as_user="mazhan_admin",
    )
    assert body["data"]["createArea"] == {
        "area": None,
        "errors": [{"code": "FORBIDDEN", "message": "您没有权限执行此操作", "field": None}],
    }
    denied = await gql(
        CREATE_AREA,
        {"t": node_id("Town", towns["马站镇"]), "n": "无权新建"},
        as_user="mazhan_helper",
    )
    assert denied["data"]["createArea"]["errors"][0]["code"] == "FORBIDDEN"
    async with owner_db.unit_of_work(TenantScope()) as s:
        assert await s.scalar(text("select count(*) from areas")) == before
        assert await s.scalar(text("select count(*) from audit_entries")) == audit_before


async def test_bad_input_gets_a_clear_error_and_nothing_is_half_written(gql, owner_db):
    towns = await _towns(owner_db)
    town = node_id("Town", towns["马站镇"])
    empty = await gql(CREATE_AREA, {"t": town, "n": "   "}, as_user="mazhan_admin")
    assert empty["data"]["createArea"]["errors"] == [
        {"code": "INVALID_INPUT", "message": "名称不能为空", "field": "name"}
    ]
    duplicate = await gql(CREATE_AREA, {"t": town, "n": "关顶管理区"}, as_user="mazhan_admin")
    assert duplicate["data"]["createArea"]["errors"][0]["code"] == "CONFLICT"
    garbage = await gql(CREATE_AREA, {"t": "not-an-id", "n": "x"}, as_user="mazhan_admin")
    assert garbage["data"]["createArea"]["errors"][0]["message"] == "无效的 ID"
    async with owner_db.unit_of_work(TenantScope()) as s:
        assert await s.scalar(text("select count(*) from areas where name = '关顶管理区'")) == 1


async def test_create_village_in_area(gql, owner_db):
    towns = await _towns(owner_db)
    async with owner_db.unit_of_work(TenantScope()) as s:
        area = (
            await s.execute(text("select id, town_id from areas where name = '石门管理区'"))
        ).one()
    body = await gql(
        'mutation($a: ID!) { createVillage(input: {areaId: $a, name: "新村"}) {'
        " village { name area { name } town { name } } errors { code } } }",
        {"a": node_id("Area", *area)},
        as_user="county",
    )
    assert body["data"]["createVillage"] == {
        "village": {"name": "新村", "area": {"name": "石门管理区"}, "town": {"name": "马站镇"}},
        "errors": [],
    }
    assert towns["马站镇"] == area[1]


@contextlib.contextmanager
def count_statements(database):
    counted: list[str] = []

    def before(_conn, _cursor, statement, *_args):
        counted.append(statement)

    event.listen(database.engine.sync_engine, "before_cursor_execute", before)
    try:
        yield counted
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", before)


DEEP_TREE = """query($n: Int!) { towns(first: $n) { edges { node { name county { name }
  offices(first: $n) { edges { node { name town { name } } } }
  areas(first: $n) { edges { node { name town { name }
    villages(first: $n) { edges { node { name area { name } town { name } } } } } } } } } } }"""


async def test_sql_statements_are_bounded_whatever_the_page_size(gql, services):
    token = await gql.token_for("county")
    counts = []
    for size in (1, 5, 20):
        with count_statements(services.database) as counted:
            body = await gql(DEEP_TREE, {"n": size}, token=token)
        assert "errors" not in body, body
        counts.append(len(counted))
    assert counts[0] == counts[1] == counts[2], counts
    assert counts[0] <= 16, counts


async def test_a_failing_field_does_not_undo_what_the_response_reports_done(gql, owner_db):
    towns = await _towns(owner_db)
    town = node_id("Town", towns["许家湖镇"])
    body = await gql(
        'mutation($t: ID!) { a: createArea(input: {townId: $t, name: "甲管理区"}) { area { name } }'
        ' b: createArea(input: {townId: $t, name: "乙管理区"}) {'
        " area { name town { offices(first: 500) { totalCount } } } } }",
        {"t": town},
        as_user="xujiahu_admin",
    )
    assert body["data"]["a"]["area"] == {"name": "甲管理区"}
    assert body["data"]["b"]["area"] == {"name": "乙管理区", "town": None}
    assert body["errors"][0]["extensions"]["code"] == "INVALID_INPUT"
    async with owner_db.unit_of_work(TenantScope()) as s:
        names = set(
            await s.scalars(text("select name from areas where name in ('甲管理区', '乙管理区')"))
        )
    assert names == {"甲管理区", "乙管理区"}


async def test_an_operation_asking_for_too_many_objects_is_refused_before_it_runs(gql):
    body = await gql.post(DEEP_TREE, {"n": 100}, as_user="county")
    error = body.json()["errors"][0]
    assert error["extensions"] == {"code": "QUERY_TOO_COMPLEX"}
    assert error["message"].startswith("查询代价过高")
    assert "data" not in body.json()


async def test_nodes_are_fetched_in_one_batch(gql, services, owner_db):
    async with owner_db.unit_of_work(TenantScope()) as s:
        rows = (await s.execute(text("select id, town_id from villages order by id limit 6"))).all()
    ids = [node_id("Village", *r) for r in rows]
    token = await gql.token_for("county")
    query = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }"
    with count_statements(services.database) as few:
        await gql(query, {"ids": ids[:2]}, token=token)
    with count_statements(services.database) as many:
        body = await gql(query, {"ids": ids}, token=token)
    assert [n["id"] for n in body["data"]["nodes"]] == ids
    assert len(many) == len(few)
