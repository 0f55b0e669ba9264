"""Tenancy tree. Counties and towns are reference rows; the rest are tenant rows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from towncheck.orm import Base, created_at_column, tenant_id_column


class County(Base):
    """县: the platform owner of towns and templates."""

    __tablename__ = "counties"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = created_at_column()


class Town(Base):
    """乡镇: the tenant."""

    __tablename__ = "towns"
    __table_args__ = (UniqueConstraint("county_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    county_id: Mapped[int] = mapped_column(ForeignKey("counties.id"), index=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = created_at_column()


class Office(Base):
    """大办: a town department whose director leads one cross-check team."""

    __tablename__ = "offices"
    __table_args__ = (UniqueConstraint("town_id", "name"),)

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    name: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = created_at_column()


class Area(Base):
    """管理区: a group of villages inside a town."""

    __tablename__ = "areas"
    __table_args__ = (UniqueConstraint("town_id", "name"),)

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    name: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = created_at_column()


class Village(Base):
    """村."""

    __tablename__ = "villages"
    __table_args__ = (
        UniqueConstraint("town_id", "name"),
        ForeignKeyConstraint(["town_id", "area_id"], ["areas.town_id", "areas.id"]),
        Index("ix_villages_town_id_area_id", "town_id", "area_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    area_id: Mapped[int] = mapped_column(BigInteger)
    name: Mapped[str] = mapped_column(String(64))
    is_key_village: Mapped[bool] = mapped_column(Boolean, default=False, server_default="false")
    created_at: Mapped[datetime] = created_at_column()
