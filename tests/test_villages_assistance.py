"""Key villages, social assistance and collaboration on real PostgreSQL: validation that
writes nothing, the two key-village rules tripped and not tripped (and agreeing with the
readiness), idempotent rule runs that keep what the ledger holds, GraphQL permissions, the
registers' export, and another town reading nothing."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select, text

from towncheck.api.relay import GlobalId, node_id
from towncheck.db import TenantScope
from towncheck.demo.villages import load_villages
from towncheck.errors import InvalidInput
from towncheck.programs import assistance, rules, villages
from towncheck.programs.export import ASSISTANCE_COLUMNS, COLLABORATION_COLUMNS
from towncheck.programs.items import ITEMS
from towncheck.rectification import ledger
from towncheck.tenancy.models import Town

from .ledger_helpers import principal_of
from .project_helpers import POLICY, scalar_of
from .registry_helpers import ids
from .selfcheck_helpers import new_cycle

TODAY = date.today()
ALL_MET = dict.fromkeys(ITEMS, True)


class Office:
    """马站镇's poverty office through the service layer."""

    def __init__(self, services: Any, known: dict[str, Any], principal: Any) -> None:
        self.services, self.principal = services, principal
        self.id: int = known["towns"]["马站镇"]
        self.villages = {n: i for (t, n), i in known["villages"].items() if t == self.id}
        self.foreign_village = known["villages"][(known["towns"]["高桥镇"], "高桥村")]

    async def call(self, fn: Any, **kwargs: Any) -> Any:
        async with self.services.database.unit_of_work(self.principal.scope()) as s:
            return await fn(s, policy=POLICY, principal=self.principal, town_id=self.id, **kwargs)

    async def year(self, village: str, year: int, income: str, **facilities: bool) -> Any:
        data = villages.VillageYearData(
            self.villages[village], year, Decimal(income), {**ALL_MET, **facilities}
        )
        return await self.call(villages.upsert_village_year, data=data, today=TODAY)


@pytest.fixture
async def office(services, owner_db, demo) -> Office:
    known = await ids(owner_db)
    return Office(services, known, await principal_of(services, known["users"]["mazhan_admin"]))


async def _counts(owner_db, town: int) -> dict[str, int]:
    """The town's rows of the three tables and its audit entries about them (other tests may
    have entered years of their own: only differences are judged)."""
    counts = {
        table: await scalar_of(owner_db, f"select count(*) from {table} where town_id = :t", t=town)
        for table in ("village_years", "social_assistance", "collaboration_funds")
    }
    counts["audit"] = await scalar_of(
        owner_db,
        "select count(*) from audit_entries where town_id = :t and target_type in"
        " ('VillageYear', 'SocialAssistance', 'CollaborationFund')",
        t=town,
    )
    return counts


