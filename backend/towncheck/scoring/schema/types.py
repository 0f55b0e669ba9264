"""GraphQL types of scoring: snapshots, scores with their parts, indicators, estimates."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from towncheck.api.relay import Node, node_id
from towncheck.scoring import breakdown as parts
from towncheck.scoring.catalogue import ESTIMATES, INDICATORS
from towncheck.scoring.models import Indicator, ScoreSnapshot
from towncheck.scoring.reading import Named


@strawberry.enum(description="评分层级 / The level a score is about.")
class ScoreLevel(Enum):
    TOWN = "town"
    AREA = "area"
    VILLAGE = "village"
    CADRE = "cadre"


_NODE_TYPES = {"town": "Town", "area": "Area", "village": "Village", "cadre": "User"}


@strawberry.type(description="评分快照 / One scoring run's results for a cycle.")
class ScoreSnapshotType(Node):
    number: int = strawberry.field(description="第几次评分 / 1, 2, … per cycle.")
    method: str = strawberry.field(description="评分方法版本 / The scoring method's version.")
    template_version_id: strawberry.ID = strawberry.field(description="评估细则版本")
    data_cutoff: datetime = strawberry.field(
        description="数据截止时间：此刻之前提交的数据均已计入 / Data committed before it."
    )
    audit_seq: int = strawberry.field(description="截止时的审计序号 / Audit entry at cut-off.")
    households: int = strawberry.field(description="评分户数 / Households scored.")
    score: float | None = strawberry.field(description="乡镇总分（0–100）/ The town's total.")
    created_at: datetime

    @classmethod
    def of(cls, row: ScoreSnapshot) -> ScoreSnapshotType:
        return cls(
            id=node_id("ScoreSnapshot", row.id, row.town_id),
            number=row.number,
            method=row.method,
            template_version_id=node_id("ChecklistVersion", row.template_version_id),
            data_cutoff=row.data_cutoff,
            audit_seq=row.audit_seq,
            households=row.households,
            score=None if row.score is None else float(row.score),
            created_at=row.created_at,
        )


@strawberry.type(description="得分构成 / A section or item on the total's 0–100 scale.")
class ScorePart:
    code: str
    title: str
    points: float = strawberry.field(description="得分 / Points earned.")
    maximum: float = strawberry.field(description="满分 / Points it could earn.")
    lost: float = strawberry.field(description="失分 / Points lost.")
    checkpoints: int = strawberry.field(description="参评指标数 / Checkpoints assessed.")

    @classmethod
    def of(cls, part: parts.Part) -> ScorePart:
        return cls(
            code=part.code,
            title=part.title,
            points=float(part.points),
            maximum=float(part.maximum),
            lost=float(part.lost),
            checkpoints=part.checkpoints,
        )


@strawberry.type(description="总分及其构成 / A total explained by its sections and items.")
class ScoreBreakdown:
    total: float | None
    sections: list[ScorePart]
    items: list[ScorePart]
    worst_items: list[ScorePart] = strawberry.field(description="失分最多的项目 / Top losses.")

    @classmethod
    def of(cls, found: parts.Breakdown) -> ScoreBreakdown:
        return cls(
            total=None if found.total is None else float(found.total),
            sections=[ScorePart.of(p) for p in found.sections],
            items=[ScorePart.of(p) for p in found.items],
            worst_items=[ScorePart.of(p) for p in found.worst_items()],
        )


@strawberry.type(description="某一层级的得分 / The score of a town, area, village or cadre.")
class GroupScore:
    level: ScoreLevel
    subject_id: strawberry.ID = strawberry.field(description="乡镇/管理区/村/干部的 ID")
    name: str
    households: int = strawberry.field(description="评分户数 / Households scored in it.")
    score: float | None

    @classmethod
    def of(cls, named: Named) -> GroupScore:
        row = named.score
        town = None if row.level in ("town", "cadre") else row.town_id
        return cls(
            level=ScoreLevel(row.level),
            subject_id=node_id(_NODE_TYPES[row.level], row.subject_id, town),
            name=named.name,
            households=row.households,
            score=None if row.score is None else float(row.score),
        )


@strawberry.type(description="指标 / An indicator, or an estimate with its 95 % interval.")
class IndicatorValue:
    code: str
    label: str
    description: str
    unit: str = strawberry.field(description="rate 比率 / per100 每百户 / per_project / kappa")
    higher_is_better: bool
    numerator: float
    denominator: float = strawberry.field(description="样本量或分母 / Sample size or base.")
    value: float | None
    low: float | None = strawberry.field(description="95% 置信区间下限 / Lower bound.")
    high: float | None = strawberry.field(description="95% 置信区间上限 / Upper bound.")

    @classmethod
    def of(cls, row: Indicator) -> IndicatorValue:
        kind = INDICATORS.get(row.code) or ESTIMATES[row.code]
        return cls(
            code=row.code,
            label=kind.label,
            description=kind.description,
            unit=kind.unit,
            higher_is_better=kind.higher_is_better,
            numerator=float(row.numerator),
            denominator=float(row.denominator),
            value=None if row.value is None else float(row.value),
            low=None if row.low is None else float(row.low),
            high=None if row.high is None else float(row.high),
        )


def split(rows: list[Indicator]) -> tuple[list[IndicatorValue], list[IndicatorValue]]:
    """Indicators, then the mock evaluation's estimates."""
    return (
        [IndicatorValue.of(r) for r in rows if r.code in INDICATORS],
        [IndicatorValue.of(r) for r in rows if r.code in ESTIMATES],
    )
