"""Coded values of the registry and their Chinese labels (the national system's wording)."""

from __future__ import annotations

CATEGORIES: dict[str, str] = {
    "lifted_supported": "脱贫享受政策户",
    "lifted_unsupported": "脱贫不再享受政策户",
    "monitored": "监测户",
    "ordinary": "一般农户",
}

RELATIONS: dict[str, str] = {
    "head": "户主",
    "spouse": "配偶",
    "child": "子女",
    "child_in_law": "儿媳/女婿",
    "grandchild": "孙子女",
    "parent": "父母",
    "sibling": "兄弟姐妹",
    "other": "其他",
}

LABOUR: dict[str, str] = {
    "skilled": "技能劳动力",
    "ordinary": "普通劳动力",
    "weak": "弱劳动力或半劳动力",
    "lost": "丧失劳动力",
    "none": "无劳动力",
}

SCHOOL_STAGES: dict[str, str] = {
    "preschool": "学前教育",
    "primary": "小学",
    "junior": "初中",
    "senior": "高中",
    "vocational": "中职",
    "higher_vocational": "高职",
    "college": "大专",
    "university": "本科及以上",
}

DISABILITY_TYPES: dict[str, str] = {
    "vision": "视力",
    "hearing": "听力",
    "speech": "言语",
    "physical": "肢体",
    "intellectual": "智力",
    "mental": "精神",
    "multiple": "多重",
}

POVERTY_CAUSES: dict[str, str] = {
    "illness": "因病",
    "disability": "因残",
    "education": "因学",
    "disaster": "因灾",
    "no_land": "缺土地",
    "no_water": "缺水",
    "no_skill": "缺技术",
    "no_labour": "缺劳力",
    "no_capital": "缺资金",
    "transport": "交通条件落后",
    "own_effort": "自身发展动力不足",
}

HOUSING_GRADES = ("A", "B", "C", "D")

# Compulsory schooling ages: a member of these ages who is not enrolled is a risk.
SCHOOL_AGE = range(6, 16)

LABELS: dict[str, dict[str, str]] = {
    "category": CATEGORIES,
    "relation": RELATIONS,
    "labour_status": LABOUR,
    "school_stage": SCHOOL_STAGES,
    "disability_type": DISABILITY_TYPES,
    "poverty_cause": POVERTY_CAUSES,
}


def code_for(kind: str, value: str) -> str | None:
    """Accept a code or its Chinese label (as in the national system's exports)."""
    table = LABELS[kind]
    value = value.strip()
    if value in table:
        return value
    for code, label in table.items():
        if value == label or value in label.split("/"):
            return code
    return None
