"""GraphQL types of the cross-check: teams, the draw record, samples, discrepancies,
agreement and bulletins."""

from __future__ import annotations

from datetime import datetime
from typing import cast

import strawberry
from strawberry.scalars import JSON

from towncheck.api.relay import GlobalId, Node, node_id
from towncheck.crosscheck import models
from towncheck.crosscheck.queries import (
    AgreementLine,
    DiscrepancyLine,
    SampleLine,
    TeamView,
)


@strawberry.type(description="队员 / A team member.")
class TeamMember:
    user_id: strawberry.ID
    name: str


@strawberry.type(description="互查队伍 / A cross-check team (one office).")
class Team(Node):
    name: str
    office_id: strawberry.ID
    director_id: strawberry.ID | None
    director_name: str
    members: list[TeamMember]
    committed: bool = strawberry.field(description="已提交承诺 / Has committed.")
    revealed: bool = strawberry.field(description="已揭示 / Has revealed.")
    area_names: list[str] = strawberry.field(description="抽到的管理区 / Areas drawn.")

    @classmethod
    def of(cls, v: TeamView) -> Team:
        t = v.team
        return cls(
            id=node_id("Team", t.id, t.town_id),
            name=t.name,
            office_id=node_id("Office", t.office_id, t.town_id),
            director_id=node_id("User", t.director_id) if t.director_id else None,
            director_name=v.director_name,
            members=[TeamMember(user_id=node_id("User", u), name=n) for u, n in v.members],
            committed=v.committed,
            revealed=v.revealed,
            area_names=list(v.area_names),
        )


@strawberry.type(description="承诺与揭示 / A director's commitment and reveal.")
class DrawCommitment:
    team_id: strawberry.ID
    commitment: str = strawberry.field(description="SHA-256（十六进制）/ The hash committed.")
    committed_at: datetime
    secret: str | None = strawberry.field(description="揭示的秘密数 / The secret, once revealed.")
    revealed_at: datetime | None

    @classmethod
    def of(cls, c: models.DrawCommitment) -> DrawCommitment:
        return cls(
            team_id=node_id("Team", c.team_id, c.town_id),
            commitment=c.commitment,
            committed_at=c.committed_at,
            secret=c.secret,
            revealed_at=c.revealed_at,
        )


@strawberry.type(description="抽签记录（可复核）/ The draw, with everything to verify it.")
class Draw:
    cycle_id: strawberry.ID
    state: str = strawberry.field(description="open（进行中）/ drawn（已完成）")
    commit_deadline: datetime
    reveal_deadline: datetime
    avoid_previous: bool
    sample_rates: JSON = strawberry.field(description="各类户的抽样比例 / Sample rates.")
    algorithm: str
    inputs: JSON | None = strawberry.field(description="抽签输入 / Recorded inputs.")
    seed: str = strawberry.field(description="种子（十六进制）/ The seed, hex.")
    seed_text: str | None = strawberry.field(description="被哈希的种子原文 / Text hashed.")
    fallback: str | None = strawberry.field(description="补充随机值 / Fallback value.")
    result: JSON | None = strawberry.field(description="抽签结果 / The result.")
    drawn_at: datetime | None
    commitments: list[DrawCommitment]

    @classmethod
    def of(
        cls, d: models.Draw, commitments: list[models.DrawCommitment], seed_text: str | None
    ) -> Draw:
        return cls(
            cycle_id=node_id("Cycle", d.cycle_id, d.town_id),
            state=d.state,
            commit_deadline=d.commit_deadline,
            reveal_deadline=d.reveal_deadline,
            avoid_previous=d.avoid_previous,
            sample_rates=cast(JSON, d.sample_rates),
            algorithm=d.algorithm,
            inputs=cast(JSON, d.inputs),
            seed=d.seed,
            seed_text=seed_text,
            fallback=d.fallback,
            result=cast(JSON, d.result),
            drawn_at=d.drawn_at,
            commitments=[DrawCommitment.of(c) for c in commitments],
        )


@strawberry.type(description="抽签复核结果 / A draw recomputed and compared.")
class DrawVerification:
    matches: bool
    seed: str
    algorithm: str
    differences: list[str]


@strawberry.type(description="互查样本中的一户 / A household a team re-checks.")
class SampledHousehold:
    household_id: strawberry.ID
    head_name: str
    area: str
    village: str
    category: str
    reason: str = strawberry.field(description="all / finding / risk / sampled")
    visited: bool = strawberry.field(description="已提交互查 / Cross-check submitted.")

    @classmethod
    def of(cls, s: SampleLine) -> SampledHousehold:
        return cls(
            household_id=node_id("Household", s.household_id, s.town_id),
            head_name=s.head_name,
            area=s.area,
            village=s.village,
            category=s.category,
            reason=s.reason,
            visited=s.visited,
        )


@strawberry.type(description="互查与自查不一致 / A discrepancy, self vs cross side by side.")
class Discrepancy:
    finding_id: strawberry.ID
    household_id: strawberry.ID
    head_name: str
    checkpoint: str
    severity: str
    self_value: JSON | None
    cross_value: JSON | None
    self_cadre: str = strawberry.field(description="自查干部（责任人）/ Held responsible.")
    cross_cadre: str

    @classmethod
    def of(cls, d: DiscrepancyLine) -> Discrepancy:
        return cls(
            finding_id=node_id("Finding", d.finding_id, d.town_id),
            household_id=node_id("Household", d.household_id, d.town_id),
            head_name=d.head_name,
            checkpoint=d.checkpoint,
            severity=d.severity,
            self_value=cast(JSON, d.self_value),
            cross_value=cast(JSON, d.cross_value),
            self_cadre=d.self_cadre,
            cross_cadre=d.cross_cadre,
        )


@strawberry.type(description="自查互查一致率 / Agreement of self- and cross-check answers.")
class Agreement:
    key: strawberry.ID | None
    name: str
    pairs: int = strawberry.field(description="比对项数 / Answer pairs compared.")
    percent: float | None = strawberry.field(description="一致率（%）/ Percent agreement.")
    kappa: float | None = strawberry.field(description="Cohen's kappa")

    @classmethod
    def of(cls, a: AgreementLine, *, key: strawberry.ID | None) -> Agreement:
        return cls(
            key=key,
            name=a.name,
            pairs=a.agreement.pairs,
            percent=None if a.agreement.percent is None else float(a.agreement.percent),
            kappa=None if a.agreement.kappa is None else float(a.agreement.kappa),
        )


@strawberry.type(description="通报 / One version of the town's bulletin.")
class Bulletin(Node):
    version: int
    title: str
    generated_at: datetime
    data_cutoff: datetime = strawberry.field(description="数据截至 / Data up to.")
    published_at: datetime | None
    summary: JSON
    html: str = strawberry.field(description="可打印的 HTML / Printable HTML page.")
    html_url: str
    xlsx_url: str

    @classmethod
    def of(cls, b: models.Bulletin) -> Bulletin:
        gid = node_id("Bulletin", b.id, b.town_id)
        return cls(
            id=gid,
            version=b.version,
            title=b.title,
            generated_at=b.generated_at,
            data_cutoff=b.data_cutoff,
            published_at=b.published_at,
            summary=cast(JSON, b.summary),
            html=b.html,
            html_url=f"/download/bulletin.html?id={gid}",
            xlsx_url=f"/download/bulletin.xlsx?id={gid}",
        )


def team_key(value: strawberry.ID) -> tuple[int, int]:
    gid = GlobalId.decode(value, expect="Team")
    return gid.town_id or 0, gid.id
