"""Reading one cell: yes/no, whole numbers, coded values and lists, with the spellings found in
real files (the national system's "之子", "肢体残疾", "已签约", …).

Every reader takes the stripped cell text and returns the value, or raises ``CellError`` whose
message is shown next to the row and column.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from towncheck.households import values


class CellError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


_YES: Final = frozenset({"是", "有", "y", "yes", "true", "1", "√", "✓", "✔"})
_NO: Final = frozenset({"否", "无", "没有", "n", "no", "false", "0", "×", "✗", "✘"})
# 已签约 / 已参加 / 已认定 and 未签约 / 不享受: how yes/no columns read in exported files.
_YES_PREFIXES: Final = ("已",)
_NO_PREFIXES: Final = ("未", "不", "非")

_LIST_SEPARATORS: Final = re.compile(r"[、,，;；/\s]+")
# A number Excel wrote in scientific notation into a CSV ("3.71323E+17"): digits are lost.
_SCIENTIFIC: Final = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")

# The national system's wording of relations (之子, 之女婿, …) and other common spellings.
_RELATION_SYNONYMS: Final[dict[str, str]] = {
    "本人": "head",
    "户主本人": "head",
    "妻": "spouse",
    "夫": "spouse",
    "妻子": "spouse",
    "丈夫": "spouse",
    "子": "child",
    "女": "child",
    "儿子": "child",
    "女儿": "child",
    "长子": "child",
    "次子": "child",
    "长女": "child",
    "次女": "child",
    "养子": "child",
    "养女": "child",
    "继子": "child",
    "继女": "child",
    "儿媳妇": "child_in_law",
    "孙子": "grandchild",
    "孙女": "grandchild",
    "外孙子": "grandchild",
    "外孙女": "grandchild",
    "外孙": "grandchild",
    "曾孙子": "grandchild",
    "曾孙女": "grandchild",
    "父亲": "parent",
    "母亲": "parent",
    "父": "parent",
    "母": "parent",
    "公公": "parent",
    "婆婆": "parent",
    "岳父": "parent",
    "岳母": "parent",
    "继父": "parent",
    "继母": "parent",
    "兄": "sibling",
    "弟": "sibling",
    "姐": "sibling",
    "妹": "sibling",
    "兄弟": "sibling",
    "姐妹": "sibling",
    "哥哥": "sibling",
    "弟弟": "sibling",
    "姐姐": "sibling",
    "妹妹": "sibling",
}

# Categories under the names the national monitoring system uses for them.
_CATEGORY_SYNONYMS: Final[dict[str, str]] = {
    "即时帮扶户": "monitored",
    "监测对象": "monitored",
    "防返贫监测对象": "monitored",
    "脱贫不稳定户": "monitored",
    "边缘易致贫户": "monitored",
    "突发严重困难户": "monitored",
    "农户": "ordinary",
}

_SCHOOL_PREFIXES: Final[tuple[tuple[str, str], ...]] = (
    ("学前", "preschool"),
    ("幼儿园", "preschool"),
    ("小学", "primary"),
    ("初中", "junior"),
    ("七年级", "junior"),
    ("八年级", "junior"),
    ("九年级", "junior"),
    ("普通高中", "senior"),
    ("高中", "senior"),
    ("中职", "vocational"),
    ("中专", "vocational"),
    ("技工", "vocational"),
    ("技校", "vocational"),
    ("高职", "higher_vocational"),
    ("大专", "college"),
    ("专科", "college"),
    ("本科", "university"),
    ("研究生", "university"),
    ("硕士", "university"),
    ("博士", "university"),
)
_NOT_IN_SCHOOL: Final = frozenset({"非在校生", "不在校", "未在校", "否", "无"})

_HEALTH_WORDS: Final = frozenset(
    {"健康", "良好", "残疾", "长期慢性病", "慢性病", "患有大病", "大病", "重病"}
)
_CHRONIC_WORDS: Final = frozenset({"长期慢性病", "慢性病", "患有大病", "大病", "重病"})


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def yes_no(text: str, *, heading: str) -> bool:
    value = _folded(text).lower()
    if value in _YES or value.startswith(_YES_PREFIXES):
        return True
    if value in _NO or value.startswith(_NO_PREFIXES):
        return False
    raise CellError(f"“{heading}”只能填写“是”或“否”（当前为“{text}”）")


def integer(text: str, *, heading: str) -> int:
    value = _folded(text)
    # "2019.0" is how some tools write a whole number; anything else is not one.
    if value.endswith(".0"):
        value = value[:-2]
    if not value.isascii() or not value.isdigit():
        raise CellError(f"“{heading}”须填写数字（当前为“{text}”）")
    return int(value)


def code(kind: str, text: str) -> str | None:
    """The code for a label, code or known synonym; None when the value is not known."""
    value = _folded(text)
    found = values.code_for(kind, value)
    if found is not None:
        return found
    if kind == "relation":
        # The national system writes relations as "之子", "之儿媳", "之孙女".
        return _RELATION_SYNONYMS.get(value.removeprefix("之")) or values.code_for(
            kind, value.removeprefix("之")
        )
    if kind == "category":
        return _CATEGORY_SYNONYMS.get(value)
    if kind == "disability_type":
        return values.code_for(kind, value.removesuffix("残疾"))
    if kind == "school_stage":
        return school_stage(value)
    return None


def school_stage(text: str) -> str | None:
    value = _folded(text)
    for prefix, stage in _SCHOOL_PREFIXES:
        if value.startswith(prefix):
            return stage
    return None


def school_status(text: str) -> tuple[str | None, bool]:
    """National 在校生状况 ("非在校生", "小学三年级", "本科一年级") → stage and enrolment."""
    value = _folded(text)
    if value in _NOT_IN_SCHOOL:
        return None, False
    stage = school_stage(value) or values.code_for("school_stage", value)
    if stage is None:
        raise CellError(f"在校生状况“{text}”无法识别（可填“非在校生”或“小学三年级”等）")
    return stage, True


def chronically_ill(text: str) -> bool:
    """National 健康状况 lists 健康 / 长期慢性病 / 患有大病 / 残疾, possibly several."""
    words = [w for w in _LIST_SEPARATORS.split(_folded(text)) if w]
    unknown = [w for w in words if w not in _HEALTH_WORDS]
    if unknown:
        raise CellError(
            f"健康状况“{'、'.join(unknown)}”无法识别（可填健康、长期慢性病、患有大病、残疾）"
        )
    return any(w in _CHRONIC_WORDS for w in words)


def items(text: str) -> tuple[str, ...]:
    """A list cell: items separated by 、 (or commas, semicolons, spaces), empty ones dropped."""
    return tuple(item for item in _LIST_SEPARATORS.split(_folded(text)) if item)


def phone(text: str) -> str:
    """Keep the digits a person reads: "0539-1234567" and "138 1234 5678" are numbers too."""
    return "".join(_folded(text).replace("-", "").split())


def looks_like_lost_digits(text: str) -> bool:
    """An ID number that a spreadsheet turned into a number in scientific notation."""
    if "E" not in text and "e" not in text and "Ｅ" not in text and "ｅ" not in text:
        return False  # the usual case, decided without normalising the text
    return bool(_SCIENTIFIC.match(_folded(text)))
