"""A project's operation and funds on real PostgreSQL: validation that refuses and writes
nothing (a disbursement above the contract amount among it), each operation and funds rule
tripped and not tripped, idempotent rule runs, the mutations and fields through GraphQL, and
another town reading nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

from towncheck.api.relay import GlobalId, node_id
from towncheck.db import TenantScope
from towncheck.errors import InvalidInput
from towncheck.projects import operations, rules, rules_more
from towncheck.projects.operations import DisbursementData, FundsData, OperationData

from .ledger_helpers import principal_of
from .project_helpers import TODAY, Town, scalar_of
from .registry_helpers import ids
from .selfcheck_helpers import new_cycle

NEW_CODES = {r.code for r in rules_more.RULES}
CONTRACT = Decimal(100000)


@pytest.fixture
async def town(services, owner_db, demo) -> Town:
    known = await ids(owner_db)
    principal = await principal_of(services, known["users"]["mazhan_admin"])
    return Town(services, owner_db, known, principal)


async def _project(town: Town, name: str, **fields: Any) -> int:
    return await town.project(
        name, contract_amount=CONTRACT, contract_on=date(2025, 2, 1), **fields
    )


async def _count(town: Town, table: str, project: int) -> int:
    sql = f"select count(*) from {table} where town_id = :t and project_id = :p"
    return await scalar_of(town.owner_db, sql, t=town.id, p=project)


async def _refused(town: Town, fn: Any, data: Any) -> tuple[set[str], str]:
    with pytest.raises(InvalidInput) as refused:
        await town.call(fn, data=data, today=TODAY)
    problems = refused.value.problems
    assert all(p.message for p in problems)
    return {p.field for p in problems}, "；".join(p.message for p in problems)


async def test_invalid_operation_and_funds_are_refused_and_nothing_is_written(town):
    pid = await _project(town, "运营校验项目")
    leased = OperationData(
        pid,
        "leased",
        operator="某合作社",
        contract_no="租-1",
        contract_on=date(2025, 3, 1),
        term_start=date(2025, 3, 1),
        term_end=date(2030, 2, 28),
        annual_return=Decimal(30000),
        households_assisted=12,
    )
    bad_operations = {
        "mode": replace(leased, mode="rent"),
        "operator": replace(leased, operator=" "),
        "contractNo": replace(leased, contract_no="", contract_on=None),
        "termEnd": replace(leased, term_end=date(2025, 3, 1)),
        "contractOn": replace(leased, contract_on=date(2025, 9, 1)),  # after TODAY
        "annualReturn": replace(leased, annual_return=Decimal("5000000000")),
        "householdsAssisted": replace(leased, households_assisted=-1),
        "targets": OperationData(pid, "self_run"),
    }
    for field_name, data in bad_operations.items():
        fields, _ = await _refused(town, operations.set_operation, data)
        assert field_name in fields, (field_name, fields)
    assert await _count(town, "project_operations", pid) == 0

    paid = DisbursementData(pid, date(2025, 4, 1), Decimal(60000), "progress", "凭-1")
    bad_payments = {
        "amount": replace(paid, amount=Decimal(-5)),
        "basis": replace(paid, basis="gift"),
        "paidOn": replace(paid, paid_on=date(2025, 9, 1)),
    }
    for field_name, data in bad_payments.items():
        fields, _ = await _refused(town, operations.add_disbursement, data)
        assert field_name in fields, (field_name, fields)
    assert await _count(town, "fund_disbursements", pid) == 0
    await town.call(operations.add_disbursement, data=paid, today=TODAY)
    fields, message = await _refused(
        town, operations.add_disbursement, replace(paid, amount=Decimal(40001))
    )
    assert fields == {"amount"} and "尚可拨付 40000.00 元" in message, message
    assert await _count(town, "fund_disbursements", pid) == 1
    await town.call(
        operations.add_disbursement, data=replace(paid, amount=Decimal(40000)), today=TODAY
    )
    no_contract = await town.project("无合同项目")
    fields, _ = await _refused(
        town, operations.add_disbursement, replace(paid, project_id=no_contract)
    )
    assert "amount" in fields and await _count(town, "fund_disbursements", no_contract) == 0

    funds = FundsData(pid, Decimal(98000), date(2025, 7, 1), Decimal(2000), "用于村道维修")
    bad_funds = {
        "finalOn": replace(funds, final_on=None),
        "surplusAmount": replace(funds, surplus_amount=Decimal(-1)),
        "publishedOn": replace(funds, published_on=date(2025, 9, 1)),
    }
    for field_name, data in bad_funds.items():
        fields, _ = await _refused(town, operations.set_funds, data)
        assert field_name in fields, (field_name, fields)
    assert await _count(town, "project_funds", pid) == 0

    await town.call(operations.set_operation, data=leased, today=TODAY)
    row = await town.call(operations.set_operation, data=replace(leased, idle=True), today=TODAY)
    assert row.idle and await _count(town, "project_operations", pid) == 1


async def _violations(town: Town, projects: set[int]) -> dict[int, set[str]]:
    async with town.services.database.unit_of_work(town.principal.scope()) as s:
        found = await rules.check(s, town_id=town.id, today=TODAY)
    by_project: dict[int, set[str]] = {p: set() for p in projects}
    for v in found:
        if v.project_id in projects and v.code in NEW_CODES:
            by_project[v.project_id].add(v.code)
    return by_project


async def test_operation_and_funds_rules_trip_and_runs_are_idempotent(town, gql, owner_db):
    published = FundsData(0, Decimal(100000), date(2025, 7, 1), published_on=date(2025, 7, 5))
    made: dict[str, int] = {}
    for name in ("运营规范", "资产闲置", "超决算拨付", "结余未用", "未公示"):
        made[name] = await _project(town, f"{name}项目")
    clean = made["运营规范"]
    await town.call(
        operations.set_operation,
        data=OperationData(clean, "self_run", targets="年收益 3 万元", households_assisted=20),
        today=TODAY,
    )
    await town.call(
        operations.set_operation,
        data=OperationData(made["资产闲置"], "self_run", targets="养殖", idle=True, damaged=True),
        today=TODAY,
    )
    for name, payments, funds in (
        ("运营规范", [Decimal(90000), Decimal(10000)], published),
        ("超决算拨付", [Decimal(100000)], replace(published, final_amount=Decimal(90000))),
        ("结余未用", [], replace(published, surplus_amount=Decimal(5000))),
        ("未公示", [], replace(published, published_on=None)),
    ):
        for amount in payments:
            data = DisbursementData(made[name], date(2025, 5, 1), amount, "contract")
            await town.call(operations.add_disbursement, data=data, today=TODAY)
        await town.call(
            operations.set_funds, data=replace(funds, project_id=made[name]), today=TODAY
        )

    found = await _violations(town, set(made.values()))
    assert found == {
        clean: set(),
        made["资产闲置"]: {"二.3.4"},
        made["超决算拨付"]: {"二.5.1"},
        made["结余未用"]: {"二.5.3"},
        made["未公示"]: {"二.5.4"},
    }, found

    cycle_gid, _ = await new_cycle(gql, owner_db, date.today(), name="运营资金规则周期")
    cycle = GlobalId.decode(cycle_gid, expect="Cycle").id
    mine = (
        "select project_id, checkpoint, description from findings where town_id = :t"
        " and cycle_id = :c and source = 'project_rule' and project_id = any(:p)"
    )

    async def stored() -> dict[tuple[int, str], str]:
        async with owner_db.unit_of_work(TenantScope()) as s:
            rows = await s.execute(text(mine), {"t": town.id, "c": cycle, "p": list(made.values())})
            return {(r.project_id, r.checkpoint): r.description for r in rows}

    assert await town.call(rules.run_rules, cycle_id=cycle, today=TODAY) > 0
    first = await stored()
    assert {k for k in first if k[1] in NEW_CODES} == {
        (p, c) for p, codes in found.items() for c in codes
    }
    assert "闲置、损毁" in first[(made["资产闲置"], "二.3.4")]
    assert "100000.00 元，超过决算金额 90000.00 元" in first[(made["超决算拨付"], "二.5.1")]
    assert await town.call(rules.run_rules, cycle_id=cycle, today=TODAY) == 0
    assert await stored() == first

    # Fixed: no longer idle or damaged, the surplus used — their findings leave.
    await town.call(
        operations.set_operation,
        data=OperationData(made["资产闲置"], "self_run", targets="养殖"),
        today=TODAY,
    )
    await town.call(
        operations.set_funds,
        data=FundsData(
            made["结余未用"],
            Decimal(100000),
            date(2025, 7, 1),
            Decimal(5000),
            "用于产业路养护",
            date(2025, 7, 5),
        ),
        today=TODAY,
    )
    assert await town.call(rules.run_rules, cycle_id=cycle, today=TODAY) == 0
    after = await stored()
    assert (made["资产闲置"], "二.3.4") not in after
    assert (made["结余未用"], "二.5.3") not in after
    assert (made["超决算拨付"], "二.5.1") in after and (made["未公示"], "二.5.4") in after


OPERATION = """mutation($input: SetProjectOperationInput!) { setProjectOperation(input: $input) {
  operation { id projectId mode modeLabel idle damaged termEnd } errors { code message field } } }"""
PAY = """mutation($input: AddFundDisbursementInput!) { addFundDisbursement(input: $input) {
  disbursement { id amount basis basisLabel } errors { code message field } } }"""
FUNDS = """mutation($input: SetProjectFundsInput!) { setProjectFunds(input: $input) {
  funds { id finalAmount surplusAmount publishedOn } errors { code message field } } }"""
NODE = """query($id: ID!) { node(id: $id) { id ... on Project { name
  operation { mode idle } disbursements { amount } funds { finalAmount surplusUse } } } }"""


async def test_graphql_and_other_towns_read_nothing(town, gql, services, owner_db):
    pid = await _project(town, "运营接口项目")
    project = node_id("Project", pid, town.id)
    operation = {"projectId": project, "mode": "entrusted", "operator": "某公司"}
    operation |= {"contractNo": "托-1", "contractOn": "2025-03-01", "termStart": "2025-03-01"}
    bad = {**operation, "termEnd": "2025-01-01"}
    refused = (await gql(OPERATION, {"input": bad}, as_user="mazhan_admin"))["data"]
    assert refused["setProjectOperation"]["operation"] is None
    assert "termEnd" in {e["field"] for e in refused["setProjectOperation"]["errors"]}
    good = {**operation, "termEnd": "2035-02-28", "idle": True}
    made = (await gql(OPERATION, {"input": good}, as_user="mazhan_admin"))["data"]
    assert made["setProjectOperation"]["errors"] == []
    assert made["setProjectOperation"]["operation"]["modeLabel"] == "委托经营"

    pay = {"projectId": project, "paidOn": "2025-04-01", "amount": "70000", "basis": "contract"}
    paid = (await gql(PAY, {"input": pay}, as_user="mazhan_admin"))["data"]["addFundDisbursement"]
    assert paid["errors"] == [] and paid["disbursement"]["basisLabel"] == "按合同约定"
    over = (await gql(PAY, {"input": pay}, as_user="mazhan_admin"))["data"]["addFundDisbursement"]
    assert over["disbursement"] is None and "尚可拨付 30000.00 元" in over["errors"][0]["message"]
    funds = {"projectId": project, "finalAmount": "95000", "finalOn": "2025-07-01"}
    set_funds = (await gql(FUNDS, {"input": funds}, as_user="mazhan_admin"))["data"]
    assert set_funds["setProjectFunds"]["errors"] == []

    read = (await gql(NODE, {"id": project}, as_user="mazhan_admin"))["data"]["node"]
    assert read["operation"] == {"mode": "entrusted", "idle": True}
    assert [Decimal(d["amount"]) for d in read["disbursements"]] == [Decimal(70000)]
    assert Decimal(read["funds"]["finalAmount"]) == 95000

    for user in ("mazhan_helper", "gaoqiao_admin"):
        body = await gql(PAY, {"input": {**pay, "amount": "1"}}, as_user=user)
        assert body["data"]["addFundDisbursement"]["errors"][0]["code"] == "FORBIDDEN", user
    assert (await gql(NODE, {"id": project}, as_user="gaoqiao_admin"))["data"]["node"] is None
    gaoqiao = (await ids(owner_db))["towns"]["高桥镇"]
    async with services.database.unit_of_work(TenantScope(read_towns=frozenset({gaoqiao}))) as s:
        for table in ("project_operations", "fund_disbursements", "project_funds"):
            assert await s.scalar(text(f"select count(*) from {table}")) == 0, table
    assert await _count(town, "fund_disbursements", pid) == 1