async def test_invalid_input_is_refused_and_nothing_is_written(office, owner_db):
    start = await _counts(owner_db, office.id)
    good = villages.VillageYearData(office.villages["马站村"], 2021, Decimal("80000"), ALL_MET)
    year_cases = {
        "collectiveIncome": replace(good, collective_income=Decimal("-1")),
        "facilities": replace(good, facilities={"road": True, "teleport": True}),
        "villageId": replace(good, village_id=office.foreign_village),
        "year": replace(good, year=1999),
    }
    for field_name, data in year_cases.items():
        with pytest.raises(InvalidInput) as refused:
            await office.call(villages.upsert_village_year, data=data, today=TODAY)
        assert field_name in [p.field for p in refused.value.problems], field_name
    gift = assistance.AssistanceData("donation", "沂水爱心企业", Decimal("5000"), date(2024, 5, 1))
    gift_cases = {
        "amount": replace(gift, amount=Decimal("-5")),
        "helper": replace(gift, helper=" "),
        "kind": replace(gift, kind="lottery"),
        "givenOn": replace(gift, given_on=date(TODAY.year + 1, 1, 1)),
        "householdId": replace(gift, household_id=10**12),
    }
    for field_name, data in gift_cases.items():
        with pytest.raises(InvalidInput) as refused:
            await office.call(assistance.create_assistance, data=data, today=TODAY)
        assert field_name in [p.field for p in refused.value.problems], field_name
        assert all(p.message for p in refused.value.problems)
    fund = assistance.CollaborationData(
        "青岛市崂山区", 2024, Decimal("300000"), "扶贫车间", date(2024, 4, 1), date(2024, 6, 1)
    )
    fund_cases = {
        "usedOn": replace(fund, used_on=date(2024, 3, 1)),
        "receivedOn": replace(fund, received_on=None),
        "amount": replace(fund, amount=Decimal("5000000000")),
        "purpose": replace(fund, purpose=""),
    }
    for field_name, data in fund_cases.items():
        with pytest.raises(InvalidInput) as refused:
            await office.call(assistance.create_collaboration, data=data, today=TODAY)
        assert field_name in [p.field for p in refused.value.problems], field_name
    with pytest.raises(InvalidInput) as future:
        await office.call(
            assistance.create_collaboration,
            data=replace(fund, received_on=TODAY.replace(year=TODAY.year + 1), used_on=None),
            today=TODAY,
        )
    assert "不能晚于今天" in future.value.message
    assert await _counts(owner_db, office.id) == start

    await office.call(villages.upsert_village_year, data=good, today=TODAY)
    await office.call(assistance.create_assistance, data=gift, today=TODAY)
    await office.call(assistance.create_collaboration, data=fund, today=TODAY)
    # One row in each table, each audited.
    added = {k: v - start[k] for k, v in (await _counts(owner_db, office.id)).items()}
    assert added == {
        "village_years": 1,
        "social_assistance": 1,
        "collaboration_funds": 1,
        "audit": 3,
    }
    # Saving the same village's year again replaces it (and is audited as an update).
    await office.call(
        villages.upsert_village_year,
        data=replace(good, collective_income=Decimal("90000")),
        today=TODAY,
    )
    same = "select count(*) from village_years where town_id = :t and year = 2021"
    assert await scalar_of(owner_db, same, t=office.id) == 1
    updated = "select count(*) from audit_entries where action = 'village_year.update'"
    assert await scalar_of(owner_db, updated) >= 1


