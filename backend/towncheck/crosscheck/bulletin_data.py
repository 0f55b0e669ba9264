"""What a bulletin (通报) says, as plain values: gathered from the database by
``bulletins``, rendered to HTML and .xlsx by ``bulletin_render``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Agreement:
    """Self-check against cross-check answers: pairs compared, percent agreeing, kappa."""

    pairs: int
    percent: Decimal | None  # 0–100, None without pairs
    kappa: Decimal | None  # Cohen's kappa, None without pairs


@dataclass(frozen=True, slots=True)
class AreaRow:
    """One management area's problems."""

    area: str
    team: str  # the team that cross-checked it ("" when none)
    households_visited: int
    findings: int  # every finding of the cycle in the area, discrepancies included
    critical: int
    major: int
    minor: int
    discrepancies: int
    open: int  # not fixed on the spot
    agreement: Agreement


@dataclass(frozen=True, slots=True)
class CadreRow:
    """One cadre held responsible for findings (the self-check visitor)."""

    cadre: str
    findings: int
    discrepancies: int
    open: int
    agreement: Agreement


@dataclass(frozen=True, slots=True)
class ProblemRow:
    """One finding, as the bulletin lists it (no personal identifiers)."""

    area: str
    village: str
    household: str  # the head's name, masked to the surname (e.g. 王**)
    checkpoint: str  # code
    description: str
    severity: str  # critical / major / minor
    source: str  # rule / answer / discrepancy
    stage: str  # self / cross
    state: str  # open / fixed_on_spot
    cadre: str  # held responsible ("" when unknown)


@dataclass(frozen=True, slots=True)
class BulletinData:
    town: str
    cycle: str
    version: int
    title: str
    generated_at: datetime
    data_cutoff: datetime  # findings and answers up to this moment
    households_visited: int
    findings: int
    discrepancies: int
    open: int
    agreement: Agreement  # the town's
    areas: tuple[AreaRow, ...]
    cadres: tuple[CadreRow, ...]  # by findings, most first
    lowest_agreement: tuple[CadreRow, ...]  # cadres with pairs, lowest agreement first
    problems: tuple[ProblemRow, ...]  # by area, village, severity
