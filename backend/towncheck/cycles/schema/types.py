"""GraphQL types of cycles, their progress and assignments."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from towncheck.api.context import Info
from towncheck.api.relay import GlobalId, Node, node_id
from towncheck.cycles import assignments, attachments, models


@strawberry.enum(description="阶段 / Stage.")
class CycleStage(Enum):
    SELF = "self"
    CROSS = "cross"
    RECT = "rect"


@strawberry.enum(description="进度统计口径 / Progress grouping.")
class ProgressBy(Enum):
    CADRE = "cadre"
    VILLAGE = "village"
    AREA = "area"
    TOWN = "town"


@strawberry.type(description="进度 / Households visited of those assigned.")
class Progress:
    key: strawberry.ID | None
    name: str
    done: int
    total: int


@strawberry.type(description="周期附件（培训材料、细则）/ Training material or the town's rules.")
class CycleAttachment(Node):
    kind: str = strawberry.field(description="training（培训材料）/ rules（细则）")
    title: str
    filename: str
    content_type: str
    size: int
    created_at: datetime
    download_url: str = strawberry.field(description="下载地址 / Where to download it.")

    @classmethod
    def of(cls, row: models.CycleAttachment) -> CycleAttachment:
        gid = node_id("CycleAttachment", row.id, row.town_id)
        return cls(
            id=gid,
            kind=row.kind,
            title=row.title,
            filename=row.filename,
            content_type=row.content_type,
            size=row.size,
            created_at=row.created_at,
            download_url=f"/download/cycle-attachment?id={gid}",
        )


@strawberry.type(description="评估周期 / One run of the evaluation in a town.")
class Cycle(Node):
    row: strawberry.Private[models.Cycle]
    name: str
    year: int
    state: str = strawberry.field(description="draft / active / closed")
    self_start: date
    self_end: date
    cross_start: date
    cross_end: date
    rect_start: date
    rect_end: date
    rules_note: str
    created_at: datetime

    @classmethod
    def of(cls, row: models.Cycle) -> Cycle:
        return cls(
            id=node_id("Cycle", row.id, row.town_id),
            row=row,
            name=row.name,
            year=row.year,
            state=row.state,
            self_start=row.self_start,
            self_end=row.self_end,
            cross_start=row.cross_start,
            cross_end=row.cross_end,
            rect_start=row.rect_start,
            rect_end=row.rect_end,
            rules_note=row.rules_note,
            created_at=row.created_at,
        )

    @strawberry.field(description="评估细则版本 ID / The pinned checklist version.")
    def version_id(self) -> strawberry.ID:
        return node_id("ChecklistVersion", self.row.version_id)

    @strawberry.field(description="培训材料与细则 / Training material and the town's rules.")
    async def attachments(self, info: Info) -> list[CycleAttachment]:
        async with info.context.db as session:
            rows = await attachments.attachments_of(
                session, town_id=self.row.town_id, cycle_id=self.row.id
            )
        return [CycleAttachment.of(r) for r in rows]

    @strawberry.field(description="进度 / Progress by cadre, village, area or town.")
    async def progress(self, info: Info, by: ProgressBy = ProgressBy.TOWN) -> list[Progress]:
        kinds = {"cadre": "User", "village": "Village", "area": "Area", "town": "Town"}
        async with info.context.db as session:
            rows = await assignments.progress(
                session, town_id=self.row.town_id, cycle_id=self.row.id, by=by.value
            )
        town = None if by is ProgressBy.CADRE or by is ProgressBy.TOWN else self.row.town_id
        return [
            Progress(
                key=None if r.key is None else node_id(kinds[by.value], r.key, town),
                name=r.name,
                done=r.done,
                total=r.total,
            )
            for r in rows
        ]


@strawberry.type(description="核查任务 / An assignment: who checks which household or subject.")
class Assignment(Node):
    subject: str = strawberry.field(description="household/projects/funds/social/collaboration")
    household_id: strawberry.ID | None
    head_name: str | None
    assignee_id: strawberry.ID
    basis: str = strawberry.field(description="helper/area/village/office/manual")
    done: bool = strawberry.field(description="已提交入户访谈 / A visit is submitted.")


def cycle_key(value: strawberry.ID) -> tuple[int, int]:
    gid = GlobalId.decode(value, expect="Cycle")
    return gid.town_id or 0, gid.id