async def test_village_rules_trip_agree_with_readiness_and_run_idempotently(office, gql, owner_db):
    year = TODAY.year  # the cycle's year
    await office.year("马站村", year, "80000.01")  # ready
    await office.year("下坪村", year, "50000")  # not above the line
    await office.year("黄山铺村", year, "120000", internet=False, clinic=False)
    await office.year("东马站村", year, "100", road=False)  # not a key village: never judged
    async with office.services.database.unit_of_work(office.principal.scope()) as s:
        found = await rules.check(s, town_id=office.id, year=year)
        ready = await villages.readiness(
            s, policy=POLICY, principal=office.principal, town_id=office.id, year=year
        )
    by_village = {(v.village_id, v.code) for v in found}
    v = office.villages
    assert by_village == {(v["下坪村"], "一.4.2"), (v["黄山铺村"], "一.4.1")}
    five_ten = next(f for f in found if f.code == "一.4.1")
    assert five_ten.description.endswith("未达标，缺：通网、有卫生室")
    assert "50000.00 元，未超过 50000 元" in next(
        f.description for f in found if f.code == "一.4.2"
    )
    flagged = {i for i, _ in by_village}
    assert {r.village_id: r.ready for r in ready} == {
        v["马站村"]: True,
        v["下坪村"]: False,
        v["黄山铺村"]: False,
    }
    assert all(r.ready == (r.village_id not in flagged) for r in ready)
    assert next(r for r in ready if r.village_id == v["黄山铺村"]).missing == ("通网", "有卫生室")
    async with office.services.database.unit_of_work(office.principal.scope()) as s:
        empty = await rules.check(s, town_id=office.id, year=2015)  # nothing entered
    assert {(f.village_id, f.code) for f in empty} == {
        (v[n], c) for n in ("马站村", "下坪村", "黄山铺村") for c in ("一.4.1", "一.4.2")
    }
    assert all("未填报" in f.description for f in empty)

    cycle_gid, _ = await new_cycle(gql, owner_db, TODAY, name="重点村规则周期")
    cycle = GlobalId.decode(cycle_gid, expect="Cycle").id
    assert await office.call(rules.run_rules, cycle_id=cycle) == 2
    assert await office.call(rules.run_rules, cycle_id=cycle) == 0
    async with owner_db.unit_of_work(TenantScope()) as s:
        rows = (
            await s.execute(
                text(
                    "select village_id, checkpoint, household_id, project_id, source, found_by"
                    " from findings where town_id = :t and cycle_id = :c"
                ),
                {"t": office.id, "c": cycle},
            )
        ).all()
    assert {(r.village_id, r.checkpoint) for r in rows} == by_village
    assert all(r.household_id is None and r.project_id is None for r in rows)
    assert {(r.source, r.found_by) for r in rows} == {("village_rule", office.principal.user_id)}

    # 黄山铺村's finding goes into the ledger; then both villages are fixed: the ledger's
    # finding stays, the other one is cleared.
    held = await scalar_of(
        owner_db,
        "select id from findings where town_id = :t and cycle_id = :c and village_id = :v",
        t=office.id,
        c=cycle,
        v=v["黄山铺村"],
    )
    await office.call(
        ledger.open_item,
        new=ledger.NewItem(held, office.principal.user_id, "建设村卫生室、接通宽带", TODAY),
        today=TODAY,
    )
    await office.year("黄山铺村", year, "120000")
    await office.year("下坪村", year, "65000")
    assert await office.call(rules.run_rules, cycle_id=cycle) == 0
    left = "select village_id from findings where town_id = :t and cycle_id = :c"
    async with owner_db.unit_of_work(TenantScope()) as s:
        remaining = set((await s.scalars(text(left), {"t": office.id, "c": cycle})).all())
    assert remaining == {v["黄山铺村"]}


UPSERT = """mutation($input: VillageYearInput!) { upsertVillageYear(input: $input) {
  villageYear { id year collectiveIncome items { code name met } } errors { code message field } } }"""
READINESS = """query($town: ID!, $year: Int!) { keyVillageReadiness(townId: $town, year: $year) {
  villageId villageName entered collectiveIncome incomeOk facilitiesOk missing ready }
  villageYears(townId: $town, year: $year) { id villageId collectiveIncome } fiveTenItems { code name } }"""
GIVE = """mutation($input: SocialAssistanceInput!) { createSocialAssistance(input: $input) {
  entry { id kind kindLabel helper amount villageId } errors { code message field } } }"""
FUND = """mutation($input: CollaborationFundInput!) { createCollaborationFund(input: $input) {
  fund { id partner amount } errors { code message field } } }"""
REGISTERS = """query($town: ID!, $kind: AssistanceKind, $year: Int) {
  socialAssistance(townId: $town, kind: $kind, year: $year, first: 50) { totalCount
    edges { node { helper kind amount givenOn } } }
  collaborationFunds(townId: $town, year: $year, first: 50) { totalCount
    edges { node { partner purpose receivedOn usedOn } } } }"""
RUN = """mutation($id: ID!) { runVillageRules(cycleId: $id) { count errors { code message } } }"""


