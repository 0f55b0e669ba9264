"""Sign-in, sessions, cookies with CSRF, password changes and throttling."""

from __future__ import annotations

import asyncio

import httpx
from sqlalchemy import text

from towncheck.app import create_app
from towncheck.auth.secrets import hash_password
from towncheck.db import TenantScope

from .conftest import LOGIN

ME = "{ me { displayName kind readOnly memberships { role roleLabel town { name } } "
ME += "permissions { domain resource action } } }"


async def _login(gql, username, password):
    body = await gql(LOGIN, {"u": username, "p": password})
    return body["data"]["login"]


async def _add_user(owner_db, username: str, password: str) -> None:
    async with owner_db.unit_of_work(TenantScope()) as s:
        await s.execute(
            text(
                "insert into users (county_id, username, display_name, password_hash)"
                " select id, :u, :u, :h from counties limit 1"
            ),
            {"u": username, "h": hash_password(password)},
        )
        await s.execute(
            text(
                "insert into town_memberships (town_id, user_id, role)"
                " select t.id, u.id, 'helper' from towns t, users u"
                " where t.name = '马站镇' and u.username = :u"
            ),
            {"u": username},
        )


async def test_login_returns_session_and_me_lists_roles_and_permissions(gql, demo):
    payload = await _login(gql, "mazhan_area", demo.password)
    assert payload["errors"] == [] and payload["token"].startswith("tcs_")
    me = (await gql(ME, token=payload["token"]))["data"]["me"]
    assert me["kind"] == "user" and me["readOnly"] is False
    assert [(m["role"], m["town"]["name"]) for m in me["memberships"]] == [("AREA_CADRE", "马站镇")]
    perms = {(p["resource"], p["action"]) for p in me["permissions"]}
    assert ("tenancy", "read") in perms and ("tenancy", "write") not in perms


async def test_wrong_password_and_unknown_user_get_the_same_generic_error(gql, demo):
    wrong = await _login(gql, "mazhan_admin", "not-the-password")
    unknown = await _login(gql, "nobody_here", "whatever")
    assert wrong == unknown
    assert wrong["token"] is None
    assert wrong["errors"] == [{"code": "INVALID_CREDENTIALS", "message": "用户名或密码错误"}]


async def test_repeated_failures_are_throttled_even_with_the_right_password(gql, owner_db):
    await _add_user(owner_db, "throttle_me", "Right-password-1")
    for _ in range(5):
        assert (await _login(gql, "throttle_me", "wrong"))["errors"][0]["code"] == (
            "INVALID_CREDENTIALS"
        )
    payload = await _login(gql, "throttle_me", "Right-password-1")
    assert payload["token"] is None
    assert payload["errors"][0]["code"] == "THROTTLED"
    assert "分钟后再试" in payload["errors"][0]["message"]


async def test_login_by_phone(gql, owner_db):
    await _add_user(owner_db, "phone_user", "Phone-pass-123")
    async with owner_db.unit_of_work(TenantScope()) as s:
        await s.execute(
            text("update users set phone = '13800000001' where username = 'phone_user'")
        )
    payload = await _login(gql, "13800000001", "Phone-pass-123")
    assert payload["errors"] == [] and payload["token"]


async def test_logout_revokes_the_session(gql, demo):
    token = (await _login(gql, "mazhan_helper", demo.password))["token"]
    body = await gql("mutation { logout { ok errors { code } } }", token=token)
    assert body["data"]["logout"] == {"ok": True, "errors": []}
    response = await gql.post(ME, token=token)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json() == {
        "errors": [{"message": "身份凭证无效或已过期", "extensions": {"code": "UNAUTHENTICATED"}}]
    }


async def test_unknown_and_expired_tokens_get_401_without_detail(gql, owner_db, demo):
    token = (await _login(gql, "mazhan_village", demo.password))["token"]
    async with owner_db.unit_of_work(TenantScope()) as s:
        await s.execute(
            text(
                "update user_sessions set expires_at = now() - interval '1 minute'"
                " where id = (select max(id) from user_sessions)"
            )
        )
    expired = await gql.post(ME, token=token)
    unknown = await gql.post(ME, token="tcs_" + "x" * 43)
    assert expired.status_code == unknown.status_code == 401
    assert expired.json() == unknown.json()


COOKIE_LOGIN = """mutation($u: String!, $p: String!) {
  login(input: {username: $u, password: $p, useCookie: true}) { token csrfToken errors { code } }
}"""


async def test_cookie_session_requires_csrf_header_for_mutations(client, demo):
    client.cookies.clear()
    response = await client.post(
        "/graphql",
        json={"query": COOKIE_LOGIN, "variables": {"u": "mazhan_director", "p": demo.password}},
    )
    payload = response.json()["data"]["login"]
    assert payload["token"] is None and payload["csrfToken"]
    set_cookie = response.headers.get_list("set-cookie")
    assert any(c.startswith("tc_session=tcs_") and "HttpOnly" in c for c in set_cookie)
    assert response.cookies.get("tc_csrf") == payload["csrfToken"]
    query = await client.post("/graphql", json={"query": "{ me { displayName } }"})
    assert query.json()["data"]["me"]["displayName"] == "经济发展办主任 张伟"
    mutation = {
        "query": 'mutation { changePassword(input: {currentPassword: "a",'
        ' newPassword: "b"}) { ok } }'
    }
    refused = await client.post("/graphql", json=mutation)
    assert refused.status_code == 403
    assert refused.json()["errors"][0]["extensions"]["code"] == "CSRF"
    allowed = await client.post(
        "/graphql", json=mutation, headers={"X-CSRF-Token": payload["csrfToken"]}
    )
    assert allowed.status_code == 200 and allowed.json()["data"]["changePassword"]["ok"] is False
    client.cookies.clear()


