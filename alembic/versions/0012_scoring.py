"""Scoring: snapshots of a cycle's scores, with household rows, per-checkpoint parts, group
totals and indicators.

A snapshot and its rows are written once, in one transaction, and never changed afterwards
(only the snapshot's own totals are set at the end of that transaction): the app's role may
insert them, and update snapshots, but not rewrite or delete scored rows.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 06:23:01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from towncheck import rls

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "score_snapshots",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("cycle_id", sa.BigInteger(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.UUID(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("template_version_id", sa.BigInteger(), nullable=False),
        sa.Column("data_cutoff", sa.DateTime(timezone=True), nullable=False),
        sa.Column("audit_seq", sa.BigInteger(), nullable=False),
        sa.Column("households", sa.Integer(), nullable=False),
        sa.Column("score", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "cycle_id"],
            ["cycles.town_id", "cycles.id"],
            name=op.f("fk_score_snapshots_town_id_cycle_id_cycles"),
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_score_snapshots")),
        sa.UniqueConstraint(
            "town_id", "cycle_id", "job_id", name=op.f("uq_score_snapshots_town_id_cycle_id_job_id")
        ),
        sa.UniqueConstraint(
            "town_id", "cycle_id", "number", name=op.f("uq_score_snapshots_town_id_cycle_id_number")
        ),
    )
    op.create_table(
        "household_scores",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("snapshot_id", sa.BigInteger(), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("village_id", sa.BigInteger(), nullable=False),
        sa.Column("earned", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("possible", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("failed", postgresql.ARRAY(sa.String(length=32)), nullable=False),
        sa.Column("skipped", postgresql.ARRAY(sa.String(length=32)), nullable=False),
        sa.Column("satisfaction", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["town_id", "snapshot_id"],
            ["score_snapshots.town_id", "score_snapshots.id"],
            name=op.f("fk_household_scores_town_id_snapshot_id_score_snapshots"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "town_id", "snapshot_id", "household_id", name=op.f("pk_household_scores")
        ),
    )
    op.create_table(
        "score_indicators",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("snapshot_id", sa.BigInteger(), nullable=False),
        sa.Column("level", sa.String(length=8), nullable=False),
        sa.Column("subject_id", sa.BigInteger(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("numerator", sa.Numeric(precision=14, scale=4), nullable=False),
        sa.Column("denominator", sa.Numeric(precision=14, scale=4), nullable=False),
        sa.Column("value", sa.Numeric(precision=10, scale=4), nullable=True),
        sa.Column("low", sa.Numeric(precision=10, scale=4), nullable=True),
        sa.Column("high", sa.Numeric(precision=10, scale=4), nullable=True),
        sa.ForeignKeyConstraint(
            ["town_id", "snapshot_id"],
            ["score_snapshots.town_id", "score_snapshots.id"],
            name=op.f("fk_score_indicators_town_id_snapshot_id_score_snapshots"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "town_id",
            "snapshot_id",
            "level",
            "subject_id",
            "code",
            name=op.f("pk_score_indicators"),
        ),
    )
    op.create_table(
        "score_parts",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("snapshot_id", sa.BigInteger(), nullable=False),
        sa.Column("level", sa.String(length=8), nullable=False),
        sa.Column("subject_id", sa.BigInteger(), nullable=False),
        sa.Column("checkpoint", sa.String(length=32), nullable=False),
        sa.Column("assessed", sa.Integer(), nullable=False),
        sa.Column("passed", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id", "snapshot_id"],
            ["score_snapshots.town_id", "score_snapshots.id"],
            name=op.f("fk_score_parts_town_id_snapshot_id_score_snapshots"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "town_id",
            "snapshot_id",
            "level",
            "subject_id",
            "checkpoint",
            name=op.f("pk_score_parts"),
        ),
    )
    op.create_table(
        "scores",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("snapshot_id", sa.BigInteger(), nullable=False),
        sa.Column("level", sa.String(length=8), nullable=False),
        sa.Column("subject_id", sa.BigInteger(), nullable=False),
        sa.Column("households", sa.Integer(), nullable=False),
        sa.Column("earned", sa.Numeric(precision=12, scale=4), nullable=False),
        sa.Column("possible", sa.Numeric(precision=12, scale=4), nullable=False),
        sa.Column("score", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.ForeignKeyConstraint(
            ["town_id", "snapshot_id"],
            ["score_snapshots.town_id", "score_snapshots.id"],
            name=op.f("fk_scores_town_id_snapshot_id_score_snapshots"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "town_id", "snapshot_id", "level", "subject_id", name=op.f("pk_scores")
        ),
    )
    _secure()


ROW_TABLES = ("household_scores", "score_parts", "scores", "score_indicators")


def _secure() -> None:
    tw = rls.TOWN_WRITE
    statements = rls.secure("score_snapshots", read=rls.TOWN_READ, insert=tw, update=tw)
    for table in ROW_TABLES:
        statements += rls.secure(table, read=rls.TOWN_READ, insert=tw)
    statements.append(rls.grant_sequences())
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    op.drop_table("scores")
    op.drop_table("score_parts")
    op.drop_table("score_indicators")
    op.drop_table("household_scores")
    op.drop_table("score_snapshots")
