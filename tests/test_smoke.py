from __future__ import annotations


async def test_me_anonymous_is_null(gql):
    body = await gql("{ me { displayName } }")
    assert body == {"data": {"me": None}}


async def test_login_and_tree(gql):
    body = await gql(
        "{ me { displayName memberships { role town { name } } } towns { totalCount edges { node { name areas { totalCount } } } } }",
        as_user="mazhan_admin",
    )
    assert "errors" not in body, body
    print(body)
