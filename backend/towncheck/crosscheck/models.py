"""The cross-check: teams, the draw with its commitments, the areas and households drawn,
and the bulletin."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from towncheck.orm import Base, created_at_column, tenant_id_column


def _cycle_key() -> ForeignKeyConstraint:
    return ForeignKeyConstraint(
        ["town_id", "cycle_id"], ["cycles.town_id", "cycles.id"], ondelete="CASCADE"
    )


class Team(Base):
    """互查队伍: one office's team for one cycle, led by its director."""

    __tablename__ = "teams"
    __table_args__ = (
        _cycle_key(),
        ForeignKeyConstraint(["town_id", "office_id"], ["offices.town_id", "offices.id"]),
        UniqueConstraint("town_id", "cycle_id", "office_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    cycle_id: Mapped[int] = mapped_column(BigInteger)
    office_id: Mapped[int] = mapped_column(BigInteger)
    name: Mapped[str] = mapped_column(String(200))
    director_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class TeamMember(Base):
    __tablename__ = "team_members"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "team_id"], ["teams.town_id", "teams.id"], ondelete="CASCADE"
        ),
        Index("ix_team_members_town_id_user_id", "town_id", "user_id"),
    )

    town_id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)


class Draw(Base):
    """抽签: commitments until ``commit_deadline``, reveals until ``reveal_deadline``; then the
    recorded inputs, the seed and the result, enough for anyone to recompute it."""

    __tablename__ = "draws"
    __table_args__ = (_cycle_key(),)

    town_id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    state: Mapped[str] = mapped_column(String(16))  # open / drawn
    commit_deadline: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reveal_deadline: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    avoid_previous: Mapped[bool] = mapped_column(Boolean, default=False)
    sample_rates: Mapped[dict[str, str]] = mapped_column(JSONB, default=dict)
    algorithm: Mapped[str] = mapped_column(String(32), default="")
    inputs: Mapped[dict[str, Any] | None] = mapped_column(JSONB, nullable=True)
    seed: Mapped[str] = mapped_column(String(64), default="")
    fallback: Mapped[str | None] = mapped_column(String(64), nullable=True)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSONB, nullable=True)
    opened_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    drawn_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    drawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = created_at_column()


class DrawCommitment(Base):
    """A director's commitment (the hash of a secret number), and the secret once revealed."""

    __tablename__ = "draw_commitments"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "cycle_id"], ["draws.town_id", "draws.cycle_id"], ondelete="CASCADE"
        ),
        ForeignKeyConstraint(["town_id", "team_id"], ["teams.town_id", "teams.id"]),
    )

    town_id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    team_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    commitment: Mapped[str] = mapped_column(String(64))
    committed_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    committed_at: Mapped[datetime] = created_at_column()
    secret: Mapped[str | None] = mapped_column(String(64), nullable=True)
    revealed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class TeamArea(Base):
    """The draw's result: which team re-checks which management area."""

    __tablename__ = "team_areas"
    __table_args__ = (
        _cycle_key(),
        ForeignKeyConstraint(["town_id", "team_id"], ["teams.town_id", "teams.id"]),
        ForeignKeyConstraint(["town_id", "area_id"], ["areas.town_id", "areas.id"]),
    )

    town_id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    area_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    team_id: Mapped[int] = mapped_column(BigInteger)


class SampledHousehold(Base):
    """A household a team re-checks, and why it is in the sample."""

    __tablename__ = "cross_samples"
    __table_args__ = (
        _cycle_key(),
        ForeignKeyConstraint(["town_id", "team_id"], ["teams.town_id", "teams.id"]),
        ForeignKeyConstraint(
            ["town_id", "household_id"], ["households.town_id", "households.id"], ondelete="CASCADE"
        ),
        Index("ix_cross_samples_town_id_cycle_id_team_id", "town_id", "cycle_id", "team_id"),
    )

    town_id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    household_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    team_id: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(16))  # all / finding / risk / sampled


class Bulletin(Base):
    """通报: one generated version of the town's notice of problems; published or not."""

    __tablename__ = "bulletins"
    __table_args__ = (_cycle_key(), UniqueConstraint("town_id", "cycle_id", "version"))

    town_id: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[int] = tenant_id_column()
    cycle_id: Mapped[int] = mapped_column(BigInteger)
    version: Mapped[int] = mapped_column(SmallInteger)
    title: Mapped[str] = mapped_column(String(200))
    data_cutoff: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    summary: Mapped[dict[str, Any]] = mapped_column(JSONB)
    html: Mapped[str] = mapped_column(Text)
    xlsx: Mapped[bytes] = mapped_column(LargeBinary)
    findings_count: Mapped[int] = mapped_column(Integer)
    generated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    generated_at: Mapped[datetime] = created_at_column()
    published_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
