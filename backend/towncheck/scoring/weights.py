"""The pinned template as scoring reads it: each checkpoint's weight and place, and the
checkpoints that stand for the core guarantees, income and satisfaction.

Core guarantees (两不愁三保障 and safe water) are recognised by the wording the seed uses
at the start of a checkpoint's text (``住房安全有保障：…``), so a county template that keeps
those headings is read the same way as the default one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from towncheck.checklists.content import Checkpoint, TemplateContent
from towncheck.selfcheck.satisfaction import satisfaction_checkpoint

METHOD: Final = "score-v1"

# Dimension → the headings a checkpoint's text starts with.
CORE_DIMENSIONS: Final[Mapping[str, tuple[str, ...]]] = {
    "food_clothing": ("不愁吃", "不愁穿", "两不愁", "生活环境卫生达标"),
    "housing": ("住房安全有保障",),
    "medical": ("基本医疗有保障",),
    "education": ("义务教育有保障",),
    "water": ("饮水安全有保障",),
}
INCOME_HEADING: Final = "收入达标"
DIMENSION_LABELS: Final[Mapping[str, str]] = {
    "food_clothing": "吃穿不愁",
    "housing": "住房安全",
    "medical": "基本医疗",
    "education": "义务教育",
    "water": "饮水安全",
}


@dataclass(frozen=True, slots=True)
class Weight:
    code: str
    section: str
    item: str
    target: str
    weight: Decimal
    required: bool


@dataclass(frozen=True, slots=True)
class Weights:
    """Everything a run needs from the template; small (one row per checkpoint)."""

    rows: tuple[Weight, ...]
    core: Mapping[str, tuple[str, ...]]  # dimension → checkpoint codes
    income: tuple[str, ...]
    satisfaction: str | None

    def household_count(self) -> int:
        """How many household checkpoints a visit answers when it leaves none out."""
        return sum(1 for w in self.rows if w.target == "household")

    def household_weight(self) -> Decimal:
        """What a household answering every household checkpoint could earn."""
        return sum((w.weight for w in self.rows if w.target == "household"), Decimal(0))

    def core_codes(self) -> list[str]:
        return sorted({code for codes in self.core.values() for code in codes})

    def columns(self) -> dict[str, list[object]]:
        """The rows as parallel arrays, for one ``unnest`` insert."""
        return {
            "codes": [w.code for w in self.rows],
            "sections": [w.section for w in self.rows],
            "items": [w.item for w in self.rows],
            "targets": [w.target for w in self.rows],
            "weights": [w.weight for w in self.rows],
            "required": [w.required for w in self.rows],
        }


def _heading(checkpoint: Checkpoint) -> str:
    return checkpoint.text.split("：", 1)[0].split(":", 1)[0].strip()


def weights_of(content: TemplateContent) -> Weights:
    rows = tuple(
        Weight(
            code=c.code,
            section=section.code,
            item=item.code,
            target=c.target.value,
            weight=c.weight,
            required=c.required,
        )
        for section in content.sections
        for item in section.items
        for c in item.checkpoints
    )
    household = [c for c in content.checkpoints() if c.target.value == "household"]
    core = {
        dimension: tuple(c.code for c in household if _heading(c).startswith(headings))
        for dimension, headings in CORE_DIMENSIONS.items()
    }
    income = tuple(c.code for c in household if _heading(c).startswith(INCOME_HEADING))
    chosen = satisfaction_checkpoint({c.code: c for c in household})
    return Weights(
        rows=rows,
        core={k: v for k, v in core.items() if v},
        income=income,
        satisfaction=None if chosen is None else chosen.code,
    )
