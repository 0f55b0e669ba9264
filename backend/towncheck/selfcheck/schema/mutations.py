"""GraphQL mutations of visits: submit (retry-safe) and review."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.api.relay import GlobalId
from towncheck.errors import DomainError, invalid
from towncheck.selfcheck import models, review, service
from towncheck.selfcheck.answers import AnswerData
from towncheck.selfcheck.schema.types import Visit, cycle_key


@strawberry.input(description="一个指标的答案 / An answer.")
class AnswerInput:
    checkpoint: str
    yes: bool | None = None
    number: Decimal | None = None
    text: str | None = strawberry.field(
        default=None, description="等级、选项或文字 / Grade, choice or text."
    )
    note: str = ""
    evidence: list[str] = strawberry.field(default_factory=list, description="证据文件 key")
    fixed_on_spot: bool = strawberry.field(
        default=False, description="立行立改 / Fixed on the spot."
    )


@strawberry.input(description="提交入户访谈 / Submit a visit.")
class SubmitVisitInput:
    client_id: str = strawberry.field(description="客户端生成的 UUID；重试时不变 / Retry-safe id.")
    cycle_id: strawberry.ID
    household_id: strawberry.ID
    visited_on: date
    answers: list[AnswerInput]
    note: str = ""


@strawberry.input(description="审核入户访谈 / Review a visit.")
class ReviewVisitInput:
    visit_id: strawberry.ID
    accept: bool
    comment: str = ""


@strawberry.type
class VisitPayload:
    visit: Visit | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


def submission_of(input: SubmitVisitInput) -> tuple[int, service.Submission]:
    try:
        client_id = uuid.UUID(input.client_id)
    except ValueError:
        raise invalid("clientId 须为 UUID", field="clientId") from None
    town_id, cycle_id = cycle_key(input.cycle_id)
    household = GlobalId.decode(input.household_id, expect="Household")
    answers = tuple(
        AnswerData(
            checkpoint=a.checkpoint,
            yes=a.yes,
            number=a.number,
            text=a.text,
            note=a.note,
            evidence=tuple(a.evidence),
            fixed_on_spot=a.fixed_on_spot,
        )
        for a in input.answers
    )
    return town_id, service.Submission(
        client_id=client_id,
        cycle_id=cycle_id,
        household_id=household.id,
        visited_on=input.visited_on,
        answers=answers,
        note=input.note,
    )


@strawberry.type
class SelfCheckMutation:
    @strawberry.mutation(description="提交入户访谈（重试安全）/ Submit a visit (retry-safe).")
    async def submit_visit(self, info: Info, input: SubmitVisitInput) -> VisitPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.Visit:
            town_id, submission = submission_of(input)
            return await service.submit_visit(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                submission=submission,
                today=date.today(),
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return VisitPayload(errors=MutationError.all_of(result))
        return VisitPayload(visit=Visit.of(result))

    @strawberry.mutation(description="审核：通过或退回 / Accept a visit or send it back.")
    async def review_visit(self, info: Info, input: ReviewVisitInput) -> VisitPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.Visit:
            gid = GlobalId.decode(input.visit_id, expect="Visit")
            return await review.review_visit(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=gid.town_id or 0,
                visit_id=gid.id,
                accept=input.accept,
                comment=input.comment,
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return VisitPayload(errors=MutationError.all_of(result))
        return VisitPayload(visit=Visit.of(result))
