"""The rectification ledger on real PostgreSQL: findings into items, every transition,
independent sign-off with the rule re-checked, reopening, appeals and sweeps."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text

from towncheck.api.relay import node_id
from towncheck.db import TenantScope

from .registry_helpers import ids
from .selfcheck_helpers import (
    GENERATE,
    SUBMIT,
    helper_household,
    png,
    ready_cycle,
    submission,
    upload,
)
from .test_tenancy import count_statements

LIVING = """mutation($input: SetLivingConditionsInput!) { setLivingConditions(input: $input) {
  errors { code message } } }"""
LIST = (
    """mutation($id: ID!) { listCycleFindings(cycleId: $id) { count errors { code message } } }"""
)
LEDGER = """query($id: ID!, $filter: LedgerFilter, $n: Int) { ledger(cycleId: $id, filter: $filter,
  first: $n) { totalCount edges { node { id findingId checkpoint state flag overdue ownerName
  headName reopened transitions { fromState toState reason } } } } }"""
MOVE = """mutation($input: MoveLedgerItemInput!) { moveLedgerItem(input: $input) {
  item { state evidence effectiveness } errors { code message field } } }"""
OPEN_ITEM = """mutation($input: OpenLedgerItemInput!) { openLedgerItem(input: $input) {
  item { id state ownerName } errors { code message field } } }"""
APPEAL = """mutation($f: ID!, $r: String!) { fileAppeal(findingId: $f, reason: $r) {
  appeal { id state } errors { code message } } }"""
DECIDE = """mutation($a: ID!, $w: Boolean!, $r: String!) { decideAppeal(appealId: $a, withdraw: $w,
  reason: $r) { appeal { state decisionReason } errors { code message field } } }"""
FINDINGS = """query($id: ID!) { findings(cycleId: $id, first: 100) { edges { node { id checkpoint
  state source } } } }"""
PREVIEW = (
    """query($f: ID!) { sweepPreview(findingId: $f) { checkpoint candidates { headName } } }"""
)
SWEEP = """mutation($f: ID!, $d: Date!) { applySweep(findingId: $f, deadline: $d) { count
  errors { code message } } }"""
HOUSING = "一.2.4"  # C/D houses need a repair plan: a rule on registry data alone


def _nodes(body, name):
    return [e["node"] for e in body["data"][name]["edges"]]


async def _unsafe_house(gql, owner_db, head):
    household = await helper_household(gql, owner_db, head)
    living = await gql(
        LIVING, {"input": {"householdId": household, "housingGrade": "C"}}, as_user="mazhan_admin"
    )
    assert living["data"]["setLivingConditions"]["errors"] == []
    return household


async def _self_checked(gql, owner_db, client, name, household):
    today, cycle, answers = await ready_cycle(gql, owner_db, client, name)
    await gql(GENERATE, {"id": cycle}, as_user="mazhan_admin")
    sent = await gql(
        SUBMIT, {"input": submission(cycle, household, answers, today)}, as_user="mazhan_helper"
    )
    assert sent["data"]["submitVisit"]["errors"] == []
    return today, cycle


async def _move(gql, item, step, user, note="", *, evidence=()):
    body = await gql(
        MOVE,
        {"input": {"itemId": item, "step": step, "note": note, "evidence": list(evidence)}},
        as_user=user,
    )
    return body["data"]["moveLedgerItem"]


async def test_an_item_is_worked_signed_off_independently_and_reopened(gql, owner_db, client):
    household = await _unsafe_house(gql, owner_db, "郑整改")
    _, cycle = await _self_checked(gql, owner_db, client, "整改周期", household)
    listed = await gql(LIST, {"id": cycle}, as_user="mazhan_admin")
    assert listed["data"]["listCycleFindings"]["count"] >= 1
    again = await gql(LIST, {"id": cycle}, as_user="mazhan_admin")
    assert again["data"]["listCycleFindings"]["count"] == 0  # nothing twice
    items = _nodes(await gql(LEDGER, {"id": cycle, "n": 100}, as_user="mazhan_admin"), "ledger")
    item = next(i for i in items if i["checkpoint"] == HOUSING and i["headName"] == "郑整改")
    assert (item["state"], item["ownerName"]) == ("open", "帮扶责任人 赵磊")
    assert item["transitions"] == [{"fromState": "", "toState": "open", "reason": "列入整改台账"}]

    assert (await _move(gql, item["id"], "SIGN_OFF", "mazhan_area"))["errors"][0]["code"] == (
        "CONFLICT"
    )
    assert (await _move(gql, item["id"], "START", "mazhan_village"))["errors"][0]["code"] == (
        "FORBIDDEN"
    )
    assert (await _move(gql, item["id"], "START", "mazhan_helper"))["item"]["state"] == (
        "in_progress"
    )
    bare = await _move(gql, item["id"], "SUBMIT", "mazhan_helper", note="已制定改造计划")
    assert bare["errors"][0]["field"] == "evidence"
    known = await ids(owner_db)
    token = await gql.token_for("mazhan_helper")
    town = node_id("Town", known["towns"]["马站镇"])
    photo = await upload(client, token, town, name="计划.png", content=png(11), kind="photo")
    key = photo["file"]["key"]
    sent = await _move(gql, item["id"], "SUBMIT", "mazhan_helper", "已制定改造计划", evidence=[key])
    assert sent["item"]["state"] == "submitted" and sent["item"]["evidence"] == [key]
    returned = await _move(gql, item["id"], "SEND_BACK", "mazhan_area")
    assert returned["errors"][0]["field"] == "note"
    returned = await _move(gql, item["id"], "SEND_BACK", "mazhan_area", "计划未经住建部门确认")
    assert returned["item"]["state"] == "returned"
    assert (await _move(gql, item["id"], "RESUME", "mazhan_helper"))["item"]["state"] == (
        "in_progress"
    )
    await _move(gql, item["id"], "SUBMIT", "mazhan_helper", "计划已确认", evidence=[key])

    # The registry still shows a C house without a plan: the rule blocks the sign-off.
    blocked = await _move(gql, item["id"], "SIGN_OFF", "mazhan_area", "已核实")
    assert "台账数据仍不符合" in blocked["errors"][0]["message"]
    planned = await gql(
        LIVING,
        {"input": {"householdId": household, "housingGrade": "C", "repairPlan": "2026 年改造"}},
        as_user="mazhan_admin",
    )
    assert planned["data"]["setLivingConditions"]["errors"] == []
    done = await _move(gql, item["id"], "SIGN_OFF", "mazhan_area", "入户核实改造计划已落实")
    assert done["item"] == {
        "state": "signed_off",
        "evidence": [key],
        "effectiveness": "入户核实改造计划已落实",
    }

    # 回头看: the same problem found again in a later cycle reopens the signed-off item.
    await gql(
        LIVING, {"input": {"householdId": household, "housingGrade": "D"}}, as_user="mazhan_admin"
    )
    _, later = await _self_checked(gql, owner_db, client, "回头看周期", household)
    await gql(LIST, {"id": later}, as_user="mazhan_admin")
    items = _nodes(await gql(LEDGER, {"id": later, "n": 100}, as_user="mazhan_admin"), "ledger")
    reopened = next(i for i in items if i["checkpoint"] == HOUSING and i["headName"] == "郑整改")
    assert (reopened["id"], reopened["state"], reopened["reopened"]) == (item["id"], "open", 1)
    assert reopened["transitions"][-1]["reason"].startswith("回头看")


async def test_owners_do_not_sign_off_and_deadlines_are_not_in_the_past(gql, owner_db, client):
    household = await _unsafe_house(gql, owner_db, "冯自签")
    today, cycle = await _self_checked(gql, owner_db, client, "自签周期", household)
    found = _nodes(await gql(FINDINGS, {"id": cycle}, as_user="mazhan_admin"), "findings")
    finding = next(f for f in found if f["checkpoint"] == HOUSING)
    known = await ids(owner_db)
    admin = node_id("User", known["users"]["mazhan_admin"])
    data = {"findingId": finding["id"], "ownerId": admin, "measures": "落实改造"}
    past = await gql(
        OPEN_ITEM,
        {"input": {**data, "deadline": (today - timedelta(days=1)).isoformat()}},
        as_user="mazhan_admin",
    )
    assert past["data"]["openLedgerItem"]["errors"][0]["field"] == "deadline"
    opened = await gql(
        OPEN_ITEM, {"input": {**data, "deadline": today.isoformat()}}, as_user="mazhan_admin"
    )
    item = opened["data"]["openLedgerItem"]["item"]
    assert item["ownerName"] == "马站镇扶贫办 李强"
    twice = await gql(
        OPEN_ITEM, {"input": {**data, "deadline": today.isoformat()}}, as_user="mazhan_admin"
    )
    assert twice["data"]["openLedgerItem"]["errors"][0]["code"] == "CONFLICT"
    known_key = await upload(
        client,
        await gql.token_for("mazhan_admin"),
        node_id("Town", known["towns"]["马站镇"]),
        name="整改.png",
        content=png(12),
        kind="photo",
    )
    await _move(gql, item["id"], "START", "mazhan_admin")
    await _move(
        gql, item["id"], "SUBMIT", "mazhan_admin", "已改造", evidence=[known_key["file"]["key"]]
    )
    own = await _move(gql, item["id"], "SIGN_OFF", "mazhan_admin", "自己核验")
    assert own["errors"][0]["code"] == "FORBIDDEN"
    other_town = await _move(gql, item["id"], "SIGN_OFF", "gaoqiao_admin", "越权")
    assert other_town["errors"][0]["code"] in ("FORBIDDEN", "NOT_FOUND")


async def test_an_appeal_withdraws_a_finding_and_its_item(gql, owner_db, client):
    household = await _unsafe_house(gql, owner_db, "陈申诉")
    _, cycle = await _self_checked(gql, owner_db, client, "申诉周期", household)
    await gql(LIST, {"id": cycle}, as_user="mazhan_admin")
    found = _nodes(await gql(FINDINGS, {"id": cycle}, as_user="mazhan_admin"), "findings")
    finding = next(f for f in found if f["checkpoint"] == HOUSING)
    stranger = await gql(APPEAL, {"f": finding["id"], "r": "不是我负责"}, as_user="mazhan_village")
    assert stranger["data"]["fileAppeal"]["errors"][0]["code"] == "FORBIDDEN"
    filed = await gql(
        APPEAL, {"f": finding["id"], "r": "房屋已于上月鉴定为B级"}, as_user="mazhan_helper"
    )
    appeal = filed["data"]["fileAppeal"]["appeal"]
    assert appeal["state"] == "pending"
    twice = await gql(APPEAL, {"f": finding["id"], "r": "再次申诉"}, as_user="mazhan_helper")
    assert twice["data"]["fileAppeal"]["errors"][0]["code"] == "CONFLICT"
    blank = await gql(DECIDE, {"a": appeal["id"], "w": True, "r": " "}, as_user="mazhan_admin")
    assert blank["data"]["decideAppeal"]["errors"][0]["field"] == "reason"
    decided = await gql(
        DECIDE, {"a": appeal["id"], "w": True, "r": "鉴定材料属实"}, as_user="mazhan_admin"
    )
    assert decided["data"]["decideAppeal"]["appeal"]["state"] == "withdrawn"
    found = _nodes(await gql(FINDINGS, {"id": cycle}, as_user="mazhan_admin"), "findings")
    assert next(f for f in found if f["id"] == finding["id"])["state"] == "withdrawn"
    items = _nodes(await gql(LEDGER, {"id": cycle, "n": 100}, as_user="mazhan_admin"), "ledger")
    item = next(i for i in items if i["findingId"] == finding["id"])
    assert item["state"] == "withdrawn" and item["transitions"][-1]["reason"].startswith("申诉成立")


async def test_a_sweep_finds_the_same_problem_elsewhere_once(gql, owner_db, client):
    household = await _unsafe_house(gql, owner_db, "褚源头")
    others = [await _unsafe_house(gql, owner_db, f"卫同类{i}") for i in range(2)]
    today, cycle = await _self_checked(gql, owner_db, client, "举一反三周期", household)
    found = _nodes(await gql(FINDINGS, {"id": cycle}, as_user="mazhan_admin"), "findings")
    finding = next(f for f in found if f["checkpoint"] == HOUSING)
    preview = (await gql(PREVIEW, {"f": finding["id"]}, as_user="mazhan_admin"))["data"]
    names = {c["headName"] for c in preview["sweepPreview"]["candidates"]}
    assert {"卫同类0", "卫同类1"} <= names and "褚源头" not in names
    deadline = (today + timedelta(days=5)).isoformat()
    applied = await gql(SWEEP, {"f": finding["id"], "d": deadline}, as_user="mazhan_admin")
    assert applied["data"]["applySweep"]["count"] == len(names)
    again = await gql(SWEEP, {"f": finding["id"], "d": deadline}, as_user="mazhan_admin")
    assert again["data"]["applySweep"]["count"] == 0
    foreign = await gql(PREVIEW, {"f": finding["id"]}, as_user="gaoqiao_admin")
    assert foreign["errors"][0]["extensions"]["code"] in ("FORBIDDEN", "NOT_FOUND")
    assert len(others) == 2


async def test_ledger_pages_cost_the_same_sql_and_other_towns_see_nothing(
    gql, owner_db, client, services
):
    households = [await _unsafe_house(gql, owner_db, f"页整改{i}") for i in range(3)]
    today, cycle, answers = await ready_cycle(gql, owner_db, client, "台账分页")
    await gql(GENERATE, {"id": cycle}, as_user="mazhan_admin")
    for household in households:
        await gql(
            SUBMIT, {"input": submission(cycle, household, answers, today)}, as_user="mazhan_helper"
        )
    await gql(LIST, {"id": cycle}, as_user="mazhan_admin")
    token = await gql.token_for("mazhan_admin")
    counts = []
    for size in (1, 3):
        with count_statements(services.database) as counted:
            body = await gql(LEDGER, {"id": cycle, "n": size}, token=token)
        assert len(body["data"]["ledger"]["edges"]) == size
        counts.append(len(counted))
    assert counts[0] == counts[1], counts
    overdue = await gql(
        LEDGER, {"id": cycle, "n": 10, "filter": {"overdue": True}}, as_user="mazhan_admin"
    )
    assert overdue["data"]["ledger"]["totalCount"] == 0
    first = body["data"]["ledger"]["edges"][0]["node"]
    node = """query($id: ID!) { node(id: $id) { ... on LedgerItem { id problem state } } }"""
    found = await gql(node, {"id": first["id"]}, as_user="mazhan_admin")
    assert found["data"]["node"]["id"] == first["id"] and found["data"]["node"]["problem"]
    assert (await gql(node, {"id": first["id"]}, as_user="gaoqiao_admin"))["data"]["node"] is None
    async with owner_db.unit_of_work(TenantScope()) as s:
        gaoqiao = await s.scalar(text("select id from towns where name = '高桥镇'"))
    async with services.database.unit_of_work(TenantScope(read_towns=frozenset({gaoqiao}))) as s:
        for table in ("ledger_items", "ledger_transitions", "appeals", "notifications"):
            assert await s.scalar(text(f"select count(*) from {table}")) == 0, table
    assert date.today() >= today


CLEARANCE = """query($id: ID!) { clearance(cycleId: $id, by: TOWN) { name total open cleared }
  area: clearance(cycleId: $id, by: AREA) { name open } burnDown(cycleId: $id) { day open } }"""
CLOSE = """mutation($id: ID!, $why: String) { closeCycle(id: $id, exception: $why) {
  cycle { state } errors { code message } } }"""


async def test_a_cycle_with_open_items_closes_only_with_a_recorded_exception(gql, owner_db, client):
    household = await _unsafe_house(gql, owner_db, "蒋清零")
    _, cycle = await _self_checked(gql, owner_db, client, "清零周期", household)
    await gql(LIST, {"id": cycle}, as_user="mazhan_admin")
    stats = (await gql(CLEARANCE, {"id": cycle}, as_user="mazhan_admin"))["data"]
    town = stats["clearance"][0]
    assert town["name"] == "马站镇" and town["open"] == town["total"] > 0
    assert town["cleared"] is False
    assert any(a["name"] == "关顶管理区" and a["open"] > 0 for a in stats["area"])
    known = [d["open"] for d in stats["burnDown"] if d["open"] is not None]
    assert known[-1] == town["open"]  # today's count; later days are still to come
    refused = await gql(CLOSE, {"id": cycle}, as_user="mazhan_admin")
    assert refused["data"]["closeCycle"]["errors"][0]["code"] == "CONFLICT"
    closed = await gql(
        CLOSE, {"id": cycle, "why": "县里统一安排延至下一周期整改"}, as_user="mazhan_admin"
    )
    assert closed["data"]["closeCycle"] == {"cycle": {"state": "closed"}, "errors": []}
