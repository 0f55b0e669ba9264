"""The registry: households, members, income, living conditions, status procedures, flags."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from towncheck.orm import Base, created_at_column, tenant_id_column, utcnow

MONEY = Numeric(12, 2)


class Household(Base):
    """户: one registered household in a village."""

    __tablename__ = "households"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "village_id"], ["villages.town_id", "villages.id"]),
        Index("ix_households_town_id_village_id", "town_id", "village_id"),
        Index("ix_households_town_id_category", "town_id", "category"),
        UniqueConstraint("town_id", "head_id_hash"),
    )

    # No key of its own to towns: the key to the village holds the town (migration 0003).
    town_id: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[int] = tenant_id_column()
    village_id: Mapped[int] = mapped_column(BigInteger)
    head_name: Mapped[str] = mapped_column(String(64))
    # The head's ID hash keys the household across imports ("fill once": upsert by it).
    head_id_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    address: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(24))
    lifted_year: Mapped[int | None] = mapped_column(SmallInteger)
    poverty_causes: Mapped[list[str]] = mapped_column(ARRAY(String(32)), default=list)
    assistance_measures: Mapped[list[str]] = mapped_column(ARRAY(String(64)), default=list)
    phone_cipher: Mapped[bytes | None] = mapped_column(LargeBinary)
    phone_hash: Mapped[bytes | None] = mapped_column(LargeBinary(32))
    phone_masked: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class HouseholdHelper(Base):
    """帮扶责任人 assigned to a household."""

    __tablename__ = "household_helpers"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "household_id"], ["households.town_id", "households.id"], ondelete="CASCADE"
        ),
        Index("ix_household_helpers_town_id_user_id", "town_id", "user_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    household_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)


class Member(Base):
    """成员: a person in a household. The ID number is stored encrypted, with a keyed hash."""

    __tablename__ = "members"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "household_id"], ["households.town_id", "households.id"], ondelete="CASCADE"
        ),
        Index("ix_members_town_id_household_id", "town_id", "household_id"),
        Index("ix_members_town_id_id_hash", "town_id", "id_hash"),
    )

    # No key of its own to towns: the key to the household holds the town (migration 0003).
    town_id: Mapped[int] = mapped_column(primary_key=True)
    id: Mapped[int] = tenant_id_column()
    household_id: Mapped[int] = mapped_column(BigInteger)
    position: Mapped[int] = mapped_column(SmallInteger, default=0)
    name: Mapped[str] = mapped_column(String(64))
    id_cipher: Mapped[bytes] = mapped_column(LargeBinary)
    id_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    id_masked: Mapped[str] = mapped_column(String(18))
    sex: Mapped[str] = mapped_column(String(6))
    birth_date: Mapped[date] = mapped_column(Date)
    relation: Mapped[str] = mapped_column(String(16))
    labour_status: Mapped[str] = mapped_column(String(16), default="")
    disability_type: Mapped[str | None] = mapped_column(String(16))
    disability_grade: Mapped[int | None] = mapped_column(SmallInteger)
    chronic_illness: Mapped[bool] = mapped_column(Boolean, default=False)
    chronic_certified: Mapped[bool] = mapped_column(Boolean, default=False)
    basic_medical: Mapped[bool] = mapped_column(Boolean, default=False)
    critical_illness: Mapped[bool] = mapped_column(Boolean, default=False)
    special_insurance: Mapped[bool] = mapped_column(Boolean, default=False)
    special_policy_delivered: Mapped[bool] = mapped_column(Boolean, default=False)
    school_stage: Mapped[str | None] = mapped_column(String(24))
    enrolled: Mapped[bool | None] = mapped_column(Boolean)
    subsidies: Mapped[list[str]] = mapped_column(ARRAY(String(32)), default=list)
    yulu_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    family_doctor: Mapped[bool] = mapped_column(Boolean, default=False)


class Income(Base):
    """收入: one household's income in one year, by source."""

    __tablename__ = "incomes"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "household_id"], ["households.town_id", "households.id"], ondelete="CASCADE"
        ),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    household_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    wages: Mapped[Decimal] = mapped_column(MONEY, default=Decimal(0))
    production: Mapped[Decimal] = mapped_column(MONEY, default=Decimal(0))
    property: Mapped[Decimal] = mapped_column(MONEY, default=Decimal(0))
    transfers: Mapped[Decimal] = mapped_column(MONEY, default=Decimal(0))
    production_costs: Mapped[Decimal] = mapped_column(MONEY, default=Decimal(0))
    evidence: Mapped[str] = mapped_column(Text, default="")


class LivingConditions(Base):
    """住房、饮水、卫生: one row per household."""

    __tablename__ = "living_conditions"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "household_id"], ["households.town_id", "households.id"], ondelete="CASCADE"
        ),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    household_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    housing_grade: Mapped[str] = mapped_column(String(1), default="A")
    assessed_by: Mapped[str] = mapped_column(String(64), default="")
    assessed_on: Mapped[date | None] = mapped_column(Date)
    repair_plan: Mapped[str] = mapped_column(Text, default="")
    plan_due: Mapped[date | None] = mapped_column(Date)
    plan_done_on: Mapped[date | None] = mapped_column(Date)
    water_safe: Mapped[bool] = mapped_column(Boolean, default=True)
    water_source: Mapped[str] = mapped_column(String(32), default="")
    sanitation: Mapped[str] = mapped_column(String(32), default="")


class StatusCase(Base):
    """A category change by procedure: identified → village review → public notice → town
    approval. The household's category changes only when the last step is recorded."""

    __tablename__ = "status_cases"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "household_id"], ["households.town_id", "households.id"], ondelete="CASCADE"
        ),
        Index("ix_status_cases_town_id_household_id", "town_id", "household_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    household_id: Mapped[int] = mapped_column(BigInteger)
    from_category: Mapped[str] = mapped_column(String(24))
    to_category: Mapped[str] = mapped_column(String(24))
    source: Mapped[str] = mapped_column(String(24))
    state: Mapped[str] = mapped_column(String(24))
    opened_at: Mapped[datetime] = created_at_column()


class StatusStep(Base):
    """One recorded step of a status case: who and when."""

    __tablename__ = "status_steps"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "case_id"], ["status_cases.town_id", "status_cases.id"], ondelete="CASCADE"
        ),
        Index("ix_status_steps_town_id_case_id", "town_id", "case_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    case_id: Mapped[int] = mapped_column(BigInteger)
    step: Mapped[str] = mapped_column(String(24))
    actor_user_id: Mapped[int | None] = mapped_column(Integer)
    actor_label: Mapped[str] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = created_at_column()


class RiskFlag(Base):
    """A suspected problem found from registry data before any visit."""

    __tablename__ = "risk_flags"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "household_id"], ["households.town_id", "households.id"], ondelete="CASCADE"
        ),
        Index("ix_risk_flags_town_id_flag", "town_id", "flag"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    household_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    flag: Mapped[str] = mapped_column(String(32), primary_key=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)
    computed_at: Mapped[datetime] = created_at_column()


class PovertyLine(Base):
    """The income line per county and year (4,500 yuan unless the county sets another)."""

    __tablename__ = "poverty_lines"

    county_id: Mapped[int] = mapped_column(ForeignKey("counties.id"), primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    line: Mapped[Decimal] = mapped_column(MONEY)
    margin: Mapped[Decimal] = mapped_column(MONEY, default=Decimal(1000))


class Upload(Base):
    """An uploaded spreadsheet kept for its import job (a worker may be another process)."""

    __tablename__ = "uploads"

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    filename: Mapped[str] = mapped_column(String(200))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_by: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = created_at_column()
