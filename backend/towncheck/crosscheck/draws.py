"""The draw (抽签) as a procedure: open it, directors commit then reveal, draw, record.

Each director commits to the hash of a secret number before the commit deadline and
reveals it before the reveal deadline; the last reveal makes the draw. A director who
does not reveal cannot stop it: after the reveal deadline the poverty office completes the
draw with the reveals received and a recorded fallback value (audited).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Final

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from towncheck.audit import service as audit
from towncheck.auth.policy import Policy
from towncheck.auth.principal import Principal, require
from towncheck.crosscheck import commitment as commitments
from towncheck.crosscheck import gather
from towncheck.crosscheck.errors import DrawError, DrawInfeasible
from towncheck.crosscheck.models import Draw, DrawCommitment, Team, TeamArea
from towncheck.crosscheck.samples import record_sample
from towncheck.crosscheck.teams import teams_of
from towncheck.crosscheck.verify import recompute_seed, run_recorded
from towncheck.cycles.service import get_cycle
from towncheck.db import allow_town_write
from towncheck.errors import DomainError, ErrorCode, forbidden, invalid, not_found
from towncheck.households.values import CATEGORIES

OPEN: Final = "open"
DRAWN: Final = "drawn"


@dataclass(frozen=True, slots=True)
class DrawSettings:
    commit_deadline: datetime
    reveal_deadline: datetime
    avoid_previous: bool = False
    sample_rates: Mapping[str, Decimal] | None = None  # category → share re-checked


def domain_error(error: DrawError) -> DomainError:
    """The core's failures as the platform's typed errors, message unchanged."""
    if isinstance(error, DrawInfeasible):
        return DomainError(ErrorCode.DRAW_INFEASIBLE, error.message)
    return DomainError(ErrorCode.INVALID_INPUT, error.message)


async def open_draw(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    cycle_id: int,
    settings: DrawSettings,
    now: datetime,
) -> Draw:
    require(policy, principal, "draw", "manage", town_id=town_id)
    cycle = await get_cycle(session, town_id=town_id, cycle_id=cycle_id)
    if cycle.state != "active":
        raise DomainError(ErrorCode.CONFLICT, "评估周期启用后才能组织抽签")
    if await session.get(Draw, (town_id, cycle.id)) is not None:
        raise DomainError(ErrorCode.CONFLICT, "本周期已经开始抽签")
    if not now < settings.commit_deadline < settings.reveal_deadline:
        raise invalid("须满足：现在 < 承诺截止时间 < 揭示截止时间", field="commitDeadline")
    rates = _rates(settings.sample_rates or {})
    teams = await teams_of(session, town_id=town_id, cycle_id=cycle.id)
    if len(teams) < 2:
        raise invalid("至少需要两支互查队伍才能抽签，请先组建队伍")
    if leaderless := [t.name for t in teams if t.director_id is None]:
        raise invalid(f"以下队伍没有大办主任，无法承诺和揭示：{'、'.join(leaderless)}")
    await allow_town_write(session, town_id)
    draw = Draw(
        town_id=town_id,
        cycle_id=cycle.id,
        state=OPEN,
        commit_deadline=settings.commit_deadline,
        reveal_deadline=settings.reveal_deadline,
        avoid_previous=settings.avoid_previous,
        sample_rates={k: str(v) for k, v in sorted(rates.items())},
        opened_by=principal.user_id,
    )
    session.add(draw)
    await session.flush()
    await _audit(session, principal, draw, "crosscheck.open_draw", {"rates": draw.sample_rates})
    return draw


def _rates(rates: Mapping[str, Decimal]) -> dict[str, Decimal]:
    for category, rate in rates.items():
        if category not in CATEGORIES:
            raise invalid(f"未知的户类别：{category}", field="sampleRates")
        if not Decimal(0) < rate <= Decimal(1):
            raise invalid("抽样比例须大于 0 且不超过 1", field="sampleRates")
    return dict(rates)


async def commit(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    team_id: int,
    commitment: str,
    now: datetime,
) -> DrawCommitment:
    """Record the hash of the director's secret; once only, before the deadline."""
    require(policy, principal, "draw", "commit", town_id=town_id)
    team = await _own_team(session, principal, town_id=town_id, team_id=team_id)
    draw = await _open(session, town_id=town_id, cycle_id=team.cycle_id)
    if now > draw.commit_deadline:
        raise DomainError(ErrorCode.CONFLICT, "承诺截止时间已过")
    given = commitment.strip().lower()
    if len(given) != 64 or any(c not in "0123456789abcdef" for c in given):
        raise invalid("承诺须为 64 位十六进制的 SHA-256 摘要", field="commitment")
    if await session.get(DrawCommitment, (town_id, draw.cycle_id, team.id)) is not None:
        raise DomainError(ErrorCode.CONFLICT, "本队伍已经提交过承诺，不能重复提交")
    await allow_town_write(session, town_id)
    row = DrawCommitment(
        town_id=town_id,
        cycle_id=draw.cycle_id,
        team_id=team.id,
        commitment=given,
        committed_by=principal.user_id or 0,
    )
    session.add(row)
    await session.flush()
    await _audit(session, principal, draw, "crosscheck.commit", {"team": team.id, "hash": given})
    return row


