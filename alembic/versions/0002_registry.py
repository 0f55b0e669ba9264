"""Registry: households, members, income, living conditions, status procedures, risk flags.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 00:35:01.046505
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from towncheck import rls

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "poverty_lines",
        sa.Column("county_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("line", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("margin", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["county_id"], ["counties.id"], name=op.f("fk_poverty_lines_county_id_counties")
        ),
        sa.PrimaryKeyConstraint("county_id", "year", name=op.f("pk_poverty_lines")),
    )
    op.create_table(
        "uploads",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(["town_id"], ["towns.id"], name=op.f("fk_uploads_town_id_towns")),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_uploads")),
    )
    op.create_table(
        "households",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("village_id", sa.BigInteger(), nullable=False),
        sa.Column("head_name", sa.String(length=64), nullable=False),
        sa.Column("head_id_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("lifted_year", sa.SmallInteger(), nullable=True),
        sa.Column("poverty_causes", postgresql.ARRAY(sa.String(length=32)), nullable=False),
        sa.Column("assistance_measures", postgresql.ARRAY(sa.String(length=64)), nullable=False),
        sa.Column("phone_cipher", sa.LargeBinary(), nullable=True),
        sa.Column("phone_hash", sa.LargeBinary(length=32), nullable=True),
        sa.Column("phone_masked", sa.String(length=20), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id", "village_id"],
            ["villages.town_id", "villages.id"],
            name=op.f("fk_households_town_id_village_id_villages"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_households_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_households")),
        sa.UniqueConstraint(
            "town_id", "head_id_hash", name=op.f("uq_households_town_id_head_id_hash")
        ),
    )
    op.create_index(
        "ix_households_town_id_category", "households", ["town_id", "category"], unique=False
    )
    op.create_index(
        "ix_households_town_id_village_id", "households", ["town_id", "village_id"], unique=False
    )
    op.create_table(
        "household_helpers",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id", "household_id"],
            ["households.town_id", "households.id"],
            name=op.f("fk_household_helpers_town_id_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_household_helpers_town_id_towns")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_household_helpers_user_id_users")
        ),
        sa.PrimaryKeyConstraint(
            "town_id", "household_id", "user_id", name=op.f("pk_household_helpers")
        ),
    )
    op.create_index(
        "ix_household_helpers_town_id_user_id",
        "household_helpers",
        ["town_id", "user_id"],
        unique=False,
    )
    op.create_table(
        "incomes",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("wages", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("production", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("property", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("transfers", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("production_costs", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id", "household_id"],
            ["households.town_id", "households.id"],
            name=op.f("fk_incomes_town_id_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["town_id"], ["towns.id"], name=op.f("fk_incomes_town_id_towns")),
        sa.PrimaryKeyConstraint("town_id", "household_id", "year", name=op.f("pk_incomes")),
    )
    op.create_table(
        "living_conditions",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("housing_grade", sa.String(length=1), nullable=False),
        sa.Column("assessed_by", sa.String(length=64), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("repair_plan", sa.Text(), nullable=False),
        sa.Column("plan_due", sa.Date(), nullable=True),
        sa.Column("plan_done_on", sa.Date(), nullable=True),
        sa.Column("water_safe", sa.Boolean(), nullable=False),
        sa.Column("water_source", sa.String(length=32), nullable=False),
        sa.Column("sanitation", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id", "household_id"],
            ["households.town_id", "households.id"],
            name=op.f("fk_living_conditions_town_id_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_living_conditions_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "household_id", name=op.f("pk_living_conditions")),
    )
    op.create_table(
        "members",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("position", sa.SmallInteger(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("id_cipher", sa.LargeBinary(), nullable=False),
        sa.Column("id_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("id_masked", sa.String(length=18), nullable=False),
        sa.Column("sex", sa.String(length=6), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("relation", sa.String(length=16), nullable=False),
        sa.Column("labour_status", sa.String(length=16), nullable=False),
        sa.Column("disability_type", sa.String(length=16), nullable=True),
        sa.Column("disability_grade", sa.SmallInteger(), nullable=True),
        sa.Column("chronic_illness", sa.Boolean(), nullable=False),
        sa.Column("chronic_certified", sa.Boolean(), nullable=False),
        sa.Column("basic_medical", sa.Boolean(), nullable=False),
        sa.Column("critical_illness", sa.Boolean(), nullable=False),
        sa.Column("special_insurance", sa.Boolean(), nullable=False),
        sa.Column("special_policy_delivered", sa.Boolean(), nullable=False),
        sa.Column("school_stage", sa.String(length=24), nullable=True),
        sa.Column("enrolled", sa.Boolean(), nullable=True),
        sa.Column("subsidies", postgresql.ARRAY(sa.String(length=32)), nullable=False),
        sa.Column("yulu_plan", sa.Boolean(), nullable=False),
        sa.Column("family_doctor", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id", "household_id"],
            ["households.town_id", "households.id"],
            name=op.f("fk_members_town_id_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["town_id"], ["towns.id"], name=op.f("fk_members_town_id_towns")),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_members")),
    )
    op.create_index(
        "ix_members_town_id_household_id", "members", ["town_id", "household_id"], unique=False
    )
    op.create_index("ix_members_town_id_id_hash", "members", ["town_id", "id_hash"], unique=False)
    op.create_table(
        "risk_flags",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("flag", sa.String(length=32), nullable=False),
        sa.Column("detail", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column(
            "computed_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "household_id"],
            ["households.town_id", "households.id"],
            name=op.f("fk_risk_flags_town_id_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_risk_flags_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "household_id", "flag", name=op.f("pk_risk_flags")),
    )
    op.create_index("ix_risk_flags_town_id_flag", "risk_flags", ["town_id", "flag"], unique=False)
    op.create_table(
        "status_cases",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("from_category", sa.String(length=24), nullable=False),
        sa.Column("to_category", sa.String(length=24), nullable=False),
        sa.Column("source", sa.String(length=24), nullable=False),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column(
            "opened_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "household_id"],
            ["households.town_id", "households.id"],
            name=op.f("fk_status_cases_town_id_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_status_cases_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_status_cases")),
    )
    op.create_index(
        "ix_status_cases_town_id_household_id",
        "status_cases",
        ["town_id", "household_id"],
        unique=False,
    )
    op.create_table(
        "status_steps",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("case_id", sa.BigInteger(), nullable=False),
        sa.Column("step", sa.String(length=24), nullable=False),
        sa.Column("actor_user_id", sa.Integer(), nullable=True),
        sa.Column("actor_label", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "case_id"],
            ["status_cases.town_id", "status_cases.id"],
            name=op.f("fk_status_steps_town_id_case_id_status_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_status_steps_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_status_steps")),
    )
    op.create_index(
        "ix_status_steps_town_id_case_id", "status_steps", ["town_id", "case_id"], unique=False
    )

    _secure()


TENANT_TABLES = (
    "households",
    "household_helpers",
    "members",
    "incomes",
    "living_conditions",
    "status_cases",
    "status_steps",
    "risk_flags",
    "uploads",
)


def _secure() -> None:
    tw = rls.TOWN_WRITE
    statements: list[str] = []
    for table in TENANT_TABLES:
        statements += rls.secure(table, read=rls.TOWN_READ, insert=tw, update=tw, delete=tw)
    statements += rls.secure(
        "poverty_lines", read=rls.COUNTY_READ, insert=rls.COUNTY_WRITE, update=rls.COUNTY_WRITE
    )
    statements.append(rls.grant_sequences())
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    op.drop_index("ix_status_steps_town_id_case_id", table_name="status_steps")
    op.drop_table("status_steps")
    op.drop_index("ix_status_cases_town_id_household_id", table_name="status_cases")
    op.drop_table("status_cases")
    op.drop_index("ix_risk_flags_town_id_flag", table_name="risk_flags")
    op.drop_table("risk_flags")
    op.drop_index("ix_members_town_id_id_hash", table_name="members")
    op.drop_index("ix_members_town_id_household_id", table_name="members")
    op.drop_table("members")
    op.drop_table("living_conditions")
    op.drop_table("incomes")
    op.drop_index("ix_household_helpers_town_id_user_id", table_name="household_helpers")
    op.drop_table("household_helpers")
    op.drop_index("ix_households_town_id_village_id", table_name="households")
    op.drop_index("ix_households_town_id_category", table_name="households")
    op.drop_table("households")
    op.drop_table("uploads")
    op.drop_table("poverty_lines")
