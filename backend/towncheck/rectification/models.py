"""The rectification ledger (整改台账): items, their transitions, appeals and notifications."""

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
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from towncheck.orm import Base, created_at_column, tenant_id_column


class LedgerItem(Base):
    """整改事项: ``open → in_progress → submitted → signed_off`` (or ``submitted → returned
    → in_progress``); ``withdrawn`` when its finding is withdrawn on appeal."""

    __tablename__ = "ledger_items"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "cycle_id"], ["cycles.town_id", "cycles.id"]),
        ForeignKeyConstraint(["town_id", "finding_id"], ["findings.town_id", "findings.id"]),
        ForeignKeyConstraint(
            ["town_id", "household_id"], ["households.town_id", "households.id"], ondelete="CASCADE"
        ),
        UniqueConstraint("town_id", "finding_id"),
        Index("ix_ledger_items_town_id_cycle_id_state", "town_id", "cycle_id", "state", "id"),
        Index("ix_ledger_items_town_id_owner_id", "town_id", "owner_id"),
        Index("ix_ledger_items_town_id_area_id_state", "town_id", "area_id", "state", "id"),
        Index("ix_ledger_items_town_id_household_id", "town_id", "household_id", "checkpoint"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    cycle_id: Mapped[int] = mapped_column(BigInteger)
    finding_id: Mapped[int] = mapped_column(BigInteger)  # the latest finding it answers
    household_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    village_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    area_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    checkpoint: Mapped[str] = mapped_column(String(32))
    problem: Mapped[str] = mapped_column(Text)
    measures: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    deadline: Mapped[date] = mapped_column(Date)
    severity: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(16))
    flag: Mapped[str] = mapped_column(String(12), default="")  # "" / due_soon / overdue
    evidence: Mapped[list[str]] = mapped_column(ARRAY(String(255)), default=list)
    result_note: Mapped[str] = mapped_column(Text, default="")  # what was done
    effectiveness: Mapped[str] = mapped_column(Text, default="")  # the sign-off's check
    reopened: Mapped[int] = mapped_column(SmallInteger, default=0)
    swept_from: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = created_at_column()
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    signed_off_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    signed_off_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class LedgerTransition(Base):
    """One step of an item's history: who moved it, from what to what, when and why."""

    __tablename__ = "ledger_transitions"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "item_id"], ["ledger_items.town_id", "ledger_items.id"], ondelete="CASCADE"
        ),
        Index("ix_ledger_transitions_town_id_item_id", "town_id", "item_id"),
    )

    town_id: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[int] = tenant_id_column()
    item_id: Mapped[int] = mapped_column(BigInteger)
    from_state: Mapped[str] = mapped_column(String(16))  # "" when created
    to_state: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list[str]] = mapped_column(ARRAY(String(255)), default=list)
    at: Mapped[datetime] = created_at_column()


class Appeal(Base):
    """申诉: the cadre held responsible disputes a finding; the poverty office decides."""

    __tablename__ = "appeals"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "finding_id"], ["findings.town_id", "findings.id"]),
        Index("ix_appeals_town_id_finding_id", "town_id", "finding_id"),
    )

    town_id: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[int] = tenant_id_column()
    finding_id: Mapped[int] = mapped_column(BigInteger)
    appellant_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text)
    evidence: Mapped[list[str]] = mapped_column(ARRAY(String(255)), default=list)
    state: Mapped[str] = mapped_column(String(12))  # pending / upheld / withdrawn
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = created_at_column()


class Notification(Base):
    """An in-app notice to one user about one ledger item (one per item, user and kind)."""

    __tablename__ = "notifications"
    __table_args__ = (
        UniqueConstraint("town_id", "user_id", "item_id", "kind"),
        Index("ix_notifications_town_id_user_id_id", "town_id", "user_id", "id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    item_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    kind: Mapped[str] = mapped_column(String(16))  # due_soon / overdue / ...
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = created_at_column()
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ClosingException(Base):
    """The poverty office's recorded reason for closing a cycle with items still open."""

    __tablename__ = "closing_exceptions"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "cycle_id"], ["cycles.town_id", "cycles.id"]),
    )

    town_id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    reason: Mapped[str] = mapped_column(Text)
    open_items: Mapped[int] = mapped_column(BigInteger)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    recorded_at: Mapped[datetime] = created_at_column()
