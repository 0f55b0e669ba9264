"""The fast path for plain fields gives exactly what graphql-core's general path gives."""

from __future__ import annotations

from towncheck.api.execution import FastExecutionContext

from .registry_helpers import CREATE, household_input, ids, village_gid

QUERY = """query { me { displayName memberships { role roleLabel town { name } } }
  towns { totalCount edges { cursor node { id name areas(first: 2) { edges { node { name
    villages { edges { node { name isKeyVillage } } } } } } } } }
  households(first: 50) { pageInfo { hasNextPage endCursor } edges { node {
    id headName category categoryLabel liftedYear povertyCauses phone
    alias: headName ... on Household { address }
    members { id name idNumber sex birthDate age relation relationLabel subsidies enrolled
      disabilityGrade schoolStage }
    riskFlags { flag label } village { name } } } } }"""


async def test_fast_and_general_paths_agree(gql, owner_db):
    known = await ids(owner_db)
    await gql(
        CREATE,
        {"input": household_input(village_gid(known, "马站镇", "下坪村"), head="许快速")},
        as_user="mazhan_admin",
    )
    fast = await gql(QUERY, as_user="mazhan_admin")
    saved = FastExecutionContext.plain
    FastExecutionContext.plain = {}
    try:
        general = await gql(QUERY, as_user="mazhan_admin")
    finally:
        FastExecutionContext.plain = saved
    assert "errors" not in fast, fast
    assert fast == general
    assert fast["data"]["households"]["edges"], "the page should not be empty"
    assert len(saved) > 100
