"""GraphQL mutations of the ledger: items, steps, fixes on the spot, appeals and sweeps."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.api.relay import GlobalId
from towncheck.errors import DomainError
from towncheck.orm import utcnow
from towncheck.rectification import appeals, ledger, models, sweep
from towncheck.rectification.names import NamedItem, with_names
from towncheck.rectification.schema.types import Appeal, LedgerItem, LedgerStep, town_key
from towncheck.rectification.transitions import Move, Step, transition
from towncheck.selfcheck.schema.types import cycle_key


@strawberry.input(description="列入整改台账 / Put a finding in the ledger.")
class OpenLedgerItemInput:
    finding_id: strawberry.ID
    owner_id: strawberry.ID
    measures: str
    deadline: date


@strawberry.input(description="办理整改步骤 / Move an item one step.")
class MoveLedgerItemInput:
    item_id: strawberry.ID
    step: LedgerStep
    note: str = strawberry.field(default="", description="说明；销号时为成效核验意见")
    evidence: list[str] = strawberry.field(default_factory=list, description="佐证文件 key")


@strawberry.type
class LedgerItemPayload:
    item: LedgerItem | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class LedgerItemsPayload:
    items: list[LedgerItem] = strawberry.field(default_factory=list)
    count: int = 0
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class AppealPayload:
    appeal: Appeal | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


async def _item(
    info: Info, act: Callable[[AsyncSession], Awaitable[models.LedgerItem]]
) -> LedgerItemPayload:
    async def named_act(session: AsyncSession) -> NamedItem:
        return (await with_names(session, [await act(session)]))[0]

    result = await attempt(info, named_act)
    if isinstance(result, DomainError):
        return LedgerItemPayload(errors=[MutationError.of(result)])
    return LedgerItemPayload(item=LedgerItem.of(result, today=date.today()))


async def _appeal(
    info: Info, act: Callable[[AsyncSession], Awaitable[models.Appeal]]
) -> AppealPayload:
    result = await attempt(info, act)
    if isinstance(result, DomainError):
        return AppealPayload(errors=[MutationError.of(result)])
    return AppealPayload(appeal=Appeal.of(result))


@strawberry.type
class LedgerMutation:
    @strawberry.mutation(description="将问题列入整改台账 / Put a finding in the ledger.")
    async def open_ledger_item(self, info: Info, input: OpenLedgerItemInput) -> LedgerItemPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.LedgerItem:
            town_id, finding = town_key(input.finding_id, "Finding")
            new = ledger.NewItem(
                finding_id=finding,
                owner_id=GlobalId.decode(input.owner_id, expect="User").id,
                measures=input.measures,
                deadline=input.deadline,
            )
            return await ledger.open_item(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                new=new,
                today=date.today(),
            )

        return await _item(info, act)

    @strawberry.mutation(
        description="本周期未整改的问题全部列入台账 / Every open finding into the ledger."
    )
    async def list_cycle_findings(self, info: Info, cycle_id: strawberry.ID) -> LedgerItemsPayload:
        ctx, principal = info.context, viewer(info)
        town_id, cycle = cycle_key(cycle_id)

        async def act(session: AsyncSession) -> int:
            return await ledger.list_cycle_findings(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                cycle_id=cycle,
                today=date.today(),
            )

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return LedgerItemsPayload(errors=[MutationError.of(result)])
        return LedgerItemsPayload(count=result)

    @strawberry.mutation(description="办理整改步骤（开始、提交、退回、销号）/ Move an item.")
    async def move_ledger_item(self, info: Info, input: MoveLedgerItemInput) -> LedgerItemPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> models.LedgerItem:
            town_id, item = town_key(input.item_id, "LedgerItem")
            return await transition(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                item_id=item,
                move=Move(Step(input.step.value), input.note, tuple(input.evidence)),
                today=date.today(),
                now=utcnow(),
            )

        return await _item(info, act)

    @strawberry.mutation(description="确认立行立改 / Confirm a fix made on the spot.")
    async def confirm_fix_on_spot(
        self, info: Info, finding_id: strawberry.ID
    ) -> LedgerItemsPayload:
        ctx, principal = info.context, viewer(info)
        town_id, finding = town_key(finding_id, "Finding")

        async def act(session: AsyncSession) -> int:
            await ledger.confirm_fix(
                session, policy=ctx.policy, principal=principal, town_id=town_id, finding_id=finding
            )
            return 1

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return LedgerItemsPayload(errors=[MutationError.of(result)])
        return LedgerItemsPayload(count=result)

    @strawberry.mutation(description="对问题提出申诉 / Appeal against a finding.")
    async def file_appeal(
        self,
        info: Info,
        finding_id: strawberry.ID,
        reason: str,
        evidence: list[str] | None = None,
    ) -> AppealPayload:
        ctx, principal = info.context, viewer(info)
        town_id, finding = town_key(finding_id, "Finding")
        return await _appeal(
            info,
            lambda s: appeals.file_appeal(
                s,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                finding_id=finding,
                reason=reason,
                evidence=evidence or [],
            ),
        )

    @strawberry.mutation(description="处理申诉：维持或撤销问题 / Uphold or withdraw the finding.")
    async def decide_appeal(
        self, info: Info, appeal_id: strawberry.ID, withdraw: bool, reason: str
    ) -> AppealPayload:
        ctx, principal = info.context, viewer(info)
        town_id, appeal = town_key(appeal_id, "Appeal")
        return await _appeal(
            info,
            lambda s: appeals.decide_appeal(
                s,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                appeal_id=appeal,
                withdraw=withdraw,
                reason=reason,
                now=utcnow(),
            ),
        )

    @strawberry.mutation(description="举一反三：生成问题和整改事项 / Apply a sweep.")
    async def apply_sweep(
        self, info: Info, finding_id: strawberry.ID, deadline: date
    ) -> LedgerItemsPayload:
        ctx, principal = info.context, viewer(info)
        town_id, finding = town_key(finding_id, "Finding")

        async def act(session: AsyncSession) -> list[NamedItem]:
            items = await sweep.apply(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                finding_id=finding,
                deadline=deadline,
                today=date.today(),
            )
            return await with_names(session, items)

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return LedgerItemsPayload(errors=[MutationError.of(result)])
        today = date.today()
        return LedgerItemsPayload(
            items=[LedgerItem.of(r, today=today) for r in result], count=len(result)
        )
