"""The visit form pre-filled from the registry, this cycle's visit and the previous cycle;
visit and finding pages whose SQL does not grow with the page."""

from __future__ import annotations

from datetime import date

from .selfcheck_helpers import (
    ACTIVATE,
    GENERATE,
    SUBMIT,
    helper_household,
    new_cycle,
    ready_cycle,
    submission,
)
from .test_tenancy import count_statements

DRAFT = """query($cycle: ID!, $household: ID!) { visitDraft(cycleId: $cycle,
  householdId: $household) { headName category facts visit { version }
  answers { value note source registryVerdict checkpoint { code answerType prefill } } } }"""
INCOME = """mutation($input: SetIncomeInput!) { setIncome(input: $input) {
  errors { code message } } }"""
LIVING = """mutation($input: SetLivingConditionsInput!) { setLivingConditions(input: $input) {
  errors { code message } } }"""
PAGES = """query($cycle: ID!, $n: Int!) {
  visits(cycleId: $cycle, first: $n) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id headName versions { version answers { checkpoint value } } } } }
  findings(cycleId: $cycle, first: $n) { totalCount edges { node { checkpoint } } } }"""


async def _draft(gql, cycle, household, user="mazhan_helper"):
    body = await gql(DRAFT, {"cycle": cycle, "household": household}, as_user=user)
    return body


def _by_code(draft):
    return {a["checkpoint"]["code"]: a for a in draft["answers"]}


async def test_the_visit_form_starts_from_the_registry_then_the_visit_then_the_last_cycle(
    gql, owner_db, client
):
    household = await helper_household(gql, owner_db, "周预填")
    year_income = {"householdId": household, "wages": "9000", "evidence": "务工证明"}
    income = await gql(
        INCOME, {"input": {**year_income, "year": date.today().year}}, as_user="mazhan_admin"
    )
    assert income["data"]["setIncome"]["errors"] == []
    living = await gql(
        LIVING,
        {"input": {"householdId": household, "housingGrade": "C", "waterSafe": False}},
        as_user="mazhan_admin",
    )
    assert living["data"]["setLivingConditions"]["errors"] == []
    today, cycle, answers = await ready_cycle(gql, owner_db, client, "预填周期")

    draft = (await _draft(gql, cycle, household))["data"]["visitDraft"]
    assert draft["headName"] == "周预填" and draft["visit"] is None
    assert draft["facts"]["income"]["per_capita"] == "3000.00"
    codes = _by_code(draft)
    assert codes["一.2.1"]["checkpoint"]["prefill"] == "income.per_capita"
    assert (codes["一.2.1"]["value"], codes["一.2.1"]["source"]) == ("3000.00", "registry")
    assert codes["一.2.1"]["registryVerdict"] is False  # below the line
    assert (codes["一.2.3"]["value"], codes["一.2.3"]["source"]) == ("C", "registry")
    water = codes["一.2.16"]  # a yes/no whose rule the registry decides
    assert (water["value"], water["source"], water["registryVerdict"]) == (False, "registry", False)
    assert (codes["一.1.2"]["value"], codes["一.1.2"]["source"]) == (None, "none")

    await gql(GENERATE, {"id": cycle}, as_user="mazhan_admin")
    sent = await gql(
        SUBMIT, {"input": submission(cycle, household, answers, today)}, as_user="mazhan_helper"
    )
    assert sent["data"]["submitVisit"]["errors"] == []
    draft = (await _draft(gql, cycle, household))["data"]["visitDraft"]
    assert draft["visit"] == {"version": 1}
    assert {a["source"] for a in draft["answers"]} == {"visit"}
    assert _by_code(draft)["一.2.1"]["value"] == "9000"

    later, _ = await new_cycle(gql, owner_db, today, name="下一周期")
    activated = await gql(ACTIVATE, {"id": later}, as_user="mazhan_admin")
    assert activated["data"]["activateCycle"]["cycle"]["state"] == "active"
    codes = _by_code((await _draft(gql, later, household))["data"]["visitDraft"])
    assert (codes["一.1.2"]["value"], codes["一.1.2"]["source"]) == (True, "previous")
    assert codes["一.2.1"]["source"] == "registry"  # the registry is newer than last cycle

    other = await _draft(gql, cycle, household, user="gaoqiao_admin")
    assert other["errors"][0]["extensions"]["code"] in ("FORBIDDEN", "NOT_FOUND")
    assert other.get("data") is None or other["data"]["visitDraft"] is None


async def test_visit_and_finding_pages_cost_the_same_sql_whatever_their_size(
    gql, owner_db, client, services
):
    households = [await helper_household(gql, owner_db, f"页{i}") for i in range(3)]
    today, cycle, answers = await ready_cycle(gql, owner_db, client, "分页周期")
    await gql(GENERATE, {"id": cycle}, as_user="mazhan_admin")
    for household in households:
        body = await gql(
            SUBMIT, {"input": submission(cycle, household, answers, today)}, as_user="mazhan_helper"
        )
        assert body["data"]["submitVisit"]["errors"] == []
    token = await gql.token_for("mazhan_admin")
    counts = []
    for size in (1, 3):
        with count_statements(services.database) as counted:
            body = await gql(PAGES, {"cycle": cycle, "n": size}, token=token)
        assert "errors" not in body, body
        visits = body["data"]["visits"]
        assert len(visits["edges"]) == size and visits["totalCount"] == 3
        assert all(e["node"]["versions"][0]["answers"] for e in visits["edges"])
        counts.append(len(counted))
    assert counts[0] == counts[1], counts

    first = (await gql(PAGES, {"cycle": cycle, "n": 2}, token=token))["data"]["visits"]
    assert first["pageInfo"]["hasNextPage"] is True
    rest = await gql(
        """query($cycle: ID!, $after: String) { visits(cycleId: $cycle, after: $after) {
          pageInfo { hasNextPage } edges { node { id } } } }""",
        {"cycle": cycle, "after": first["pageInfo"]["endCursor"]},
        token=token,
    )
    page = rest["data"]["visits"]
    assert len(page["edges"]) == 1 and page["pageInfo"]["hasNextPage"] is False
    seen = {e["node"]["id"] for e in first["edges"]} | {e["node"]["id"] for e in page["edges"]}
    assert len(seen) == 3
