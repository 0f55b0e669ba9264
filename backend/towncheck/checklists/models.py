"""Checklist templates (评估细则), owned by a county and versioned.

A version's content (sections → items → checkpoints) is one JSON document: a published
version never changes, a cycle pins one, and answers name checkpoints by their codes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    SmallInteger,
    String,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from towncheck.orm import Base, created_at_column, tenant_id_column


class ChecklistTemplate(Base):
    """评估细则: a county's template; its versions hold the content."""

    __tablename__ = "checklist_templates"
    __table_args__ = (UniqueConstraint("county_id", "code"),)

    county_id: Mapped[int] = mapped_column(ForeignKey("counties.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = created_at_column()


class ChecklistVersion(Base):
    """One version of a template: ``draft`` while edited, then ``published`` and immutable."""

    __tablename__ = "checklist_versions"
    __table_args__ = (
        ForeignKeyConstraint(
            ["county_id", "template_id"],
            ["checklist_templates.county_id", "checklist_templates.id"],
        ),
        UniqueConstraint("county_id", "template_id", "number"),
    )

    county_id: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[int] = tenant_id_column()
    template_id: Mapped[int] = mapped_column(BigInteger)
    number: Mapped[int] = mapped_column(SmallInteger)
    state: Mapped[str] = mapped_column(String(16), default="draft")
    content: Mapped[dict[str, Any]] = mapped_column(JSONB)
    checkpoint_count: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = created_at_column()
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    published_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
