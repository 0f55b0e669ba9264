"""Key villages' years, the social-assistance register and the collaboration-fund register.

Exit readiness (稳定退出) is not stored: it is computed from a village's year by the rules, so
that it can never disagree with the figures it comes from.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, Final

from sqlalchemy import (
    BigInteger,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from towncheck.orm import Base, created_at_column, tenant_id_column
from towncheck.selfcheck.models import Finding

Money = Numeric(14, 2)

# 社会扶贫 kinds (seed, section 三.(四)): code → Chinese name.
ASSISTANCE_KINDS: Final[dict[str, str]] = {
    "donation": "捐助捐赠",
    "crowdfunding": "爱心众筹",
    "company": "企业参与",
    "organisation": "社会组织参与",
    "consumption": "消费扶贫",
}


class VillageYear(Base):
    """A village's year: collective income (村集体年收入) and its 五通十有 items."""

    __tablename__ = "village_years"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "village_id"], ["villages.town_id", "villages.id"]),
        UniqueConstraint("town_id", "village_id", "year"),
        Index("ix_village_years_town_id_year", "town_id", "year"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    village_id: Mapped[int] = mapped_column(BigInteger)
    year: Mapped[int] = mapped_column(SmallInteger)
    collective_income: Mapped[Decimal] = mapped_column(Money)  # 元
    # item code (``items.ITEMS``) → met; an item not mentioned is not met.
    facilities: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    updated_at: Mapped[datetime] = created_at_column()


class SocialAssistance(Base):
    """社会扶贫: one donation, crowdfunding, company or NGO effort, or consumption purchase."""

    __tablename__ = "social_assistance"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "village_id"], ["villages.town_id", "villages.id"]),
        ForeignKeyConstraint(["town_id", "household_id"], ["households.town_id", "households.id"]),
        Index("ix_social_assistance_town_id_given_on", "town_id", "given_on"),
        Index("ix_social_assistance_town_id_village_id", "town_id", "village_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    kind: Mapped[str] = mapped_column(String(16))  # ASSISTANCE_KINDS
    helper: Mapped[str] = mapped_column(String(128))  # 捐助方 / 帮扶主体
    amount: Mapped[Decimal] = mapped_column(Money)  # 元 (goods at their value)
    given_on: Mapped[date] = mapped_column(Date)
    village_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    household_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    purpose: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")  # 成效
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = created_at_column()


class CollaborationFund(Base):
    """省内扶贫协作资金: what a partner gave in a year, for what, when received and used."""

    __tablename__ = "collaboration_funds"
    __table_args__ = (Index("ix_collaboration_funds_town_id_year", "town_id", "year"),)

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    partner: Mapped[str] = mapped_column(String(128))  # 协作方
    year: Mapped[int] = mapped_column(SmallInteger)
    amount: Mapped[Decimal] = mapped_column(Money)
    purpose: Mapped[str] = mapped_column(Text)  # 项目 / 用途
    received_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 到账
    used_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 使用
    results: Mapped[str] = mapped_column(Text, default="")  # 带动脱贫成效
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = created_at_column()


# One finding per village, checkpoint and cycle from the village rules, so that running them
# again adds nothing. Declared here (on the findings table) because only this package raises
# such findings; migration 0009 creates it.
VILLAGE_FINDING_INDEX = Index(
    "uq_findings_village_rule",
    Finding.town_id,
    Finding.cycle_id,
    Finding.village_id,
    Finding.checkpoint,
    unique=True,
    postgresql_where=text("source = 'village_rule'"),
)
