"""Industrial assistance projects (产业扶贫项目): the library, projects, their assets and
the money around them (returns, distribution, quality deposits).

Dates are kept as plain columns so that the rules (``rules.py``) can compare them in SQL;
a missing date is NULL, never a sentinel.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from towncheck.orm import Base, created_at_column, tenant_id_column

Money = Numeric(14, 2)
Percent = Numeric(7, 2)


class LibraryEntry(Base):
    """项目库条目: a village applies (村申报), the town reviews (乡镇审核)."""

    __tablename__ = "project_library"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "village_id"], ["villages.town_id", "villages.id"]),
        UniqueConstraint("town_id", "year", "village_id", "name"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    village_id: Mapped[int] = mapped_column(BigInteger)
    year: Mapped[int] = mapped_column(SmallInteger)
    name: Mapped[str] = mapped_column(String(128))
    planned_investment: Mapped[Decimal] = mapped_column(Money)
    state: Mapped[str] = mapped_column(String(12))  # applied / approved / rejected
    applied_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    applied_at: Mapped[datetime] = created_at_column()
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    decision_note: Mapped[str] = mapped_column(Text, default="")


class Project(Base):
    """产业扶贫项目, chosen from its year's library, with permits, tender, acceptance and audit."""

    __tablename__ = "projects"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "library_id"], ["project_library.town_id", "project_library.id"]
        ),
        ForeignKeyConstraint(["town_id", "village_id"], ["villages.town_id", "villages.id"]),
        Index("ix_projects_town_id_year", "town_id", "year", "id"),
        Index("ix_projects_town_id_library_id", "town_id", "library_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    library_id: Mapped[int] = mapped_column(BigInteger)
    village_id: Mapped[int] = mapped_column(BigInteger)
    year: Mapped[int] = mapped_column(SmallInteger)
    name: Mapped[str] = mapped_column(String(128))
    approved_on: Mapped[date] = mapped_column(Date)  # 批复
    planned_content: Mapped[str] = mapped_column(Text, default="")
    planned_investment: Mapped[Decimal] = mapped_column(Money)
    # Permits (建设手续): environment, land, planning — number and date of each.
    env_permit_no: Mapped[str] = mapped_column(String(64), default="")
    env_permit_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    land_permit_no: Mapped[str] = mapped_column(String(64), default="")
    land_permit_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    planning_permit_no: Mapped[str] = mapped_column(String(64), default="")
    planning_permit_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    tender_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    contract_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    contractor: Mapped[str] = mapped_column(String(128), default="")  # 承建方
    employer: Mapped[str] = mapped_column(String(128), default="")  # 发包方
    contract_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    completed_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 完工
    accepted_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 县级竣工验收报告
    audited_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 第三方造价审核
    notice_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 公示公告
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = created_at_column()


class Adjustment(Base):
    """项目调整: a change of content (in % of it) or of investment (an amount, + or -)."""

    __tablename__ = "project_adjustments"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "project_id"], ["projects.town_id", "projects.id"]),
        Index("ix_project_adjustments_town_id_project_id", "town_id", "project_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    project_id: Mapped[int] = mapped_column(BigInteger)
    adjusted_on: Mapped[date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text, default="")
    content_change_pct: Mapped[Decimal] = mapped_column(Percent, default=Decimal(0))
    investment_change: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))


class Asset(Base):
    """项目资产, transferred (移交协议) and registered in the three-capitals ledger (三资)."""

    __tablename__ = "assets"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "project_id"], ["projects.town_id", "projects.id"]),
        Index("ix_assets_town_id_project_id", "town_id", "project_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    project_id: Mapped[int] = mapped_column(BigInteger)
    name: Mapped[str] = mapped_column(String(128))
    asset_class: Mapped[str] = mapped_column(String(32))  # 分类
    quantity: Mapped[Decimal] = mapped_column(Numeric(14, 3))
    unit: Mapped[str] = mapped_column(String(16), default="")
    value: Mapped[Decimal] = mapped_column(Money)
    transfer_no: Mapped[str] = mapped_column(String(64), default="")
    transferred_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    registered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    keeper: Mapped[str] = mapped_column(String(64), default="")  # 管护责任人
    rules: Mapped[str] = mapped_column(Text, default="")  # 管理制度


class AssetCheck(Base):
    """镇级季度现场检查: one line of the town's check ledger."""

    __tablename__ = "asset_checks"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "asset_id"], ["assets.town_id", "assets.id"]),
        Index("ix_asset_checks_town_id_asset_id_quarter", "town_id", "asset_id", "quarter"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    asset_id: Mapped[int] = mapped_column(BigInteger)
    quarter: Mapped[str] = mapped_column(String(7))  # YYYY-Qn
    checked_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class ProjectReturn(Base):
    """项目收益 of one period: what the contract expects by when, and what arrived."""

    __tablename__ = "project_returns"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "project_id"], ["projects.town_id", "projects.id"]),
        UniqueConstraint("town_id", "project_id", "period"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    project_id: Mapped[int] = mapped_column(BigInteger)
    period: Mapped[str] = mapped_column(String(16))  # e.g. 2024 or 2024-H1
    due_on: Mapped[date] = mapped_column(Date)
    expected: Mapped[Decimal] = mapped_column(Money)
    received: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    received_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class DistributionPlan(Base):
    """收益分配: income received, the plan (within 3 months), its notice, then payments."""

    __tablename__ = "distribution_plans"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "project_id"], ["projects.town_id", "projects.id"]),
        Index("ix_distribution_plans_town_id_project_id", "town_id", "project_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    project_id: Mapped[int] = mapped_column(BigInteger)
    amount: Mapped[Decimal] = mapped_column(Money)
    received_on: Mapped[date] = mapped_column(Date)  # 收益到账
    planned_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 分配方案
    notice_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 公告公示
    paid_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 分配到户或村集体


class QualityDeposit(Base):
    """质量保证金: returned on request after acceptance, by its due date."""

    __tablename__ = "quality_deposits"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "project_id"], ["projects.town_id", "projects.id"]),
        Index("ix_quality_deposits_town_id_project_id", "town_id", "project_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    project_id: Mapped[int] = mapped_column(BigInteger)
    amount: Mapped[Decimal] = mapped_column(Money)
    due_on: Mapped[date] = mapped_column(Date)
    returned_on: Mapped[date | None] = mapped_column(Date, nullable=True)
