"""Checks shared by the GraphQL mutations and the spreadsheet import.

Each problem names the field (in the API's camelCase, or the spreadsheet column the import
maps it from) and says in Chinese what is wrong, so a cadre can fix it in one pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from towncheck.households import values
from towncheck.households.idcard import IdNumberError, parse_id_number

NAME_MAX = 64
LIFTED_YEARS = range(2013, 2031)


@dataclass(frozen=True, slots=True)
class Problem:
    field: str
    message: str


@dataclass(frozen=True, slots=True)
class MemberData:
    name: str
    id_number: str
    relation: str
    labour_status: str = ""
    disability_type: str | None = None
    disability_grade: int | None = None
    chronic_illness: bool = False
    chronic_certified: bool = False
    basic_medical: bool = False
    critical_illness: bool = False
    special_insurance: bool = False
    special_policy_delivered: bool = False
    school_stage: str | None = None
    enrolled: bool | None = None
    subsidies: tuple[str, ...] = ()
    yulu_plan: bool = False
    family_doctor: bool = False


@dataclass(frozen=True, slots=True)
class HouseholdData:
    village_id: int
    category: str
    members: tuple[MemberData, ...]
    address: str = ""
    lifted_year: int | None = None
    poverty_causes: tuple[str, ...] = ()
    assistance_measures: tuple[str, ...] = ()
    phone: str | None = None
    helper_user_ids: tuple[int, ...] = field(default=())


def check_member(
    member: MemberData, *, prefix: str = "", today: date | None = None
) -> list[Problem]:
    problems = check_member_details(member, prefix=prefix)
    try:
        parse_id_number(member.id_number, today=today)
    except IdNumberError as error:
        problems.append(Problem(prefix + "idNumber", str(error)))
    return problems


def check_member_details(member: MemberData, *, prefix: str = "") -> list[Problem]:
    """Every rule of ``check_member`` except the ID number's."""
    problems: list[Problem] = []

    def add(name: str, message: str) -> None:
        problems.append(Problem(prefix + name, message))

    if not member.name.strip():
        add("name", "姓名不能为空")
    elif len(member.name.strip()) > NAME_MAX:
        add("name", f"姓名不能超过 {NAME_MAX} 个字")
    if member.relation not in values.RELATIONS:
        add("relation", f"与户主关系“{member.relation}”无法识别")
    if member.labour_status and member.labour_status not in values.LABOUR:
        add("labourStatus", f"劳动能力“{member.labour_status}”无法识别")
    if member.disability_type and member.disability_type not in values.DISABILITY_TYPES:
        add("disabilityType", f"残疾类别“{member.disability_type}”无法识别")
    if member.disability_grade is not None and not 1 <= member.disability_grade <= 4:
        add("disabilityGrade", "残疾等级须为 1 到 4 级")
    if member.school_stage and member.school_stage not in values.SCHOOL_STAGES:
        add("schoolStage", f"在校阶段“{member.school_stage}”无法识别")
    if member.chronic_certified and not member.chronic_illness:
        add("chronicCertified", "未患慢性病却填写了慢性病认定")
    return problems


def check_household(data: HouseholdData, *, today: date | None = None) -> list[Problem]:
    problems: list[Problem] = []
    if data.category not in values.CATEGORIES:
        problems.append(Problem("category", f"户类别“{data.category}”无法识别"))
    if data.lifted_year is not None and data.lifted_year not in LIFTED_YEARS:
        problems.append(Problem("liftedYear", "脱贫年度须在 2013 到 2030 年之间"))
    unknown = [c for c in data.poverty_causes if c not in values.POVERTY_CAUSES]
    if unknown:
        problems.append(Problem("povertyCauses", f"致贫原因无法识别：{'、'.join(unknown)}"))
    if data.phone and not data.phone.strip().isdigit():
        problems.append(Problem("phone", "联系电话只能包含数字"))
    heads = [m for m in data.members if m.relation == "head"]
    if len(heads) != 1:
        problems.append(Problem("members", "每户须有且只有一名户主"))
    for index, member in enumerate(data.members):
        problems += check_member(member, prefix=f"members[{index}].", today=today)
    problems += _duplicates(data.members)
    return problems


def _duplicates(members: Sequence[MemberData]) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for index, member in enumerate(members):
        key = member.id_number.strip().upper()
        if key in seen:
            problems.append(
                Problem(f"members[{index}].idNumber", f"身份证号与第 {seen[key] + 1} 名成员重复")
            )
        seen.setdefault(key, index)
    return problems
