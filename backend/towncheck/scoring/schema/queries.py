"""GraphQL queries of scoring: a cycle's scores, a household's, the county comparison."""

from __future__ import annotations

from datetime import datetime

import strawberry

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.relay import GlobalId, node_id
from towncheck.auth.principal import require
from towncheck.checklists.content import TemplateContent
from towncheck.errors import invalid
from towncheck.scoring import comparison, reading
from towncheck.scoring.access import comparison_scope
from towncheck.scoring.models import Indicator, ScoreSnapshot
from towncheck.scoring.schema.types import (
    GroupScore,
    IndicatorValue,
    ScoreBreakdown,
    ScoreLevel,
    ScorePart,
    ScoreSnapshotType,
    split,
)
from towncheck.selfcheck.schema.types import cycle_key

_SUBJECT_TYPES = {"area": "Area", "village": "Village", "cadre": "User", "town": "Town"}


@strawberry.type(description="某一层级的得分明细 / One group's score, parts and indicators.")
class GroupDetail:
    score: float | None
    breakdown: ScoreBreakdown
    indicators: list[IndicatorValue] = strawberry.field(
        description="管理区和乡镇的指标 / Indicators (areas and the town)."
    )


@strawberry.type(description="周期评分 / A cycle's scores from its latest snapshot.")
class CycleScores:
    snapshot: ScoreSnapshotType
    row: strawberry.Private[ScoreSnapshot]
    content: strawberry.Private[TemplateContent]

    # The town's indicators and estimates, read with the snapshot (a few dozen rows).
    town_rows: strawberry.Private[list[Indicator]]

    @strawberry.field(description="乡镇总分构成 / The town's total and its parts.")
    async def breakdown(self, info: Info) -> ScoreBreakdown:
        async with info.context.db as session:
            found = await reading.group_breakdown(
                session,
                snapshot=self.row,
                content=self.content,
                level="town",
                subject_id=self.row.town_id,
            )
        return ScoreBreakdown.of(found)

    @strawberry.field(description="乡镇指标 / The town's indicators.")
    def indicators(self) -> list[IndicatorValue]:
        return split(self.town_rows)[0]

    @strawberry.field(
        description="模拟第三方评估：错退率、漏评率、认可度及 95% 置信区间 / Mock evaluation."
    )
    def mock_evaluation(self) -> list[IndicatorValue]:
        return split(self.town_rows)[1]

    @strawberry.field(description="各管理区/村/干部得分（高到低）/ Groups of a level, best first.")
    async def groups(self, info: Info, level: ScoreLevel) -> list[GroupScore]:
        async with info.context.db as session:
            rows = await reading.group_scores(session, snapshot=self.row, level=level.value)
        return [GroupScore.of(r) for r in rows]

    @strawberry.field(description="某一管理区/村/干部的得分明细 / One group's detail.")
    async def group(self, info: Info, level: ScoreLevel, subject_id: strawberry.ID) -> GroupDetail:
        gid = GlobalId.decode(subject_id, expect=_SUBJECT_TYPES[level.value])
        return await self._detail(info, level.value, gid.id)

    async def _detail(self, info: Info, level: reading.Level, subject_id: int) -> GroupDetail:
        async with info.context.db as session:
            found = await reading.group_breakdown(
                session, snapshot=self.row, content=self.content, level=level, subject_id=subject_id
            )
            rows = await reading.indicators(
                session, snapshot=self.row, level=level, subject_id=subject_id
            )
        return GroupDetail(
            score=None if found.total is None else float(found.total),
            breakdown=ScoreBreakdown.of(found),
            indicators=split(list(rows))[0],
        )


@strawberry.type(description="农户得分 / A household's score in the latest snapshot.")
class HouseholdScore:
    household_id: strawberry.ID
    score: float | None
    earned: float
    possible: float
    answered: int = strawberry.field(description="已答指标数 / Checkpoints answered.")
    failed_checkpoints: list[str] = strawberry.field(description="未通过的指标 / Failed ones.")
    satisfaction: str | None
    breakdown: ScoreBreakdown


