"""GraphQL mutations of the cross-check: teams, the draw, cross-check visits, bulletins."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime
from decimal import Decimal

import strawberry
from sqlalchemy.ext.asyncio import AsyncSession
from strawberry.scalars import JSON

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.errors import MutationError
from towncheck.api.mutations import attempt
from towncheck.api.relay import GlobalId
from towncheck.crosscheck import bulletins, draws, teams, visits
from towncheck.crosscheck import models as rows
from towncheck.crosscheck.queries import team_views
from towncheck.crosscheck.schema.types import Bulletin, Team, team_key
from towncheck.errors import DomainError, invalid
from towncheck.orm import utcnow
from towncheck.selfcheck.models import Visit as VisitRow
from towncheck.selfcheck.schema.mutations import SubmitVisitInput, VisitPayload, submission_of
from towncheck.selfcheck.schema.types import Visit, cycle_key


@strawberry.input(description="组织抽签 / Open the draw.")
class OpenDrawInput:
    cycle_id: strawberry.ID
    commit_deadline: datetime
    reveal_deadline: datetime
    avoid_previous: bool = strawberry.field(
        default=False, description="不抽上一周期检查过的管理区 / Rotate areas."
    )
    sample_rates: JSON | None = strawberry.field(
        default=None,
        description='各类户的抽样比例，如 {"lifted_unsupported": "0.3"}；未列出的全部检查',
    )


@strawberry.type
class TeamsPayload:
    teams: list[Team] = strawberry.field(default_factory=list)
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class DrawPayload:
    state: str | None = None
    seed: str | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


@strawberry.type
class BulletinPayload:
    bulletin: Bulletin | None = None
    errors: list[MutationError] = strawberry.field(default_factory=list)


def _rates(value: object) -> dict[str, Decimal]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise invalid("抽样比例须为 {户类别: 比例} 的对象", field="sampleRates")
    try:
        return {str(k): Decimal(str(v)) for k, v in value.items()}
    except ArithmeticError as error:
        raise invalid("抽样比例须为 0 到 1 之间的数", field="sampleRates") from error


async def _teams(
    info: Info, cycle_id: strawberry.ID, act: Callable[[AsyncSession], Awaitable[object]]
) -> TeamsPayload:
    town_id, cycle = cycle_key(cycle_id)

    async def run(session: AsyncSession) -> list[Team]:
        await act(session)
        return [Team.of(v) for v in await team_views(session, town_id=town_id, cycle_id=cycle)]

    result = await attempt(info, run)
    if isinstance(result, DomainError):
        return TeamsPayload(errors=[MutationError.of(result)])
    return TeamsPayload(teams=result)


async def _draw(info: Info, act: Callable[[AsyncSession], Awaitable[rows.Draw]]) -> DrawPayload:
    result = await attempt(info, act)
    if isinstance(result, DomainError):
        return DrawPayload(errors=[MutationError.of(result)])
    return DrawPayload(state=result.state, seed=result.seed or None)


async def _bulletin(
    info: Info, act: Callable[[AsyncSession], Awaitable[rows.Bulletin]]
) -> BulletinPayload:
    result = await attempt(info, act)
    if isinstance(result, DomainError):
        return BulletinPayload(errors=[MutationError.of(result)])
    return BulletinPayload(bulletin=Bulletin.of(result))


@strawberry.type
class CrossCheckMutation:
    @strawberry.mutation(description="按大办组建互查队伍 / Form one team per office.")
    async def form_teams(self, info: Info, cycle_id: strawberry.ID) -> TeamsPayload:
        ctx, principal = info.context, viewer(info)
        town_id, cycle = cycle_key(cycle_id)
        return await _teams(
            info,
            cycle_id,
            lambda s: teams.form_teams(
                s, policy=ctx.policy, principal=principal, town_id=town_id, cycle_id=cycle
            ),
        )

    @strawberry.mutation(description="调整队员（抽签前）/ Set a team's members.")
    async def set_team_members(
        self, info: Info, team_id: strawberry.ID, user_ids: list[strawberry.ID]
    ) -> TeamsPayload:
        ctx, principal = info.context, viewer(info)
        town_id, team = team_key(team_id)

        async def act(session: AsyncSession) -> list[Team]:
            users = [GlobalId.decode(u, expect="User").id for u in user_ids]
            row = await teams.set_members(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                team_id=team,
                user_ids=users,
            )
            views = await team_views(session, town_id=town_id, cycle_id=row.cycle_id)
            return [Team.of(v) for v in views]

        result = await attempt(info, act)
        if isinstance(result, DomainError):
            return TeamsPayload(errors=[MutationError.of(result)])
        return TeamsPayload(teams=result)

    @strawberry.mutation(description="开始抽签（设定截止时间）/ Open the draw.")
    async def open_draw(self, info: Info, input: OpenDrawInput) -> DrawPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> rows.Draw:
            town_id, cycle = cycle_key(input.cycle_id)
            settings = draws.DrawSettings(
                commit_deadline=input.commit_deadline,
                reveal_deadline=input.reveal_deadline,
                avoid_previous=input.avoid_previous,
                sample_rates=_rates(input.sample_rates),
            )
            return await draws.open_draw(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                cycle_id=cycle,
                settings=settings,
                now=utcnow(),
            )

        return await _draw(info, act)

    @strawberry.mutation(description="提交承诺（秘密数的哈希）/ Commit to a secret number.")
    async def commit_draw(self, info: Info, team_id: strawberry.ID, commitment: str) -> DrawPayload:
        ctx, principal = info.context, viewer(info)
        town_id, team = team_key(team_id)

        async def act(session: AsyncSession) -> rows.Draw:
            row = await draws.commit(
                session,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                team_id=team,
                commitment=commitment,
                now=utcnow(),
            )
            draw = await session.get(rows.Draw, (row.town_id, row.cycle_id))
            assert draw is not None  # the commitment's foreign key holds it
            return draw

        return await _draw(info, act)

    @strawberry.mutation(description="揭示秘密数 / Reveal the secret number.")
    async def reveal_draw(self, info: Info, team_id: strawberry.ID, secret: str) -> DrawPayload:
        ctx, principal = info.context, viewer(info)
        town_id, team = team_key(team_id)
        return await _draw(
            info,
            lambda s: draws.reveal(
                s,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                team_id=team,
                secret=secret,
                now=utcnow(),
            ),
        )

    @strawberry.mutation(
        description="扶贫办完成抽签（有人未揭示时填补充随机值）/ Complete the draw."
    )
    async def complete_draw(
        self, info: Info, cycle_id: strawberry.ID, fallback: str | None = None
    ) -> DrawPayload:
        ctx, principal = info.context, viewer(info)
        town_id, cycle = cycle_key(cycle_id)
        return await _draw(
            info,
            lambda s: draws.complete(
                s,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                cycle_id=cycle,
                fallback=fallback,
                now=utcnow(),
            ),
        )

    @strawberry.mutation(description="提交互查访谈（重试安全）/ Submit a cross-check visit.")
    async def submit_cross_visit(self, info: Info, input: SubmitVisitInput) -> VisitPayload:
        ctx, principal = info.context, viewer(info)

        async def act(session: AsyncSession) -> VisitRow:
            town_id, submission = submission_of(input)
            return await visits.submit_cross_visit(
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

    @strawberry.mutation(description="生成新一版通报 / Generate a new bulletin version.")
    async def generate_bulletin(
        self, info: Info, cycle_id: strawberry.ID, title: str = ""
    ) -> BulletinPayload:
        ctx, principal = info.context, viewer(info)
        town_id, cycle = cycle_key(cycle_id)
        return await _bulletin(
            info,
            lambda s: bulletins.generate(
                s,
                policy=ctx.policy,
                principal=principal,
                town_id=town_id,
                cycle_id=cycle,
                title=title,
                now=utcnow(),
            ),
        )

    @strawberry.mutation(description="发布通报 / Publish a bulletin to the town.")
    async def publish_bulletin(self, info: Info, id: strawberry.ID) -> BulletinPayload:
        ctx, principal = info.context, viewer(info)
        gid = GlobalId.decode(id, expect="Bulletin")
        return await _bulletin(
            info,
            lambda s: bulletins.publish(
                s,
                policy=ctx.policy,
                principal=principal,
                town_id=gid.town_id or 0,
                bulletin_id=gid.id,
                now=utcnow(),
            ),
        )
