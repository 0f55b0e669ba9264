"""The content of one checklist template version: sections → items → checkpoints.

These are plain immutable values with no database behind them. A version's content is
read from (and written to) a YAML or JSON document by ``towncheck.checklists.document``;
a published version never changes, and answers name checkpoints by their codes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

GRADES: tuple[str, ...] = ("A", "B", "C", "D")
"""The choices of a ``grade`` checkpoint unless the template lists its own."""


class Target(StrEnum):
    """What a checkpoint is about, and so who answers it and where its score goes."""

    household = "household"
    village = "village"
    project = "project"
    fund = "fund"
    town = "town"
    cadre = "cadre"


class AnswerType(StrEnum):
    """The kind of answer a checkpoint takes."""

    yes_no = "yes_no"
    number = "number"
    grade = "grade"
    choice = "choice"
    text = "text"
    photo = "photo"


class Severity(StrEnum):
    """How serious a failed checkpoint is; it orders findings and the ledger."""

    minor = "minor"
    major = "major"
    critical = "critical"


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """The evidence a checkpoint needs, set by the county: minimum counts and what it shows."""

    photos: int = 0
    documents: int = 0
    note: str = ""

    @property
    def needed(self) -> bool:
        """Whether anything at all is asked for."""
        return bool(self.photos or self.documents or self.note)


@dataclass(frozen=True, slots=True, kw_only=True)
class Checkpoint:
    """One question a visit or an archive check answers (指标).

    ``rule`` is the source of a rule expression over the names in
    ``towncheck.checklists.facts_names``; it is true when there is no problem. ``expect``
    is the yes/no answer that means "no problem". ``prefill`` names the registry fact a
    visit form starts from (e.g. ``income.per_capita``), so the cadre confirms what the
    registry says instead of typing it again.
    """

    code: str
    text: str
    target: Target
    answer: AnswerType
    weight: Decimal
    required: bool = True
    choices: tuple[str, ...] = ()
    unit: str = ""
    rule: str | None = None
    expect: bool = True
    severity: Severity = Severity.major
    guidance: str = ""
    evidence: Evidence = field(default_factory=Evidence)
    prefill: str | None = None

    def __post_init__(self) -> None:
        # A grade without its own scale uses A–D, so two spellings of the same checkpoint
        # (with and without the default choices) compare equal.
        if self.answer is AnswerType.grade and not self.choices:
            object.__setattr__(self, "choices", GRADES)


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """An item of a section (e.g. 数据精准), grouping checkpoints."""

    code: str
    title: str
    checkpoints: tuple[Checkpoint, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """A section of the template (e.g. (一) 脱贫质量)."""

    code: str
    title: str
    items: tuple[Item, ...]

    def checkpoints(self) -> Iterator[Checkpoint]:
        """Every checkpoint of the section, in document order."""
        for item in self.items:
            yield from item.checkpoints


@dataclass(frozen=True, slots=True, kw_only=True)
class TemplateContent:
    """The whole content of a template version."""

    code: str
    name: str
    description: str = ""
    sections: tuple[Section, ...] = ()

    def checkpoints(self) -> Iterator[Checkpoint]:
        """Every checkpoint of the template, in document order."""
        for section in self.sections:
            yield from section.checkpoints()

    def checkpoint(self, code: str) -> Checkpoint:
        """The checkpoint with this code; ``KeyError`` when there is none."""
        for checkpoint in self.checkpoints():
            if checkpoint.code == code:
                return checkpoint
        raise KeyError(code)

    def targets(self) -> frozenset[Target]:
        """The targets the template's checkpoints are about."""
        return frozenset(checkpoint.target for checkpoint in self.checkpoints())

    def total_weight(self) -> Decimal:
        """The sum of all checkpoint weights."""
        return sum((checkpoint.weight for checkpoint in self.checkpoints()), Decimal(0))
