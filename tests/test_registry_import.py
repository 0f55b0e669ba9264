"""Spreadsheet import of households and members: template and national headings, all-or-nothing
validation with errors by row and column, idempotent re-import, the job, report and template."""

from __future__ import annotations

import csv
import io
import itertools
import uuid
from datetime import date, timedelta

import pytest
import python_calamine
import xlsxwriter
from sqlalchemy import text

from towncheck.auth.principal import Principal
from towncheck.db import Database, TenantScope, allow_town_write
from towncheck.households.idcard import check_digit, make_id_number, mask_id_number
from towncheck.households.importing import reader
from towncheck.households.importing.errors import RowError
from towncheck.households.importing.job import KIND, import_registry
from towncheck.households.importing.report import error_report, errors_from_result
from towncheck.households.importing.service import run_import
from towncheck.households.importing.template import GUIDE, SHEET, template_workbook
from towncheck.households.models import Upload
from towncheck.jobs import runner
from towncheck.jobs import service as jobs
from towncheck.jobs.registry import JobInput
from towncheck.personal import vault_for

HEADINGS = [
    "村",
    "户编号",
    "户类别",
    "脱贫年度",
    "致贫原因",
    "帮扶措施",
    "联系电话",
    "住址",
    "姓名",
    "身份证号",
    "与户主关系",
    "劳动能力",
    "残疾类别",
    "残疾等级",
    "是否患慢性病",
    "慢性病是否认定",
    "基本医疗保险",
    "大病保险",
    "特惠保",
    "特惠保保单是否送达",
    "在校阶段",
    "是否在校",
    "雨露计划",
    "家庭医生签约",
]
# A region code no other test uses, so that people made here never meet other tests' people.
REGION = "379901"
_people = itertools.count(1)


def new_id(*, sex: str = "male", born: date | None = None) -> str:
    n = next(_people)
    born = born or date(1950, 1, 1) + timedelta(days=n * 11)
    return make_id_number(region=REGION, birth_date=born, sequence=n % 1000, sex=sex)


def member(name: str, relation: str, **cells: object) -> dict[str, object]:
    row: dict[str, object] = {
        "姓名": name,
        "身份证号": new_id(),
        "与户主关系": relation,
        "基本医疗保险": "是",
        "大病保险": "是",
        "家庭医生签约": "是",
    }
    row.update(cells)
    return row


def household(
    village: str, category: str, head: str, *others: tuple[str, str], **cells: object
) -> list[dict[str, object]]:
    """The head's row with the household cells, then the other members' rows."""
    first = member(head, "户主", 村=village, 户类别=category, **cells)
    return [first, *(member(name, relation) for name, relation in others)]


