"""Evaluator API tokens: issued once, scoped to towns, read-only, expiring and revocable."""

from __future__ import annotations

from sqlalchemy import text

from towncheck.api.relay import node_id
from towncheck.auth import service
from towncheck.db import TenantScope, apply_scope

CREATE = """mutation($label: String!, $towns: [ID!]!, $days: Int! = 30) {
  createApiToken(input: {label: $label, townIds: $towns, expiresInDays: $days}) {
    secret apiToken { id label prefix townIds } errors { code message field } } }"""
TREE = "{ towns { edges { node { name areas { totalCount } } } } }"


async def _towns(owner_db) -> dict[str, int]:
    async with owner_db.unit_of_work(TenantScope()) as s:
        return {n: i for n, i in (await s.execute(text("select name, id from towns"))).all()}


async def test_county_official_issues_token_that_reads_only_its_towns(gql, owner_db):
    towns = await _towns(owner_db)
    body = await gql(
        CREATE,
        {"label": "山东某评估中心", "towns": [node_id("Town", towns["高桥镇"])]},
        as_user="county",
    )
    payload = body["data"]["createApiToken"]
    assert payload["errors"] == [] and payload["secret"].startswith("tce_")
    assert payload["secret"].startswith(payload["apiToken"]["prefix"])
    tree = await gql(TREE, token=payload["secret"])
    assert [e["node"]["name"] for e in tree["data"]["towns"]["edges"]] == ["高桥镇"]
    me = (
        await gql(
            "{ me { kind readOnly permissions { resource action } } }", token=payload["secret"]
        )
    )["data"]["me"]
    assert me["kind"] == "token" and me["readOnly"] is True
    assert {p["action"] for p in me["permissions"]} == {"read"}


async def test_town_admin_cannot_issue_token_for_another_town(gql, owner_db):
    towns = await _towns(owner_db)
    before = await _count(owner_db, "api_tokens")
    body = await gql(
        CREATE,
        {
            "label": "越权",
            "towns": [node_id("Town", towns["马站镇"]), node_id("Town", towns["高桥镇"])],
        },
        as_user="mazhan_admin",
    )
    assert body["data"]["createApiToken"]["errors"][0]["code"] == "FORBIDDEN"
    assert body["data"]["createApiToken"]["secret"] is None
    assert await _count(owner_db, "api_tokens") == before


async def test_bad_token_input_is_refused_with_field(gql, owner_db):
    towns = await _towns(owner_db)
    body = await gql(
        CREATE,
        {"label": "评估", "towns": [node_id("Town", towns["马站镇"])], "days": 999},
        as_user="mazhan_admin",
    )
    assert body["data"]["createApiToken"]["errors"] == [
        {"code": "INVALID_INPUT", "message": "有效期须在 1 到 365 天之间", "field": "expiresInDays"}
    ]


async def _count(owner_db, table: str) -> int:
    async with owner_db.unit_of_work(TenantScope()) as s:
        return int(await s.scalar(text(f"select count(*) from {table}")))


async def test_evaluator_token_can_never_mutate(gql, owner_db, demo):
    towns = await _towns(owner_db)
    before = await _count(owner_db, "areas")
    body = await gql(
        'mutation($t: ID!) { createArea(input: {townId: $t, name: "评估新建"}) {'
        " area { id } errors { code message } } }",
        {"t": node_id("Town", towns["马站镇"])},
        token=demo.evaluator_token,
    )
    assert body["data"]["createArea"]["errors"][0]["code"] == "READ_ONLY"
    assert await _count(owner_db, "areas") == before


async def test_evaluator_transactions_are_read_only(services, demo):
    async with services.database.sessions() as session, session.begin():
        principal = await service.authenticate(session, secret=demo.evaluator_token)
        assert principal is not None and principal.read_only
        await apply_scope(session, principal.scope())
        assert await session.scalar(text("show transaction_read_only")) == "on"


async def test_revoked_and_expired_tokens_get_401(gql, owner_db):
    towns = await _towns(owner_db)
    issued = (
        await gql(
            CREATE,
            {"label": "临时评估", "towns": [node_id("Town", towns["马站镇"])]},
            as_user="mazhan_admin",
        )
    )["data"]["createApiToken"]
    listed = await gql("{ apiTokens { id label revokedAt } }", as_user="mazhan_admin")
    assert issued["apiToken"]["id"] in [t["id"] for t in listed["data"]["apiTokens"]]
    revoke = await gql(
        "mutation($id: ID!) { revokeApiToken(input: {id: $id}) {"
        " apiToken { revokedAt } errors { code } } }",
        {"id": issued["apiToken"]["id"]},
        as_user="mazhan_admin",
    )
    assert revoke["data"]["revokeApiToken"]["apiToken"]["revokedAt"] is not None
    assert (await gql.post(TREE, token=issued["secret"])).status_code == 401

    second = (
        await gql(
            CREATE,
            {"label": "过期评估", "towns": [node_id("Town", towns["马站镇"])]},
            as_user="mazhan_admin",
        )
    )["data"]["createApiToken"]
    async with owner_db.unit_of_work(TenantScope()) as s:
        await s.execute(
            text(
                "update api_tokens set expires_at = now() - interval '1 second'"
                " where label = '过期评估'"
            )
        )
    assert (await gql.post(TREE, token=second["secret"])).status_code == 401


async def test_other_town_admin_cannot_see_or_revoke_the_token(gql, owner_db):
    towns = await _towns(owner_db)
    issued = (
        await gql(
            CREATE,
            {"label": "马站专用", "towns": [node_id("Town", towns["马站镇"])]},
            as_user="mazhan_admin",
        )
    )["data"]["createApiToken"]
    listed = (await gql("{ apiTokens { id } }", as_user="gaoqiao_admin"))["data"]["apiTokens"]
    assert issued["apiToken"]["id"] not in [t["id"] for t in listed]
    revoke = await gql(
        "mutation($id: ID!) { revokeApiToken(input: {id: $id}) { errors { code } } }",
        {"id": issued["apiToken"]["id"]},
        as_user="gaoqiao_admin",
    )
    assert revoke["data"]["revokeApiToken"]["errors"] == [{"code": "FORBIDDEN"}]
    assert (await gql.post(TREE, token=issued["secret"])).status_code == 200


async def test_token_secrets_are_stored_hashed(owner_db, demo):
    async with owner_db.unit_of_work(TenantScope()) as s:
        prefixes = list(await s.scalars(text("select prefix from api_tokens")))
        raw = await s.scalar(
            text(
                "select count(*) from api_tokens where position(convert_to(:t, 'UTF8') in token_hash)"
                " > 0"
            ),
            {"t": demo.evaluator_token},
        )
    assert prefixes and raw == 0
