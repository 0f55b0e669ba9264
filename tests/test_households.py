"""The registry through GraphQL: validation, encryption, masking, scoping, flags, procedure."""

from __future__ import annotations

from sqlalchemy import text

from towncheck.api.relay import node_id
from towncheck.db import TenantScope
from towncheck.households.idcard import mask_id_number
from towncheck.personal import vault_for

from .registry_helpers import CREATE, household_input, ids, village_gid
from .test_tenancy import count_statements

LIST = """query($filter: HouseholdFilterInput, $first: Int) {
  households(filter: $filter, first: $first) { totalCount
    edges { node { id headName village { name } members { name idNumber } } } } }"""


async def _create(gql, owner_db, user="mazhan_admin", village="下坪村", **kwargs):
    known = await ids(owner_db)
    data = household_input(village_gid(known, "马站镇", village), **kwargs)
    body = await gql(CREATE, {"input": data}, as_user=user)
    return data, body["data"]["createHousehold"]


async def test_create_household_seals_and_masks_identifiers(gql, owner_db, settings):
    data, payload = await _create(gql, owner_db, head="赵德胜")
    assert payload["errors"] == []
    household = payload["household"]
    assert household["categoryLabel"] == "脱贫享受政策户"
    assert household["phone"] == "138****5678"
    head = household["members"][0]
    number = data["members"][0]["idNumber"]
    assert head["idNumber"] == mask_id_number(number) and head["relationLabel"] == "户主"
    async with owner_db.unit_of_work(TenantScope()) as s:
        stored = (
            await s.execute(text("select id_cipher, id_hash from members where name = '赵德胜'"))
        ).one()
    assert number.encode() not in stored[0]
    vault = vault_for(settings.data_key)
    assert vault.open(stored[0]) == number and stored[1] == vault.lookup_hash(number)


async def test_invalid_household_lists_every_problem_and_writes_nothing(gql, owner_db):
    known = await ids(owner_db)
    data = household_input(village_gid(known, "马站镇", "下坪村"), head="钱错误")
    data["members"][0]["idNumber"] = data["members"][0]["idNumber"][:-1] + (
        "0" if data["members"][0]["idNumber"][-1] != "0" else "1"
    )
    data["members"][1]["relation"] = "head"
    data["members"][2]["name"] = " "
    body = await gql(CREATE, {"input": data}, as_user="mazhan_admin")
    errors = body["data"]["createHousehold"]["errors"]
    fields = {e["field"] for e in errors}
    assert {"members", "members[0].idNumber", "members[2].name"} <= fields
    assert any(e["message"].startswith("身份证号码校验码错误") for e in errors)
    async with owner_db.unit_of_work(TenantScope()) as s:
        assert (
            await s.scalar(text("select count(*) from households where head_name = '钱错误'")) == 0
        )


async def test_same_person_in_another_household_is_refused(gql, owner_db):
    data, first = await _create(gql, owner_db, head="孙立本")
    assert first["errors"] == []
    known = await ids(owner_db)
    again = household_input(village_gid(known, "马站镇", "马站村"), head="周新户")
    again["members"][1] = data["members"][1]
    body = await gql(CREATE, {"input": again}, as_user="mazhan_admin")
    error = body["data"]["createHousehold"]["errors"][0]
    assert error["code"] == "CONFLICT" and "已登记在本乡镇另一户" in error["message"]


