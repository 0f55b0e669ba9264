"""Department lists (部门名单): who a department paid, trained, employed or lent to, as it
reported it to the town, each row matched to a registered member by the ID number's keyed
hash (never by decrypting the registry).

An entry keeps the member and household it matched at import as a snapshot, without a
foreign key: the registry may later remove or re-register that person, and the department's
list stays what it was. The rules join entries to the registry by ``id_hash``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    SmallInteger,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from towncheck.orm import Base, created_at_column, tenant_id_column
from towncheck.selfcheck.models import Finding

Money = Numeric(14, 2)


class DepartmentList(Base):
    """One department's list for a kind, year and label (``2025年3月``, ``第一季度`` …).

    Importing the same kind, year and label again replaces the list's entries."""

    __tablename__ = "department_lists"
    __table_args__ = (UniqueConstraint("town_id", "kind", "year", "label"),)

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    kind: Mapped[str] = mapped_column(String(24))  # kinds.KINDS
    year: Mapped[int] = mapped_column(SmallInteger)
    label: Mapped[str] = mapped_column(String(64), default="")
    filename: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[bytes] = mapped_column(LargeBinary(32))
    row_count: Mapped[int] = mapped_column(Integer)
    total_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    imported_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    imported_at: Mapped[datetime] = created_at_column()


class DepartmentEntry(Base):
    """One row of a department list: a person, an amount and the dates it concerns."""

    __tablename__ = "department_entries"
    __table_args__ = (
        ForeignKeyConstraint(
            ["town_id", "list_id"],
            ["department_lists.town_id", "department_lists.id"],
            ondelete="CASCADE",
        ),
        Index("ix_department_entries_town_id_list_id", "town_id", "list_id"),
        Index("ix_department_entries_town_id_id_hash", "town_id", "id_hash"),
    )

    town_id: Mapped[int] = mapped_column(ForeignKey("towns.id"), primary_key=True)
    id: Mapped[int] = tenant_id_column()
    list_id: Mapped[int] = mapped_column(BigInteger)
    row_no: Mapped[int] = mapped_column(Integer)  # the spreadsheet row, as Excel shows it
    member_id: Mapped[int] = mapped_column(BigInteger)  # as matched at import
    household_id: Mapped[int] = mapped_column(BigInteger)  # as matched at import
    id_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    # The number as the registry keeps one (``Member.id_cipher``, ``id_masked``), so that an
    # entry whose person has since left the registry still says whom the department paid.
    # Null only for entries written before migration 0011 whose person had left by then, or
    # written by SQL that leaves them out (the demo's lists): readers fall back on the member.
    id_cipher: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    id_masked: Mapped[str | None] = mapped_column(String(18), nullable=True)
    name: Mapped[str] = mapped_column(String(64))  # as the department wrote it
    amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    # 补贴类别 of disability subsidies: ``care`` 护理补贴 / ``living`` 生活补贴; else empty.
    category: Mapped[str] = mapped_column(String(16), default="")
    start_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # period or loan start
    end_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # period or loan end
    paid_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # 发放日期
    # The file's other columns (村, 培训项目, 岗位, 贷款银行 …): heading → cell text.
    extra: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)


# One finding per household, checkpoint and cycle from the policy rules, so that running them
# again adds nothing. Declared here (on the findings table) because only this package raises
# such findings; migration 0008 creates it.
POLICY_FINDING_INDEX = Index(
    "uq_findings_policy_rule",
    Finding.town_id,
    Finding.cycle_id,
    Finding.household_id,
    Finding.checkpoint,
    unique=True,
    postgresql_where=text("source = 'policy_rule'"),
)
