"""The import's columns: the documented template's headings and the national system's.

One row per member. Household fields (村, 户类别, …) may be repeated on every member row or
written only on the head's row. Headings of the national system's exports (户主姓名,
证件号码, 贫困户属性, …) are aliases of the template's, so its files import unchanged;
headings we do not know are ignored.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from towncheck.households import values


class Kind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    YES_NO = "yes_no"
    CODE = "code"  # one coded value, given as code or Chinese label
    CODES = "codes"  # several coded values separated by 、
    TEXTS = "texts"  # several free-text items separated by 、
    ID_NUMBER = "id_number"
    PHONE = "phone"
    SCHOOL_STATUS = "school_status"  # national 在校生状况: stage and enrolment in one cell
    HEALTH = "health"  # national 健康状况: tells whether a member is chronically ill


Level = Literal["household", "member", "grouping"]


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    heading: str
    level: Level
    kind: Kind
    aliases: tuple[str, ...] = ()
    required: bool = False
    code: str | None = None  # the values.LABELS table of CODE and CODES columns
    # The HouseholdData / MemberData fields the column fills (and the table columns they
    # update): a file without the column leaves those fields of registered rows alone.
    targets: tuple[str, ...] = ()
    note: str = ""
    in_template: bool = True


def _labels(kind: str) -> str:
    return "、".join(values.LABELS[kind].values())


YES_NO_NOTE = "填写“是”或“否”；空白视为“否”"

COLUMNS: tuple[Column, ...] = (
    Column(
        "village",
        "村",
        "household",
        Kind.TEXT,
        ("行政村", "所属村", "村名", "所在村", "村(社区)", "行政村(社区)"),
        required=True,
        targets=("village_id",),
        note="本乡镇的村名，须与系统中的村名一致",
    ),
    Column(
        "household_no",
        "户编号",
        "grouping",
        Kind.TEXT,
        ("户码", "户号", "家庭编号"),
        note="可选；同一户的成员填写相同的户编号。不填时，每个“户主”行开始新的一户",
    ),
    Column(
        "category",
        "户类别",
        "household",
        Kind.CODE,
        ("户类型", "贫困户属性", "脱贫户属性", "户属性", "农户类型", "监测对象类别"),
        required=True,
        code="category",
        targets=("category",),
        note=f"{_labels('category')}（也可填“即时帮扶户”）",
    ),
    Column(
        "lifted_year",
        "脱贫年度",
        "household",
        Kind.INTEGER,
        ("脱贫年份", "脱贫时间"),
        targets=("lifted_year",),
        note="四位数字年份，如 2019；未脱贫可不填",
    ),
    Column(
        "poverty_causes",
        "致贫原因",
        "household",
        Kind.CODES,
        ("主要致贫原因", "致贫(返贫)原因", "致贫返贫原因"),
        code="poverty_cause",
        targets=("poverty_causes",),
        note=f"可填多项，用“、”分隔：{_labels('poverty_cause')}",
    ),
    Column(
        "assistance_measures",
        "帮扶措施",
        "household",
        Kind.TEXTS,
        ("帮扶措施(项目)", "主要帮扶措施"),
        targets=("assistance_measures",),
        note="可填多项，用“、”分隔，每项不超过 64 个字",
    ),
    Column(
        "phone",
        "联系电话",
        "household",
        Kind.PHONE,
        ("电话", "手机号", "手机号码", "联系方式"),
        targets=("phone",),
        note="手机或固定电话号码，只含数字",
    ),
    Column(
        "address",
        "住址",
        "household",
        Kind.TEXT,
        ("家庭住址", "详细住址", "地址"),
        targets=("address",),
        note="不超过 200 个字",
    ),
    Column("head_name", "户主姓名", "household", Kind.TEXT, in_template=False),
    Column(
        "head_id",
        "户主身份证号",
        "grouping",
        Kind.ID_NUMBER,
        ("户主证件号码", "户主身份证件号码", "户主身份证号码"),
        in_template=False,
    ),
    Column(
        "household_size",
        "人数",
        "household",
        Kind.INTEGER,
        ("家庭人口数", "家庭人数", "户人数"),
        in_template=False,
    ),
    Column(
        "name",
        "姓名",
        "member",
        Kind.TEXT,
        ("成员姓名",),
        required=True,
        targets=("name",),
        note="不超过 64 个字",
    ),
    Column(
        "id_number",
        "身份证号",
        "member",
        Kind.ID_NUMBER,
        ("证件号码", "身份证件号码", "身份证号码", "公民身份号码"),
        required=True,
        targets=("id_number",),
        note="18 位居民身份证号码；请将本列设为“文本”格式，否则 Excel 会丢失后几位",
    ),
    Column(
        "relation",
        "与户主关系",
        "member",
        Kind.CODE,
        ("与户主的关系",),
        required=True,
        code="relation",
        targets=("relation",),
        note=f"{_labels('relation')}；每户一名户主",
    ),
    Column(
        "labour_status",
        "劳动能力",
        "member",
        Kind.CODE,
        ("劳动技能",),
        code="labour_status",
        targets=("labour_status",),
        note=_labels("labour_status"),
    ),
    Column(
        "disability_type",
        "残疾类别",
        "member",
        Kind.CODE,
        ("残疾类型",),
        code="disability_type",
        targets=("disability_type",),
        note=f"{_labels('disability_type')}；无残疾不填",
    ),
    Column(
        "disability_grade",
        "残疾等级",
        "member",
        Kind.INTEGER,
        (),
        targets=("disability_grade",),
        note="数字 1 到 4（一级填 1）；无残疾不填",
    ),
    Column(
        "chronic_illness",
        "是否患慢性病",
        "member",
        Kind.YES_NO,
        ("是否慢性病", "患慢性病"),
        targets=("chronic_illness",),
        note=YES_NO_NOTE,
    ),
    Column(
        "chronic_certified",
        "慢性病是否认定",
        "member",
        Kind.YES_NO,
        ("慢性病认定", "是否办理慢性病卡"),
        targets=("chronic_certified",),
        note=YES_NO_NOTE,
    ),
    Column(
        "basic_medical",
        "基本医疗保险",
        "member",
        Kind.YES_NO,
        ("是否参加城乡居民基本医疗保险", "是否参加基本医疗保险"),
        targets=("basic_medical",),
        note=YES_NO_NOTE,
    ),
    Column(
        "critical_illness",
        "大病保险",
        "member",
        Kind.YES_NO,
        ("是否参加大病保险",),
        targets=("critical_illness",),
        note=YES_NO_NOTE,
    ),
    Column(
        "special_insurance",
        "特惠保",
        "member",
        Kind.YES_NO,
        ("是否参加特惠保", "是否参加特惠保险"),
        targets=("special_insurance",),
        note=YES_NO_NOTE,
    ),
    Column(
        "special_policy_delivered",
        "特惠保保单是否送达",
        "member",
        Kind.YES_NO,
        ("特惠保保单送达",),
        targets=("special_policy_delivered",),
        note=YES_NO_NOTE,
    ),
    Column(
        "school_stage",
        "在校阶段",
        "member",
        Kind.CODE,
        ("就学阶段",),
        code="school_stage",
        targets=("school_stage",),
        note=f"{_labels('school_stage')}；不在校不填",
    ),
    Column(
        "enrolled",
        "是否在校",
        "member",
        Kind.YES_NO,
        (),
        targets=("enrolled",),
        note="填写“是”或“否”；空白表示不适用",
    ),
    Column(
        "school_status",
        "在校生状况",
        "member",
        Kind.SCHOOL_STATUS,
        (),
        targets=("school_stage", "enrolled"),
        in_template=False,
    ),
    Column(
        "health",
        "健康状况",
        "member",
        Kind.HEALTH,
        (),
        targets=("chronic_illness",),
        in_template=False,
    ),
    Column(
        "yulu_plan",
        "雨露计划",
        "member",
        Kind.YES_NO,
        ("是否享受雨露计划",),
        targets=("yulu_plan",),
        note=YES_NO_NOTE,
    ),
    Column(
        "family_doctor",
        "家庭医生签约",
        "member",
        Kind.YES_NO,
        ("是否家庭医生签约", "家庭医生签约服务", "是否签约家庭医生"),
        targets=("family_doctor",),
        note=YES_NO_NOTE,
    ),
)

BY_KEY: dict[str, Column] = {column.key: column for column in COLUMNS}
TEMPLATE_COLUMNS: tuple[Column, ...] = tuple(c for c in COLUMNS if c.in_template)
REQUIRED: tuple[Column, ...] = tuple(c for c in COLUMNS if c.required)


def normalise_heading(text: str) -> str:
    """Compare headings the way a person reads them: full-width forms folded, spaces and line
    breaks dropped, the asterisks and "(必填)" that templates use to mark required columns
    removed."""
    folded = "".join(unicodedata.normalize("NFKC", text).split())
    return folded.replace("(必填)", "").strip("*")


_LOOKUP: dict[str, str] = {
    normalise_heading(name): column.key
    for column in COLUMNS
    for name in (column.heading, *column.aliases)
}


def key_for(heading: str) -> str | None:
    return _LOOKUP.get(normalise_heading(heading))


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Where each known column is in one file, and its heading as the file writes it."""

    positions: dict[str, int]
    headings: dict[str, str]

    def has(self, key: str) -> bool:
        return key in self.positions

    def heading(self, key: str) -> str:
        """The file's heading for errors; the template's when the file lacks the column."""
        return self.headings.get(key) or BY_KEY[key].heading

    def heading_of_target(self, target: str) -> str:
        """The heading of the column that filled a field (在校生状况 fills school_stage)."""
        for key in self.positions:
            if target in BY_KEY[key].targets:
                return self.heading(key)
        return BY_KEY[target].heading if target in BY_KEY else target

    def targets(self, level: Level) -> frozenset[str]:
        """The fields this file fills at one level (the others keep their registered value)."""
        return frozenset(
            target
            for key in self.positions
            if BY_KEY[key].level == level
            for target in BY_KEY[key].targets
        )


def map_headings(headings: Sequence[str]) -> ColumnMap:
    """Known headings to their positions; where two headings mean the same, the first wins."""
    positions: dict[str, int] = {}
    found: dict[str, str] = {}
    for index, heading in enumerate(headings):
        key = key_for(heading)
        if key is not None and key not in positions:
            positions[key] = index
            found[key] = heading.strip()
    return ColumnMap(positions=positions, headings=found)


def recognised(headings: Sequence[str]) -> int:
    """How many cells of a row are known headings (to find the heading row)."""
    return len({key for key in map(key_for, headings) if key is not None})


def missing_required(columns: ColumnMap) -> list[Column]:
    return [c for c in REQUIRED if not columns.has(c.key)]


def accepted_headings(column: Column) -> str:
    """The template heading and its aliases, for the message about a missing column."""
    return "、".join((column.heading, *column.aliases))
