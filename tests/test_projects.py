"""Projects and funds on real PostgreSQL: validation that writes nothing, every project rule
tripped by a fixture and none by a clean project, idempotent rule runs that keep what the
ledger holds, the findings through GraphQL, and another town reading nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from towncheck.api.relay import GlobalId, node_id
from towncheck.db import TenantScope
from towncheck.demo.projects import load_projects
from towncheck.errors import InvalidInput
from towncheck.projects import records, rules, service
from towncheck.rectification import ledger
from towncheck.tenancy.models import Town as TownRow

from .ledger_helpers import principal_of
from .project_helpers import EXPECTED, PERMITS, POLICY, TODAY, Town, fixture_town, scalar_of
from .registry_helpers import ids
from .selfcheck_helpers import new_cycle


@pytest.fixture
async def town(services, owner_db, demo) -> Town:
    known = await ids(owner_db)
    principal = await principal_of(services, known["users"]["mazhan_admin"])
    return Town(services, owner_db, known, principal)


async def test_invalid_projects_are_refused_and_nothing_is_written(town, owner_db):
    last_year = await town.entry("去年的库", 2024)
    pending = await town.entry("未审核的库", 2025, approve=False)
    good = await town.entry("校验项目", 2025)
    base = service.ProjectData(
        library_id=good,
        year=2025,
        name="校验项目",
        approved_on=date(2025, 3, 1),
        planned_investment=Decimal("200000"),
        **PERMITS,
    )
    cases = {
        "libraryId": replace(base, library_id=last_year),
        "plannedInvestment": replace(base, planned_investment=Decimal("-5")),
        "contractAmount": replace(base, contract_amount=Decimal("5000000000")),
        "completedOn": replace(base, completed_on=date(2025, 2, 1)),
        "acceptedOn": replace(base, completed_on=date(2025, 5, 1), accepted_on=date(2025, 4, 1)),
        "landPermit": replace(base, land_permit=service.Permit("土预〔2025〕9号", None)),
        "name": replace(base, name="  "),
    }
    for field_name, data in cases.items():
        with pytest.raises(InvalidInput) as refused:
            await town.call(service.create_project, data=data, today=TODAY)
        assert field_name in [p.field for p in refused.value.problems], field_name
        assert all(p.message for p in refused.value.problems)
    with pytest.raises(InvalidInput) as not_approved:
        await town.call(service.create_project, data=replace(base, library_id=pending), today=TODAY)
    assert "审核" in not_approved.value.message
    with pytest.raises(InvalidInput) as future:
        await town.call(
            service.create_project, data=replace(base, notice_on=date(2025, 9, 1)), today=TODAY
        )
    assert future.value.field == "noticeOn"
    count = "select count(*) from projects where town_id = :t and name = '校验项目'"
    assert await scalar_of(owner_db, count, t=town.id) == 0
    project = await town.call(service.create_project, data=base, today=TODAY)
    with pytest.raises(InvalidInput) as negative:
        await town.add(records.DepositData(project.id, Decimal("-1"), date(2025, 9, 1)))
    assert negative.value.field == "amount"
    assert await scalar_of(owner_db, count, t=town.id) == 1
    audited = "select count(*) from audit_entries where town_id = :t and target_type = 'Project'"
    assert await scalar_of(owner_db, audited, t=town.id) >= 1


async def test_every_rule_trips_once_and_runs_are_idempotent(town, gql, owner_db):
    made = await fixture_town(town)
    async with town.services.database.unit_of_work(town.principal.scope()) as s:
        found = await rules.check(s, town_id=town.id, today=TODAY)
    by_project: dict[int, set[str]] = {}
    for v in found:
        by_project.setdefault(v.project_id, set()).add(v.code)
    assert made["clean"] not in by_project, [v for v in found if v.project_id == made["clean"]]
    for name, codes in EXPECTED.items():
        assert by_project.get(made[name]) == codes, (name, by_project.get(made[name]))
    assert {r.code for r in rules.RULES} == set().union(*EXPECTED.values())
    quarters = next(v for v in found if v.code == "二.2.5" and v.project_id == made["money"])
    assert quarters.asset_id == made["checked_asset"] and "2025-Q2" in quarters.description
    assert "验收、移交、登记、实现收益" in next(v.description for v in found if v.code == "二.6.1")

    cycle_gid, _ = await new_cycle(gql, owner_db, date.today(), name="项目规则周期")
    cycle = GlobalId.decode(cycle_gid, expect="Cycle").id
    ours = {v for k, v in made.items() if k != "checked_asset"}
    mine = (
        "select project_id, checkpoint, household_id, visit_id, source, stage, found_by"
        " from findings where town_id = :t and cycle_id = :c"
    )
    raised = await town.call(rules.run_rules, cycle_id=cycle, today=TODAY)
    pairs = {(v.project_id, v.code) for v in found}
    assert raised == len(pairs)
    assert await town.call(rules.run_rules, cycle_id=cycle, today=TODAY) == 0
    async with owner_db.unit_of_work(TenantScope()) as s:
        rows = (await s.execute(text(mine), {"t": town.id, "c": cycle})).all()
    assert len(rows) == len(pairs)
    assert all(r.household_id is None and r.visit_id is None for r in rows)
    assert {(r.source, r.stage, r.found_by) for r in rows} == {
        ("project_rule", "self", town.principal.user_id)
    }
    assert {(r.project_id, r.checkpoint) for r in rows if r.project_id in ours} == {
        (made[n], c) for n, codes in EXPECTED.items() for c in codes
    }

    # The quarterly check's finding goes into the ledger; then the check is recorded and the
    # deposit returned: the ledger's finding stays, the other one is cleared.
    finding = await scalar_of(
        owner_db,
        "select id from findings where town_id = :t and cycle_id = :c and project_id = :p"
        " and checkpoint = '二.2.5'",
        t=town.id,
        c=cycle,
        p=made["money"],
    )
    await town.call(
        ledger.open_item,
        new=ledger.NewItem(finding, town.principal.user_id, "补做季度现场检查", TODAY),
        today=TODAY,
    )
    await town.call(
        records.record_asset_check,
        asset_id=made["checked_asset"],
        checked_on=date(2025, 5, 20),
        note="账实相符",
        today=TODAY,
    )
    await town.owner_sql(
        "update quality_deposits set returned_on = '2025-08-01' where town_id = :t"
        " and project_id = :p",
        t=town.id,
        p=made["money"],
    )
    assert await town.call(rules.run_rules, cycle_id=cycle, today=TODAY) == 0
    kept = (
        "select count(*) from findings where town_id = :t and cycle_id = :c and project_id = :p"
        " and checkpoint = :k"
    )
    assert await scalar_of(owner_db, kept, t=town.id, c=cycle, p=made["money"], k="二.2.5") == 1
    assert await scalar_of(owner_db, kept, t=town.id, c=cycle, p=made["money"], k="二.5.2") == 0


CREATE_ENTRY = """mutation($input: ApplyLibraryEntryInput!) { applyLibraryEntry(input: $input) {
  entry { id state year } errors { code message field } } }"""
DECIDE = """mutation($id: ID!, $ok: Boolean!, $note: String!) { decideLibraryEntry(id: $id,
  approve: $ok, note: $note) { entry { id state stateLabel } errors { code message field } } }"""
CREATE = """mutation($input: ProjectInput!) { createProject(input: $input) {
  project { id name year libraryId landPermit { number issuedOn } } errors { code message field } } }"""
UPDATE = """mutation($id: ID!, $input: ProjectInput!) { updateProject(id: $id, input: $input) {
  project { id completedOn } errors { code message field } } }"""
PROJECTS = """query($town: ID!, $year: Int) { projects(townId: $town, year: $year, first: 100) {
  totalCount edges { node { id name } } }
  projectLibrary(townId: $town, year: $year, first: 100) { totalCount } }"""
RUN = """mutation($id: ID!) { runProjectRules(cycleId: $id) { count errors { code message } } }"""
FINDINGS = """query($id: ID!, $p: ID) { projectFindings(cycleId: $id, first: 100) { totalCount }
  ours: projectFindings(cycleId: $id, projectId: $p, first: 100) { totalCount
  edges { node { id projectId projectName checkpoint severity description state } } }
  findings(cycleId: $id, first: 100) { totalCount } }"""
LIST = (
    """mutation($id: ID!) { listCycleFindings(cycleId: $id) { count errors { code message } } }"""
)


async def test_projects_through_graphql_and_other_towns_see_nothing(gql, owner_db, services):
    known = await ids(owner_db)
    town = known["towns"]["马站镇"]
    village = node_id("Village", known["villages"][(town, "下坪村")], town)
    year = date.today().year
    body = await gql(
        CREATE_ENTRY,
        {
            "input": {
                "villageId": village,
                "year": year,
                "name": "接口项目",
                "plannedInvestment": "300000",
            }
        },
        as_user="mazhan_admin",
    )
    entry = body["data"]["applyLibraryEntry"]["entry"]
    assert entry["state"] == "applied"
    helper = await gql(DECIDE, {"id": entry["id"], "ok": True, "note": ""}, as_user="mazhan_helper")
    assert helper["data"]["decideLibraryEntry"]["errors"][0]["code"] == "FORBIDDEN"
    blank = await gql(DECIDE, {"id": entry["id"], "ok": False, "note": ""}, as_user="mazhan_admin")
    assert blank["data"]["decideLibraryEntry"]["errors"][0]["field"] == "note"
    ok = await gql(DECIDE, {"id": entry["id"], "ok": True, "note": ""}, as_user="mazhan_admin")
    assert ok["data"]["decideLibraryEntry"]["entry"]["stateLabel"] == "审核通过"

    form = {
        "libraryId": entry["id"],
        "year": year - 1,
        "name": "接口项目",
        "approvedOn": date(year, 1, 2).isoformat(),
        "plannedInvestment": "300000",
        "landPermit": {"number": "土预1号", "issuedOn": date(year, 1, 1).isoformat()},
    }
    wrong = await gql(CREATE, {"input": form}, as_user="mazhan_admin")
    errors = wrong["data"]["createProject"]["errors"]
    assert {"libraryId"} <= {e["field"] for e in errors} and "当年项目库" in errors[0]["message"]
    made = await gql(CREATE, {"input": {**form, "year": year}}, as_user="mazhan_admin")
    project = made["data"]["createProject"]["project"]
    assert project["landPermit"] == {
        "number": "土预1号",
        "issuedOn": form["landPermit"]["issuedOn"],
    }
    backwards = await gql(
        UPDATE,
        {
            "id": project["id"],
            "input": {**form, "year": year, "completedOn": date(year - 1, 5, 1).isoformat()},
        },
        as_user="mazhan_admin",
    )
    assert backwards["data"]["updateProject"]["errors"][0]["field"] == "completedOn"
    listed = await gql(
        PROJECTS, {"town": node_id("Town", town), "year": year}, as_user="mazhan_helper"
    )
    assert "接口项目" in {e["node"]["name"] for e in listed["data"]["projects"]["edges"]}

    cycle, _ = await new_cycle(gql, owner_db, date.today(), name="项目接口周期")
    refused = await gql(RUN, {"id": cycle}, as_user="mazhan_helper")
    assert refused["data"]["runProjectRules"]["errors"][0]["code"] == "FORBIDDEN"
    ran = await gql(RUN, {"id": cycle}, as_user="mazhan_admin")
    assert ran["data"]["runProjectRules"]["count"] >= 1  # 接口项目 lacks two permits
    assert (await gql(RUN, {"id": cycle}, as_user="mazhan_admin"))["data"]["runProjectRules"][
        "count"
    ] == 0
    # Other tests' projects share the town: this project's findings are read by its id.
    found = (await gql(FINDINGS, {"id": cycle, "p": project["id"]}, as_user="mazhan_admin"))["data"]
    ours = [f["node"] for f in found["ours"]["edges"]]
    assert [(f["checkpoint"], f["severity"]) for f in ours] == [("二.1.3", "major")]
    assert "环保、规划" in ours[0]["description"]
    assert found["findings"]["totalCount"] == 0  # household findings only
    listed_items = await gql(LIST, {"id": cycle}, as_user="mazhan_admin")
    assert (
        listed_items["data"]["listCycleFindings"]["count"] == found["projectFindings"]["totalCount"]
    )

    foreign = await gql(FINDINGS, {"id": cycle}, as_user="gaoqiao_admin")
    assert foreign["errors"][0]["extensions"]["code"] in ("FORBIDDEN", "NOT_FOUND")
    gaoqiao = known["towns"]["高桥镇"]
    async with services.database.unit_of_work(TenantScope(read_towns=frozenset({gaoqiao}))) as s:
        for table in (
            "project_library",
            "projects",
            "assets",
            "asset_checks",
            "project_returns",
            "distribution_plans",
            "quality_deposits",
            "project_adjustments",
        ):
            assert await s.scalar(text(f"select count(*) from {table}")) == 0, table
        assert (
            await s.scalar(text("select count(*) from findings where project_id is not null")) == 0
        )


async def test_demo_projects_trip_every_rule_and_load_once(owner_db, demo):
    async with owner_db.unit_of_work(TenantScope()) as s:
        towns = list((await s.scalars(select(TownRow))).all())
    scope = TenantScope.system(county_id=towns[0].county_id, town_ids=[t.id for t in towns])
    today = date.today()
    for _ in range(2):
        await load_projects(owner_db, POLICY, scope, towns, today=today)
    mazhan = next(t for t in towns if t.name == "马站镇")
    demo_projects = "select id from projects where town_id = :t and name like '下坪村%'"
    async with owner_db.unit_of_work(TenantScope()) as s:
        ids_ = set((await s.scalars(text(demo_projects), {"t": mazhan.id})).all())
        found = await rules.check(s, town_id=mazhan.id, today=today)
    assert len(ids_) == 5
    assert {v.code for v in found if v.project_id in ids_} == {r.code for r in rules.ALL_RULES}