@strawberry.type(description="乡镇排名的一行 / One town in the county comparison.")
class TownComparison:
    rank: int | None = strawberry.field(description="名次（同分同名次）/ Rank; ties share.")
    town_id: strawberry.ID
    town_name: str
    cycle_id: strawberry.ID
    cycle_name: str
    score: float | None
    previous_score: float | None = strawberry.field(description="上一周期得分 / Previous cycle.")
    change: float | None = strawberry.field(description="较上一周期变化 / Change since then.")
    households: int
    data_cutoff: datetime | None
    sections: list[ScorePart] = strawberry.field(description="分项得分 / Sub-scores.")
    items: list[ScorePart]
    indicators: list[IndicatorValue]
    mock_evaluation: list[IndicatorValue]
    explanation: str = strawberry.field(description="名次说明 / Why this rank.")

    @classmethod
    def of(cls, row: comparison.TownRow) -> TownComparison:
        snap = row.snapshot
        indicators, estimates = split(list(row.indicators))
        return cls(
            rank=row.rank,
            town_id=node_id("Town", row.town_id),
            town_name=row.town_name,
            cycle_id=node_id("Cycle", row.cycle.id, row.town_id),
            cycle_name=row.cycle.name,
            score=None if snap is None or snap.score is None else float(snap.score),
            previous_score=None if row.previous is None else float(row.previous),
            change=None if row.change is None else float(row.change),
            households=0 if snap is None else snap.households,
            data_cutoff=None if snap is None else snap.data_cutoff,
            sections=[ScorePart.of(p) for p in row.parts.sections] if row.parts else [],
            items=[ScorePart.of(p) for p in row.parts.items] if row.parts else [],
            indicators=indicators,
            mock_evaluation=estimates,
            explanation=row.explanation,
        )


@strawberry.type
class ScoringQuery:
    @strawberry.field(description="周期评分（最新快照）/ A cycle's scores, latest snapshot.")
    async def cycle_scores(self, info: Info, cycle_id: strawberry.ID) -> CycleScores | None:
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, viewer(info), "score", "read", town_id=town_id)
        async with info.context.db as session:
            snap = await reading.latest(session, town_id=town_id, cycle_id=cycle)
            if snap is None:
                return None
            content = await reading.content_for(session, snap)
            rows = await reading.indicators(
                session, snapshot=snap, level="town", subject_id=snap.town_id
            )
        return CycleScores(
            snapshot=ScoreSnapshotType.of(snap), row=snap, content=content, town_rows=list(rows)
        )

    @strawberry.field(description="评分快照（新到旧）/ A cycle's snapshots, newest first.")
    async def score_snapshots(self, info: Info, cycle_id: strawberry.ID) -> list[ScoreSnapshotType]:
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, viewer(info), "score", "read", town_id=town_id)
        async with info.context.db as session:
            rows = await reading.snapshots(session, town_id=town_id, cycle_id=cycle)
        return [ScoreSnapshotType.of(r) for r in rows]

    @strawberry.field(description="农户得分 / A household's score in a cycle.")
    async def household_score(
        self, info: Info, cycle_id: strawberry.ID, household_id: strawberry.ID
    ) -> HouseholdScore | None:
        town_id, cycle = cycle_key(cycle_id)
        household = GlobalId.decode(household_id, expect="Household")
        if household.town_id != town_id:
            raise invalid("农户不属于该周期的乡镇", field="householdId")
        require(info.context.policy, viewer(info), "score", "read", town_id=town_id)
        async with info.context.db as session:
            snap = await reading.latest(session, town_id=town_id, cycle_id=cycle)
            found = None
            if snap is not None:
                found = await reading.household_score(
                    session, snapshot=snap, household_id=household.id
                )
        if found is None:
            return None
        row, parts = found
        return HouseholdScore(
            household_id=household_id,
            score=None if parts.total is None else float(parts.total),
            earned=float(row.earned),
            possible=float(row.possible),
            answered=row.answered,
            failed_checkpoints=list(row.failed),
            satisfaction=row.satisfaction,
            breakdown=ScoreBreakdown.of(parts),
        )

    @strawberry.field(description="全县乡镇排名 / Every town's latest cycle of a year, ranked.")
    async def county_comparison(self, info: Info, year: int) -> list[TownComparison]:
        scope = comparison_scope(info.context.policy, viewer(info))
        async with info.context.db as session:
            rows = await comparison.comparison(
                session, county_id=scope.county_id, year=year, town_ids=scope.town_ids
            )
        return [TownComparison.of(r) for r in rows]