async def test_graphql_permissions_export_and_other_towns_see_nothing(
    gql, owner_db, services, client, demo
):
    known = await ids(owner_db)
    town = known["towns"]["马站镇"]
    town_gid = node_id("Town", town)
    village = node_id("Village", known["villages"][(town, "下坪村")], town)
    year = TODAY.year - 1  # of the registers' entries, in the past whatever today is
    form = {
        "villageId": village,
        "year": TODAY.year,  # the cycle's: the rule run below has 下坪村 to find
        "collectiveIncome": "30000",
        "items": [{"code": c, "met": c != "water"} for c in ITEMS],
    }
    refused = await gql(UPSERT, {"input": form}, as_user="mazhan_helper")
    assert refused["data"]["upsertVillageYear"]["errors"][0]["code"] == "FORBIDDEN"
    wrong = await gql(UPSERT, {"input": {**form, "collectiveIncome": "-3"}}, as_user="mazhan_admin")
    assert wrong["data"]["upsertVillageYear"]["errors"][0]["field"] == "collectiveIncome"
    saved = await gql(UPSERT, {"input": form}, as_user="mazhan_admin")
    entry = saved["data"]["upsertVillageYear"]["villageYear"]
    assert [i["name"] for i in entry["items"] if not i["met"]] == ["通水"]
    for reader in ({"as_user": "mazhan_helper"}, {"token": demo.evaluator_token}):
        read = (await gql(READINESS, {"town": town_gid, "year": TODAY.year}, **reader))["data"]
        xiaping = next(r for r in read["keyVillageReadiness"] if r["villageId"] == village)
        assert xiaping == {
            "villageId": village,
            "villageName": "下坪村",
            "entered": True,
            "collectiveIncome": "30000.00",
            "incomeOk": False,
            "facilitiesOk": False,
            "missing": ["通水"],
            "ready": False,
        }
        assert len(read["fiveTenItems"]) == 15
        assert village in {y["villageId"] for y in read["villageYears"]}

    gift = {
        "townId": town_gid,
        "kind": "CONSUMPTION",
        "helper": "县直机关工会",
        "amount": "12800.50",
        "givenOn": date(year, 9, 1).isoformat(),
        "villageId": village,
        "purpose": "采购扶贫产品",
        "result": "带动 12 户增收",
    }
    assert (await gql(GIVE, {"input": gift}, as_user="mazhan_helper"))["data"][
        "createSocialAssistance"
    ]["errors"][0]["code"] == "FORBIDDEN"
    made = (await gql(GIVE, {"input": gift}, as_user="mazhan_admin"))["data"]
    assert made["createSocialAssistance"]["entry"]["kindLabel"] == "消费扶贫"
    await gql(
        GIVE, {"input": {**gift, "kind": "DONATION", "helper": "爱心人士"}}, as_user="mazhan_admin"
    )
    fund = {
        "townId": town_gid,
        "partner": "青岛市黄岛区",
        "year": year,
        "amount": "500000",
        "purpose": "扶贫车间建设",
        "receivedOn": date(year, 3, 1).isoformat(),
        "usedOn": date(year, 2, 1).isoformat(),
    }
    backwards = (await gql(FUND, {"input": fund}, as_user="mazhan_admin"))["data"]
    assert backwards["createCollaborationFund"]["errors"][0]["field"] == "usedOn"
    fund["usedOn"] = date(year, 5, 1).isoformat()
    assert (await gql(FUND, {"input": fund}, as_user="mazhan_admin"))["data"][
        "createCollaborationFund"
    ]["fund"]["partner"] == "青岛市黄岛区"
    listed = (
        await gql(
            REGISTERS,
            {"town": town_gid, "kind": "CONSUMPTION", "year": year},
            as_user="mazhan_helper",
        )
    )["data"]
    assert [e["node"]["helper"] for e in listed["socialAssistance"]["edges"]] == ["县直机关工会"]
    assert listed["collaborationFunds"]["totalCount"] == 1

    cycle, _ = await new_cycle(gql, owner_db, TODAY, name="重点村接口周期")
    assert (await gql(RUN, {"id": cycle}, as_user="mazhan_helper"))["data"]["runVillageRules"][
        "errors"
    ][0]["code"] == "FORBIDDEN"
    first = (await gql(RUN, {"id": cycle}, as_user="mazhan_admin"))["data"]["runVillageRules"]
    raised = (
        "select count(*) from findings where town_id = :t and cycle_id = :c"
        " and source = 'village_rule'"
    )
    cycle_id = GlobalId.decode(cycle, expect="Cycle").id
    assert first["errors"] == [] and first["count"] >= 2  # 下坪村: income and 通水
    assert first["count"] == await scalar_of(owner_db, raised, t=town, c=cycle_id)
    again = (await gql(RUN, {"id": cycle}, as_user="mazhan_admin"))["data"]["runVillageRules"]
    assert again == {"count": 0, "errors": []}
    await _export_and_isolation(gql, client, services, known, year)


