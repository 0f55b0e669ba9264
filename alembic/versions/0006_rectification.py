"""Rectification: the ledger with its transitions, appeals, notifications and closing exceptions.

Findings gain who confirmed a fix on the spot, and may come without a visit (a sweep raises
them from registry data).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 04:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from towncheck import rls

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notifications",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.BigInteger(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_notifications_town_id_towns")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_notifications_user_id_users")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_notifications")),
        sa.UniqueConstraint(
            "town_id",
            "user_id",
            "item_id",
            "kind",
            name=op.f("uq_notifications_town_id_user_id_item_id_kind"),
        ),
    )
    op.create_index(
        "ix_notifications_town_id_user_id_id",
        "notifications",
        ["town_id", "user_id", "id"],
        unique=False,
    )
    op.create_table(
        "closing_exceptions",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("open_items", sa.BigInteger(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.Column(
            "recorded_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_closing_exceptions_recorded_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "cycle_id"],
            ["cycles.town_id", "cycles.id"],
            name=op.f("fk_closing_exceptions_town_id_cycle_id_cycles"),
        ),
        sa.PrimaryKeyConstraint("town_id", "cycle_id", name=op.f("pk_closing_exceptions")),
    )
    op.create_table(
        "appeals",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("finding_id", sa.BigInteger(), nullable=False),
        sa.Column("appellant_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("evidence", postgresql.ARRAY(sa.String(length=255)), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["appellant_id"], ["users.id"], name=op.f("fk_appeals_appellant_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["users.id"], name=op.f("fk_appeals_decided_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "finding_id"],
            ["findings.town_id", "findings.id"],
            name=op.f("fk_appeals_town_id_finding_id_findings"),
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_appeals")),
    )
    op.create_index(
        "ix_appeals_town_id_finding_id", "appeals", ["town_id", "finding_id"], unique=False
    )
    op.create_table(
        "ledger_items",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("cycle_id", sa.BigInteger(), nullable=False),
        sa.Column("finding_id", sa.BigInteger(), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=True),
        sa.Column("village_id", sa.BigInteger(), nullable=True),
        sa.Column("area_id", sa.BigInteger(), nullable=True),
        sa.Column("checkpoint", sa.String(length=32), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("measures", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("severity", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("flag", sa.String(length=12), nullable=False),
        sa.Column("evidence", postgresql.ARRAY(sa.String(length=255)), nullable=False),
        sa.Column("result_note", sa.Text(), nullable=False),
        sa.Column("effectiveness", sa.Text(), nullable=False),
        sa.Column("reopened", sa.SmallInteger(), nullable=False),
        sa.Column("swept_from", sa.BigInteger(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signed_off_by", sa.Integer(), nullable=True),
        sa.Column("signed_off_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_ledger_items_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_ledger_items_owner_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["signed_off_by"], ["users.id"], name=op.f("fk_ledger_items_signed_off_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "cycle_id"],
            ["cycles.town_id", "cycles.id"],
            name=op.f("fk_ledger_items_town_id_cycle_id_cycles"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "finding_id"],
            ["findings.town_id", "findings.id"],
            name=op.f("fk_ledger_items_town_id_finding_id_findings"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "household_id"],
            ["households.town_id", "households.id"],
            name=op.f("fk_ledger_items_town_id_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_ledger_items_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_ledger_items")),
        sa.UniqueConstraint(
            "town_id", "finding_id", name=op.f("uq_ledger_items_town_id_finding_id")
        ),
    )
    op.create_index(
        "ix_ledger_items_town_id_area_id_state",
        "ledger_items",
        ["town_id", "area_id", "state", "id"],
        unique=False,
    )
    op.create_index(
        "ix_ledger_items_town_id_cycle_id_state",
        "ledger_items",
        ["town_id", "cycle_id", "state", "id"],
        unique=False,
    )
    op.create_index(
        "ix_ledger_items_town_id_household_id",
        "ledger_items",
        ["town_id", "household_id", "checkpoint"],
        unique=False,
    )
    op.create_index(
        "ix_ledger_items_town_id_owner_id", "ledger_items", ["town_id", "owner_id"], unique=False
    )
    op.create_table(
        "ledger_transitions",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("item_id", sa.BigInteger(), nullable=False),
        sa.Column("from_state", sa.String(length=16), nullable=False),
        sa.Column("to_state", sa.String(length=16), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("evidence", postgresql.ARRAY(sa.String(length=255)), nullable=False),
        sa.Column(
            "at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["users.id"], name=op.f("fk_ledger_transitions_actor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "item_id"],
            ["ledger_items.town_id", "ledger_items.id"],
            name=op.f("fk_ledger_transitions_town_id_item_id_ledger_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_ledger_transitions")),
    )
    op.create_index(
        "ix_ledger_transitions_town_id_item_id",
        "ledger_transitions",
        ["town_id", "item_id"],
        unique=False,
    )
    op.add_column("findings", sa.Column("fix_confirmed_by", sa.Integer(), nullable=True))
    op.alter_column("findings", "visit_id", existing_type=sa.BIGINT(), nullable=True)
    op.create_foreign_key(
        op.f("fk_findings_fix_confirmed_by_users"),
        "findings",
        "users",
        ["fix_confirmed_by"],
        ["id"],
    )
    _secure()


TENANT_TABLES = (
    "ledger_items",
    "appeals",
    "notifications",
    "closing_exceptions",
)


def _secure() -> None:
    tw = rls.TOWN_WRITE
    statements: list[str] = []
    for table in TENANT_TABLES:
        statements += rls.secure(table, read=rls.TOWN_READ, insert=tw, update=tw, delete=tw)
    # History is appended, never rewritten.
    statements += rls.secure("ledger_transitions", read=rls.TOWN_READ, insert=tw)
    statements.append(rls.grant_sequences())
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    op.drop_constraint(op.f("fk_findings_fix_confirmed_by_users"), "findings", type_="foreignkey")
    op.alter_column("findings", "visit_id", existing_type=sa.BIGINT(), nullable=False)
    op.drop_column("findings", "fix_confirmed_by")
    op.drop_index("ix_ledger_transitions_town_id_item_id", table_name="ledger_transitions")
    op.drop_table("ledger_transitions")
    op.drop_index("ix_ledger_items_town_id_owner_id", table_name="ledger_items")
    op.drop_index("ix_ledger_items_town_id_household_id", table_name="ledger_items")
    op.drop_index("ix_ledger_items_town_id_cycle_id_state", table_name="ledger_items")
    op.drop_index("ix_ledger_items_town_id_area_id_state", table_name="ledger_items")
    op.drop_table("ledger_items")
    op.drop_index("ix_appeals_town_id_finding_id", table_name="appeals")
    op.drop_table("appeals")
    op.drop_table("closing_exceptions")
    op.drop_index("ix_notifications_town_id_user_id_id", table_name="notifications")
    op.drop_table("notifications")