async def test_each_role_sees_its_own_households(gql, owner_db, demo):
    known = await ids(owner_db)
    helper = node_id("User", known["users"]["mazhan_helper"])
    await _create(gql, owner_db, head="吴帮扶", helpers=[helper], village="下坪村")
    await _create(gql, owner_db, head="郑马站", village="马站村")

    async def listed(**who):
        # Searched by name: other tests of the run may have registered more than a page.
        found = []
        for name in ("吴帮扶", "郑马站"):
            variables = {"first": 100, "filter": {"search": name}}
            body = await gql(LIST, variables, **who)
            found += [e["node"] for e in body["data"]["households"]["edges"]]
        return found

    async def heads(user):
        return {node["headName"] for node in await listed(as_user=user)}

    admin, director = await heads("mazhan_admin"), await heads("mazhan_director")
    assert {"吴帮扶", "郑马站"} <= admin and admin == director
    assert await heads("mazhan_helper") == {"吴帮扶"}
    village = await heads("mazhan_village")
    assert "吴帮扶" in village and "郑马站" not in village
    area = await heads("mazhan_area")  # 关顶管理区 holds 下坪村, not 马站村
    assert "吴帮扶" in area and "郑马站" not in area
    assert await heads("gaoqiao_admin") == set()
    assert {"吴帮扶", "郑马站"} <= await heads("county")
    nodes = await listed(token=demo.evaluator_token)
    assert {"吴帮扶", "郑马站"} <= {n["headName"] for n in nodes}
    assert all("*" in m["idNumber"] for n in nodes for m in n["members"])


REVEAL = "query($id: ID!) { node(id: $id) { ... on Member { idNumber idNumberFull } } }"