def xlsx(
    rows: list[dict[str, object]],
    headings: list[str] = HEADINGS,
    *,
    title: str | None = None,
    numbers: frozenset[str] = frozenset(),
) -> bytes:
    """An .xlsx written as a person would: text cells, except ``numbers`` columns as numbers."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    sheet = workbook.add_worksheet("户籍")
    top = 0
    if title:
        sheet.write_string(0, 0, title)
        top = 1
    for index, heading in enumerate(headings):
        sheet.write_string(top, index, heading)
    for line, row in enumerate(rows, start=top + 1):
        for index, heading in enumerate(headings):
            value = row.get(heading)
            if value is None or value == "":
                continue
            if heading in numbers or isinstance(value, int):
                sheet.write_number(line, index, float(value))  # type: ignore[arg-type]
            else:
                sheet.write_string(line, index, str(value))
    workbook.close()
    return buffer.getvalue()


def csv_bytes(rows: list[dict[str, object]], headings: list[str], *, encoding: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headings)
    for row in rows:
        writer.writerow(["" if row.get(h) is None else str(row.get(h)) for h in headings])
    return out.getvalue().encode(encoding)


class Town:
    def __init__(self, town_id: int, county_id: int, name: str) -> None:
        self.id, self.county_id, self.name = town_id, county_id, name

    def scope(self, *others: Town) -> TenantScope:
        return TenantScope(
            read_towns=frozenset({self.id, *(o.id for o in others)}),
            read_counties=frozenset({self.county_id}),
        )


async def town(owner_db, name: str) -> Town:
    async with owner_db.unit_of_work(TenantScope()) as s:
        town_id, county_id = (
            await s.execute(text("select id, county_id from towns where name = :n"), {"n": name})
        ).one()
    return Town(town_id, county_id, name)


@pytest.fixture
async def mazhan(owner_db, demo) -> Town:
    return await town(owner_db, "马站镇")


async def do_import(
    services,
    settings,
    place: Town,
    content: bytes,
    *,
    filename: str = "户籍.xlsx",
    scope: TenantScope | None = None,
    database: Database | None = None,
):
    principal = Principal(kind="system", county_id=place.county_id, label="户籍导入测试")
    async with (database or services.database).unit_of_work(scope or place.scope()) as s:
        return await run_import(
            s,
            vault=vault_for(settings.data_key),
            principal=principal,
            town_id=place.id,
            filename=filename,
            content=content,
        )


async def snapshot(owner_db, place: Town) -> dict[str, object]:
    """Every registry row of the town (updated_at included) and the size of its audit chain."""
    found: dict[str, object] = {}
    async with owner_db.unit_of_work(TenantScope()) as s:
        for table in ("households", "members", "risk_flags"):
            found[table] = await s.scalar(
                text(
                    f"select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                    f" from {table} t where town_id = :t"
                ),
                {"t": place.id},
            )
        found["audit"] = await s.scalar(
            text("select count(*) from audit_entries where town_id = :t"), {"t": place.id}
        )
    return found


async def registered(owner_db, settings, place: Town, id_number: str) -> dict[str, object]:
    """One person's member row with their household's fields, found by the ID number."""
    async with owner_db.unit_of_work(TenantScope()) as s:
        rows = (
            await s.execute(
                text(
                    "select m.*, h.head_name, h.category, h.lifted_year, h.poverty_causes,"
                    " h.assistance_measures, h.phone_masked, h.address, v.name as village,"
                    " h.updated_at as household_updated"
                    " from members m join households h on h.town_id = m.town_id and h.id = m.household_id"
                    " join villages v on v.town_id = h.town_id and v.id = h.village_id"
                    " where m.town_id = :t and m.id_hash = :h"
                ),
                {"t": place.id, "h": vault_for(settings.data_key).lookup_hash(id_number)},
            )
        ).mappings()
        found = [dict(r) for r in rows]
    assert len(found) == 1, found
    assert vault_for(settings.data_key).open(found[0]["id_cipher"]) == id_number
    return found[0]


# -- good files ------------------------------------------------------------------------


async def test_template_file_imports_and_the_same_file_again_changes_nothing(
    services, settings, owner_db, mazhan
):
    child_id = new_id(sex="female", born=date(2014, 9, 1))
    rows = [
        *household(
            "马站村",
            "脱贫享受政策户",
            "王建国",
            ("刘秀英", "配偶"),
            脱贫年度=2019,
            致贫原因="因病、缺技术",
            帮扶措施="产业帮扶、公益岗位",
            联系电话="13912345678",
            住址="马站村中心街 3 号",
            是否患慢性病="是",
            慢性病是否认定="否",
        ),
        member(
            "王小红", "子女", 身份证号=child_id, 在校阶段="小学", 是否在校="是", 基本医疗保险="否"
        ),
        *household("下坪村", "监测户", "赵立军", ("赵明", "子女"), 残疾类别="肢体", 残疾等级=2),
        *household("东马站村", "一般农户", "孙芳"),
    ]
    content = xlsx(rows, numbers=frozenset({"脱贫年度", "残疾等级"}))
    before = await snapshot(owner_db, mazhan)
    outcome = await do_import(services, settings, mazhan, content)
    assert outcome.errors == ()
    assert outcome.status == "imported"
    assert outcome.households.as_dict() == {"created": 3, "updated": 0, "unchanged": 0}
    assert outcome.members.as_dict() == {"created": 6, "updated": 0, "unchanged": 0}

    head = await registered(owner_db, settings, mazhan, rows[0]["身份证号"])
    assert (head["head_name"], head["village"], head["category"], head["lifted_year"]) == (
        "王建国",
        "马站村",
        "lifted_supported",
        2019,
    )
    assert head["poverty_causes"] == ["illness", "no_skill"]
    assert head["assistance_measures"] == ["产业帮扶", "公益岗位"]
    assert head["phone_masked"] == "139****5678" and head["relation"] == "head"
    assert (head["chronic_illness"], head["chronic_certified"]) == (True, False)
    child = await registered(owner_db, settings, mazhan, child_id)
    assert (child["sex"], child["birth_date"], child["school_stage"], child["enrolled"]) == (
        "female",
        date(2014, 9, 1),
        "primary",
        True,
    )
    assert child["position"] == 2 and child["head_name"] == "王建国"
    disabled = await registered(owner_db, settings, mazhan, rows[3]["身份证号"])
    assert (disabled["disability_type"], disabled["disability_grade"]) == ("physical", 2)
    async with owner_db.unit_of_work(TenantScope()) as s:
        flags = set(
            await s.scalars(
                text(
                    "select f.flag from risk_flags f join households h on h.town_id = f.town_id"
                    " and h.id = f.household_id where h.town_id = :t and h.head_name = '王建国'"
                ),
                {"t": mazhan.id},
            )
        )
        entry = (
            await s.execute(
                text(
                    "select actor_label, target_type, after from audit_entries where town_id = :t"
                    " and action = 'registry.import' order by seq desc limit 1"
                ),
                {"t": mazhan.id},
            )
        ).one()
    assert flags == {"no_basic_medical", "chronic_uncertified"}
    assert entry.actor_label == "户籍导入测试" and entry.target_type == "Upload"
    assert entry.after["households"]["created"] == 3
    first = await snapshot(owner_db, mazhan)
    assert first["audit"] == before["audit"] + 1

    # One connection for both imports: the staging tables are reused, not re-created.
    single = Database(settings.app_url(), pool_size=1)
    try:
        for _ in range(2):
            again = await do_import(services, settings, mazhan, content, database=single)
            assert again.households.as_dict() == {"created": 0, "updated": 0, "unchanged": 3}
            assert again.members.as_dict() == {"created": 0, "updated": 0, "unchanged": 6}
        async with single.unit_of_work(mazhan.scope()) as s:
            # The import plans its bulk joins without nested loops, then restores the setting.
            await run_import(
                s,
                vault=vault_for(settings.data_key),
                town_id=mazhan.id,
                principal=Principal(kind="system", county_id=mazhan.county_id),
                filename="户籍.xlsx",
                content=content,
            )
            assert await s.scalar(text("select current_setting('enable_nestloop')")) == "on"
    finally:
        await single.dispose()
    after = await snapshot(owner_db, mazhan)
    assert {k: v for k, v in after.items() if k != "audit"} == {
        k: v for k, v in first.items() if k != "audit"
    }
    assert after["audit"] == first["audit"] + 3


async def test_changed_cells_update_only_their_rows_and_category_needs_a_procedure(
    services, settings, owner_db, mazhan
):
    rows = [
        *household(
            "北岭村", "脱贫享受政策户", "钱大海", ("钱小海", "子女"), 联系电话="13700001111"
        ),
        *household("北岭村", "一般农户", "周平"),
    ]
    await do_import(services, settings, mazhan, xlsx(rows))
    untouched = await registered(owner_db, settings, mazhan, rows[2]["身份证号"])
    rows[0]["联系电话"] = "13700002222"
    rows[1]["劳动能力"] = "技能劳动力"
    rows[2]["户类别"] = "监测户"
    outcome = await do_import(services, settings, mazhan, xlsx(rows))
    assert outcome.households.as_dict() == {"created": 0, "updated": 1, "unchanged": 1}
    assert outcome.members.as_dict() == {"created": 0, "updated": 1, "unchanged": 2}
    assert [d.as_dict() for d in outcome.category_differences] == [
        {"row": 4, "headName": "周平", "registered": "一般农户", "inFile": "监测户"}
    ]
    assert (await registered(owner_db, settings, mazhan, rows[0]["身份证号"]))[
        "phone_masked"
    ] == "137****2222"
    assert (await registered(owner_db, settings, mazhan, rows[1]["身份证号"]))[
        "labour_status"
    ] == "skilled"
    still = await registered(owner_db, settings, mazhan, rows[2]["身份证号"])
    assert still["category"] == "ordinary"
    assert still["household_updated"] == untouched["household_updated"]


async def test_columns_a_file_lacks_keep_their_registered_values(
    services, settings, owner_db, mazhan
):
    rows = household("西马站村", "脱贫享受政策户", "冯春", 特惠保="是", 雨露计划="是")
    await do_import(services, settings, mazhan, xlsx(rows))
    fewer = ["村", "户类别", "姓名", "身份证号", "与户主关系"]
    outcome = await do_import(services, settings, mazhan, xlsx(rows, fewer))
    assert outcome.members.unchanged == 1 and outcome.households.unchanged == 1
    kept = await registered(owner_db, settings, mazhan, rows[0]["身份证号"])
    assert (kept["special_insurance"], kept["yulu_plan"], kept["basic_medical"]) == (
        True,
        True,
        True,
    )


NATIONAL = [
    "序号",
    "省",
    "市",
    "县",
    "乡（镇）",
    "行政村",
    "户编号",
    "户主姓名",
    "姓名",
    "证件号码",
    "人数",
    "与户主关系",
    "贫困户属性",
    "脱贫年份",
    "主要致贫原因",
    "劳动技能",
    "残疾类别",
    "在校生状况",
    "健康状况",
    "是否参加城乡居民基本医疗保险",
    "是否参加大病保险",
    "联系电话",
]


def national_rows(number: str) -> tuple[list[dict[str, object]], list[str]]:
    ids = [new_id(), new_id(sex="female"), new_id(born=date(2013, 3, 3))]
    common = {
        "省": "山东省",
        "市": "临沂市",
        "县": "沂水县",
        "乡（镇）": "马站镇",
        "行政村": "马站村委会",
        "户编号": number,
        "户主姓名": "陈国强",
        "人数": 3,
        "贫困户属性": "脱贫不稳定户",
        "脱贫年份": 2020,
        "主要致贫原因": "因残",
        "是否参加城乡居民基本医疗保险": "已参加",
        "是否参加大病保险": "已参加",
        "联系电话": "0539-2212345",
    }
    rows = [
        {
            **common,
            "序号": 1,
            "姓名": "陈国强",
            "证件号码": ids[0],
            "与户主关系": "户主",
            "劳动技能": "普通劳动力",
            "在校生状况": "非在校生",
            "健康状况": "健康",
        },
        {
            **common,
            "序号": 2,
            "姓名": "马兰",
            "证件号码": ids[1],
            "与户主关系": "配偶",
            "劳动技能": "丧失劳动力",
            "残疾类别": "肢体残疾",
            "在校生状况": "非在校生",
            "健康状况": "残疾,长期慢性病",
        },
        {
            **common,
            "序号": 3,
            "姓名": "陈乐",
            "证件号码": ids[2],
            "与户主关系": "之子",
            "劳动技能": "无劳动力",
            "在校生状况": "小学五年级",
            "健康状况": "健康",
        },
    ]
    return rows, ids


async def test_national_export_headings_map_automatically(services, settings, owner_db, mazhan):
    rows, ids = national_rows("3713231010010001")
    content = xlsx(
        rows,
        NATIONAL,
        title="马站镇脱贫人口信息（系统导出）",
        numbers=frozenset({"序号", "人数", "脱贫年份"}),
    )
    outcome = await do_import(services, settings, mazhan, content, filename="export.xlsx")
    assert outcome.errors == ()
    assert outcome.members.created == 3
    head = await registered(owner_db, settings, mazhan, ids[0])
    assert (head["village"], head["category"], head["lifted_year"], head["poverty_causes"]) == (
        "马站村",
        "monitored",
        2020,
        ["disability"],
    )
    assert head["phone_masked"] == "053****2345" and head["basic_medical"] is True
    wife = await registered(owner_db, settings, mazhan, ids[1])
    assert (
        wife["relation"],
        wife["labour_status"],
        wife["disability_type"],
        wife["chronic_illness"],
        wife["enrolled"],
    ) == ("spouse", "lost", "physical", True, False)
    son = await registered(owner_db, settings, mazhan, ids[2])
    assert (son["relation"], son["school_stage"], son["enrolled"]) == ("child", "primary", True)


async def test_national_export_as_gb18030_csv(services, settings, owner_db, mazhan):
    rows, ids = national_rows("3713231010010002")
    content = csv_bytes(rows, NATIONAL, encoding="gb18030")
    outcome = await do_import(services, settings, mazhan, content, filename="导出.csv")
    assert outcome.errors == () and outcome.members.created == 3
    assert (await registered(owner_db, settings, mazhan, ids[2]))["head_name"] == "陈国强"


async def test_csv_with_bom_and_household_number_grouping(services, settings, owner_db, mazhan):
    a = household("马站村", "一般农户", "郑一", 户编号="A1")
    b = household("马站村", "一般农户", "郑二", 户编号="B2")
    # Rows of one household need not be adjacent when they carry a 户编号.
    rows = [
        a[0],
        b[0],
        member("郑一之妻", "配偶", 户编号="A1"),
        member("郑二之子", "子女", 户编号="B2"),
    ]
    content = b"\xef\xbb\xbf" + csv_bytes(rows, HEADINGS, encoding="utf-8")
    outcome = await do_import(services, settings, mazhan, content, filename="户籍.CSV")
    assert outcome.errors == () and outcome.households.created == 2
    assert (await registered(owner_db, settings, mazhan, rows[2]["身份证号"]))[
        "head_name"
    ] == "郑一"
    assert (await registered(owner_db, settings, mazhan, rows[3]["身份证号"]))[
        "head_name"
    ] == "郑二"


async def test_downloadable_template_imports_its_example(services, settings, owner_db, mazhan):
    content = template_workbook(village="下坪村")
    workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(content))
    assert workbook.sheet_names == [SHEET, GUIDE]
    cells = workbook.get_sheet_by_name(SHEET).to_python()
    assert cells[0] == HEADINGS
    assert len(cells) == 3 and cells[1][HEADINGS.index("与户主关系")] == "户主"
    guide = workbook.get_sheet_by_name(GUIDE).to_python()
    assert any(row[0] == "身份证号" and row[1] == "必填" for row in guide)
    outcome = await do_import(services, settings, mazhan, content, filename="模板.xlsx")
    assert outcome.errors == ()
    assert outcome.members.created + outcome.members.unchanged == 2


# -- bad input: a precise error, and nothing written --------------------------------------


def _wrong_check_digit(rows):
    number = rows[1]["身份证号"]
    rows[1]["身份证号"] = number[:17] + ("0" if number[17] != "0" else "1")
    return RowError(3, "身份证号", f"身份证号码校验码错误（应为 {number[17]}）")


def _impossible_birth_date(rows):
    first17 = f"{REGION}19900230123"
    rows[1]["身份证号"] = first17 + check_digit(first17)
    return RowError(3, "身份证号", "身份证号码中的出生日期“19900230”不是有效日期")


def _future_birth_date(rows):
    first17 = f"{REGION}{date.today().year + 1}0101123"
    rows[1]["身份证号"] = first17 + check_digit(first17)
    return RowError(3, "身份证号", f"身份证号码中的出生日期 {date.today().year + 1}-01-01 晚于今天")


def _duplicate_id(rows):
    rows[3]["身份证号"] = rows[0]["身份证号"]
    return RowError(
        5,
        "身份证号",
        f"身份证号 {mask_id_number(rows[0]['身份证号'])} 在第 2 行和第 5 行"
        "重复出现：同一人只能登记一次",
    )


def _unknown_village(rows):
    rows[2]["村"] = "不存在村"
    return RowError(4, "村", "“不存在村”不是马站镇的村，请核对村名")


def _empty_name(rows):
    rows[1]["姓名"] = ""
    return RowError(3, "姓名", "“姓名”不能为空")


def _empty_category(rows):
    rows[2]["户类别"] = ""
    return RowError(4, "户类别", "“户类别”不能为空（至少在户主行填写）")


def _text_in_number_column(rows):
    rows[1]["残疾类别"] = "肢体"
    rows[1]["残疾等级"] = "三级"
    return RowError(3, "残疾等级", "“残疾等级”须填写数字（当前为“三级”）")


def _text_year(rows):
    rows[0]["脱贫年度"] = "2019年"
    return RowError(2, "脱贫年度", "“脱贫年度”须填写数字（当前为“2019年”）")


def _unknown_relation(rows):
    rows[1]["与户主关系"] = "邻居"
    return RowError(
        3,
        "与户主关系",
        "“与户主关系”的值“邻居”无法识别，可填：户主、配偶、子女、"
        "儿媳/女婿、孙子女、父母、兄弟姐妹、其他",
    )


def _bad_yes_no(rows):
    rows[1]["特惠保"] = "可能"
    return RowError(3, "特惠保", "“特惠保”只能填写“是”或“否”（当前为“可能”）")


def _no_head(rows):
    rows[2]["与户主关系"] = "子女"
    rows[2]["户编号"] = rows[3]["户编号"] = "H9"
    return RowError(4, "与户主关系", "该户没有户主：每户须有一名“与户主关系”为“户主”的成员")


def _two_heads(rows):
    for row in rows:
        row["户编号"] = "H1"
    rows[2]["户类别"] = rows[0]["户类别"]
    return RowError(4, "与户主关系", "该户已有户主（第 2 行），每户只能有一名户主")


def _member_before_any_head(rows):
    rows.insert(0, member("孤儿行", "子女"))
    return RowError(2, "与户主关系", "无法确定该成员属于哪一户：上方没有“户主”行，也没有填写户编号")


def _household_cells_disagree(rows):
    rows[1]["村"] = "下坪村"
    return RowError(3, "村", "同一户的“村”填写不一致：第 2 行为“马站村”，本行为“下坪村”")


def _unknown_cause(rows):
    rows[0]["致贫原因"] = "因病、运气差"
    return RowError(
        2,
        "致贫原因",
        "“致贫原因”中的“运气差”无法识别，可填：因病、因残、因学、"
        "因灾、缺土地、缺水、缺技术、缺劳力、缺资金、交通条件落后、"
        "自身发展动力不足",
    )


BAD_ROWS = [
    _wrong_check_digit,
    _impossible_birth_date,
    _future_birth_date,
    _duplicate_id,
    _unknown_village,
    _empty_name,
    _empty_category,
    _text_in_number_column,
    _text_year,
    _unknown_relation,
    _bad_yes_no,
    _no_head,
    _two_heads,
    _member_before_any_head,
    _household_cells_disagree,
    _unknown_cause,
]


def good_rows() -> list[dict[str, object]]:
    return [
        *household("马站村", "脱贫享受政策户", "甲一", ("甲二", "配偶"), 脱贫年度=2018),
        *household("马站村", "一般农户", "乙一", ("乙二", "子女")),
    ]


@pytest.mark.parametrize("spoil", BAD_ROWS, ids=[f.__name__.strip("_") for f in BAD_ROWS])
async def test_a_bad_row_is_located_and_nothing_is_written(
    services, settings, owner_db, mazhan, spoil
):
    rows = good_rows()
    expected = spoil(rows)
    before = await snapshot(owner_db, mazhan)
    outcome = await do_import(services, settings, mazhan, xlsx(rows))
    assert outcome.status == "invalid"
    assert list(outcome.errors) == [expected]
    assert await snapshot(owner_db, mazhan) == before
    result = outcome.as_result()
    assert result["error_count"] == 1 and result["errors"][0] == expected.as_dict()


async def test_every_problem_of_a_file_is_reported_at_once(services, settings, owner_db, mazhan):
    rows = good_rows()
    found = [_text_in_number_column(rows), _unknown_village(rows), _wrong_check_digit(rows)]
    outcome = await do_import(services, settings, mazhan, xlsx(rows))
    assert sorted(outcome.errors) == sorted(found)


async def test_id_number_stored_as_a_number_is_refused(services, settings, owner_db, mazhan):
    rows = good_rows()
    before = await snapshot(owner_db, mazhan)
    outcome = await do_import(
        services, settings, mazhan, xlsx(rows, numbers=frozenset({"身份证号"}))
    )
    assert {e.row for e in outcome.errors} == {2, 3, 4, 5}
    assert {(e.column, e.message) for e in outcome.errors} == {
        (
            "身份证号",
            "身份证号须以文本格式保存：Excel 已将其作为数字存储，后几位已丢失。"
            "请将本列设为“文本”格式后重新填写",
        )
    }
    csv_rows = [{**row, "身份证号": "3.79901E+17"} for row in rows]
    outcome = await do_import(
        services,
        settings,
        mazhan,
        csv_bytes(csv_rows, HEADINGS, encoding="utf-8"),
        filename="a.csv",
    )
    assert len(outcome.errors) == 4 and outcome.errors[0].message.startswith("身份证号须以文本格式")
    assert await snapshot(owner_db, mazhan) == before


async def test_missing_required_columns_are_named(services, settings, mazhan):
    headings = [h for h in HEADINGS if h not in {"户类别", "与户主关系"}]
    outcome = await do_import(
        services, settings, mazhan, xlsx(good_rows(), headings, title="说明行")
    )
    assert [(e.row, e.column) for e in outcome.errors] == [(2, "与户主关系"), (2, "户类别")] or [
        (e.row, e.column) for e in outcome.errors
    ] == [(2, "户类别"), (2, "与户主关系")]
    category = next(e for e in outcome.errors if e.column == "户类别")
    assert category.message.startswith(
        "缺少必填列“户类别”（可用的列标题：户类别、户类型、贫困户属性"
    )


@pytest.mark.parametrize(
    "case",
    [
        ("户籍.xlsx", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00", reader.NOT_SPREADSHEET),
        ("户籍.xlsx", b"PK\x03\x04" + bytes(200), reader.BROKEN_XLSX),
        ("户籍.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), reader.OLD_XLS),
        ("户籍.docx", "村,姓名\n".encode(), reader.NOT_SPREADSHEET),
        ("户籍.csv", b"", reader.EMPTY),
        ("户籍.csv", "标题\n随便写点\n".encode(), reader.NO_HEADINGS),
        ("户籍.csv", b"\xff\xfe\x00\x00garbage", reader.NOT_SPREADSHEET),
        ("户籍.csv", "村,户类别,姓名,身份证号,与户主关系\n".encode(), "文件中没有数据行"),
    ],
    ids=[
        "pdf",
        "broken-zip",
        "old-xls",
        "wrong-extension",
        "empty",
        "no-headings",
        "binary",
        "headings-only",
    ],
)
async def test_a_file_that_is_not_a_usable_spreadsheet(services, settings, owner_db, mazhan, case):
    filename, content, message = case
    before = await snapshot(owner_db, mazhan)
    outcome = await do_import(services, settings, mazhan, content, filename=filename)
    assert list(outcome.errors) == [RowError(0, "", message)]
    assert await snapshot(owner_db, mazhan) == before


async def test_a_200_mb_file_is_refused_before_reading(services, settings, owner_db, mazhan):
    content = b"PK\x03\x04" + bytes(200 * 1024 * 1024)
    outcome = await do_import(services, settings, mazhan, content)
    assert list(outcome.errors) == [RowError(0, "", "文件过大（超过 50 MB），请拆分后分批导入")]


# -- the same person in two households ----------------------------------------------------


async def test_person_registered_in_another_household_of_the_town_blocks(
    services, settings, owner_db, mazhan
):
    first = household("下坪村", "一般农户", "韩东", ("韩小东", "子女"))
    assert (await do_import(services, settings, mazhan, xlsx(first))).status == "imported"
    moved = first[1]["身份证号"]
    second = [*household("下坪村", "一般农户", "许文"), member("韩小东", "子女", 身份证号=moved)]
    before = await snapshot(owner_db, mazhan)
    outcome = await do_import(services, settings, mazhan, xlsx(second))
    assert list(outcome.errors) == [
        RowError(
            3,
            "身份证号",
            f"此人（{mask_id_number(moved)}）已登记在本乡镇另一户（户主：韩东），同一人"
            "不能属于两户；如确已迁入本户，请先从原户移出",
        )
    ]
    assert await snapshot(owner_db, mazhan) == before


async def test_person_registered_in_another_town_is_reported(services, settings, owner_db, mazhan):
    gaoqiao = await town(owner_db, "高桥镇")
    async with owner_db.unit_of_work(TenantScope()) as s:
        village = await s.scalar(
            text("select name from villages where town_id = :t limit 1"), {"t": gaoqiao.id}
        )
    there = household(village, "一般农户", "林海")
    assert (await do_import(services, settings, gaoqiao, xlsx(there))).status == "imported"
    here = household("北岭村", "一般农户", "林山", ("林海", "兄弟姐妹"))
    here[1]["身份证号"] = there[0]["身份证号"]

    # A scope of 马站镇 alone cannot see 高桥镇's registry: nothing to report.
    blind = await do_import(services, settings, mazhan, xlsx(here), scope=mazhan.scope())
    assert blind.duplicates_elsewhere == ()
    outcome = await do_import(services, settings, mazhan, xlsx(here), scope=mazhan.scope(gaoqiao))
    assert outcome.status == "imported"
    assert [d.as_dict() for d in outcome.duplicates_elsewhere] == [
        {
            "row": 3,
            "name": "林海",
            "idNumber": mask_id_number(there[0]["身份证号"]),
            "town": "高桥镇",
            "headName": "林海",
        }
    ]
    assert outcome.as_result()["duplicates_elsewhere_count"] == 1


# -- report, job ---------------------------------------------------------------------------


def test_error_report_is_a_valid_workbook():
    errors = [
        RowError(0, "", reader.TOO_LARGE),
        RowError(7, "残疾等级", "“残疾等级”须填写数字（当前为“三级”）"),
    ]
    content = error_report(errors)
    cells = (
        python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(content))
        .get_sheet_by_index(0)
        .to_python()
    )
    assert cells == [
        ["行号", "列", "问题"],
        ["", "", reader.TOO_LARGE],
        [7.0, "残疾等级", "“残疾等级”须填写数字（当前为“三级”）"],
    ]
    result = {"status": "invalid", "errors": [e.as_dict() for e in errors], "error_count": 2}
    assert errors_from_result(result) == errors


async def _upload(services, place: Town, filename: str, content: bytes) -> int:
    async with services.database.unit_of_work(place.scope()) as s:
        await allow_town_write(s, place.id)
        upload = Upload(
            town_id=place.id,
            filename=filename,
            content=content,
            size=len(content),
            sha256=bytes(32),
            created_by=None,
        )
        s.add(upload)
        await s.flush()
        return upload.id


async def test_import_job_reports_progress_and_a_second_delivery_imports_nothing(
    services, settings, owner_db, mazhan, monkeypatch
):
    monkeypatch.setenv("TOWNCHECK_DATA_KEY", settings.data_key)
    rows = household("东马站村", "监测户", "何勇", ("何佳", "子女"))
    upload_id = await _upload(services, mazhan, "户籍.xlsx", xlsx(rows))
    async with owner_db.unit_of_work(TenantScope()) as s:
        towns = tuple(
            await s.scalars(
                text("select id from towns where county_id = :c order by id"),
                {"c": mazhan.county_id},
            )
        )
    job = JobInput(
        job_id=str(uuid.uuid4()),
        county_id=mazhan.county_id,
        town_ids=towns,
        params={"town_id": mazhan.id, "upload_id": upload_id, "requested_by": None},
    )
    steps: list[tuple[int, int]] = []

    async def progress(done: int, total: int) -> None:
        steps.append((done, total))

    result = await import_registry(services.database, job, progress)
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert result["status"] == "imported"
    assert result["households"] == {"created": 1, "updated": 0, "unchanged": 0}
    assert result["members"] == {"created": 2, "updated": 0, "unchanged": 0}
    before = await snapshot(owner_db, mazhan)
    assert await import_registry(services.database, job, progress) == result
    assert await snapshot(owner_db, mazhan) == before

    missing = JobInput(
        job_id=job.job_id,
        county_id=job.county_id,
        town_ids=towns,
        params={"town_id": mazhan.id, "upload_id": 10**9},
    )
    assert (await import_registry(services.database, missing, progress))["errors"] == [
        {"row": 0, "column": "", "message": "上传的文件不存在或已被删除，请重新上传"}
    ]
    foreign = JobInput(
        job_id=job.job_id,
        county_id=job.county_id,
        town_ids=(),
        params={"town_id": mazhan.id, "upload_id": upload_id},
    )
    assert (await import_registry(services.database, foreign, progress))["status"] == "invalid"


async def test_import_job_runs_through_the_runner_and_stores_a_rejection(
    services, settings, owner_db, mazhan, monkeypatch
):
    monkeypatch.setenv("TOWNCHECK_DATA_KEY", settings.data_key)
    rows = good_rows()
    expected = _unknown_village(rows)
    upload_id = await _upload(services, mazhan, "户籍.xlsx", xlsx(rows))
    async with owner_db.unit_of_work(TenantScope()) as s:
        admin = await s.scalar(text("select id from users where username = 'mazhan_admin'"))
    principal = Principal(kind="user", county_id=mazhan.county_id, user_id=admin)
    async with services.database.unit_of_work(mazhan.scope()) as s:
        job = await jobs.request(
            s,
            principal=principal,
            kind=KIND,
            params={
                "town_id": mazhan.id,
                "upload_id": upload_id,
                "requested_by": admin,
                "town_ids": [mazhan.id],
            },
        )
    before = await snapshot(owner_db, mazhan)
    assert (
        await runner.run(services.database, job_id=str(job.id), county_id=mazhan.county_id)
        == "done"
    )
    async with owner_db.unit_of_work(TenantScope()) as s:
        stored = (
            await s.execute(
                text(
                    "select status, progress, total, result, attempts from job_runs where id = :i"
                ),
                {"i": job.id},
            )
        ).one()
    assert (stored.status, stored.progress, stored.total, stored.attempts) == ("done", 1, 3, 1)
    assert stored.result == {"status": "invalid", "error_count": 1, "errors": [expected.as_dict()]}
    assert await snapshot(owner_db, mazhan) == before
    report = error_report(errors_from_result(stored.result))
    cells = (
        python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(report))
        .get_sheet_by_index(0)
        .to_python()
    )
    assert cells[1] == [4.0, "村", expected.message]