async def test_api_sign_in_sets_no_cookie(client, demo):
    client.cookies.clear()
    response = await client.post(
        "/graphql", json={"query": LOGIN, "variables": {"u": "mazhan_director", "p": demo.password}}
    )
    assert response.json()["data"]["login"]["token"].startswith("tcs_")
    assert response.headers.get_list("set-cookie") == []


async def test_stale_cookie_is_cleared_and_does_not_block_sign_in(client, demo):
    client.cookies.clear()
    client.cookies.set("tc_session", "tcs_stale")
    response = await client.post(
        "/graphql", json={"query": LOGIN, "variables": {"u": "mazhan_admin", "p": demo.password}}
    )
    assert response.status_code == 200
    assert response.json()["data"]["login"]["errors"] == []


CHANGE = """mutation($c: String!, $n: String!) {
  changePassword(input: {currentPassword: $c, newPassword: $n}) {
    ok errors { code message field } } }"""


async def test_change_password_checks_current_and_strength_then_works(gql, owner_db):
    await _add_user(owner_db, "changer", "Original-pass-1")
    token = await gql.token_for_password("changer", "Original-pass-1")
    wrong = await gql(CHANGE, {"c": "nope", "n": "Another-pass-2"}, token=token)
    assert wrong["data"]["changePassword"]["errors"][0]["code"] == "INVALID_CREDENTIALS"
    weak = await gql(CHANGE, {"c": "Original-pass-1", "n": "short"}, token=token)
    assert weak["data"]["changePassword"]["errors"][0] == {
        "code": "WEAK_PASSWORD",
        "message": "新密码至少需要 10 个字符",
        "field": "newPassword",
    }
    ok = await gql(CHANGE, {"c": "Original-pass-1", "n": "Another-pass-2"}, token=token)
    assert ok["data"]["changePassword"] == {"ok": True, "errors": []}
    assert (await _login(gql, "changer", "Original-pass-1"))["token"] is None
    assert (await _login(gql, "changer", "Another-pass-2"))["token"]


async def test_password_hashes_are_argon2id(owner_db, demo):
    async with owner_db.unit_of_work(TenantScope()) as s:
        hashes = list(await s.scalars(text("select password_hash from users")))
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)


async def test_sessions_store_only_hashes(gql, owner_db, demo):
    token = (await _login(gql, "gaoqiao_admin", demo.password))["token"]
    async with owner_db.unit_of_work(TenantScope()) as s:
        stored = await s.scalar(
            text("select count(*) from user_sessions where encode(token_hash, 'escape') like :t"),
            {"t": f"%{token}%"},
        )
    assert stored == 0


async def test_memberships_show_their_scope(gql):
    query = "{ me { memberships { role area { name } village { name } office { name } } } }"
    scoped = {}
    for user in ("mazhan_area", "mazhan_village", "mazhan_director", "mazhan_helper"):
        body = await gql(query, as_user=user)
        scoped[user] = body["data"]["me"]["memberships"][0]
    assert scoped["mazhan_area"]["area"] == {"name": "关顶管理区"}
    assert scoped["mazhan_village"]["village"] == {"name": "下坪村"}
    assert scoped["mazhan_director"]["office"] == {"name": "经济发展办"}
    assert scoped["mazhan_helper"] == {
        "role": "HELPER",
        "area": None,
        "village": None,
        "office": None,
    }


async def test_many_failures_from_one_address_are_throttled(services, demo):
    # Its own client address: the other tests share 127.0.0.1 and must not be throttled.
    transport = httpx.ASGITransport(app=create_app(services), client=("192.0.2.7", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:

        async def attempt(username: str, password: str) -> dict:
            response = await client.post(
                "/graphql", json={"query": LOGIN, "variables": {"u": username, "p": password}}
            )
            return response.json()["data"]["login"]

        for i in range(20):
            assert (await attempt(f"guess_{i}", "wrong"))["errors"][0]["code"] == (
                "INVALID_CREDENTIALS"
            )
        refused = await attempt("mazhan_admin", demo.password)
    assert refused["errors"][0]["code"] == "THROTTLED" and refused["token"] is None


async def test_one_sign_in_per_request(gql, demo):
    two = (
        'mutation { a: login(input: {username: "mazhan_admin", password: "x"}) { token }'
        ' ...More } fragment More on Mutation { b: login(input: {username: "county",'
        ' password: "y"}) { token } }'
    )
    response = await gql.post(two)
    assert response.json()["errors"][0]["message"] == "一次请求只能包含一个登录操作"
    assert "data" not in response.json()


async def test_parallel_guesses_cannot_outrun_the_throttle(gql, owner_db):
    await _add_user(owner_db, "parallel_target", "Target-pass-2026")
    results = await asyncio.gather(*[_login(gql, "parallel_target", f"wrong{i}") for i in range(8)])
    codes = sorted(r["errors"][0]["code"] for r in results)
    assert codes == ["INVALID_CREDENTIALS"] * 5 + ["THROTTLED"] * 3


async def test_evaluator_token_cannot_sign_in(gql, demo):
    body = await gql(LOGIN, {"u": "mazhan_admin", "p": demo.password}, token=demo.evaluator_token)
    assert body["data"]["login"]["errors"][0]["code"] == "READ_ONLY"
