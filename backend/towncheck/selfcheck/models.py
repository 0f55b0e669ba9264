"""Visits, their versions and answers, and findings.

A visit is one household's checklist in one stage of a cycle; each submission is a new
version (a visit sent back and resubmitted keeps both), keyed by the client's id so that a
retried submission is stored once.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from towncheck.orm import Base, created_at_column, tenant_id_column


class Visit(Base):
    """入户访谈: ``submitted → returned → submitted … → accepted``."""

    __tablename__ = "visits"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "cycle_id"], ["cycles.town_id", "cycles.id"]),
        ForeignKeyConstraint(
            ["town_id", "household_id"], ["households.town_id", "households.id"], ondelete="CASCADE"
        ),
        UniqueConstraint("town_id", "cycle_id", "household_id", "stage"),
        Index("ix_visits_town_id_cycle_id_visitor_id", "town_id", "cycle_id", "visitor_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    cycle_id: Mapped[int] = mapped_column(BigInteger)
    household_id: Mapped[int] = mapped_column(BigInteger)
    stage: Mapped[str] = mapped_column(String(8))  # self / cross
    visitor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    state: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(SmallInteger)
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    review_comment: Mapped[str] = mapped_column(Text, default="")


class VisitVersion(Base):
    """One submission of a visit, kept after it is superseded."""

    __tablename__ = "visit_versions"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "visit_id"], ["visits.town_id", "visits.id"], ondelete="CASCADE"
        ),
        UniqueConstraint("town_id", "client_id"),
    )

    town_id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    version: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    client_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True))
    submitted_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    submitted_at: Mapped[datetime] = created_at_column()
    visited_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    review_comment: Mapped[str] = mapped_column(Text, default="")  # why it was sent back


class VisitAnswer(Base):
    """The answer to one checkpoint in one version of a visit."""

    __tablename__ = "visit_answers"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "visit_id", "version"],
            ["visit_versions.town_id", "visit_versions.visit_id", "visit_versions.version"],
            ondelete="CASCADE",
        ),
    )

    town_id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    version: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    checkpoint: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONB, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list[str]] = mapped_column(ARRAY(String(255)), default=list)
    fixed_on_spot: Mapped[bool] = mapped_column(Boolean, default=False)


class Finding(Base):
    """问题: a failed checkpoint of a visit (by its rule or by the answer given), or a
    cross-check answer that differs from the self-check's (a discrepancy)."""

    __tablename__ = "findings"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "visit_id"], ["visits.town_id", "visits.id"], ondelete="CASCADE"
        ),
        ForeignKeyConstraint(["town_id", "cycle_id"], ["cycles.town_id", "cycles.id"]),
        ForeignKeyConstraint(["town_id", "project_id"], ["projects.town_id", "projects.id"]),
        ForeignKeyConstraint(["town_id", "village_id"], ["villages.town_id", "villages.id"]),
        UniqueConstraint("town_id", "visit_id", "checkpoint", "source"),
        # One finding per project and rule in a cycle, so that running the rules again adds
        # nothing (household findings have no project: NULLs never collide).
        UniqueConstraint("town_id", "cycle_id", "project_id", "checkpoint"),
        Index("ix_findings_town_id_cycle_id_state", "town_id", "cycle_id", "state"),
        Index("ix_findings_town_id_household_id", "town_id", "household_id"),
    )

    town_id: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[int] = tenant_id_column()
    cycle_id: Mapped[int] = mapped_column(BigInteger)
    # None for a finding raised by a sweep (举一反三) from registry data, without a visit.
    visit_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # None for a finding about a project (raised by the project rules).
    household_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    project_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # Set only for a finding about a key village (raised by the village rules).
    village_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    checkpoint: Mapped[str] = mapped_column(String(32))
    stage: Mapped[str] = mapped_column(String(8))
    severity: Mapped[str] = mapped_column(String(8))
    # rule / answer / discrepancy / sweep / project_rule / policy_rule / village_rule
    source: Mapped[str] = mapped_column(String(12))
    found_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # The cadre held responsible: who did the self-check of the household.
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    description: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))  # open / fixed_on_spot / withdrawn
    # Who confirmed a fix on the spot (立行立改): someone other than the visitor.
    fix_confirmed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    fix_note: Mapped[str] = mapped_column(Text, default="")
    fix_evidence: Mapped[list[str]] = mapped_column(ARRAY(String(255)), default=list)
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = created_at_column()
