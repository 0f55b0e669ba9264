"""Foundation: tenancy tree, accounts, sessions, tokens, audit chains, job runs.

Revision ID: 0001
Revises:
Create Date: 2026-11-29 23:49:31.636461
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from towncheck import rls

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "counties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_counties")),
        sa.UniqueConstraint("code", name=op.f("uq_counties_code")),
    )
    op.create_table(
        "login_failures",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column(
            "failed_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failures")),
    )
    op.create_index(
        "ix_login_failures_address_failed_at",
        "login_failures",
        ["address", "failed_at"],
        unique=False,
    )
    op.create_index(
        "ix_login_failures_username_failed_at",
        "login_failures",
        ["username", "failed_at"],
        unique=False,
    )
    op.create_table(
        "county_audit_entries",
        sa.Column("county_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("actor_user_id", sa.Integer(), nullable=True),
        sa.Column("actor_token_id", sa.Integer(), nullable=True),
        sa.Column("actor_label", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("target_type", sa.String(length=64), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("before", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("after", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("prev_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["county_id"], ["counties.id"], name=op.f("fk_county_audit_entries_county_id_counties")
        ),
        sa.PrimaryKeyConstraint("county_id", "seq", name=op.f("pk_county_audit_entries")),
    )
    op.create_table(
        "job_runs",
        sa.Column("id", sa.UUID(), nullable=False),
        sa.Column("county_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("params", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("result", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("requested_by", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["county_id"], ["counties.id"], name=op.f("fk_job_runs_county_id_counties")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_runs")),
    )
    op.create_index(op.f("ix_job_runs_county_id"), "job_runs", ["county_id"], unique=False)
    op.create_table(
        "towns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("county_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["county_id"], ["counties.id"], name=op.f("fk_towns_county_id_counties")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_towns")),
        sa.UniqueConstraint("code", name=op.f("uq_towns_code")),
        sa.UniqueConstraint("county_id", "name", name=op.f("uq_towns_county_id_name")),
    )
    op.create_index(op.f("ix_towns_county_id"), "towns", ["county_id"], unique=False)
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("county_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("display_name", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default="true", nullable=False),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["county_id"], ["counties.id"], name=op.f("fk_users_county_id_counties")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("phone", name=op.f("uq_users_phone")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_index(op.f("ix_users_county_id"), "users", ["county_id"], unique=False)
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("county_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("token_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("town_ids", postgresql.ARRAY(sa.Integer()), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["county_id"], ["counties.id"], name=op.f("fk_api_tokens_county_id_counties")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_api_tokens_created_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_api_tokens_token_hash")),
    )
    op.create_index(op.f("ix_api_tokens_county_id"), "api_tokens", ["county_id"], unique=False)
    op.create_table(
        "areas",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(["town_id"], ["towns.id"], name=op.f("fk_areas_town_id_towns")),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_areas")),
        sa.UniqueConstraint("town_id", "name", name=op.f("uq_areas_town_id_name")),
    )
    op.create_table(
        "audit_entries",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("actor_user_id", sa.Integer(), nullable=True),
        sa.Column("actor_token_id", sa.Integer(), nullable=True),
        sa.Column("actor_label", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("target_type", sa.String(length=64), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("before", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("after", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("prev_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_audit_entries_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "seq", name=op.f("pk_audit_entries")),
    )
    op.create_table(
        "county_memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("county_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["county_id"], ["counties.id"], name=op.f("fk_county_memberships_county_id_counties")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_county_memberships_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_county_memberships")),
        sa.UniqueConstraint(
            "user_id",
            "county_id",
            "role",
            name=op.f("uq_county_memberships_user_id_county_id_role"),
        ),
    )
    op.create_index(
        op.f("ix_county_memberships_user_id"), "county_memberships", ["user_id"], unique=False
    )
    op.create_table(
        "offices",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(["town_id"], ["towns.id"], name=op.f("fk_offices_town_id_towns")),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_offices")),
        sa.UniqueConstraint("town_id", "name", name=op.f("uq_offices_town_id_name")),
    )
    op.create_table(
        "user_sessions",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("address", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_sessions_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_user_sessions_token_hash")),
    )
    op.create_index(op.f("ix_user_sessions_user_id"), "user_sessions", ["user_id"], unique=False)
    op.create_table(
        "villages",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("area_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("is_key_village", sa.Boolean(), server_default="false", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "area_id"],
            ["areas.town_id", "areas.id"],
            name=op.f("fk_villages_town_id_area_id_areas"),
        ),
        sa.ForeignKeyConstraint(["town_id"], ["towns.id"], name=op.f("fk_villages_town_id_towns")),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_villages")),
        sa.UniqueConstraint("town_id", "name", name=op.f("uq_villages_town_id_name")),
    )
    op.create_index("ix_villages_town_id_area_id", "villages", ["town_id", "area_id"], unique=False)
    op.create_table(
        "town_memberships",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("office_id", sa.BigInteger(), nullable=True),
        sa.Column("area_id", sa.BigInteger(), nullable=True),
        sa.Column("village_id", sa.BigInteger(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "area_id"],
            ["areas.town_id", "areas.id"],
            name=op.f("fk_town_memberships_town_id_area_id_areas"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "office_id"],
            ["offices.town_id", "offices.id"],
            name=op.f("fk_town_memberships_town_id_office_id_offices"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "village_id"],
            ["villages.town_id", "villages.id"],
            name=op.f("fk_town_memberships_town_id_village_id_villages"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_town_memberships_town_id_towns")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_town_memberships_user_id_users")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_town_memberships")),
    )
    op.create_index(
        "ix_town_memberships_town_id_user_id",
        "town_memberships",
        ["town_id", "user_id"],
        unique=False,
    )

    op.create_table(
        "audit_tips",
        sa.Column("chain", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        sa.PrimaryKeyConstraint("chain", name=op.f("pk_audit_tips")),
    )
    _secure()


def _secure() -> None:
    """Row-level security and the login role's grants (the part autogenerate cannot see)."""
    tw, cw = rls.TOWN_WRITE, rls.COUNTY_WRITE
    statements: list[str] = [*rls.create_app_role(), *rls.HELPER_FUNCTIONS]
    for table in ("offices", "areas", "villages"):
        statements += rls.secure(table, read=rls.TOWN_READ, insert=tw, update=tw, delete=tw)
    statements += rls.secure(
        "town_memberships",
        read=f"{rls.TOWN_READ} or {rls.OWN_USER}",
        insert=tw,
        update=tw,
        delete=tw,
    )
    statements += rls.secure("audit_entries", read=rls.TOWN_READ, insert=tw)
    statements += rls.secure(
        "county_audit_entries",
        read=rls.COUNTY_READ,
        insert=f"{cw} or county_id = app_audit_county()",
    )
    statements += rls.secure("job_runs", read=rls.COUNTY_READ, insert=cw, update=cw)
    statements += rls.secure(
        "users",
        read=f"{rls.COUNTY_READ} or id = app_user_id() or {rls.NAMED_ACCOUNT}",
        insert=cw,
        update=f"{cw} or id = app_user_id()",
    )
    statements += rls.secure(
        "county_memberships", read=f"{rls.COUNTY_READ} or {rls.OWN_USER}", insert=cw, delete=cw
    )
    statements += rls.secure(
        "user_sessions",
        read=f"{rls.OWN_USER} or {rls.PRESENTED_SECRET}",
        insert=rls.OWN_USER,
        update=rls.OWN_USER,
    )
    statements += rls.secure(
        "api_tokens", read=f"{rls.COUNTY_READ} or {rls.PRESENTED_SECRET}", insert=cw, update=cw
    )
    statements += [
        rls.grant_reference("counties"),
        rls.grant_reference("towns"),
        # Chain tips hold only sequence numbers and hashes: no row-level security needed.
        rls.grant_reference("audit_tips", "select, insert, update"),
        rls.grant_reference("login_failures", "select, insert, delete"),
        rls.grant_sequences(),
    ]
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    op.drop_table("audit_tips")
    op.drop_index("ix_town_memberships_town_id_user_id", table_name="town_memberships")
    op.drop_table("town_memberships")
    op.drop_index("ix_villages_town_id_area_id", table_name="villages")
    op.drop_table("villages")
    op.drop_index(op.f("ix_user_sessions_user_id"), table_name="user_sessions")
    op.drop_table("user_sessions")
    op.drop_table("offices")
    op.drop_index(op.f("ix_county_memberships_user_id"), table_name="county_memberships")
    op.drop_table("county_memberships")
    op.drop_table("audit_entries")
    op.drop_table("areas")
    op.drop_index(op.f("ix_api_tokens_county_id"), table_name="api_tokens")
    op.drop_table("api_tokens")
    op.drop_index(op.f("ix_users_county_id"), table_name="users")
    op.drop_table("users")
    op.drop_index(op.f("ix_towns_county_id"), table_name="towns")
    op.drop_table("towns")
    op.drop_index(op.f("ix_job_runs_county_id"), table_name="job_runs")
    op.drop_table("job_runs")
    op.drop_table("county_audit_entries")
    op.drop_index("ix_login_failures_username_failed_at", table_name="login_failures")
    op.drop_index("ix_login_failures_address_failed_at", table_name="login_failures")
    op.drop_table("login_failures")
    op.drop_table("counties")
