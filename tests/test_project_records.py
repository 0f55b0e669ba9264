"""A project's records through GraphQL on real PostgreSQL: every mutation with a good and a
bad input (nothing written on the bad one), a page of projects with all its records for the
same number of statements whatever its size, ``node(id:)`` for a project, and the town's
projects as an .xlsx that another town's admin may not download."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from towncheck.api.relay import GlobalId, node_id
from towncheck.orm import utcnow
from towncheck.projects import library, records, service
from towncheck.projects.export import ALL_CLEAR, COLUMNS

from .ledger_helpers import principal_of
from .project_helpers import PERMITS, POLICY, TODAY, Town, scalar_of
from .registry_helpers import ids
from .test_tenancy import count_statements

ERRORS = "errors { code message field }"
ADJUST = f"""mutation($input: AddProjectAdjustmentInput!) {{ addProjectAdjustment(input: $input) {{
  adjustment {{ id projectId adjustedOn content contentChangePct investmentChange }} {ERRORS} }} }}"""
ASSET = f"""mutation($input: AddAssetInput!) {{ addAsset(input: $input) {{
  asset {{ id name assetClass quantity value transferNo transferredOn checks {{ id }} }} {ERRORS} }} }}"""
CHECK = f"""mutation($input: RecordAssetCheckInput!) {{ recordAssetCheck(input: $input) {{
  check {{ id assetId quarter checkedOn note }} {ERRORS} }} }}"""
RETURN = f"""mutation($input: AddProjectReturnInput!) {{ addProjectReturn(input: $input) {{
  projectReturn {{ id period dueOn expected received receivedOn }} {ERRORS} }} }}"""
PLAN = f"""mutation($input: AddDistributionPlanInput!) {{ addDistributionPlan(input: $input) {{
  plan {{ id amount receivedOn plannedOn noticeOn paidOn }} {ERRORS} }} }}"""
DEPOSIT = f"""mutation($input: AddQualityDepositInput!) {{ addQualityDeposit(input: $input) {{
  deposit {{ id amount dueOn returnedOn }} {ERRORS} }} }}"""
GIVE_BACK = f"""mutation($id: ID!, $on: Date!) {{ returnQualityDeposit(id: $id, returnedOn: $on) {{
  deposit {{ id returnedOn }} {ERRORS} }} }}"""
RECORDS = """adjustments { id content } assets { id name checks { id quarter note } }
  returns { id period } distributionPlans { id amount } qualityDeposits { id amount returnedOn }"""
NODE = f"""query($id: ID!) {{ node(id: $id) {{ id ... on Project {{ name year {RECORDS} }} }}
  nodes(ids: [$id]) {{ id }} }}"""
TABLES = (
    "project_adjustments",
    "assets",
    "asset_checks",
    "project_returns",
    "distribution_plans",
    "quality_deposits",
)
PAGE = f"""query($town: ID!, $n: Int!) {{ projects(townId: $town, year: 2019, first: $n) {{
  totalCount edges {{ node {{ id name {RECORDS} }} }} }} }}"""


@pytest.fixture
async def town(services, owner_db, demo) -> Town:
    known = await ids(owner_db)
    principal = await principal_of(services, known["users"]["mazhan_admin"])
    return Town(services, owner_db, known, principal)


class Forms:
    """马站镇's poverty office filling in one project's record forms through GraphQL."""

    def __init__(self, gql: Any, owner_db: Any, town: Town, project: int) -> None:
        self.gql, self.owner_db, self.town, self.pid = gql, owner_db, town, project
        self.project = node_id("Project", project, town.id)

    async def count(self, table: str, key: int | None = None) -> int:
        column = "asset_id" if table == "asset_checks" else "project_id"
        sql = f"select count(*) from {table} where town_id = :t and {column} = :p"
        return await scalar_of(self.owner_db, sql, t=self.town.id, p=key or self.pid)

    async def bad(
        self, mutation: str, name: str, table: str, *, key: int | None = None, **v: Any
    ) -> set[str]:
        """The mutation reports errors and writes nothing; returns the fields and codes."""
        before = await self.count(table, key)
        payload = (await self.gql(mutation, v, as_user="mazhan_admin"))["data"][name]
        assert payload["errors"], payload
        assert [k for k, value in payload.items() if k != "errors" and value is not None] == []
        assert await self.count(table, key) == before, name
        return {e["field"] for e in payload["errors"]} | {e["code"] for e in payload["errors"]}

    async def made(self, mutation: str, name: str, field: str, **v: Any) -> dict[str, Any]:
        payload = (await self.gql(mutation, v, as_user="mazhan_admin"))["data"][name]
        assert payload["errors"] == [], payload
        made: dict[str, Any] = payload[field]
        return made


async def _forms(town: Town, gql: Any, owner_db: Any, name: str) -> Forms:
    pid = await town.project(
        name,
        completed_on=date(2025, 3, 1),
        audited_on=date(2025, 3, 20),
        accepted_on=date(2025, 4, 1),
    )
    return Forms(gql, owner_db, town, pid)


async def test_adjustments_assets_and_checks_write_good_input_and_nothing_of_bad(
    town, gql, owner_db
):
    f = await _forms(town, gql, owner_db, "调整资产接口项目")
    adjust = {"projectId": f.project, "adjustedOn": "2025-02-01", "content": "增加冷链设备"}
    wrong = {**adjust, "contentChangePct": "150", "adjustedOn": "2024-12-01", "content": " "}
    assert {"contentChangePct", "adjustedOn", "content", "INVALID_INPUT"} == await f.bad(
        ADJUST, "addProjectAdjustment", "project_adjustments", input=wrong
    )
    made = await f.made(
        ADJUST, "addProjectAdjustment", "adjustment", input={**adjust, "contentChangePct": "4"}
    )
    assert made["projectId"] == f.project and made["content"] == "增加冷链设备"
    assert Decimal(made["contentChangePct"]) == 4 and Decimal(made["investmentChange"]) == 0
    for user in ("mazhan_helper", "gaoqiao_admin"):
        refused = await gql(ADJUST, {"input": adjust}, as_user=user)
        assert refused["data"]["addProjectAdjustment"]["errors"][0]["code"] == "FORBIDDEN", user
    assert await f.count("project_adjustments") == 1

    asset = {"projectId": f.project, "name": "冷库", "assetClass": "房屋", "quantity": "1"}
    asset |= {"value": "480000", "transferNo": "移交-9", "transferredOn": "2025-04-05"}
    no_date = {**asset, "quantity": "0", "transferredOn": None}
    assert {"quantity", "transferNo"} <= await f.bad(ASSET, "addAsset", "assets", input=no_date)
    early = {**asset, "transferredOn": "2025-02-01"}  # before the project was completed
    assert "transferredOn" in await f.bad(ASSET, "addAsset", "assets", input=early)
    made_asset = await f.made(ASSET, "addAsset", "asset", input=asset)
    assert made_asset["checks"] == [] and made_asset["transferredOn"] == "2025-04-05"

    asset_id = GlobalId.decode(made_asset["id"], expect="Asset").id
    later = (date.today() + timedelta(days=2)).isoformat()
    check = {"assetId": made_asset["id"], "checkedOn": "2025-05-20", "note": "账实相符"}
    future = {**check, "checkedOn": later}
    assert "checkedOn" in await f.bad(
        CHECK, "recordAssetCheck", "asset_checks", key=asset_id, input=future
    )
    unknown = {**check, "assetId": node_id("Asset", 10**9, town.id)}
    assert "NOT_FOUND" in await f.bad(
        CHECK, "recordAssetCheck", "asset_checks", key=asset_id, input=unknown
    )
    made_check = await f.made(CHECK, "recordAssetCheck", "check", input=check)
    assert (made_check["quarter"], made_check["note"]) == ("2025-Q2", "账实相符")
    assert made_check["assetId"] == made_asset["id"]


async def test_returns_distribution_and_deposits_write_good_input_and_nothing_of_bad(
    town, gql, owner_db
):
    f = await _forms(town, gql, owner_db, "收益分配接口项目")
    returned = {"projectId": f.project, "period": "2025-H1", "dueOn": "2025-07-01"}
    returned |= {"expected": "30000", "received": "30000", "receivedOn": "2025-06-28"}
    unpaired = {**returned, "receivedOn": None}
    assert "receivedOn" in await f.bad(
        RETURN, "addProjectReturn", "project_returns", input=unpaired
    )
    made_return = await f.made(RETURN, "addProjectReturn", "projectReturn", input=returned)
    assert made_return["period"] == "2025-H1" and Decimal(made_return["received"]) == 30000
    twice = await f.bad(RETURN, "addProjectReturn", "project_returns", input=returned)
    assert twice == {"period", "CONFLICT"}

    plan = {"projectId": f.project, "amount": "30000", "receivedOn": "2025-06-28"}
    plan |= {"plannedOn": "2025-07-10", "noticeOn": "2025-07-12", "paidOn": "2025-07-20"}
    wrong = {**plan, "amount": "0", "paidOn": "2025-06-01"}
    assert {"amount", "paidOn"} <= await f.bad(
        PLAN, "addDistributionPlan", "distribution_plans", input=wrong
    )
    assert (await f.made(PLAN, "addDistributionPlan", "plan", input=plan))["paidOn"] == "2025-07-20"

    deposit = {"projectId": f.project, "amount": "15000", "dueOn": "2025-06-01"}
    for amount in ("-1", "5e12"):  # negative; 元 typed as 万元 the other way round
        assert "amount" in await f.bad(
            DEPOSIT, "addQualityDeposit", "quality_deposits", input={**deposit, "amount": amount}
        )
    made_deposit = await f.made(DEPOSIT, "addQualityDeposit", "deposit", input=deposit)
    assert made_deposit["returnedOn"] is None

    paid_back = (
        "select count(*) from quality_deposits where project_id = :p and returned_on is not null"
    )
    later = (date.today() + timedelta(days=2)).isoformat()
    for on in (later, "2024-12-31"):  # in the future; before the project's approval
        body = await gql(GIVE_BACK, {"id": made_deposit["id"], "on": on}, as_user="mazhan_admin")
        assert body["data"]["returnQualityDeposit"]["errors"][0]["field"] == "returnedOn"
    assert await scalar_of(owner_db, paid_back, p=f.pid) == 0
    given = await f.made(
        GIVE_BACK, "returnQualityDeposit", "deposit", id=made_deposit["id"], on="2025-06-10"
    )
    assert given["returnedOn"] == "2025-06-10"
    again = await gql(
        GIVE_BACK, {"id": made_deposit["id"], "on": "2025-06-11"}, as_user="mazhan_admin"
    )
    assert again["data"]["returnQualityDeposit"]["errors"][0]["code"] == "CONFLICT"
    audited = (
        "select count(*) from audit_entries where town_id = :t and target_type in"
        " ('ProjectReturn', 'DistributionPlan', 'QualityDeposit') and target_id = any(:ids)"
    )
    made_ids = [str(GlobalId.decode(i).id) for i in (made_return["id"], made_deposit["id"])]
    assert await scalar_of(owner_db, audited, t=town.id, ids=made_ids) >= 3


async def test_node_reaches_a_project_and_its_records_in_its_town_only(town, gql):
    await _projects_with_records(town, 2018, 1)
    pid = await scalar_of(
        town.owner_db, "select id from projects where year = 2018 and name = '计数项目00'"
    )
    project = node_id("Project", pid, town.id)
    body = await gql(NODE, {"id": project}, as_user="mazhan_helper")
    node = body["data"]["node"]
    assert (node["id"], node["name"], node["year"]) == (project, "计数项目00", 2018)
    assert [a["content"] for a in node["adjustments"]] == ["微调"]
    assert [c["quarter"] for c in node["assets"][0]["checks"]] == ["2018-Q3"]
    assert [r["period"] for r in node["returns"]] == ["2018"]
    assert [Decimal(p["amount"]) for p in node["distributionPlans"]] == [1000]
    assert [d["returnedOn"] for d in node["qualityDeposits"]] == [None]
    assert body["data"]["nodes"] == [{"id": project}]
    hidden = await gql(NODE, {"id": project}, as_user="gaoqiao_admin")
    assert hidden["data"] == {"node": None, "nodes": [None]}
    unknown = await gql(NODE, {"id": node_id("Project", 10**9, town.id)}, as_user="mazhan_admin")
    assert unknown["data"]["node"] is None


async def _projects_with_records(town: Town, year: int, count: int) -> None:
    """``count`` projects of ``year``, each with one record of every kind, in one transaction."""
    async with town.services.database.unit_of_work(town.principal.scope()) as s:

        async def call(fn: Any, **kwargs: Any) -> Any:
            return await fn(s, policy=POLICY, principal=town.principal, town_id=town.id, **kwargs)

        permits = {k: replace(v, issued_on=date(year, 1, 5)) for k, v in PERMITS.items()}
        for i in range(count):
            name = f"计数项目{i:02d}"
            data = library.EntryData(town.village, year, name, Decimal(500000))
            entry = await call(library.apply_entry, data=data, today=TODAY)
            await call(library.decide_entry, entry_id=entry.id, approve=True, note="", now=utcnow())
            form = service.ProjectData(
                entry.id,
                year,
                name,
                date(year, 1, 10),
                Decimal(500000),
                completed_on=date(year, 6, 1),
                **permits,
            )
            p = (await call(service.create_project, data=form, today=TODAY)).id
            for record in (
                records.AdjustmentData(p, date(year, 2, 1), "微调", Decimal(3)),
                records.ReturnData(p, str(year), date(year, 12, 1), Decimal(1000)),
                records.DistributionData(p, Decimal(1000), date(year, 12, 1)),
                records.DepositData(p, Decimal(500), date(year + 1, 6, 1)),
            ):
                await call(records.add_record, record=record, today=TODAY)
            asset = await call(
                records.add_record,
                record=records.AssetData(p, f"设备{i}", "设备", Decimal(1), Decimal(9000)),
                today=TODAY,
            )
            await call(
                records.record_asset_check,
                asset_id=asset.id,
                checked_on=date(year, 9, 1),
                note="",
                today=TODAY,
            )


async def test_a_page_of_projects_with_all_records_costs_the_same_statements(town, gql, services):
    await _projects_with_records(town, 2019, 20)
    token = await gql.token_for("mazhan_admin")
    variables = {"town": node_id("Town", town.id)}
    counts = []
    for size in (1, 20):
        with count_statements(services.database) as counted:
            body = await gql(PAGE, {**variables, "n": size}, token=token)
        assert "errors" not in body, body
        edges = body["data"]["projects"]["edges"]
        assert len(edges) == size and body["data"]["projects"]["totalCount"] == 20
        for edge in edges:
            node = edge["node"]
            kinds = ("adjustments", "assets", "returns", "distributionPlans", "qualityDeposits")
            assert [len(node[k]) for k in kinds] == [1, 1, 1, 1, 1], node
            assert [c["quarter"] for c in node["assets"][0]["checks"]] == ["2019-Q3"]
        counts.append(len(counted))
        tables = [t for t in TABLES for sql in counted if f"FROM {t} " in sql]
        assert sorted(tables) == sorted(TABLES), tables  # one statement per kind of record
    assert counts[0] == counts[1], counts


async def _download(client, token: str | None, **params: str):
    client.cookies.clear()
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return await client.get("/download/projects.xlsx", params=params, headers=headers)


def _day(value: Any) -> date | None:
    if value in ("", None):
        return None
    return value.date() if isinstance(value, datetime) else value


async def test_projects_export_downloads_with_dates_and_rule_status(town, gql, client):
    permits = {k: replace(v, issued_on=date(2020, 1, 5)) for k, v in PERMITS.items()}
    await town.project(
        "导出规范项目",
        year=2020,
        approved_on=date(2020, 1, 10),
        contract_on=date(2020, 2, 1),
        completed_on=date(2020, 6, 1),
        audited_on=date(2020, 6, 20),
        accepted_on=date(2020, 7, 1),
        notice_on=date(2020, 7, 5),
        **permits,
    )
    await town.project(
        "导出问题项目",
        year=2020,
        approved_on=date(2020, 1, 10),
        **{**permits, "land_permit": service.Permit()},
    )
    gid = node_id("Town", town.id)
    token = await gql.token_for("mazhan_admin")
    response = await _download(client, token, townId=gid, year="2020")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "filename*=UTF-8''" in response.headers["content-disposition"]
    rows = (
        CalamineWorkbook.from_filelike(io.BytesIO(response.content))
        .get_sheet_by_index(0)
        .to_python()
    )
    assert rows[0][0] == "马站镇2020年产业扶贫项目台账"
    assert (
        str(rows[1][0]).startswith("生成时间：") and "共 2 个项目，1 个存在规则问题" in rows[1][0]
    )
    assert rows[2] == [heading for heading, _ in COLUMNS]
    clean, flagged = rows[3], rows[4]
    assert [int(clean[0]), int(clean[1]), clean[2], clean[3], float(clean[4])] == [
        1,
        2020,
        "下坪村",
        "导出规范项目",
        500000.0,
    ]
    assert [_day(v) for v in clean[5:11]] == [
        date(2020, 1, 10),
        date(2020, 2, 1),
        date(2020, 6, 1),
        date(2020, 6, 20),
        date(2020, 7, 1),
        date(2020, 7, 5),
    ]
    assert (int(clean[11]), clean[12]) == (0, ALL_CLEAR)
    assert flagged[3] == "导出问题项目" and [_day(v) for v in flagged[6:11]] == [None] * 5
    assert int(flagged[11]) == 2
    problems = flagged[12].split("\n")
    assert [p.split(" ")[0] for p in problems] == ["二.1.3", "二.1.6"]
    assert "土地" in problems[0] and "至今未完工" in problems[1]

    whole = await _download(client, token, townId=gid)
    assert whole.status_code == 200
    names = [
        r[3]
        for r in CalamineWorkbook.from_filelike(io.BytesIO(whole.content))
        .get_sheet_by_index(0)
        .to_python()[3:]
    ]
    assert {"导出规范项目", "导出问题项目"} <= set(names)

    foreign = await _download(client, await gql.token_for("gaoqiao_admin"), townId=gid)
    assert foreign.status_code == 403
    assert foreign.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await _download(client, None, townId=gid)).status_code == 401
    bad_year = await _download(client, token, townId=gid, year="20x0")
    assert bad_year.status_code == 400 and "year" in bad_year.json()["errors"][0]["message"]
    assert (await _download(client, token)).status_code == 400
