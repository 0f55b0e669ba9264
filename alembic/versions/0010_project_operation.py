"""A project's operation and funds: how it is run (self-run with targets, or leased /
entrusted by contract), what was paid out for it (against contract, progress or final
account) and its funds (final account, surplus and its use, published allocation).

The rules over them (二.3.4, 二.5.1, 二.5.3, 二.5.4) store their findings like every project
rule (source ``project_rule``): nothing new on ``findings``.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 05:50:06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from towncheck import rls

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fund_disbursements",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("project_id", sa.BigInteger(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("basis", sa.String(length=16), nullable=False),
        sa.Column("voucher_no", sa.String(length=64), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_fund_disbursements_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "project_id"],
            ["projects.town_id", "projects.id"],
            name=op.f("fk_fund_disbursements_town_id_project_id_projects"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_fund_disbursements_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_fund_disbursements")),
    )
    op.create_index(
        "ix_fund_disbursements_town_id_project_id",
        "fund_disbursements",
        ["town_id", "project_id"],
        unique=False,
    )
    op.create_table(
        "project_funds",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("project_id", sa.BigInteger(), nullable=False),
        sa.Column("final_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("final_on", sa.Date(), nullable=True),
        sa.Column("surplus_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("surplus_use", sa.Text(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "project_id"],
            ["projects.town_id", "projects.id"],
            name=op.f("fk_project_funds_town_id_project_id_projects"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_project_funds_town_id_towns")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["users.id"], name=op.f("fk_project_funds_updated_by_users")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_project_funds")),
        sa.UniqueConstraint(
            "town_id", "project_id", name=op.f("uq_project_funds_town_id_project_id")
        ),
    )
    op.create_table(
        "project_operations",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("project_id", sa.BigInteger(), nullable=False),
        sa.Column("mode", sa.String(length=12), nullable=False),
        sa.Column("operator", sa.String(length=128), nullable=False),
        sa.Column("contract_no", sa.String(length=64), nullable=False),
        sa.Column("contract_on", sa.Date(), nullable=True),
        sa.Column("term_start", sa.Date(), nullable=True),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("annual_return", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("households_assisted", sa.Integer(), nullable=False),
        sa.Column("upkeep_party", sa.String(length=128), nullable=False),
        sa.Column("liability_note", sa.Text(), nullable=False),
        sa.Column("targets", sa.Text(), nullable=False),
        sa.Column("idle", sa.Boolean(), nullable=False),
        sa.Column("damaged", sa.Boolean(), nullable=False),
        sa.Column("updated_on", sa.Date(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["town_id", "project_id"],
            ["projects.town_id", "projects.id"],
            name=op.f("fk_project_operations_town_id_project_id_projects"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_project_operations_town_id_towns")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["users.id"], name=op.f("fk_project_operations_updated_by_users")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_project_operations")),
        sa.UniqueConstraint(
            "town_id", "project_id", name=op.f("uq_project_operations_town_id_project_id")
        ),
    )
    _secure()


TENANT_TABLES = ("project_operations", "fund_disbursements", "project_funds")


def _secure() -> None:
    tw = rls.TOWN_WRITE
    statements: list[str] = []
    for table in TENANT_TABLES:
        statements += rls.secure(table, read=rls.TOWN_READ, insert=tw, update=tw, delete=tw)
    statements.append(rls.grant_sequences())
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    op.drop_table("project_operations")
    op.drop_table("project_funds")
    op.drop_index("ix_fund_disbursements_town_id_project_id", table_name="fund_disbursements")
    op.drop_table("fund_disbursements")
