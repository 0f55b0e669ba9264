"""Department lists on real PostgreSQL, imported through the service: a good import matched to
members by ID hash, a bad one that lists every row and writes nothing, idempotent re-imports,
every policy rule tripped and not tripped, idempotent rule runs, and another town reading
nothing. The upload mutation and its job: ``test_sector_import_job``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from towncheck.api.relay import GlobalId, node_id
from towncheck.db import TenantScope
from towncheck.demo.sectors import LABEL, load_sectors
from towncheck.errors import InvalidInput
from towncheck.households.idcard import mask_id_number
from towncheck.households.importing.cells import CellError
from towncheck.sectors import lists, rules
from towncheck.sectors.cells import parse_amount, parse_date, parse_month
from towncheck.tenancy.models import Town as TownRow

from .ledger_helpers import principal_of
from .registry_helpers import ids
from .sector_helpers import (
    DIBAO_HEADINGS,
    DISABILITY_HEADINGS,
    YEAR,
    Office,
    Traits,
    dibao_row,
    disability_row,
    month,
    person_number,
    workbook,
)
from .selfcheck_helpers import new_cycle

LISTS = """query($town: ID!, $year: Int!) { departmentLists(townId: $town, year: $year) {
  id kind label rowCount } }"""
RUN = """mutation($id: ID!) { runPolicyRules(cycleId: $id) { count errors { code message } } }"""


@pytest.fixture
async def office(services, owner_db, demo) -> Office:
    known = await ids(owner_db)
    principal = await principal_of(services, known["users"]["mazhan_admin"])
    return Office(services, owner_db, known, principal)


def test_cells_read_the_spellings_departments_use():
    for spelled in ("2025-03-05", "2025/3/5", "2025.3.5", "2025年3月5日", "20250305"):
        assert parse_date(spelled) == date(2025, 3, 5), spelled
    for spelled in ("2025-02", "2025年2月", "202502", "2025/2", "2025-02-14"):
        assert parse_month(spelled) == (date(2025, 2, 1), date(2025, 2, 28))
    assert parse_amount("1,380.5元") == Decimal("1380.50")
    assert parse_amount("３４５") == Decimal("345.00")
    for bad in ("2025-13-01", "三月", "2025-02-30"):
        with pytest.raises(CellError):
            parse_date(bad)
    with pytest.raises(CellError):
        parse_amount("约三百")


async def test_a_good_list_is_imported_and_matched_by_id_hash(office, gql, owner_db, demo):
    head, spouse = await office.household(
        "monitored", [("名单甲", "head", None), ("名单甲妻", "spouse", None)]
    )
    rows = [dibao_row(head, 1), dibao_row(head, 2), dibao_row(spouse, 1, amount="345.00元")]
    content = workbook(DIBAO_HEADINGS, rows, title=f"马站镇{YEAR}年农村低保发放名册")
    town = node_id("Town", office.id)
    made = await office.import_list("dibao", content, label="一季度")
    assert (made.kind, made.year, made.label) == ("dibao", YEAR, "一季度")
    assert (made.row_count, made.total_amount) == (3, Decimal(1035))
    imported = {"id": node_id("DepartmentList", made.id, office.id)}
    list_id = GlobalId.decode(imported["id"], expect="DepartmentList").id
    async with owner_db.unit_of_work(TenantScope()) as s:
        entries = (
            await s.execute(
                text(
                    "select e.row_no, e.name, e.household_id, e.start_on, e.end_on, e.paid_on,"
                    " e.extra, e.id_masked, e.id_cipher, m.name as member_name"
                    " from department_entries e"
                    " join members m on m.town_id = e.town_id and m.id = e.member_id"
                    " and m.id_hash = e.id_hash where e.town_id = :t and e.list_id = :l"
                    " order by e.row_no"
                ),
                {"t": office.id, "l": list_id},
            )
        ).all()
    assert [(e.row_no, e.member_name) for e in entries] == [
        (3, "名单甲"),
        (4, "名单甲"),
        (5, "名单甲妻"),
    ]
    assert {e.household_id for e in entries} == {head.household_id}
    first = entries[0]
    assert (first.start_on, first.end_on, first.paid_on) == (
        date(YEAR, 1, 1),
        date(YEAR, 1, 31),
        date(YEAR, 1, 10),
    )
    assert first.extra == {"村": "下坪村"}
    # The number kept as the registry keeps a member's: sealed and masked.
    assert first.id_masked == mask_id_number(head.number)
    assert office.vault.open(first.id_cipher) == head.number

    listed = await gql(LISTS, {"town": town, "year": YEAR}, as_user="mazhan_helper")
    assert imported["id"] in {x["id"] for x in listed["data"]["departmentLists"]}
    evaluator = await gql(LISTS, {"town": town, "year": YEAR}, token=demo.evaluator_token)
    assert imported["id"] in {x["id"] for x in evaluator["data"]["departmentLists"]}
    node = await gql(
        "query($id: ID!) { node(id: $id) { id } }", {"id": imported["id"]}, as_user="mazhan_admin"
    )
    assert node["data"]["node"] == {"id": imported["id"]}

    # Another town: refused by Casbin, and row-level security hides every row anyway.
    foreign = await gql(LISTS, {"town": town, "year": YEAR}, as_user="gaoqiao_admin")
    assert foreign["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    gaoqiao = (await ids(owner_db))["towns"]["高桥镇"]
    scope = TenantScope(read_towns=frozenset({gaoqiao}))
    async with office.services.database.unit_of_work(scope) as s:
        for table in ("department_lists", "department_entries"):
            assert await s.scalar(text(f"select count(*) from {table}")) == 0, table
        policy_findings = "select count(*) from findings where source = 'policy_rule'"
        assert await s.scalar(text(policy_findings)) == 0


async def test_a_list_with_problems_lists_every_row_and_writes_nothing(office):
    (head,) = await office.household("lifted_supported", [("问题甲", "head", None)])
    stranger = person_number(date(1975, 5, 5))  # valid, but nobody in the registry
    # An ID number typed into a number cell has lost its last digits before we see it.
    typed = next(n for n in (person_number(date(1980, 1, 1)) for _ in range(30)) if n.isdigit())
    broken = head.number[:17] + ("0" if head.number[17] != "0" else "1")
    rows = [
        dibao_row(head, 1),  # row 3: fine
        ["下坪村", "陌生人", stranger, month(1), 345, date(YEAR, 1, 10)],  # 4: unmatched
        ["下坪村", "问题甲", broken, month(2), 345, date(YEAR, 2, 10)],  # 5: check digit
        ["下坪村", "问题乙", head.number, month(3), 345, date(YEAR, 3, 10)],  # 6: other name
        dibao_row(head, 4, amount=-345),  # 7: negative
        ["下坪村", "问题甲", head.number, month(5), 345, "2025-13-40"],  # 8: no such date
        ["下坪村", "问题甲", head.number, f"{YEAR - 1}-12", 345, date(YEAR, 1, 5)],  # 9: year
        dibao_row(head, 6, amount=3450000),  # 10: 万元 typed as 元
        ["下坪村", "数字", int(typed), month(7), 345, date(YEAR, 7, 10)],  # 11: a number cell
    ]
    with pytest.raises(InvalidInput) as refused:
        await office.import_list(
            "dibao", workbook(DIBAO_HEADINGS, rows, title="名单"), label="问题名单"
        )
    errors = {p.field: p.message for p in refused.value.problems}
    assert "不在本乡镇户籍台账中" in errors["rows[4].证件号码"]
    assert "陌生人" in errors["rows[4].证件号码"] and stranger not in errors["rows[4].证件号码"]
    assert "校验码" in errors["rows[5].证件号码"]
    assert "问题甲" in errors["rows[6].姓名"] and "不一致" in errors["rows[6].姓名"]
    assert "负数" in errors["rows[7].发放金额"]
    assert "不是有效日期" in errors["rows[8].发放日期"]
    assert f"不在名单所属的 {YEAR} 年内" in errors["rows[9].所属月份"]
    assert "单位是否为元" in errors["rows[10].发放金额"]
    assert "后几位已丢失" in errors["rows[11].证件号码"]
    assert not any(f.startswith("rows[3]") for f in errors)
    assert all(m.startswith("第 ") for m in errors.values())
    written = "select count(*) from department_lists where town_id = :t and label = '问题名单'"
    assert await office.scalar(written, t=office.id) == 0

    no_amount = workbook(["姓名", "身份证号", "所属月份", "发放日期"], [dibao_row(head, 1)[1:4]])
    with pytest.raises(InvalidInput) as missing:
        await office.import_list("dibao", no_amount, label="缺列")
    assert missing.value.field == "file"
    assert "缺少“金额”列" in missing.value.message
    with pytest.raises(InvalidInput) as garbage:
        await office.import_list("tekun", b"not a workbook")
    assert garbage.value.field == "file"


async def test_a_reimport_replaces_the_list_in_place(office):
    people = await office.household(
        "monitored", [("重导甲", "head", None), ("重导乙", "spouse", None)]
    )
    rows = [dibao_row(p, n) for p in people for n in (1, 2, 3)]
    content = workbook(DIBAO_HEADINGS, rows)
    first = await office.import_list("dibao", content, label="重导")
    again = await office.import_list("dibao", content, label="重导")
    assert again.id == first.id and again.row_count == 6
    entries = "select count(*) from department_entries where town_id = :t and list_id = :l"
    assert await office.scalar(entries, t=office.id, l=first.id) == 6
    shorter = await office.import_list("dibao", workbook(DIBAO_HEADINGS, rows[:2]), label="重导")
    assert (shorter.id, shorter.row_count) == (first.id, 2)
    assert await office.scalar(entries, t=office.id, l=first.id) == 2
    tekun = "姓名,身份证号,供养金额,起始日期,截止日期,发放日期\n" + "".join(
        f"{p.name},{p.number},1347,{YEAR}-01-01,{YEAR}-03-31,{YEAR}/3/25\n" for p in people
    )
    csv_list = await office.call(
        lists.import_list,
        vault=office.vault,
        upload=lists.Upload("tekun", YEAR, "", "特困.csv", tekun.encode("gb18030")),
        today=date.today(),
    )
    assert (csv_list.row_count, csv_list.total_amount) == (2, Decimal(2694))
    other = await office.import_list("dibao", content, label="重导-二季度")
    assert other.id != first.id
    audited = (
        "select count(*) from audit_entries where town_id = :t"
        " and action = 'sector.list.import' and target_id = :l"
    )
    assert await office.scalar(audited, t=office.id, l=str(first.id)) == 3
    with pytest.raises(InvalidInput) as wrong_year:
        await office.import_list("dibao", content, label="重导", year=2013)
    assert wrong_year.value.field == "year"


async def test_every_policy_rule_trips_and_runs_are_idempotent(office, gql, owner_db):
    clean = await office.household(
        "monitored", [("规则甲", "head", None), ("规则甲妻", "spouse", 1)], income=Decimal(3000)
    )
    uncovered = await office.household("monitored", [("规则乙", "head", None)], helper=True)
    poor = await office.household(
        "lifted_supported",
        [("规则丙", "head", None), ("规则丙子", "child", 2)],
        income=Decimal(4000),  # 2,000 a head, below the line
    )
    paid_badly = await office.household(
        "lifted_supported",
        [("规则丁", "head", None), ("规则丁妻", "spouse", 4)],
        income=Decimal(40000),
    )
    ordinary = await office.household("ordinary", [("规则戊", "head", 3)], income=Decimal(30000))
    dibao = [
        *(dibao_row(clean[0], n) for n in (1, 2, 3)),
        dibao_row(paid_badly[0], 1, paid=date(YEAR, 2, 20)),
        dibao_row(paid_badly[0], 2, amount=200),
    ]
    await office.import_list("dibao", workbook(DIBAO_HEADINGS, dibao), label="规则")
    subsidies = [
        disability_row(clean[1], "护理补贴"),
        disability_row(clean[1], "困难残疾人生活补贴"),
        disability_row(ordinary[0], "生活补贴"),
    ]
    await office.import_list("disability_subsidy", workbook(DISABILITY_HEADINGS, subsidies))

    expected = {
        uncovered[0].household_id: {"safety_net_gap"},
        poor[0].household_id: {"safety_net_gap", "severe_disability_without_care_subsidy"},
        paid_badly[0].household_id: {
            "safety_net_late_or_short",
            "dibao_disability_without_living_subsidy",
        },
    }
    ours = {p[0].household_id for p in (clean, uncovered, poor, paid_badly, ordinary)}
    async with office.services.database.unit_of_work(office.principal.scope()) as s:
        found = await rules.check(s, town_id=office.id, year=YEAR)
    by_household: dict[int, set[str]] = {}
    for v in found:
        by_household.setdefault(v.household_id, set()).add(v.rule)
    assert {h: r for h, r in by_household.items() if h in ours} == expected
    assert set().union(*expected.values()) == {r.name for r in rules.RULES}
    gaps = {v.household_id: v.description for v in found if v.rule == "safety_net_gap"}
    assert (
        gaps[uncovered[0].household_id] == f"户主“规则乙”户（监测户）未纳入 {YEAR} 年低保或特困供养"
    )
    assert f"{YEAR} 年人均纯收入 2000 元，低于" in gaps[poor[0].household_id]
    late = [
        v.description
        for v in found
        if v.rule == "safety_net_late_or_short" and v.household_id == paid_badly[0].household_id
    ]
    assert any("逾期发放" in d for d in late) and any(
        "应发 345.00 元，实发 200.00 元" in d for d in late
    )
    assert len({r.severity for r in rules.RULES if r.code == "三.2.1"}) == 1

    cycle_gid, _ = await new_cycle(gql, owner_db, date.today(), name="行业政策规则周期")
    cycle = GlobalId.decode(cycle_gid, expect="Cycle").id
    await office.owner_sql("update cycles set year = :y where id = :c", y=YEAR, c=cycle)
    raised = await office.call(rules.run_rules, cycle_id=cycle)
    assert raised == len({(v.household_id, v.code) for v in found})
    assert await office.call(rules.run_rules, cycle_id=cycle) == 0
    mine = (
        "select household_id, checkpoint, source, project_id, visit_id, responsible_id,"
        " description from findings where town_id = :t and cycle_id = :c"
        " and household_id = any(:h)"
    )
    async with owner_db.unit_of_work(TenantScope()) as s:
        rows = (await s.execute(text(mine), {"t": office.id, "c": cycle, "h": list(ours)})).all()
    assert {(r.household_id, r.checkpoint) for r in rows} == {
        (uncovered[0].household_id, "三.1.1"),
        (poor[0].household_id, "三.1.1"),
        (poor[0].household_id, "三.2.1"),
        (paid_badly[0].household_id, "三.1.3"),
        (paid_badly[0].household_id, "三.2.1"),
    }
    assert {(r.source, r.project_id, r.visit_id) for r in rows} == {("policy_rule", None, None)}
    helped = next(r for r in rows if r.household_id == uncovered[0].household_id)
    assert helped.responsible_id == office.helper
    both = next(
        r for r in rows if r.household_id == paid_badly[0].household_id and r.checkpoint == "三.1.3"
    )
    assert "逾期发放" in both.description and "未足额发放" in both.description

    # The care subsidy arrives: that finding goes, the household's other one stays.
    fixed = workbook(DISABILITY_HEADINGS, [disability_row(poor[1], "护理补贴")])
    await office.import_list("disability_subsidy", fixed, label="补发")
    ran = await gql(RUN, {"id": cycle_gid}, as_user="mazhan_admin")
    assert ran["data"]["runPolicyRules"] == {"count": 0, "errors": []}
    left = (
        "select count(*) from findings where town_id = :t and cycle_id = :c and household_id = :h"
    )
    assert await office.scalar(left, t=office.id, c=cycle, h=poor[0].household_id) == 1
    refused = await gql(RUN, {"id": cycle_gid}, as_user="mazhan_helper")
    assert refused["data"]["runPolicyRules"]["errors"][0]["code"] == "FORBIDDEN"


async def test_demo_lists_trip_every_policy_rule_and_load_once(office, owner_db):
    for n, grade in enumerate((1, 3, 2, None)):
        people = [(f"演示户{n}", "head", None)]
        if grade is not None:
            people.append((f"演示户{n}家属", "spouse", grade))
        await office.household("monitored", people)
    # For the other lists: three households of workers in need of training (more than the
    # training list leaves out), each with someone who can no longer work, and an ordinary
    # household.
    year = date.today().year
    for n in range(3):
        worker, parent = f"演示劳力{n}", f"演示劳力{n}父"
        await office.household(
            "lifted_supported",
            [(worker, "head", None), (parent, "parent", None)],
            traits={
                worker: Traits(born=year - 35 - n, labour="ordinary"),
                parent: Traits(born=year - 62 - n, labour="lost"),
            },
            causes=("no_skill",),
        )
    await office.household("ordinary", [("演示农户", "head", None)])
    async with owner_db.unit_of_work(TenantScope()) as s:
        towns = list((await s.scalars(select(TownRow))).all())
    scope = TenantScope.system(county_id=towns[0].county_id, town_ids=[t.id for t in towns])
    today = date.today()
    loaded = (
        "select count(*) from department_lists where town_id = :t and year = :y and label = :label"
    )
    counts = []
    for _ in range(2):
        await load_sectors(owner_db, scope, towns, today=today)
        counts.append(await office.scalar(loaded, t=office.id, y=today.year, label=LABEL))
    assert counts[0] >= 2 and counts[1] == counts[0], counts
    async with owner_db.unit_of_work(TenantScope()) as s:
        found = await rules.check(s, town_id=office.id, year=today.year)
        totals = (
            await s.execute(
                text(
                    "select l.row_count, count(e.id) from department_lists l"
                    " join department_entries e on e.town_id = l.town_id and e.list_id = l.id"
                    " where l.town_id = :t and l.label = :label group by l.id, l.row_count"
                ),
                {"t": office.id, "label": LABEL},
            )
        ).all()
    assert {r.name for r in rules.ALL_RULES} <= {v.rule for v in found}
    assert all(listed == counted for listed, counted in totals)
