"""How a project is run once built, and the money paid out for it: its operation (self-run
with targets, or leased / entrusted by contract), the disbursements against its contract and
final accounts, and its funds (final account, surplus and its use, published allocation)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from towncheck.orm import Base, created_at_column, tenant_id_column
from towncheck.projects.models import Money


class ProjectOperation(Base):
    """项目运营: one per project, replaced as a whole when it changes."""

    __tablename__ = "project_operations"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "project_id"], ["projects.town_id", "projects.id"]),
        UniqueConstraint("town_id", "project_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    project_id: Mapped[int] = mapped_column(BigInteger)
    mode: Mapped[str] = mapped_column(String(12))  # self_run / leased / entrusted
    operator: Mapped[str] = mapped_column(String(128), default="")  # 经营主体
    contract_no: Mapped[str] = mapped_column(String(64), default="")
    contract_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    term_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    term_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    annual_return: Mapped[Decimal | None] = mapped_column(Money, nullable=True)  # 约定年收益
    households_assisted: Mapped[int] = mapped_column(Integer, default=0)  # 帮扶带动户数
    upkeep_party: Mapped[str] = mapped_column(String(128), default="")  # 资产管护责任方
    liability_note: Mapped[str] = mapped_column(Text, default="")  # 违约责任
    targets: Mapped[str] = mapped_column(Text, default="")  # 自营项目的经营目标
    idle: Mapped[bool] = mapped_column(Boolean, default=False)  # 闲置
    damaged: Mapped[bool] = mapped_column(Boolean, default=False)  # 损毁
    updated_on: Mapped[date] = mapped_column(Date)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class FundDisbursement(Base):
    """资金拨付: one payment, by contract, progress or final account (决算)."""

    __tablename__ = "fund_disbursements"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "project_id"], ["projects.town_id", "projects.id"]),
        Index("ix_fund_disbursements_town_id_project_id", "town_id", "project_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    project_id: Mapped[int] = mapped_column(BigInteger)
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    basis: Mapped[str] = mapped_column(String(16))  # contract / progress / final_account
    voucher_no: Mapped[str] = mapped_column(String(64), default="")  # 凭证号
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = created_at_column()


class ProjectFunds(Base):
    """项目资金: final account, surplus and its use, and the published allocation."""

    __tablename__ = "project_funds"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "project_id"], ["projects.town_id", "projects.id"]),
        UniqueConstraint("town_id", "project_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    project_id: Mapped[int] = mapped_column(BigInteger)
    final_amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)  # 决算金额
    final_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    surplus_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))  # 结余资金
    surplus_use: Mapped[str] = mapped_column(Text, default="")  # 结余资金使用
    published_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 资金分配公告
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    updated_at: Mapped[datetime] = created_at_column()
