"""Key villages, social assistance and intra-province collaboration: a village's year
(collective income and its 五通十有 items), the social-assistance register and the
collaboration-fund register.

Findings may be about a village: ``village_id`` is new, and the village rules raise one
finding per village, checkpoint and cycle (source ``village_rule``, a partial unique index),
so that running them again adds nothing.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 05:31:12
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from towncheck import rls

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "collaboration_funds",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("partner", sa.String(length=128), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("used_on", sa.Date(), nullable=True),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_collaboration_funds_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_collaboration_funds_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_collaboration_funds")),
    )
    op.create_index(
        "ix_collaboration_funds_town_id_year",
        "collaboration_funds",
        ["town_id", "year"],
        unique=False,
    )
    op.create_table(
        "village_years",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("village_id", sa.BigInteger(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("collective_income", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("facilities", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "village_id"],
            ["villages.town_id", "villages.id"],
            name=op.f("fk_village_years_town_id_village_id_villages"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_village_years_town_id_towns")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["users.id"], name=op.f("fk_village_years_updated_by_users")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_village_years")),
        sa.UniqueConstraint(
            "town_id", "village_id", "year", name=op.f("uq_village_years_town_id_village_id_year")
        ),
    )
    op.create_index(
        "ix_village_years_town_id_year", "village_years", ["town_id", "year"], unique=False
    )
    op.create_table(
        "social_assistance",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("helper", sa.String(length=128), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("village_id", sa.BigInteger(), nullable=True),
        sa.Column("household_id", sa.BigInteger(), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_social_assistance_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "household_id"],
            ["households.town_id", "households.id"],
            name=op.f("fk_social_assistance_town_id_household_id_households"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "village_id"],
            ["villages.town_id", "villages.id"],
            name=op.f("fk_social_assistance_town_id_village_id_villages"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_social_assistance_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_social_assistance")),
    )
    op.create_index(
        "ix_social_assistance_town_id_given_on",
        "social_assistance",
        ["town_id", "given_on"],
        unique=False,
    )
    op.create_index(
        "ix_social_assistance_town_id_village_id",
        "social_assistance",
        ["town_id", "village_id"],
        unique=False,
    )
    op.add_column("findings", sa.Column("village_id", sa.BigInteger(), nullable=True))
    op.create_index(
        "uq_findings_village_rule",
        "findings",
        ["town_id", "cycle_id", "village_id", "checkpoint"],
        unique=True,
        postgresql_where=sa.text("source = 'village_rule'"),
    )
    op.create_foreign_key(
        op.f("fk_findings_town_id_village_id_villages"),
        "findings",
        "villages",
        ["town_id", "village_id"],
        ["town_id", "id"],
    )
    _secure()


TENANT_TABLES = ("village_years", "social_assistance", "collaboration_funds")


def _secure() -> None:
    tw = rls.TOWN_WRITE
    statements: list[str] = []
    for table in TENANT_TABLES:
        statements += rls.secure(table, read=rls.TOWN_READ, insert=tw, update=tw, delete=tw)
    statements.append(rls.grant_sequences())
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    # Village findings have neither household nor project: they (and what hangs on them)
    # cannot stay once their village column is gone.
    op.execute(
        "delete from ledger_transitions t using ledger_items li, findings f"
        " where t.town_id = li.town_id and t.item_id = li.id"
        " and li.town_id = f.town_id and li.finding_id = f.id and f.source = 'village_rule'"
    )
    op.execute(
        "delete from ledger_items li using findings f where li.town_id = f.town_id"
        " and li.finding_id = f.id and f.source = 'village_rule'"
    )
    op.execute(
        "delete from appeals a using findings f where a.town_id = f.town_id"
        " and a.finding_id = f.id and f.source = 'village_rule'"
    )
    op.execute("delete from findings where source = 'village_rule'")
    op.drop_constraint(
        op.f("fk_findings_town_id_village_id_villages"), "findings", type_="foreignkey"
    )
    op.drop_index(
        "uq_findings_village_rule",
        table_name="findings",
        postgresql_where=sa.text("source = 'village_rule'"),
    )
    op.drop_column("findings", "village_id")
    op.drop_index("ix_social_assistance_town_id_village_id", table_name="social_assistance")
    op.drop_index("ix_social_assistance_town_id_given_on", table_name="social_assistance")
    op.drop_table("social_assistance")
    op.drop_index("ix_village_years_town_id_year", table_name="village_years")
    op.drop_table("village_years")
    op.drop_index("ix_collaboration_funds_town_id_year", table_name="collaboration_funds")
    op.drop_table("collaboration_funds")