async def reveal(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    team_id: int,
    secret: str,
    now: datetime,
) -> Draw:
    """Reveal the secret; it must match the commitment. The last reveal makes the draw."""
    require(policy, principal, "draw", "commit", town_id=town_id)
    team = await _own_team(session, principal, town_id=town_id, team_id=team_id)
    draw = await _open(session, town_id=town_id, cycle_id=team.cycle_id)
    rows = await _commitments(session, draw)
    teams = await teams_of(session, town_id=town_id, cycle_id=draw.cycle_id)
    if len(rows) < len(teams) and now <= draw.commit_deadline:
        raise DomainError(ErrorCode.CONFLICT, "承诺尚未全部提交，承诺截止前不能揭示")
    if now > draw.reveal_deadline:
        raise DomainError(ErrorCode.CONFLICT, "揭示截止时间已过，请由扶贫办完成抽签")
    row = next((r for r in rows if r.team_id == team.id), None)
    if row is None:
        raise DomainError(ErrorCode.CONFLICT, "本队伍没有提交承诺，不能揭示")
    if row.secret is not None:
        raise DomainError(ErrorCode.CONFLICT, "本队伍已经揭示过秘密数")
    try:
        matches = commitments.check_reveal(
            commitment=row.commitment, cycle_id=draw.cycle_id, team_id=team.id, secret=secret
        )
    except DrawError as error:
        raise invalid(error.message, field="secret") from error
    if not matches:
        raise invalid("揭示的秘密数与承诺不符", field="secret")
    await allow_town_write(session, town_id)
    row.secret, row.revealed_at = commitments.canonical_secret(secret), now
    await session.flush()
    await _audit(session, principal, draw, "crosscheck.reveal", {"team": team.id})
    if len(teams) == len(rows) and all(r.secret is not None for r in rows):
        await _make(session, principal, draw, fallback=None, now=now)
    return draw


async def complete(
    session: AsyncSession,
    *,
    policy: Policy,
    principal: Principal,
    town_id: int,
    cycle_id: int,
    fallback: str | None,
    now: datetime,
) -> Draw:
    """The poverty office completes a draw some director did not reveal in time."""
    require(policy, principal, "draw", "manage", town_id=town_id)
    draw = await _open(session, town_id=town_id, cycle_id=cycle_id)
    rows = await _commitments(session, draw)
    teams = await teams_of(session, town_id=town_id, cycle_id=draw.cycle_id)
    everyone = len(rows) == len(teams) and all(r.secret is not None for r in rows)
    if not everyone and now <= draw.reveal_deadline:
        raise DomainError(ErrorCode.CONFLICT, "揭示截止时间未到，还不能由扶贫办完成抽签")
    fallback = (fallback or "").strip() or None
    if not everyone and fallback is None:
        raise invalid("有队伍未揭示秘密数，须填写补充随机值（将记入审计）", field="fallback")
    await _make(session, principal, draw, fallback=None if everyone else fallback, now=now)
    return draw


async def _make(
    session: AsyncSession,
    principal: Principal,
    draw: Draw,
    *,
    fallback: str | None,
    now: datetime,
) -> None:
    town_id, cycle_id = draw.town_id, draw.cycle_id
    teams = await gather.gather_teams(session, town_id=town_id, cycle_id=cycle_id)
    areas = await gather.gather_areas(session, town_id=town_id)
    previous = await gather.gather_previous(session, town_id=town_id, cycle_id=cycle_id)
    record = gather.to_record(
        teams=teams, areas=areas, previous=previous, avoid_previous=draw.avoid_previous
    )
    rows = await _commitments(session, draw)
    try:
        seed = recompute_seed(cycle_id=cycle_id, commitments=rows, fallback=fallback)
        result = run_recorded(record, seed=seed)
    except DrawError as error:
        raise domain_error(error) from error
    await allow_town_write(session, town_id)
    draw.inputs, draw.seed, draw.fallback = record, seed.hex(), fallback
    draw.algorithm, draw.result = (
        result.algorithm,
        {
            # The chain does not count its valid set: None, shown as 未计数.
            "valid_count": str(result.valid_count) if result.valid_count else None,
            "capacity": result.capacity,
            "placements": [[p.area_id, p.team_id] for p in result.placements],
        },
    )
    draw.state, draw.drawn_by, draw.drawn_at = DRAWN, principal.user_id, now
    await session.execute(
        insert(TeamArea),
        [
            {"town_id": town_id, "cycle_id": cycle_id, "area_id": p.area_id, "team_id": p.team_id}
            for p in result.placements
        ],
    )
    await session.flush()
    sampled = await record_sample(session, draw=draw, seed=seed)
    await _audit(
        session,
        principal,
        draw,
        "crosscheck.draw",
        {"seed": draw.seed, "fallback": fallback, "result": draw.result, "sampled": sampled},
    )


async def _own_team(
    session: AsyncSession, principal: Principal, *, town_id: int, team_id: int
) -> Team:
    team = await session.get(Team, (town_id, team_id))
    if team is None:
        raise not_found("互查队伍不存在或您无权查看")
    if team.director_id != principal.user_id:
        raise forbidden("只有本队伍的大办主任可以承诺和揭示")
    return team


async def _open(session: AsyncSession, *, town_id: int, cycle_id: int) -> Draw:
    draw = await session.get(Draw, (town_id, cycle_id))
    if draw is None:
        raise DomainError(ErrorCode.CONFLICT, "本周期尚未开始抽签")
    if draw.state != OPEN:
        raise DomainError(ErrorCode.CONFLICT, "本周期的抽签已经完成")
    return draw


async def _commitments(session: AsyncSession, draw: Draw) -> list[DrawCommitment]:
    rows = await session.scalars(
        select(DrawCommitment)
        .where(DrawCommitment.town_id == draw.town_id, DrawCommitment.cycle_id == draw.cycle_id)
        .order_by(DrawCommitment.team_id)
    )
    return list(rows)


async def _audit(
    session: AsyncSession, principal: Principal, draw: Draw, action: str, after: dict[str, object]
) -> None:
    await audit.record(
        session,
        actor=principal,
        action=action,
        target_type="Draw",
        target_id=draw.cycle_id,
        town_id=draw.town_id,
        after=after,
    )
