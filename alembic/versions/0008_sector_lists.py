"""Sector policies: department lists (低保, 特困, temporary aid, disability subsidies,
training, public-welfare jobs, microcredit) and their entries, matched to members by the ID
number's keyed hash.

The policy rules raise household findings (source ``policy_rule``): a partial unique index
keeps one per household, checkpoint and cycle, so that running the rules again adds nothing.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 05:20:29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from towncheck import rls

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "department_lists",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("label", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("sha256", sa.LargeBinary(length=32), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("total_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("imported_by", sa.Integer(), nullable=True),
        sa.Column(
            "imported_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["imported_by"], ["users.id"], name=op.f("fk_department_lists_imported_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_department_lists_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_department_lists")),
        sa.UniqueConstraint(
            "town_id",
            "kind",
            "year",
            "label",
            name=op.f("uq_department_lists_town_id_kind_year_label"),
        ),
    )
    op.create_table(
        "department_entries",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("list_id", sa.BigInteger(), nullable=False),
        sa.Column("row_no", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.BigInteger(), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("id_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("extra", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id", "list_id"],
            ["department_lists.town_id", "department_lists.id"],
            name=op.f("fk_department_entries_town_id_list_id_department_lists"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_department_entries_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_department_entries")),
    )
    op.create_index(
        "ix_department_entries_town_id_id_hash",
        "department_entries",
        ["town_id", "id_hash"],
        unique=False,
    )
    op.create_index(
        "ix_department_entries_town_id_list_id",
        "department_entries",
        ["town_id", "list_id"],
        unique=False,
    )
    op.create_index(
        "uq_findings_policy_rule",
        "findings",
        ["town_id", "cycle_id", "household_id", "checkpoint"],
        unique=True,
        postgresql_where=sa.text("source = 'policy_rule'"),
    )
    _secure()


TENANT_TABLES = ("department_lists", "department_entries")


def _secure() -> None:
    tw = rls.TOWN_WRITE
    statements: list[str] = []
    for table in TENANT_TABLES:
        statements += rls.secure(table, read=rls.TOWN_READ, insert=tw, update=tw, delete=tw)
    statements.append(rls.grant_sequences())
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    # Policy findings are ordinary household findings: they stay, only their index goes.
    op.drop_index(
        "uq_findings_policy_rule",
        table_name="findings",
        postgresql_where=sa.text("source = 'policy_rule'"),
    )
    op.drop_index("ix_department_entries_town_id_list_id", table_name="department_entries")
    op.drop_index("ix_department_entries_town_id_id_hash", table_name="department_entries")
    op.drop_table("department_entries")
    op.drop_table("department_lists")
