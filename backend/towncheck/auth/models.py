"""Accounts, memberships, sessions and evaluator API tokens."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from towncheck.orm import Base, created_at_column, tenant_id_column


class User(Base):
    """A person who signs in. Users belong to a county; their roles come from memberships."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    county_id: Mapped[int] = mapped_column(ForeignKey("counties.id"), index=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    phone: Mapped[str | None] = mapped_column(String(20), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="true")
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = created_at_column()


class CountyMembership(Base):
    """A county-wide role (county_official)."""

    __tablename__ = "county_memberships"
    __table_args__ = (UniqueConstraint("user_id", "county_id", "role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    county_id: Mapped[int] = mapped_column(ForeignKey("counties.id"))
    role: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = created_at_column()


class TownMembership(Base):
    """A role in one town, optionally narrowed to an office, an area or a village."""

    __tablename__ = "town_memberships"
    __table_args__ = (
        ForeignKeyConstraint(["town_id", "office_id"], ["offices.town_id", "offices.id"]),
        ForeignKeyConstraint(["town_id", "area_id"], ["areas.town_id", "areas.id"]),
        ForeignKeyConstraint(["town_id", "village_id"], ["villages.town_id", "villages.id"]),
        Index("ix_town_memberships_town_id_user_id", "town_id", "user_id"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    role: Mapped[str] = mapped_column(String(32))
    office_id: Mapped[int | None] = mapped_column(BigInteger)
    area_id: Mapped[int | None] = mapped_column(BigInteger)
    village_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = created_at_column()


class UserSession(Base):
    """A signed-in browser or client. Only the SHA-256 of the token is stored."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    created_at: Mapped[datetime] = created_at_column()
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    address: Mapped[str | None] = mapped_column(String(64))


class ApiToken(Base):
    """A read-only evaluator token, scoped to towns, expiring and revocable."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    county_id: Mapped[int] = mapped_column(ForeignKey("counties.id"), index=True)
    label: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    town_ids: Mapped[list[int]] = mapped_column(ARRAY(Integer))
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = created_at_column()
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class LoginFailure(Base):
    """A failed sign-in, kept to throttle guessing per account and per address."""

    __tablename__ = "login_failures"
    __table_args__ = (
        Index("ix_login_failures_username_failed_at", "username", "failed_at"),
        Index("ix_login_failures_address_failed_at", "address", "failed_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    address: Mapped[str] = mapped_column(String(64))
    failed_at: Mapped[datetime] = created_at_column()
