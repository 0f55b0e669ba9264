"""GraphQL queries of the cross-check."""

from __future__ import annotations

from enum import Enum

import strawberry
from sqlalchemy import select

from towncheck.api.auth import viewer
from towncheck.api.context import Info
from towncheck.api.relay import Connection, decode_cursor, keyset_page, node_id, page_size
from towncheck.auth.principal import require
from towncheck.crosscheck import bulletins, queries
from towncheck.crosscheck.commitment import Reveal, seed_text
from towncheck.crosscheck.errors import DrawError
from towncheck.crosscheck.models import Draw as DrawRow
from towncheck.crosscheck.models import DrawCommitment
from towncheck.crosscheck.models import Team as TeamRow
from towncheck.crosscheck.schema.types import (
    Agreement,
    Bulletin,
    Discrepancy,
    Draw,
    DrawVerification,
    SampledHousehold,
    Team,
    team_key,
)
from towncheck.crosscheck.verify import verify_recorded
from towncheck.cycles.service import get_cycle
from towncheck.errors import not_found
from towncheck.households.models import Household
from towncheck.households.scope import visible
from towncheck.selfcheck.schema.types import cycle_key


@strawberry.enum(description="一致率统计口径 / Agreement grouping.")
class AgreementBy(Enum):
    CADRE = "cadre"
    AREA = "area"
    TOWN = "town"


_KINDS = {"cadre": "User", "area": "Area", "town": "Town"}


@strawberry.type
class CrossCheckQuery:
    @strawberry.field(description="互查队伍 / The cycle's cross-check teams.")
    async def teams(self, info: Info, cycle_id: strawberry.ID) -> list[Team]:
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, viewer(info), "draw", "read", town_id=town_id)
        async with info.context.db as session:
            views = await queries.team_views(session, town_id=town_id, cycle_id=cycle)
        return [Team.of(v) for v in views]

    @strawberry.field(description="抽签记录 / The draw record, everything to verify it.")
    async def draw(self, info: Info, cycle_id: strawberry.ID) -> Draw | None:
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, viewer(info), "draw", "read", town_id=town_id)
        async with info.context.db as session:
            row = await session.get(DrawRow, (town_id, cycle))
            if row is None:
                return None
            commitments = list(
                await session.scalars(
                    select(DrawCommitment)
                    .where(DrawCommitment.town_id == town_id, DrawCommitment.cycle_id == cycle)
                    .order_by(DrawCommitment.team_id)
                )
            )
        return Draw.of(row, commitments, _seed_text(row, commitments))

    @strawberry.field(description="复核抽签 / Recompute the draw and compare.")
    async def verify_draw(self, info: Info, cycle_id: strawberry.ID) -> DrawVerification:
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, viewer(info), "draw", "read", town_id=town_id)
        async with info.context.db as session:
            result = await verify_recorded(session, town_id=town_id, cycle_id=cycle)
        return DrawVerification(
            matches=result.matches,
            seed=result.seed_hex,
            algorithm=result.algorithm,
            differences=list(result.differences),
        )

    @strawberry.field(description="队伍的互查户清单 / The households a team re-checks.")
    async def team_households(
        self, info: Info, team_id: strawberry.ID, first: int | None = None, after: str | None = None
    ) -> Connection[SampledHousehold]:
        town_id, team = team_key(team_id)
        require(info.context.policy, viewer(info), "draw", "read", town_id=town_id)
        size = page_size(first)
        async with info.context.db as session:
            if await session.get(TeamRow, (town_id, team)) is None:
                raise not_found("互查队伍不存在或您无权查看")
            lines = await queries.team_sample(
                session,
                town_id=town_id,
                team_id=team,
                after=decode_cursor(after, kind="k"),
                limit=size + 1,
            )
            total = await queries.team_sample_count(session, town_id=town_id, team_id=team)
        return keyset_page(
            lines,
            SampledHousehold.of,
            key=lambda s: s.household_id,
            size=size,
            after=after,
            total=total,
        )

    @strawberry.field(description="互查与自查不一致 / Discrepancies, self vs cross.")
    async def discrepancies(
        self,
        info: Info,
        cycle_id: strawberry.ID,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Discrepancy]:
        principal = viewer(info)
        town_id, cycle = cycle_key(cycle_id)
        require(info.context.policy, principal, "visit", "read", town_id=town_id)
        size = page_size(first)
        async with info.context.db as session:
            households = list(
                await session.scalars(
                    select(Household.id).where(Household.town_id == town_id, visible(principal))
                )
            )
            lines = await queries.discrepancy_lines(
                session,
                town_id=town_id,
                cycle_id=cycle,
                households=households,
                after=decode_cursor(after, kind="k"),
                limit=size + 1,
            )
            total = await queries.discrepancy_count(
                session, town_id=town_id, cycle_id=cycle, households=households
            )
        return keyset_page(
            lines, Discrepancy.of, key=lambda d: d.finding_id, size=size, after=after, total=total
        )

    @strawberry.field(description="自查互查一致率（低者在前）/ Agreement, lowest first.")
    async def agreement(
        self, info: Info, cycle_id: strawberry.ID, by: AgreementBy = AgreementBy.TOWN
    ) -> list[Agreement]:
        town_id, cycle_number = cycle_key(cycle_id)
        require(info.context.policy, viewer(info), "visit", "read", town_id=town_id)
        async with info.context.db as session:
            cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_number)
            names = await queries.agreement_names(session, town_id=town_id, by=by.value)
            lines = await queries.agreement_lines(session, cycle=cycle, by=by.value, names=names)
        return [
            Agreement.of(
                line,
                key=None
                if line.key is None
                else node_id(_KINDS[by.value], line.key, None if by.value != "area" else town_id),
            )
            for line in lines
        ]

    @strawberry.field(description="通报（已发布的各版）/ The cycle's bulletins.")
    async def bulletins(self, info: Info, cycle_id: strawberry.ID) -> list[Bulletin]:
        town_id, cycle = cycle_key(cycle_id)
        async with info.context.db as session:
            rows = await bulletins.bulletins_of(
                session,
                policy=info.context.policy,
                principal=viewer(info),
                town_id=town_id,
                cycle_id=cycle,
            )
        return [Bulletin.of(r) for r in rows]


def _seed_text(row: DrawRow, commitments: list[DrawCommitment]) -> str | None:
    if row.state != "drawn":
        return None
    reveals = [Reveal(team_id=c.team_id, secret=c.secret) for c in commitments if c.secret]
    try:
        return seed_text(cycle_id=row.cycle_id, reveals=reveals, fallback=row.fallback)
    except DrawError:
        return None
