"""Cross-check: teams, the draw and its commitments, the areas and households drawn, bulletins.

Findings gain the cadre held responsible and a third source, ``discrepancy`` (a cross-check
answer that differs from the self-check's), which may stand beside a rule or answer
finding on the same checkpoint of the same visit.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 04:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from towncheck import rls

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bulletins",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("cycle_id", sa.BigInteger(), nullable=False),
        sa.Column("version", sa.SmallInteger(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("data_cutoff", sa.DateTime(timezone=True), nullable=False),
        sa.Column("summary", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("html", sa.Text(), nullable=False),
        sa.Column("xlsx", sa.LargeBinary(), nullable=False),
        sa.Column("findings_count", sa.Integer(), nullable=False),
        sa.Column("generated_by", sa.Integer(), nullable=True),
        sa.Column(
            "generated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("published_by", sa.Integer(), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["generated_by"], ["users.id"], name=op.f("fk_bulletins_generated_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["published_by"], ["users.id"], name=op.f("fk_bulletins_published_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "cycle_id"],
            ["cycles.town_id", "cycles.id"],
            name=op.f("fk_bulletins_town_id_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_bulletins")),
        sa.UniqueConstraint(
            "town_id", "cycle_id", "version", name=op.f("uq_bulletins_town_id_cycle_id_version")
        ),
    )
    op.create_table(
        "draws",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("commit_deadline", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reveal_deadline", sa.DateTime(timezone=True), nullable=False),
        sa.Column("avoid_previous", sa.Boolean(), nullable=False),
        sa.Column("sample_rates", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("algorithm", sa.String(length=32), nullable=False),
        sa.Column("inputs", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("seed", sa.String(length=64), nullable=False),
        sa.Column("fallback", sa.String(length=64), nullable=True),
        sa.Column("result", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("opened_by", sa.Integer(), nullable=True),
        sa.Column("drawn_by", sa.Integer(), nullable=True),
        sa.Column("drawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(["drawn_by"], ["users.id"], name=op.f("fk_draws_drawn_by_users")),
        sa.ForeignKeyConstraint(["opened_by"], ["users.id"], name=op.f("fk_draws_opened_by_users")),
        sa.ForeignKeyConstraint(
            ["town_id", "cycle_id"],
            ["cycles.town_id", "cycles.id"],
            name=op.f("fk_draws_town_id_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("town_id", "cycle_id", name=op.f("pk_draws")),
    )
    op.create_table(
        "teams",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("cycle_id", sa.BigInteger(), nullable=False),
        sa.Column("office_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("director_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["director_id"], ["users.id"], name=op.f("fk_teams_director_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "cycle_id"],
            ["cycles.town_id", "cycles.id"],
            name=op.f("fk_teams_town_id_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "office_id"],
            ["offices.town_id", "offices.id"],
            name=op.f("fk_teams_town_id_office_id_offices"),
        ),
        sa.ForeignKeyConstraint(["town_id"], ["towns.id"], name=op.f("fk_teams_town_id_towns")),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_teams")),
        sa.UniqueConstraint(
            "town_id", "cycle_id", "office_id", name=op.f("uq_teams_town_id_cycle_id_office_id")
        ),
    )
    op.create_table(
        "cross_samples",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.BigInteger(), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("team_id", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id", "cycle_id"],
            ["cycles.town_id", "cycles.id"],
            name=op.f("fk_cross_samples_town_id_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "household_id"],
            ["households.town_id", "households.id"],
            name=op.f("fk_cross_samples_town_id_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "team_id"],
            ["teams.town_id", "teams.id"],
            name=op.f("fk_cross_samples_town_id_team_id_teams"),
        ),
        sa.PrimaryKeyConstraint(
            "town_id", "cycle_id", "household_id", name=op.f("pk_cross_samples")
        ),
    )
    op.create_index(
        "ix_cross_samples_town_id_cycle_id_team_id",
        "cross_samples",
        ["town_id", "cycle_id", "team_id"],
        unique=False,
    )
    op.create_table(
        "draw_commitments",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.BigInteger(), nullable=False),
        sa.Column("team_id", sa.BigInteger(), nullable=False),
        sa.Column("commitment", sa.String(length=64), nullable=False),
        sa.Column("committed_by", sa.Integer(), nullable=False),
        sa.Column(
            "committed_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("secret", sa.String(length=64), nullable=True),
        sa.Column("revealed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["committed_by"], ["users.id"], name=op.f("fk_draw_commitments_committed_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "cycle_id"],
            ["draws.town_id", "draws.cycle_id"],
            name=op.f("fk_draw_commitments_town_id_cycle_id_draws"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "team_id"],
            ["teams.town_id", "teams.id"],
            name=op.f("fk_draw_commitments_town_id_team_id_teams"),
        ),
        sa.PrimaryKeyConstraint("town_id", "cycle_id", "team_id", name=op.f("pk_draw_commitments")),
    )
    op.create_table(
        "team_areas",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.BigInteger(), nullable=False),
        sa.Column("area_id", sa.BigInteger(), nullable=False),
        sa.Column("team_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id", "area_id"],
            ["areas.town_id", "areas.id"],
            name=op.f("fk_team_areas_town_id_area_id_areas"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "cycle_id"],
            ["cycles.town_id", "cycles.id"],
            name=op.f("fk_team_areas_town_id_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "team_id"],
            ["teams.town_id", "teams.id"],
            name=op.f("fk_team_areas_town_id_team_id_teams"),
        ),
        sa.PrimaryKeyConstraint("town_id", "cycle_id", "area_id", name=op.f("pk_team_areas")),
    )
    op.create_table(
        "team_members",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id", "team_id"],
            ["teams.town_id", "teams.id"],
            name=op.f("fk_team_members_town_id_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_team_members_user_id_users")
        ),
        sa.PrimaryKeyConstraint("town_id", "team_id", "user_id", name=op.f("pk_team_members")),
    )
    op.create_index(
        "ix_team_members_town_id_user_id", "team_members", ["town_id", "user_id"], unique=False
    )
    op.add_column("findings", sa.Column("responsible_id", sa.Integer(), nullable=True))
    op.alter_column(
        "findings",
        "source",
        existing_type=sa.VARCHAR(length=8),
        type_=sa.String(length=12),
        existing_nullable=False,
    )
    op.drop_constraint(op.f("uq_findings_town_id_visit_id_checkpoint"), "findings", type_="unique")
    op.create_unique_constraint(
        op.f("uq_findings_town_id_visit_id_checkpoint_source"),
        "findings",
        ["town_id", "visit_id", "checkpoint", "source"],
    )
    op.create_foreign_key(
        op.f("fk_findings_responsible_id_users"), "findings", "users", ["responsible_id"], ["id"]
    )
    _secure()


TENANT_TABLES = (
    "teams",
    "team_members",
    "draws",
    "draw_commitments",
    "team_areas",
    "cross_samples",
    "bulletins",
)


def _secure() -> None:
    tw = rls.TOWN_WRITE
    statements: list[str] = []
    for table in TENANT_TABLES:
        statements += rls.secure(table, read=rls.TOWN_READ, insert=tw, update=tw, delete=tw)
    statements.append(rls.grant_sequences())
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    op.drop_constraint(op.f("fk_findings_responsible_id_users"), "findings", type_="foreignkey")
    op.drop_constraint(
        op.f("uq_findings_town_id_visit_id_checkpoint_source"), "findings", type_="unique"
    )
    op.create_unique_constraint(
        op.f("uq_findings_town_id_visit_id_checkpoint"),
        "findings",
        ["town_id", "visit_id", "checkpoint"],
        postgresql_nulls_not_distinct=False,
    )
    op.alter_column(
        "findings",
        "source",
        existing_type=sa.String(length=12),
        type_=sa.VARCHAR(length=8),
        existing_nullable=False,
    )
    op.drop_column("findings", "responsible_id")
    op.drop_index("ix_team_members_town_id_user_id", table_name="team_members")
    op.drop_table("team_members")
    op.drop_table("team_areas")
    op.drop_table("draw_commitments")
    op.drop_index("ix_cross_samples_town_id_cycle_id_team_id", table_name="cross_samples")
    op.drop_table("cross_samples")
    op.drop_table("teams")
    op.drop_table("draws")
    op.drop_table("bulletins")
