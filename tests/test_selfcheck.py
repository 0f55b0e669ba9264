"""The self-check: a cycle on the default checklist, assignments, visits, review, findings."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from towncheck.db import TenantScope

from .selfcheck_helpers import (
    GENERATE,
    SUBMIT,
    good_answers,
    helper_household,
    household_checkpoints,
    new_cycle,
    ready_cycle,
    submission,
)

MINE = """query($id: ID!) { myAssignments(cycleId: $id) { householdId headName basis done } }"""
REVIEW = """mutation($input: ReviewVisitInput!) { reviewVisit(input: $input) {
  visit { id state version reviewComment } errors { code message field } } }"""
VISIT = """query($id: ID!) { node(id: $id) { id } }"""
FINDINGS = """query($id: ID!) { findings(cycleId: $id, first: 100) {
  edges { node { checkpoint state source severity } } } }"""
VISITS = """query($id: ID!) { visits(cycleId: $id, first: 100) { edges { node { id state version
  headName versions { version reviewComment answers { checkpoint } } } } } }"""


def nodes(connection):
    return [edge["node"] for edge in connection["edges"]]


PROGRESS = """query { cycles { id name progress(by: CADRE) { name done total } } }"""


async def test_cycle_assignments_visit_review_and_findings(gql, owner_db, client):
    household = await helper_household(gql, owner_db, "赵自查")
    today, cycle, answers = await ready_cycle(gql, owner_db, client, "自查流程")
    generated = await gql(GENERATE, {"id": cycle}, as_user="mazhan_admin")
    assert generated["data"]["generateAssignments"]["created"] >= 1
    again = await gql(GENERATE, {"id": cycle}, as_user="mazhan_admin")
    assert again["data"]["generateAssignments"]["created"] == 0  # only what is missing

    mine = (await gql(MINE, {"id": cycle}, as_user="mazhan_helper"))["data"]["myAssignments"]
    assert {
        "householdId": household,
        "headName": "赵自查",
        "basis": "helper",
        "done": False,
    } in mine

    payload = submission(cycle, household, answers, today)
    first = (await gql(SUBMIT, {"input": payload}, as_user="mazhan_helper"))["data"]["submitVisit"]
    assert first["errors"] == [] and first["visit"]["version"] == 1
    retried = (await gql(SUBMIT, {"input": payload}, as_user="mazhan_helper"))["data"]
    assert retried["submitVisit"]["visit"] == first["visit"]  # stored once
    visit = first["visit"]["id"]

    # The registry says nobody has critical-illness insurance or a family doctor: the rules
    # raise those findings although the cadre answered "yes".
    found = nodes((await gql(FINDINGS, {"id": cycle}, as_user="mazhan_admin"))["data"]["findings"])
    by_code = {f["checkpoint"]: f for f in found}
    assert {"一.2.9", "一.2.11"} <= set(by_code)
    assert by_code["一.2.9"]["source"] == "rule" and by_code["一.2.9"]["state"] == "open"

    back = await gql(
        REVIEW, {"input": {"visitId": visit, "accept": False, "comment": ""}}, as_user="mazhan_area"
    )
    assert back["data"]["reviewVisit"]["errors"][0]["field"] == "comment"
    back = await gql(
        REVIEW,
        {"input": {"visitId": visit, "accept": False, "comment": "饮水情况请补充照片"}},
        as_user="mazhan_area",
    )
    assert back["data"]["reviewVisit"]["visit"]["state"] == "returned"

    fixed = [dict(a) for a in answers]
    doctor = next(a for a in fixed if a["checkpoint"] == "一.2.17")
    doctor.update(yes=False, fixedOnSpot=True, note="当场联系卫生室完成签约")
    second = await gql(
        SUBMIT, {"input": submission(cycle, household, fixed, today)}, as_user="mazhan_helper"
    )
    assert second["data"]["submitVisit"]["visit"]["version"] == 2
    found = nodes((await gql(FINDINGS, {"id": cycle}, as_user="mazhan_admin"))["data"]["findings"])
    assert {
        "checkpoint": "一.2.17",
        "state": "fixed_on_spot",
        "source": "answer",
        "severity": next(f["severity"] for f in found if f["checkpoint"] == "一.2.17"),
    } in found

    accepted = await gql(
        REVIEW, {"input": {"visitId": visit, "accept": True}}, as_user="mazhan_admin"
    )
    assert accepted["data"]["reviewVisit"]["visit"]["state"] == "accepted"
    late = await gql(
        SUBMIT, {"input": submission(cycle, household, answers, today)}, as_user="mazhan_helper"
    )
    assert late["data"]["submitVisit"]["errors"][0]["code"] == "CONFLICT"

    visits = nodes((await gql(VISITS, {"id": cycle}, as_user="mazhan_admin"))["data"]["visits"])
    mine = next(v for v in visits if v["id"] == visit)
    assert mine["headName"] == "赵自查"
    assert [v["version"] for v in mine["versions"]] == [1, 2]
    assert mine["versions"][0]["reviewComment"] == "饮水情况请补充照片"
    assert len(mine["versions"][0]["answers"]) == len(answers)

    cycles = (await gql(PROGRESS, as_user="mazhan_admin"))["data"]["cycles"]
    progress = next(c for c in cycles if c["id"] == cycle)["progress"]
    assert any(p["done"] >= 1 for p in progress)


async def test_bad_visits_are_refused_and_nothing_is_stored(gql, owner_db, client):
    household = await helper_household(gql, owner_db, "钱拒绝")
    today, cycle, answers = await ready_cycle(gql, owner_db, client, "拒绝的提交")
    await gql(GENERATE, {"id": cycle}, as_user="mazhan_admin")

    async def refused(user, items, **extra):
        body = await gql(
            SUBMIT, {"input": {**submission(cycle, household, items, today), **extra}}, as_user=user
        )
        payload = body["data"]["submitVisit"]
        assert payload["visit"] is None
        return payload["errors"]

    missing = await refused("mazhan_helper", answers[1:])
    assert any("未作答" in e["message"] for e in missing)
    wrong = [dict(a) for a in answers]
    wrong[0] = {"checkpoint": wrong[0]["checkpoint"], "text": "是"}
    assert (await refused("mazhan_helper", wrong))[0]["field"] == "answers[0]"
    grade = [dict(a, text="E") if a.get("text") == "A" else a for a in answers]
    assert any("可选" in e["message"] for e in await refused("mazhan_helper", grade))
    assert (await refused("mazhan_helper", answers, visitedOn="2999-01-01"))[0]["field"] == (
        "visitedOn"
    )
    unassigned = await refused("mazhan_village", answers)
    assert unassigned[0]["code"] == "FORBIDDEN"
    other_town = await refused("gaoqiao_admin", answers)
    assert other_town[0]["code"] in ("FORBIDDEN", "NOT_FOUND")
    evaluator = await gql(
        SUBMIT, {"input": submission(cycle, household, answers, today)}, as_user=None
    )
    assert evaluator.get("errors") or evaluator["data"]["submitVisit"]["errors"]
    async with owner_db.unit_of_work(TenantScope()) as s:
        stored = await s.scalar(
            text(
                "select count(*) from visits v join households h on h.town_id = v.town_id"
                " and h.id = v.household_id where h.head_name = '钱拒绝'"
            )
        )
    assert stored == 0


async def test_a_draft_cycle_takes_no_visits(gql, owner_db, client):
    household = await helper_household(gql, owner_db, "孙草稿")
    today = date.today()
    cycle, version = await new_cycle(gql, owner_db, today, name="草稿周期")
    answers = good_answers(household_checkpoints(version), "x", "y")
    body = await gql(
        SUBMIT, {"input": submission(cycle, household, answers, today)}, as_user="mazhan_admin"
    )
    assert body["data"]["submitVisit"]["errors"][0]["code"] == "CONFLICT"


async def test_another_town_reads_no_cycle_or_visit(gql, owner_db, client, services):
    await ready_cycle(gql, owner_db, client, "他镇不可见")
    cycles = (await gql("{ cycles { name } }", as_user="gaoqiao_admin"))["data"]["cycles"]
    assert all(c["name"] != "他镇不可见" for c in cycles)
    async with owner_db.unit_of_work(TenantScope()) as s:
        gaoqiao = await s.scalar(text("select id from towns where name = '高桥镇'"))
        mazhan = await s.scalar(text("select id from towns where name = '马站镇'"))
    async with services.database.unit_of_work(TenantScope(read_towns=frozenset({mazhan}))) as s:
        assert await s.scalar(text("select count(*) from cycles")) > 0
    # The app's own role, under row-level security, scoped to the other town.
    async with services.database.unit_of_work(TenantScope(read_towns=frozenset({gaoqiao}))) as s:
        for table in (
            "cycles",
            "assignments",
            "visits",
            "visit_versions",
            "visit_answers",
            "findings",
            "evidence_files",
            "training_attendance",
            "cycle_attachments",
        ):
            assert await s.scalar(text(f"select count(*) from {table}")) == 0, table
