"""Append-only, hash-chained audit entries: one chain per town, one per county."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from towncheck.orm import Base


class _EntryColumns:
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    actor_user_id: Mapped[int | None] = mapped_column(Integer)
    actor_token_id: Mapped[int | None] = mapped_column(Integer)
    actor_label: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64))
    target_type: Mapped[str] = mapped_column(String(64))
    target_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    prev_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class AuditEntry(_EntryColumns, Base):
    """An action inside one town (the tenant chain)."""

    __tablename__ = "audit_entries"

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)


class CountyAuditEntry(_EntryColumns, Base):
    """An action on county-level data: accounts, sign-in, evaluator tokens."""

    __tablename__ = "county_audit_entries"

    county_id: Mapped[int] = mapped_column(ForeignKey("counties.id"), primary_key=True)


class AuditTip(Base):
    """The newest link of each chain, kept apart so that a missing tail is detected and so
    that writers of one chain queue on this row."""

    __tablename__ = "audit_tips"

    chain: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))
