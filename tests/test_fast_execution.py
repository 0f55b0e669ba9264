"""The fast path for plain fields gives exactly what graphql-core's general path gives."""

from __future__ import annotations

from datetime import date

import strawberry
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from towncheck.api.execution import PLAIN, FastExecutionContext, plain_fields
from towncheck.graphql import build_schema

from .registry_helpers import CREATE, household_input, ids, village_gid

QUERY = """query($skip: Boolean!) { me { displayName memberships { role roleLabel town { name } } }
  towns { totalCount edges { cursor node { id name areas(first: 2) { edges { node { name
    villages { edges { node { name isKeyVillage } } } } } } } } }
  households(first: 50) { pageInfo { hasNextPage endCursor } edges { node {
    id headName category categoryLabel liftedYear povertyCauses phone
    alias: headName ... on Household { address }
    members { id name idNumber sex birthDate age relation relationLabel subsidies enrolled
      disabilityGrade schoolStage }
    riskFlags { flag label } village { name } } } }
  plain: households(first: 50) { edges { __typename cursor node { __typename ...Head
    members { __typename who: name ...Person schoolStageLabel @skip(if: $skip)
      labourStatusLabel @include(if: $skip) } } } } }
fragment Head on Household { id headName category }
fragment Person on Member { id idNumber age relationLabel }"""


async def _both(gql, query, variables=None):
    fast = await gql(query, variables, as_user="mazhan_admin")
    saved = FastExecutionContext.plain
    FastExecutionContext.plain = {}
    try:
        general = await gql(query, variables, as_user="mazhan_admin")
    finally:
        FastExecutionContext.plain = saved
    return fast, general


async def test_fast_and_general_paths_agree(gql, owner_db):
    known = await ids(owner_db)
    await gql(
        CREATE,
        {"input": household_input(village_gid(known, "马站镇", "下坪村"), head="许快速")},
        as_user="mazhan_admin",
    )
    for skip in (True, False):
        fast, general = await _both(gql, QUERY, {"skip": skip})
        assert "errors" not in fast, fast
        assert fast == general
        assert fast["data"]["households"]["edges"], "the page should not be empty"
        assert fast["data"]["plain"]["edges"][0]["node"]["members"][0]["__typename"] == "Member"
    assert len(FastExecutionContext.plain) > 100


async def test_fast_path_survives_another_schema_build(gql, owner_db):
    """Building a schema with other limits (as ``export_sdl`` does) must not hand this
    schema's requests the other one's types: fragments would stop matching."""
    build_schema(max_depth=9)
    fast, general = await _both(gql, QUERY, {"skip": False})
    assert "errors" not in fast, fast
    assert fast == general


# --- A small schema of its own: nulls and failures the registry's data never has -----------


@strawberry.type
class Probe:
    value: str | None
    tags: list[str | None]

    @strawberry.field(metadata=PLAIN)
    def required(self) -> str:
        return self.value  # type: ignore[return-value]  # None on purpose: a null in String!

    @strawberry.field(metadata=PLAIN)
    def checked(self) -> int:
        if self.value == "bad":
            raise ValueError("bad value")
        return len(self.value or "")

    @strawberry.field(metadata=PLAIN)
    def day(self) -> date:
        return date(2024, 2, 29)


@strawberry.type
class Holder:
    probes: list[Probe]
    maybe: list[Probe | None]
    strict_tags: list[str]


@strawberry.type
class ProbeQuery:
    @strawberry.field
    def holder(self) -> Holder | None:
        probes = [Probe(value="a", tags=["x", None]), Probe(value=None, tags=[])]
        bad = Probe(value="bad", tags=[])
        return Holder(probes=probes, maybe=[probes[0], None, bad], strict_tags=["x"])

    @strawberry.field
    def holders(self) -> list[Holder]:
        return [Holder(probes=[], maybe=[], strict_tags=["y", None])]  # type: ignore[list-item]


class ProbeContext(FastExecutionContext):
    pass


PROBE_QUERIES = (
    "{ holder { probes { value tags } maybe { value day checked } strictTags } }",
    "{ holder { probes { required } } }",
    "{ holder { maybe { checked } } }",
    "{ holder { maybe { __typename ... on Probe { day } } } }",
    "{ holders { strictTags } }",
    "{ holder { probes { a: value b: value tags } } holders { probes { value } } }",
)


def _probe_schemas() -> tuple[strawberry.Schema, strawberry.Schema]:
    fast = strawberry.Schema(query=ProbeQuery, execution_context_class=ProbeContext)
    ProbeContext.plain = plain_fields(fast)
    general = strawberry.Schema(
        query=ProbeQuery, execution_context_class=StrawberryGraphQLCoreExecutionContext
    )
    return fast, general


def _outcome(result: strawberry.types.ExecutionResult) -> tuple[object, list[object]]:
    errors = [(e.message, e.path, e.locations) for e in result.errors or []]
    return result.data, errors


async def test_nulls_and_failures_are_reported_as_by_the_general_path():
    fast, general = _probe_schemas()
    assert ("Probe", "required") in ProbeContext.plain
    for query in PROBE_QUERIES:
        expected = _outcome(await general.execute(query))
        assert _outcome(await fast.execute(query)) == expected, query
    # Another schema of the same types replaces the table: the first keeps working.
    ProbeContext.plain = plain_fields(
        strawberry.Schema(query=ProbeQuery, execution_context_class=ProbeContext)
    )
    for query in PROBE_QUERIES:
        assert _outcome(await fast.execute(query)) == _outcome(await general.execute(query))
