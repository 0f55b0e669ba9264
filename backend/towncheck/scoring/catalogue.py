"""The indicators a snapshot records, how each is shown and which way is better.

``rate`` values are shares in [0, 1] shown as percentages; ``per100`` are counts per 100
households (or per project), normalised so that a large town is not penalised for its size;
``kappa`` is Cohen's kappa in [-1, 1].
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from towncheck.scoring.weights import DIMENSION_LABELS

Unit = Literal["rate", "per100", "per_project", "kappa"]


@dataclass(frozen=True, slots=True)
class IndicatorKind:
    code: str
    label: str
    description: str
    unit: Unit
    higher_is_better: bool = True


_KINDS: Final[tuple[IndicatorKind, ...]] = (
    IndicatorKind(
        "core_guarantee",
        "两不愁三保障达标率",
        "评分户中吃穿、住房、医疗、教育、饮水各项指标均无问题的户数占比",
        "rate",
    ),
    *(
        IndicatorKind(
            f"core_{dimension}",
            f"{label}达标率",
            f"评分户中“{label}”各项指标均无问题的户数占比",
            "rate",
        )
        for dimension, label in DIMENSION_LABELS.items()
    ),
    IndicatorKind("income", "收入达标率", "评分户中收入指标无问题的户数占比", "rate"),
    IndicatorKind(
        "housing_on_time",
        "C/D级危房按期解决率",
        "已到改造期限或已完成的C/D级危房中，按期完成修缮改造的占比",
        "rate",
    ),
    IndicatorKind(
        "insurance", "基本医疗保险参保率", "脱贫户、监测户人口中参加基本医疗保险的占比", "rate"
    ),
    IndicatorKind(
        "visit_completion", "入户自查完成率", "本周期分派的农户中已提交自查的占比", "rate"
    ),
    IndicatorKind(
        "cadre_presence",
        "帮扶责任人到位率",
        "有帮扶责任人的评分户中，由本户帮扶责任人亲自入户自查的占比",
        "rate",
    ),
    IndicatorKind(
        "agreement", "自查互查一致率", "互查与自查对同一户同一指标作答一致的占比", "rate"
    ),
    IndicatorKind(
        "kappa", "自查互查Kappa系数", "剔除偶然一致后的一致程度（Cohen's kappa）", "kappa"
    ),
    IndicatorKind(
        "findings_per_100",
        "每百户问题数",
        "本周期未撤销的问题数 ÷ 评分户数 × 100",
        "per100",
        higher_is_better=False,
    ),
    IndicatorKind(
        "rectification_on_time",
        "整改按期销号率",
        "已销号的整改事项中在整改时限内销号的占比",
        "rate",
    ),
    IndicatorKind("clearance", "整改清零率", "整改台账事项中已销号的占比", "rate"),
    IndicatorKind(
        "project_violations",
        "项目违规数（每项目）",
        "项目类指标被规则或核查发现的问题数 ÷ 项目数",
        "per_project",
        higher_is_better=False,
    ),
    IndicatorKind(
        "fund_violations",
        "资金违规数（每项目）",
        "资金类指标被规则或核查发现的问题数 ÷ 项目数",
        "per_project",
        higher_is_better=False,
    ),
    IndicatorKind("satisfaction", "群众满意度", "（满意＋基本满意）÷ 自查入户户数", "rate"),
)

INDICATORS: Final[dict[str, IndicatorKind]] = {kind.code: kind for kind in _KINDS}

# The mock third-party evaluation (模拟第三方评估): estimates from the cross-check's random
# sample, each with its 95 % interval and sample size.
ESTIMATES: Final[dict[str, IndicatorKind]] = {
    kind.code: kind
    for kind in (
        IndicatorKind(
            "wrong_exit",
            "错退率",
            "互查随机抽中的脱贫户中，收入或两不愁三保障复核不达标的占比",
            "rate",
            higher_is_better=False,
        ),
        IndicatorKind(
            "missed",
            "漏评率",
            "互查随机抽中的一般农户中，收入或两不愁三保障复核不达标、应纳入监测而未纳入的占比",
            "rate",
            higher_is_better=False,
        ),
        IndicatorKind(
            "recognition",
            "认可度",
            "互查随机抽中并作答的农户中回答“满意”或“基本满意”的占比",
            "rate",
        ),
    )
}
