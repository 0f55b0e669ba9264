"""GraphQL types of department lists."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import Enum

import strawberry

from towncheck.api.relay import Node, node_id
from towncheck.sectors import models
from towncheck.sectors.kinds import KINDS


@strawberry.enum(description="部门名单类别 / Kind of department list.")
class DepartmentListKind(Enum):
    DIBAO = "dibao"
    TEKUN = "tekun"
    TEMPORARY_AID = "temporary_aid"
    DISABILITY_SUBSIDY = "disability_subsidy"
    TRAINING = "training"
    PUBLIC_WELFARE_JOB = "public_welfare_job"
    MICROCREDIT = "microcredit"


@strawberry.type(description="部门名单 / A department's list, matched to the registry.")
class DepartmentList(Node):
    kind: DepartmentListKind
    kind_label: str = strawberry.field(description="类别名称 / The kind in Chinese.")
    year: int
    label: str = strawberry.field(description="名单说明（如 2025年3月）/ Period or label.")
    filename: str = strawberry.field(description="导入的文件名 / Imported file's name.")
    row_count: int = strawberry.field(description="人次 / Rows imported.")
    total_amount: Decimal = strawberry.field(description="金额合计（元）/ Total, yuan.")
    imported_at: datetime

    @classmethod
    def of(cls, r: models.DepartmentList) -> DepartmentList:
        return cls(
            id=node_id("DepartmentList", r.id, r.town_id),
            kind=DepartmentListKind(r.kind),
            kind_label=KINDS[r.kind].label,
            year=r.year,
            label=r.label,
            filename=r.filename,
            row_count=r.row_count,
            total_amount=r.total_amount,
            imported_at=r.imported_at,
        )
