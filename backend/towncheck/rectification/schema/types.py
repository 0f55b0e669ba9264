"""GraphQL types of the rectification ledger."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry

from towncheck.api.context import Info
from towncheck.api.relay import GlobalId, Node, node_id
from towncheck.rectification import models
from towncheck.rectification.loaders import TransitionsByItemLoader
from towncheck.rectification.names import NamedItem
from towncheck.rectification.sweep import Sweep
from towncheck.rectification.transitions import STATE_NAMES, Step


@strawberry.enum(description="整改步骤 / A step of the ledger's state machine.")
class LedgerStep(Enum):
    START = Step.start.value
    SUBMIT = Step.submit.value
    SEND_BACK = Step.send_back.value
    RESUME = Step.resume.value
    SIGN_OFF = Step.sign_off.value


@strawberry.type(description="整改过程的一步 / One step of an item's history.")
class LedgerTransition:
    from_state: str
    to_state: str
    actor_id: strawberry.ID | None
    reason: str
    evidence: list[str]
    at: datetime

    @classmethod
    def of(cls, r: models.LedgerTransition) -> LedgerTransition:
        return cls(
            from_state=r.from_state,
            to_state=r.to_state,
            actor_id=None if r.actor_id is None else node_id("User", r.actor_id),
            reason=r.reason,
            evidence=list(r.evidence),
            at=r.at,
        )


@strawberry.type(description="整改事项 / A rectification ledger item.")
class LedgerItem(Node):
    row: strawberry.Private[models.LedgerItem]
    today: strawberry.Private[date]
    cycle_id: strawberry.ID
    finding_id: strawberry.ID
    household_id: strawberry.ID | None
    area_id: strawberry.ID | None
    village_id: strawberry.ID | None
    checkpoint: str
    problem: str = strawberry.field(description="问题 / The problem.")
    measures: str = strawberry.field(description="整改措施 / Measures.")
    owner_id: strawberry.ID = strawberry.field(description="责任人 / The owner.")
    deadline: date = strawberry.field(description="时限 / Deadline.")
    severity: str
    state: str = strawberry.field(
        description="open/in_progress/submitted/returned/signed_off/withdrawn"
    )
    state_label: str
    flag: str = strawberry.field(description="due_soon（即将到期）/ overdue（已逾期）/ 空")
    overdue: bool
    evidence: list[str]
    result_note: str
    effectiveness: str = strawberry.field(description="成效核验 / Effectiveness check.")
    reopened: int = strawberry.field(description="回头看重新打开的次数 / Times reopened.")
    swept_from: strawberry.ID | None
    created_at: datetime
    submitted_at: datetime | None
    signed_off_at: datetime | None
    head_name: str = strawberry.field(description="户主姓名 / The head of the household.")
    owner_name: str = strawberry.field(description="责任人姓名 / The owner's name.")

    @classmethod
    def of(cls, n: NamedItem, *, today: date) -> LedgerItem:
        r, town = n.item, n.item.town_id
        return cls(
            id=node_id("LedgerItem", r.id, town),
            row=r,
            today=today,
            cycle_id=node_id("Cycle", r.cycle_id, town),
            finding_id=node_id("Finding", r.finding_id, town),
            household_id=None
            if r.household_id is None
            else node_id("Household", r.household_id, town),
            area_id=None if r.area_id is None else node_id("Area", r.area_id, town),
            village_id=None if r.village_id is None else node_id("Village", r.village_id, town),
            checkpoint=r.checkpoint,
            problem=r.problem,
            measures=r.measures,
            owner_id=node_id("User", r.owner_id),
            deadline=r.deadline,
            severity=r.severity,
            state=r.state,
            state_label=STATE_NAMES.get(r.state, r.state),
            flag=r.flag,
            overdue=r.state not in ("signed_off", "withdrawn") and r.deadline < today,
            evidence=list(r.evidence),
            result_note=r.result_note,
            effectiveness=r.effectiveness,
            reopened=r.reopened,
            swept_from=None if r.swept_from is None else node_id("Finding", r.swept_from, town),
            created_at=r.created_at,
            submitted_at=r.submitted_at,
            signed_off_at=r.signed_off_at,
            head_name=n.head_name,
            owner_name=n.owner_name,
        )

    @strawberry.field(description="整改过程 / Every step, oldest first.")
    async def transitions(self, info: Info) -> list[LedgerTransition]:
        loader = info.context.loader(TransitionsByItemLoader)
        rows = await loader.load((self.row.town_id, self.row.id))
        return [LedgerTransition.of(r) for r in rows]


@strawberry.type(description="申诉 / An appeal against a finding.")
class Appeal(Node):
    finding_id: strawberry.ID
    appellant_id: strawberry.ID
    reason: str
    evidence: list[str]
    state: str = strawberry.field(description="pending / upheld（维持）/ withdrawn（撤销）")
    decision_reason: str
    decided_at: datetime | None
    created_at: datetime

    @classmethod
    def of(cls, r: models.Appeal) -> Appeal:
        return cls(
            id=node_id("Appeal", r.id, r.town_id),
            finding_id=node_id("Finding", r.finding_id, r.town_id),
            appellant_id=node_id("User", r.appellant_id),
            reason=r.reason,
            evidence=list(r.evidence),
            state=r.state,
            decision_reason=r.decision_reason,
            decided_at=r.decided_at,
            created_at=r.created_at,
        )


@strawberry.type(description="举一反三的候选户 / A household the sweep would add.")
class SweepCandidate:
    household_id: strawberry.ID
    head_name: str
    owner_id: strawberry.ID | None


@strawberry.type(description="举一反三预览 / What a sweep would create.")
class SweepPreview:
    finding_id: strawberry.ID
    checkpoint: str
    checkpoint_text: str
    candidates: list[SweepCandidate]

    @classmethod
    def of(cls, s: Sweep) -> SweepPreview:
        town = s.source.town_id
        return cls(
            finding_id=node_id("Finding", s.source.id, town),
            checkpoint=s.source.checkpoint,
            checkpoint_text=s.checkpoint_text,
            candidates=[
                SweepCandidate(
                    household_id=node_id("Household", c.household_id, town),
                    head_name=c.head_name,
                    owner_id=None if c.owner_id is None else node_id("User", c.owner_id),
                )
                for c in s.candidates
            ],
        )


def town_key(value: strawberry.ID, expect: str) -> tuple[int, int]:
    gid = GlobalId.decode(value, expect=expect)
    return gid.town_id or 0, gid.id
