"""Satisfaction rates from the self-check's satisfaction checkpoint, by village and town."""

from __future__ import annotations

from .selfcheck_helpers import GENERATE, SUBMIT, helper_household, ready_cycle, submission

SATISFACTION = """query($id: ID!) { town: satisfaction(cycleId: $id) { name asked satisfied fairly
  unsatisfied unanswered rate } village: satisfaction(cycleId: $id, by: VILLAGE) { name asked
  rate } }"""


async def test_satisfaction_is_the_share_of_satisfied_and_fairly_satisfied(gql, owner_db, client):
    households = [await helper_household(gql, owner_db, f"韩满意{i}") for i in range(3)]
    today, cycle, answers = await ready_cycle(gql, owner_db, client, "满意度周期")
    await gql(GENERATE, {"id": cycle}, as_user="mazhan_admin")
    for household, said in zip(households, ("满意", "基本满意", "不满意"), strict=True):
        given = [dict(a, text=said) if a["checkpoint"] == "六.1.1" else a for a in answers]
        body = await gql(
            SUBMIT, {"input": submission(cycle, household, given, today)}, as_user="mazhan_helper"
        )
        assert body["data"]["submitVisit"]["errors"] == []
    rates = (await gql(SATISFACTION, {"id": cycle}, as_user="mazhan_admin"))["data"]
    assert rates["town"] == [
        {
            "name": "马站镇",
            "asked": 3,
            "satisfied": 1,
            "fairly": 1,
            "unsatisfied": 1,
            "unanswered": 0,
            "rate": 66.67,
        }
    ]
    assert rates["village"] == [{"name": "下坪村", "asked": 3, "rate": 66.67}]
    other = await gql(SATISFACTION, {"id": cycle}, as_user="gaoqiao_admin")
    assert other["errors"][0]["extensions"]["code"] in ("FORBIDDEN", "NOT_FOUND")
