"""A town's evaluation cycle, its training record and its assignments."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
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
from sqlalchemy.orm import Mapped, mapped_column

from towncheck.orm import Base, created_at_column, tenant_id_column


class Cycle(Base):
    """评估周期: one run of the evaluation in one town, pinned to a published checklist.

    ``draft → active → closed``; what may be recorded on a day is decided by the stage
    windows (dates inclusive). Rectification may overlap the other two stages."""

    __tablename__ = "cycles"
    __table_args__ = (
        ForeignKeyConstraint(
            ["county_id", "version_id"], ["checklist_versions.county_id", "checklist_versions.id"]
        ),
        Index("ix_cycles_town_id_state", "town_id", "state"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    county_id: Mapped[int] = mapped_column()
    version_id: Mapped[int] = mapped_column(BigInteger)
    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(SmallInteger)
    state: Mapped[str] = mapped_column(String(16), default="draft")
    self_start: Mapped[date] = mapped_column(Date)
    self_end: Mapped[date] = mapped_column(Date)
    cross_start: Mapped[date] = mapped_column(Date)
    cross_end: Mapped[date] = mapped_column(Date)
    rect_start: Mapped[date] = mapped_column(Date)
    rect_end: Mapped[date] = mapped_column(Date)
    rules_note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = created_at_column()
    activated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class CycleAttachment(Base):
    """Training material (培训材料) or the town's own rules (细则) attached to a cycle."""

    __tablename__ = "cycle_attachments"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "cycle_id"], ["cycles.town_id", "cycles.id"], ondelete="CASCADE"
        ),
        Index("ix_cycle_attachments_town_id_cycle_id", "town_id", "cycle_id"),
    )

    town_id: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[int] = tenant_id_column()
    cycle_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))  # training / rules
    title: Mapped[str] = mapped_column(String(200))
    filename: Mapped[str] = mapped_column(String(255))
    storage_key: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = created_at_column()


class TrainingAttendance(Base):
    """Who attended the cycle's training (培训签到)."""

    __tablename__ = "training_attendance"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "cycle_id"], ["cycles.town_id", "cycles.id"], ondelete="CASCADE"
        ),
    )

    town_id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    attended_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class Assignment(Base):
    """Who checks what in the self-check: a household, or one of the poverty office's
    subjects (projects, funds, social assistance, collaboration)."""

    __tablename__ = "assignments"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "cycle_id"], ["cycles.town_id", "cycles.id"], ondelete="CASCADE"
        ),
        ForeignKeyConstraint(
            ["town_id", "household_id"], ["households.town_id", "households.id"], ondelete="CASCADE"
        ),
        UniqueConstraint(
            "town_id",
            "cycle_id",
            "subject",
            "household_id",
            "assignee_id",
            postgresql_nulls_not_distinct=True,
        ),
        Index("ix_assignments_town_id_cycle_id_assignee_id", "town_id", "cycle_id", "assignee_id"),
        Index(
            "ix_assignments_town_id_cycle_id_household_id", "town_id", "cycle_id", "household_id"
        ),
    )

    town_id: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[int] = tenant_id_column()
    cycle_id: Mapped[int] = mapped_column(BigInteger)
    subject: Mapped[str] = mapped_column(String(16))  # household / projects / funds / ...
    household_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    assignee_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    basis: Mapped[str] = mapped_column(String(16))  # helper / area / village / office / manual
    created_at: Mapped[datetime] = created_at_column()
