"""Score snapshots: one scoring run's results for one town and cycle, written at once.

A snapshot and every row under it are inserted in a single transaction, so a reader sees a
snapshot whole or not at all; readers take the latest snapshot of a cycle (highest
``number``). Household rows keep the failed checkpoints, so each household's parts (item,
section) follow from the pinned template; the other levels keep, per checkpoint, how many
subjects were assessed and how many passed.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKeyConstraint,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.orm import Mapped, mapped_column

from towncheck.orm import Base, created_at_column, tenant_id_column


def _snapshot_key() -> ForeignKeyConstraint:
    """The key of a row under a snapshot, going with it. A new constraint per call: one
    constraint object can belong to only one table."""
    return ForeignKeyConstraint(
        ["town_id", "snapshot_id"],
        ["score_snapshots.town_id", "score_snapshots.id"],
        ondelete="CASCADE",
    )


class ScoreSnapshot(Base):
    """评分快照: the inputs of one run (template version, data cut-off) and its totals."""

    __tablename__ = "score_snapshots"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "cycle_id"], ["cycles.town_id", "cycles.id"]),
        UniqueConstraint("town_id", "cycle_id", "number"),
        # A redelivered job finds the snapshot it already wrote instead of writing another.
        UniqueConstraint("town_id", "cycle_id", "job_id"),
    )

    town_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[int] = tenant_id_column()
    cycle_id: Mapped[int] = mapped_column(BigInteger)
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, … per cycle
    job_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    method: Mapped[str] = mapped_column(String(16))  # the scoring method's version
    template_version_id: Mapped[int] = mapped_column(BigInteger)
    # The data scored: every change committed before this moment, up to this audit entry.
    data_cutoff: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    audit_seq: Mapped[int] = mapped_column(BigInteger)
    households: Mapped[int] = mapped_column(Integer)
    score: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))
    created_at: Mapped[datetime] = created_at_column()


class HouseholdScore(Base):
    """One household's score in a snapshot, from its latest self-check visit."""

    __tablename__ = "household_scores"
    __table_args__ = (_snapshot_key(),)

    town_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    household_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    village_id: Mapped[int] = mapped_column(BigInteger)
    earned: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    possible: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    answered: Mapped[int] = mapped_column(Integer)
    failed: Mapped[list[str]] = mapped_column(ARRAY(String(32)))
    skipped: Mapped[list[str]] = mapped_column(ARRAY(String(32)))  # optional, unanswered
    satisfaction: Mapped[str | None] = mapped_column(String(16))


class ScorePart(Base):
    """Per checkpoint: subjects assessed and passed, for a village, area, cadre or the town."""

    __tablename__ = "score_parts"
    __table_args__ = (_snapshot_key(),)

    town_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    level: Mapped[str] = mapped_column(String(8), primary_key=True)
    subject_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    checkpoint: Mapped[str] = mapped_column(String(32), primary_key=True)
    assessed: Mapped[int] = mapped_column(Integer)
    passed: Mapped[int] = mapped_column(Integer)


class Score(Base):
    """The total of a village, area, cadre or the town: earned of possible, as 0–100."""

    __tablename__ = "scores"
    __table_args__ = (_snapshot_key(),)

    town_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    level: Mapped[str] = mapped_column(String(8), primary_key=True)
    subject_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    households: Mapped[int] = mapped_column(Integer)
    earned: Mapped[Decimal] = mapped_column(Numeric(12, 4))
    possible: Mapped[Decimal] = mapped_column(Numeric(12, 4))
    score: Mapped[Decimal | None] = mapped_column(Numeric(6, 2))


class Indicator(Base):
    """An indicator of the town or an area (a rate, a count per 100 households, an
    estimate with its 95 % interval): numerator, denominator and value as shown."""

    __tablename__ = "score_indicators"
    __table_args__ = (_snapshot_key(),)

    town_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    snapshot_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    level: Mapped[str] = mapped_column(String(8), primary_key=True)
    subject_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    numerator: Mapped[Decimal] = mapped_column(Numeric(14, 4))
    denominator: Mapped[Decimal] = mapped_column(Numeric(14, 4))
    value: Mapped[Decimal | None] = mapped_column(Numeric(10, 4))
    low: Mapped[Decimal | None] = mapped_column(Numeric(10, 4))
    high: Mapped[Decimal | None] = mapped_column(Numeric(10, 4))
