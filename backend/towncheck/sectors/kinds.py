"""The kinds of department list and the columns each one's file must have.

Every file has one row per person and payment (or course, job, loan). Headings are matched
after removing spaces; each field accepts its heading and the aliases departments use in
their own exports. Columns we do not know are kept with the entry (``extra``), untouched.

Required columns by kind (optional ones in brackets; 所属月份 stands for 起始日期 + 截止日期):

- dibao 低保, tekun 特困供养: 姓名, 身份证号, 金额, 发放日期, 所属月份.
- temporary_aid 临时救助: 姓名, 身份证号, 金额, 发放日期 [所属月份].
- disability_subsidy 残疾人两项补贴: 姓名, 身份证号, 金额, 发放日期, 补贴类别 (生活补贴 or
  护理补贴) [所属月份].
- training 技能培训: 姓名, 身份证号, 起始日期 [截止日期, 金额 = 培训补贴].
- public_welfare_job 公益岗位: 姓名, 身份证号, 起始日期 = 上岗日期 [截止日期, 金额, 发放日期].
- microcredit 扶贫小额信贷: 姓名, 身份证号, 金额 = 贷款金额, 起始日期 = 放款日期
  [截止日期 = 到期日期].
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Final


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    heading: str
    aliases: tuple[str, ...] = ()


FIELDS: Final[tuple[Field, ...]] = (
    Field(
        "name",
        "姓名",
        ("人员姓名", "对象姓名", "救助对象姓名", "残疾人姓名", "学员姓名", "借款人姓名"),
    ),
    Field(
        "id_number",
        "身份证号",
        ("证件号码", "身份证号码", "公民身份号码", "身份证件号码", "借款人身份证号"),
    ),
    Field(
        "amount",
        "金额",
        (
            "发放金额",
            "补贴金额",
            "救助金额",
            "保障金额",
            "供养金额",
            "培训补贴",
            "岗位补贴",
            "贷款金额",
            "金额（元）",
        ),
    ),
    Field("paid_on", "发放日期", ("支付日期", "到账日期", "发放时间")),
    Field(
        "start_on",
        "起始日期",
        ("开始日期", "保障起始日期", "培训开始日期", "上岗日期", "放款日期"),
    ),
    Field(
        "end_on", "截止日期", ("结束日期", "终止日期", "保障截止日期", "培训结束日期", "到期日期")
    ),
    Field("month", "所属月份", ("发放月份", "保障月份", "所属期")),
    Field("category", "补贴类别", ("补贴类型", "补贴项目")),
)
BY_KEY: Final = {f.key: f for f in FIELDS}


@dataclass(frozen=True, slots=True)
class ListKind:
    code: str
    label: str
    required: tuple[str, ...]  # field keys every row must fill
    # A period (所属月份, or 起始日期 + 截止日期) is required: payments "for" a month.
    needs_period: bool = False
    # Above this a row's amount is a typing error (元 vs 万元), far beyond what one person
    # receives from the programme in one payment.
    max_amount: Decimal = Decimal(100000)


KINDS: Final[dict[str, ListKind]] = {
    k.code: k
    for k in (
        ListKind(
            "dibao",
            "低保",
            ("name", "id_number", "amount", "paid_on"),
            needs_period=True,
            max_amount=Decimal(20000),
        ),
        ListKind(
            "tekun",
            "特困供养",
            ("name", "id_number", "amount", "paid_on"),
            needs_period=True,
            max_amount=Decimal(30000),
        ),
        ListKind(
            "temporary_aid",
            "临时救助",
            ("name", "id_number", "amount", "paid_on"),
            max_amount=Decimal(50000),
        ),
        ListKind(
            "disability_subsidy",
            "残疾人两项补贴",
            ("name", "id_number", "amount", "paid_on", "category"),
            max_amount=Decimal(10000),
        ),
        ListKind(
            "training", "技能培训", ("name", "id_number", "start_on"), max_amount=Decimal(20000)
        ),
        ListKind(
            "public_welfare_job",
            "公益岗位",
            ("name", "id_number", "start_on"),
            max_amount=Decimal(50000),
        ),
        ListKind(
            "microcredit",
            "扶贫小额信贷",
            ("name", "id_number", "amount", "start_on"),
            max_amount=Decimal(200000),
        ),
    )
}

SAFETY_NET: Final = ("dibao", "tekun")

# 残疾人两项补贴: 困难残疾人生活补贴 and 重度残疾人护理补贴.
CATEGORIES: Final[dict[str, str]] = {"living": "生活补贴", "care": "护理补贴"}
_CATEGORY_WORDS: Final[dict[str, str]] = {
    "生活补贴": "living",
    "困难残疾人生活补贴": "living",
    "生活": "living",
    "护理补贴": "care",
    "重度残疾人护理补贴": "care",
    "护理": "care",
}

# The county's monthly standard per person (元/人·月), against which a safety-net payment
# is "short". The demo county pays rural 低保 by the standard (按标施保): Shandong's rural
# standard of 2020 was 4,140 元 a year (345 a month); 特困 basic support must be at least
# 1.3 times it (449). A county that pays the difference to income (补差) sets its lowest
# grade here instead.
MONTHLY_STANDARD: Final[dict[str, Decimal]] = {"dibao": Decimal(345), "tekun": Decimal(449)}


def category_code(text: str) -> str | None:
    value = "".join(unicodedata.normalize("NFKC", text).split())
    return value if value in CATEGORIES else _CATEGORY_WORDS.get(value)


def heading_key(heading: str) -> str:
    """How headings are compared: full-width folded, spaces removed."""
    return "".join(unicodedata.normalize("NFKC", heading).split())


_KEYS: Final[dict[str, str]] = {
    heading_key(name): f.key for f in FIELDS for name in (f.heading, *f.aliases)
}


def field_of(heading: str) -> str | None:
    """The field a heading fills, or None for a column we keep as it is."""
    return _KEYS.get(heading_key(heading))


def spellings(key: str) -> str:
    field = BY_KEY[key]
    return "、".join((field.heading, *field.aliases))
