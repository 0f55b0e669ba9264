"""The downloadable import template: the documented headings, a note on each heading with its
allowed values, drop-down lists for coded columns, and one example household of two rows."""

from __future__ import annotations

import io
from datetime import date
from typing import Any, Final

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from towncheck.households import values
from towncheck.households.idcard import make_id_number
from towncheck.households.importing.columns import TEMPLATE_COLUMNS, Column, Kind

SHEET: Final = "户籍导入"
GUIDE: Final = "填写说明"
# Rows prepared with text format and drop-downs (Excel applies them to typed rows only).
PREPARED_ROWS: Final = 20_000
EXAMPLE_REGION: Final = "371323"

GENERAL_NOTES: Final = (
    "每行填写一名家庭成员；同一户的成员上下相邻填写，户主所在行在前。",
    "村、户类别等户信息可以在每名成员的行上重复填写，也可以只填在户主行。",
    "填写“户编号”时，同一户的成员填写相同的户编号，行的顺序不限。",
    "标有“必填”的列不能为空；是/否列留空视为“否”。",
    "身份证号列须为“文本”格式，否则 Excel 会把号码变成数字并丢失后几位。",
    "也可以直接上传全国防返贫监测信息系统导出的表格（户主姓名、证件号码、与户主关系等列会自动识别）。",
    "再次导入同一文件不会重复登记；已登记的户按户主身份证号更新。",
    "第 2、3 行是示例，导入前请删除或改为实际数据。",
)


def _choices(column: Column) -> list[str] | None:
    if column.kind is Kind.YES_NO:
        return ["是", "否"]
    if column.kind is Kind.CODE and column.code is not None:
        return list(values.LABELS[column.code].values())
    return None


def _examples(village: str) -> list[dict[str, Any]]:
    head_id = make_id_number(
        region=EXAMPLE_REGION, birth_date=date(1965, 3, 8), sequence=11, sex="male"
    )
    spouse_id = make_id_number(
        region=EXAMPLE_REGION, birth_date=date(1967, 9, 21), sequence=24, sex="female"
    )
    shared = {"village": village, "household_no": "1"}
    return [
        {
            **shared,
            "category": "脱贫享受政策户",
            "lifted_year": 2019,
            "poverty_causes": "因病、缺技术",
            "assistance_measures": "产业帮扶、公益岗位",
            "phone": "13912345678",
            "address": f"{village}中心街 12 号",
            "name": "张三",
            "id_number": head_id,
            "relation": "户主",
            "labour_status": "普通劳动力",
            "chronic_illness": "是",
            "chronic_certified": "是",
            "basic_medical": "是",
            "critical_illness": "是",
            "special_insurance": "是",
            "special_policy_delivered": "是",
            "yulu_plan": "否",
            "family_doctor": "是",
        },
        {
            **shared,
            "name": "李梅",
            "id_number": spouse_id,
            "relation": "配偶",
            "labour_status": "弱劳动力或半劳动力",
            "disability_type": "肢体",
            "disability_grade": 3,
            "chronic_illness": "否",
            "basic_medical": "是",
            "critical_illness": "是",
            "special_insurance": "是",
            "special_policy_delivered": "是",
            "yulu_plan": "否",
            "family_doctor": "是",
        },
    ]


def _write_guide(workbook: xlsxwriter.Workbook, sheet: Worksheet) -> None:
    bold = workbook.add_format({"bold": True})
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    sheet.set_column(0, 0, 22)
    sheet.set_column(1, 1, 10)
    sheet.set_column(2, 2, 90, wrap)
    for row, note in enumerate(GENERAL_NOTES):
        sheet.write_string(row, 0, f"{row + 1}. {note}")
    start = len(GENERAL_NOTES) + 1
    for index, heading in enumerate(("列", "是否必填", "填写要求")):
        sheet.write_string(start, index, heading, bold)
    for offset, column in enumerate(TEMPLATE_COLUMNS, start=start + 1):
        sheet.write_string(offset, 0, column.heading)
        sheet.write_string(offset, 1, "必填" if column.required else "")
        sheet.write_string(offset, 2, column.note)


def template_workbook(*, village: str = "示例村") -> bytes:
    """The template as .xlsx bytes; ``village`` names the example rows' village."""
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False})
    sheet = workbook.add_worksheet(SHEET)
    required = workbook.add_format({"bold": True, "bg_color": "#FCE4D6", "border": 1})
    optional = workbook.add_format({"bold": True, "bg_color": "#F2F2F2", "border": 1})
    as_text = workbook.add_format({"num_format": "@"})
    for index, column in enumerate(TEMPLATE_COLUMNS):
        sheet.write_string(0, index, column.heading, required if column.required else optional)
        note = ("【必填】" if column.required else "") + column.note
        sheet.write_comment(0, index, note, {"x_scale": 2.2, "y_scale": 1.6})
        wide = column.kind in {Kind.ID_NUMBER, Kind.TEXTS} or column.key == "address"
        sheet.set_column(
            index,
            index,
            20 if wide else 12,
            as_text if column.kind in {Kind.ID_NUMBER, Kind.PHONE} else None,
        )
        choices = _choices(column)
        if choices is not None:
            # A warning, not a stop: the national system's spellings (之子, 已签约) import too.
            sheet.data_validation(
                1,
                index,
                PREPARED_ROWS,
                index,
                {
                    "validate": "list",
                    "source": choices,
                    "error_type": "warning",
                    "error_title": column.heading,
                    "error_message": f"可填：{'、'.join(choices)}",
                },
            )
    for row, example in enumerate(_examples(village), start=1):
        for index, column in enumerate(TEMPLATE_COLUMNS):
            value = example.get(column.key)
            if isinstance(value, int):
                sheet.write_number(row, index, value)
            elif value:
                sheet.write_string(
                    row, index, value, as_text if column.kind is Kind.ID_NUMBER else None
                )
    sheet.freeze_panes(1, 0)
    _write_guide(workbook, workbook.add_worksheet(GUIDE))
    workbook.close()
    return buffer.getvalue()