async def test_full_id_only_for_allowed_roles_and_every_read_audited(gql, owner_db, demo):
    data, payload = await _create(gql, owner_db, head="冯全号")
    member = payload["household"]["members"][0]["id"]
    full = await gql(REVEAL, {"id": member}, as_user="mazhan_admin")
    assert full["data"]["node"]["idNumberFull"] == data["members"][0]["idNumber"]
    async with owner_db.unit_of_work(TenantScope()) as s:
        action = await s.scalar(
            text("select action from audit_entries order by created_at desc limit 1")
        )
    assert action == "person.reveal"
    director = await gql(REVEAL, {"id": member}, as_user="mazhan_director")
    assert director["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    evaluator = await gql(REVEAL, {"id": member}, token=demo.evaluator_token)
    assert evaluator["errors"][0]["extensions"]["code"] in {"FORBIDDEN", "READ_ONLY"}
    assert evaluator["data"] is None or evaluator["data"]["node"] is None


PHONES = """query($filter: HouseholdFilterInput) { households(filter: $filter, first: 5) {
  edges { node { headName phone phoneFull members { name idNumber } } } } }"""


async def _phone_reveals(owner_db) -> int:
    async with owner_db.unit_of_work(TenantScope()) as s:
        return await s.scalar(
            text(
                "select count(*) from audit_entries"
                " where action = 'person.reveal' and target_type = 'Household'"
            )
        )


async def test_full_phone_on_a_page_only_for_allowed_roles_and_audited(gql, owner_db):
    await _create(gql, owner_db, head="韩电话")
    page = {"filter": {"search": "韩电话"}}
    before = await _phone_reveals(owner_db)
    body = await gql(PHONES, page, as_user="mazhan_admin")
    node = body["data"]["households"]["edges"][0]["node"]
    assert node["phone"] == "138****5678" and node["phoneFull"] == "13812345678"
    assert all("*" in m["idNumber"] for m in node["members"])
    assert await _phone_reveals(owner_db) == before + 1
    director = await gql(PHONES, page, as_user="mazhan_director")
    assert director["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert director["errors"][0]["path"] == ["households", "edges", 0, "node", "phoneFull"]
    denied = director["data"]["households"]["edges"][0]["node"]
    assert denied["phone"] == "138****5678" and denied["phoneFull"] is None
    assert await _phone_reveals(owner_db) == before + 1


async def test_filters_by_exact_id_number_name_and_category(gql, owner_db):
    data, _ = await _create(gql, owner_db, head="陈精确")
    number = data["members"][1]["idNumber"]
    by_id = await gql(LIST, {"filter": {"idNumber": number}}, as_user="mazhan_admin")
    assert [e["node"]["headName"] for e in by_id["data"]["households"]["edges"]] == ["陈精确"]
    by_name = await gql(LIST, {"filter": {"search": "精确"}}, as_user="mazhan_admin")
    assert by_name["data"]["households"]["totalCount"] == 1
    monitored = await gql(LIST, {"filter": {"category": "MONITORED"}}, as_user="mazhan_admin")
    assert "陈精确" not in {e["node"]["headName"] for e in monitored["data"]["households"]["edges"]}


INCOME = """mutation($input: SetIncomeInput!) { setIncome(input: $input) {
  household { riskFlags { flag } incomes { year perCapita } } errors { code field message } } }"""
LIVING = """mutation($input: SetLivingConditionsInput!) { setLivingConditions(input: $input) {
  household { riskFlags { flag } } errors { code field message } } }"""


async def test_risk_flags_follow_the_data(gql, owner_db):
    _, payload = await _create(gql, owner_db, head="褚风险")
    hid = payload["household"]["id"]
    low = await gql(
        INCOME,
        {"input": {"householdId": hid, "year": 2025, "wages": "9000"}},
        as_user="mazhan_admin",
    )
    household = low["data"]["setIncome"]["household"]
    assert household["incomes"] == [{"year": 2025, "perCapita": "3000.00"}]
    assert "income_below_line" in {f["flag"] for f in household["riskFlags"]}
    high = await gql(
        INCOME,
        {"input": {"householdId": hid, "year": 2025, "wages": "30000"}},
        as_user="mazhan_admin",
    )
    assert high["data"]["setIncome"]["household"]["riskFlags"] == []
    house = await gql(
        LIVING,
        {"input": {"householdId": hid, "housingGrade": "c", "waterSafe": False}},
        as_user="mazhan_admin",
    )
    flags = {f["flag"] for f in house["data"]["setLivingConditions"]["household"]["riskFlags"]}
    assert flags == {"housing_without_plan", "unsafe_water"}
    bad = await gql(INCOME, {"input": {"householdId": hid, "year": 1999}}, as_user="mazhan_admin")
    assert bad["data"]["setIncome"]["errors"][0]["field"] == "year"


OPEN = """mutation($input: OpenStatusCaseInput!) { openStatusCase(input: $input) {
  statusCase { id state } errors { code message field } } }"""
STEP = """mutation($input: RecordStatusStepInput!) { recordStatusStep(input: $input) {
  statusCase { state steps { step actor } } errors { code message field } } }"""


async def test_monitoring_needs_every_step_in_order(gql, owner_db):
    _, payload = await _create(gql, owner_db, head="卫监测")
    hid = payload["household"]["id"]
    opened = await gql(
        OPEN,
        {"input": {"householdId": hid, "toCategory": "MONITORED", "source": "cadre_check"}},
        as_user="mazhan_village",
    )
    case = opened["data"]["openStatusCase"]["statusCase"]
    assert case["state"] == "identified"
    skip = await gql(
        STEP, {"input": {"caseId": case["id"], "step": "town_approval"}}, as_user="mazhan_admin"
    )
    assert skip["data"]["recordStatusStep"]["errors"][0]["message"] == "请先完成“村级评议”"
    denied = await gql(
        STEP, {"input": {"caseId": case["id"], "step": "village_review"}}, as_user="mazhan_helper"
    )
    assert denied["data"]["recordStatusStep"]["errors"][0]["code"] == "FORBIDDEN"
    for user, step in (
        ("mazhan_village", "village_review"),
        ("mazhan_village", "public_notice"),
        ("mazhan_admin", "town_approval"),
    ):
        done = await gql(STEP, {"input": {"caseId": case["id"], "step": step}}, as_user=user)
        assert done["data"]["recordStatusStep"]["errors"] == [], done
    final = done["data"]["recordStatusStep"]["statusCase"]
    assert final["state"] == "approved" and len(final["steps"]) == 4
    check = await gql(
        "query($id: ID!) { node(id: $id) { ... on Household { category } } }",
        {"id": hid},
        as_user="mazhan_admin",
    )
    assert check["data"]["node"]["category"] == "MONITORED"


async def test_household_of_another_town_is_invisible_and_uneditable(gql, owner_db):
    _, payload = await _create(gql, owner_db, head="蒋隔离")
    hid = payload["household"]["id"]
    seen = await gql(
        "query($id: ID!) { node(id: $id) { id } }", {"id": hid}, as_user="gaoqiao_admin"
    )
    assert seen["data"]["node"] is None
    edit = await gql(
        'mutation($id: ID!) { updateHousehold(input: {id: $id, address: "改"}) {'
        " errors { code } } }",
        {"id": hid},
        as_user="gaoqiao_admin",
    )
    assert edit["data"]["updateHousehold"]["errors"][0]["code"] in {"FORBIDDEN", "NOT_FOUND"}


async def test_page_sql_is_bounded_whatever_the_page_size(gql, owner_db, services):
    for i in range(6):
        await _create(gql, owner_db, head=f"沈分页{i}")
    token = await gql.token_for("mazhan_admin")
    query = """query($n: Int!) { households(first: $n) { edges { node { headName
      members { name idNumber age } village { name } riskFlags { flag } incomes { year }
      livingConditions { housingGrade } helpers { name } } } } }"""
    counts = []
    for size in (2, 6):
        with count_statements(services.database) as counted:
            body = await gql(query, {"n": size}, token=token)
        assert len(body["data"]["households"]["edges"]) == size
        counts.append(len(counted))
    assert counts[0] == counts[1], counts


async def test_ordinary_households_meeting_risk_rules_are_suggested(gql, owner_db):
    known = await ids(owner_db)
    data = household_input(
        village_gid(known, "马站镇", "北岭村"), head="杨建议", category="ORDINARY"
    )
    data["members"][1]["basicMedical"] = False
    created = await gql(CREATE, {"input": data}, as_user="mazhan_admin")
    assert created["data"]["createHousehold"]["errors"] == []
    body = await gql(
        "{ suggestedForMonitoring(first: 100) { edges { node { headName riskFlags { flag } } } } }",
        as_user="mazhan_admin",
    )
    nodes = {
        e["node"]["headName"]: e["node"] for e in body["data"]["suggestedForMonitoring"]["edges"]
    }
    assert nodes["杨建议"]["riskFlags"] == [{"flag": "no_basic_medical"}]
    assert "王建国" not in nodes


LINE = """mutation($year: Int!, $line: Decimal!) { setPovertyLine(input: {year: $year,
  line: $line, margin: "0"}) { povertyLine { year line } errors { code field message } } }"""


async def test_county_sets_the_income_line_and_flags_follow(gql, owner_db):
    _, payload = await _create(gql, owner_db, head="秦标准")
    hid = payload["household"]["id"]
    await gql(
        INCOME,
        {"input": {"householdId": hid, "year": 2024, "wages": "15000"}},
        as_user="mazhan_admin",
    )
    flags = "query($id: ID!) { node(id: $id) { ... on Household { riskFlags { flag } } } }"
    before = await gql(flags, {"id": hid}, as_user="mazhan_admin")
    assert before["data"]["node"]["riskFlags"] == []
    denied = await gql(LINE, {"year": 2024, "line": "6000"}, as_user="mazhan_admin")
    assert denied["data"]["setPovertyLine"]["errors"][0]["code"] == "FORBIDDEN"
    done = await gql(LINE, {"year": 2024, "line": "6000"}, as_user="county")
    assert done["data"]["setPovertyLine"]["povertyLine"] == {"year": 2024, "line": "6000"}
    after = await gql(flags, {"id": hid}, as_user="mazhan_admin")
    assert after["data"]["node"]["riskFlags"] == [{"flag": "income_below_line"}]
    bad = await gql(LINE, {"year": 2024, "line": "-1"}, as_user="county")
    assert bad["data"]["setPovertyLine"]["errors"][0]["field"] == "line"