async def _export_and_isolation(gql, client, services, known, year: int) -> None:
    town = known["towns"]["马站镇"]
    town_gid = node_id("Town", town)

    # The registers as .xlsx, fetched with a bearer token and read back.
    token = await gql.token_for("mazhan_admin")
    client.cookies.clear()
    response = await client.get(
        "/download/assistance.xlsx",
        params={"townId": town_gid, "year": str(year)},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200, response.text
    assert "filename*=UTF-8''" in response.headers["content-disposition"]
    book = CalamineWorkbook.from_filelike(io.BytesIO(response.content))
    given = book.get_sheet_by_name("社会扶贫").to_python()
    assert given[0][0] == f"马站镇{year}年社会扶贫登记台账"
    assert "共 2 条，合计 25,601.00 元" in given[1][0]
    assert given[2] == [h for h, _, _ in ASSISTANCE_COLUMNS]
    assert {r[3] for r in given[3:]} == {"县直机关工会", "爱心人士"}
    first_row = next(r for r in given[3:] if r[3] == "县直机关工会")
    day = first_row[1].date() if isinstance(first_row[1], datetime) else first_row[1]
    assert (day, first_row[2], first_row[4], float(first_row[5])) == (
        date(year, 9, 1),
        "消费扶贫",
        "下坪村",
        12800.5,
    )
    funds = book.get_sheet_by_name("省内扶贫协作").to_python()
    assert funds[2] == [h for h, _, _ in COLLABORATION_COLUMNS]
    assert [funds[3][2], funds[3][3], float(funds[3][4])] == [
        "青岛市黄岛区",
        "扶贫车间建设",
        500000.0,
    ]
    foreign = await client.get(
        "/download/assistance.xlsx",
        params={"townId": town_gid},
        headers={"Authorization": f"Bearer {await gql.token_for('gaoqiao_admin')}"},
    )
    assert foreign.status_code == 403
    client.cookies.clear()
    anonymous = await client.get("/download/assistance.xlsx", params={"townId": town_gid})
    assert anonymous.status_code == 401

    other = await gql(READINESS, {"town": town_gid, "year": year}, as_user="gaoqiao_admin")
    assert other["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    gaoqiao = known["towns"]["高桥镇"]
    async with services.database.unit_of_work(TenantScope(read_towns=frozenset({gaoqiao}))) as s:
        for table in ("village_years", "social_assistance", "collaboration_funds"):
            assert await s.scalar(text(f"select count(*) from {table}")) == 0, table
        assert (
            await s.scalar(text("select count(*) from findings where village_id is not null")) == 0
        )


DEMO_DAY = date(2020, 6, 30)


async def test_the_demo_key_villages_show_one_ready_and_each_finding(gql, owner_db):
    # A year of its own: the other tests here enter this year's figures for these villages.
    async with owner_db.unit_of_work(TenantScope()) as s:
        towns = list((await s.scalars(select(Town).order_by(Town.id))).all())
    scope = TenantScope.system(county_id=towns[0].county_id, town_ids=[t.id for t in towns])
    for _ in range(2):  # loading twice changes nothing
        await load_villages(owner_db, POLICY, scope, towns, today=DEMO_DAY)
    town = node_id("Town", next(t.id for t in towns if t.name == "马站镇"))
    body = await gql(
        """query($t: ID!, $y: Int!) { keyVillageReadiness(townId: $t, year: $y) {
          villageName ready missing } }""",
        {"t": town, "y": DEMO_DAY.year},
        as_user="mazhan_admin",
    )
    ready = {
        r["villageName"]: (r["ready"], r["missing"]) for r in body["data"]["keyVillageReadiness"]
    }
    assert ready == {
        "马站村": (True, []),
        "下坪村": (False, []),
        "黄山铺村": (False, ["有电商服务站点"]),
    }
