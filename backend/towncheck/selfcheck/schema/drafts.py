"""GraphQL of the pre-filled visit form."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import cast

import strawberry
from strawberry.scalars import JSON

from towncheck.api.relay import node_id
from towncheck.checklists.schema import Checkpoint
from towncheck.selfcheck import draft
from towncheck.selfcheck.schema.types import Visit


@strawberry.type(description="预填的答案 / A pre-filled answer of the visit form.")
class DraftAnswer:
    checkpoint: Checkpoint
    value: JSON | None
    note: str
    evidence: list[str]
    fixed_on_spot: bool
    source: str = strawberry.field(
        description="visit（本周期已提交）/ registry（户籍台账）/ previous（上一周期）/ none"
    )
    registry_verdict: bool | None = strawberry.field(
        description="仅凭台账数据的规则结论（false 表示台账提示有问题）/ The rule on registry data."
    )

    @classmethod
    def of(cls, a: draft.DraftAnswer) -> DraftAnswer:
        return cls(
            checkpoint=Checkpoint.of(a.checkpoint),
            value=cast(JSON, a.value),
            note=a.note,
            evidence=list(a.evidence),
            fixed_on_spot=a.fixed_on_spot,
            source=a.source,
            registry_verdict=a.registry_verdict,
        )


@strawberry.type(description="入户访谈表（已预填）/ The visit form, pre-filled.")
class VisitDraft:
    household_id: strawberry.ID
    head_name: str
    category: str
    visit: Visit | None = strawberry.field(description="本周期已有的访谈 / This cycle's visit.")
    facts: JSON = strawberry.field(description="台账数据 / What the registry says.")
    answers: list[DraftAnswer]

    @classmethod
    def of(cls, d: draft.Draft) -> VisitDraft:
        return cls(
            household_id=node_id("Household", d.household.id, d.household.town_id),
            head_name=d.household.head_name,
            category=d.household.category,
            visit=Visit.of(d.visit) if d.visit is not None else None,
            facts=cast(JSON, _plain(d.facts)),
            answers=[DraftAnswer.of(a) for a in d.answers],
        )


def _plain(value: object) -> object:
    # JSON has no decimals: amounts go out as their exact text.
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Decimal):
        return str(value)
    return value
