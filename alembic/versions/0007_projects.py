"""Projects and funds: the project library, projects, adjustments, assets and their quarterly
checks, returns, distribution plans and quality deposits.

Findings may be about a project instead of a household (the project rules raise them):
``household_id`` becomes nullable, ``project_id`` is new, and a project has one finding per
rule and cycle.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 05:09:18
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from towncheck import rls

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "project_library",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("village_id", sa.BigInteger(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("planned_investment", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("applied_by", sa.Integer(), nullable=True),
        sa.Column(
            "applied_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["applied_by"], ["users.id"], name=op.f("fk_project_library_applied_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["users.id"], name=op.f("fk_project_library_decided_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "village_id"],
            ["villages.town_id", "villages.id"],
            name=op.f("fk_project_library_town_id_village_id_villages"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_project_library_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_project_library")),
        sa.UniqueConstraint(
            "town_id",
            "year",
            "village_id",
            "name",
            name=op.f("uq_project_library_town_id_year_village_id_name"),
        ),
    )
    op.create_table(
        "projects",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("library_id", sa.BigInteger(), nullable=False),
        sa.Column("village_id", sa.BigInteger(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=False),
        sa.Column("planned_content", sa.Text(), nullable=False),
        sa.Column("planned_investment", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("env_permit_no", sa.String(length=64), nullable=False),
        sa.Column("env_permit_on", sa.Date(), nullable=True),
        sa.Column("land_permit_no", sa.String(length=64), nullable=False),
        sa.Column("land_permit_on", sa.Date(), nullable=True),
        sa.Column("planning_permit_no", sa.String(length=64), nullable=False),
        sa.Column("planning_permit_on", sa.Date(), nullable=True),
        sa.Column("tender_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("contract_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("contractor", sa.String(length=128), nullable=False),
        sa.Column("employer", sa.String(length=128), nullable=False),
        sa.Column("contract_on", sa.Date(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("accepted_on", sa.Date(), nullable=True),
        sa.Column("audited_on", sa.Date(), nullable=True),
        sa.Column("notice_on", sa.Date(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_projects_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "library_id"],
            ["project_library.town_id", "project_library.id"],
            name=op.f("fk_projects_town_id_library_id_project_library"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "village_id"],
            ["villages.town_id", "villages.id"],
            name=op.f("fk_projects_town_id_village_id_villages"),
        ),
        sa.ForeignKeyConstraint(["town_id"], ["towns.id"], name=op.f("fk_projects_town_id_towns")),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_projects")),
    )
    op.create_index(
        "ix_projects_town_id_library_id", "projects", ["town_id", "library_id"], unique=False
    )
    op.create_index("ix_projects_town_id_year", "projects", ["town_id", "year", "id"], unique=False)
    op.create_table(
        "assets",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("project_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("asset_class", sa.String(length=32), nullable=False),
        sa.Column("quantity", sa.Numeric(precision=14, scale=3), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("value", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("transfer_no", sa.String(length=64), nullable=False),
        sa.Column("transferred_on", sa.Date(), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("keeper", sa.String(length=64), nullable=False),
        sa.Column("rules", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id", "project_id"],
            ["projects.town_id", "projects.id"],
            name=op.f("fk_assets_town_id_project_id_projects"),
        ),
        sa.ForeignKeyConstraint(["town_id"], ["towns.id"], name=op.f("fk_assets_town_id_towns")),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_assets")),
    )
    op.create_index(
        "ix_assets_town_id_project_id", "assets", ["town_id", "project_id"], unique=False
    )
    op.create_table(
        "distribution_plans",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("project_id", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("notice_on", sa.Date(), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["town_id", "project_id"],
            ["projects.town_id", "projects.id"],
            name=op.f("fk_distribution_plans_town_id_project_id_projects"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_distribution_plans_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_distribution_plans")),
    )
    op.create_index(
        "ix_distribution_plans_town_id_project_id",
        "distribution_plans",
        ["town_id", "project_id"],
        unique=False,
    )
    op.create_table(
        "project_adjustments",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("project_id", sa.BigInteger(), nullable=False),
        sa.Column("adjusted_on", sa.Date(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("content_change_pct", sa.Numeric(precision=7, scale=2), nullable=False),
        sa.Column("investment_change", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id", "project_id"],
            ["projects.town_id", "projects.id"],
            name=op.f("fk_project_adjustments_town_id_project_id_projects"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_project_adjustments_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_project_adjustments")),
    )
    op.create_index(
        "ix_project_adjustments_town_id_project_id",
        "project_adjustments",
        ["town_id", "project_id"],
        unique=False,
    )
    op.create_table(
        "project_returns",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("project_id", sa.BigInteger(), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("expected", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("received", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["town_id", "project_id"],
            ["projects.town_id", "projects.id"],
            name=op.f("fk_project_returns_town_id_project_id_projects"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_project_returns_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_project_returns")),
        sa.UniqueConstraint(
            "town_id",
            "project_id",
            "period",
            name=op.f("uq_project_returns_town_id_project_id_period"),
        ),
    )
    op.create_table(
        "quality_deposits",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("project_id", sa.BigInteger(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["town_id", "project_id"],
            ["projects.town_id", "projects.id"],
            name=op.f("fk_quality_deposits_town_id_project_id_projects"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_quality_deposits_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_quality_deposits")),
    )
    op.create_index(
        "ix_quality_deposits_town_id_project_id",
        "quality_deposits",
        ["town_id", "project_id"],
        unique=False,
    )
    op.create_table(
        "asset_checks",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("asset_id", sa.BigInteger(), nullable=False),
        sa.Column("quarter", sa.String(length=7), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id", "asset_id"],
            ["assets.town_id", "assets.id"],
            name=op.f("fk_asset_checks_town_id_asset_id_assets"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_asset_checks_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_asset_checks")),
    )
    op.create_index(
        "ix_asset_checks_town_id_asset_id_quarter",
        "asset_checks",
        ["town_id", "asset_id", "quarter"],
        unique=False,
    )
    op.add_column("findings", sa.Column("project_id", sa.BigInteger(), nullable=True))
    op.alter_column("findings", "household_id", existing_type=sa.BIGINT(), nullable=True)
    op.create_unique_constraint(
        op.f("uq_findings_town_id_cycle_id_project_id_checkpoint"),
        "findings",
        ["town_id", "cycle_id", "project_id", "checkpoint"],
    )
    op.create_foreign_key(
        op.f("fk_findings_town_id_project_id_projects"),
        "findings",
        "projects",
        ["town_id", "project_id"],
        ["town_id", "id"],
    )
    _secure()


TENANT_TABLES = (
    "project_library",
    "projects",
    "project_adjustments",
    "assets",
    "asset_checks",
    "project_returns",
    "distribution_plans",
    "quality_deposits",
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
    # Project findings have no household: they (and what hangs on them) cannot stay.
    op.execute(
        "delete from ledger_transitions t using ledger_items li, findings f"
        " where t.town_id = li.town_id and t.item_id = li.id"
        " and li.town_id = f.town_id and li.finding_id = f.id and f.household_id is null"
    )
    op.execute(
        "delete from ledger_items li using findings f where li.town_id = f.town_id"
        " and li.finding_id = f.id and f.household_id is null"
    )
    op.execute(
        "delete from appeals a using findings f where a.town_id = f.town_id"
        " and a.finding_id = f.id and f.household_id is null"
    )
    op.execute("delete from findings where household_id is null")
    op.drop_constraint(
        op.f("fk_findings_town_id_project_id_projects"), "findings", type_="foreignkey"
    )
    op.drop_constraint(
        op.f("uq_findings_town_id_cycle_id_project_id_checkpoint"), "findings", type_="unique"
    )
    op.alter_column("findings", "household_id", existing_type=sa.BIGINT(), nullable=False)
    op.drop_column("findings", "project_id")
    op.drop_index("ix_asset_checks_town_id_asset_id_quarter", table_name="asset_checks")
    op.drop_table("asset_checks")
    op.drop_index("ix_quality_deposits_town_id_project_id", table_name="quality_deposits")
    op.drop_table("quality_deposits")
    op.drop_table("project_returns")
    op.drop_index("ix_project_adjustments_town_id_project_id", table_name="project_adjustments")
    op.drop_table("project_adjustments")
    op.drop_index("ix_distribution_plans_town_id_project_id", table_name="distribution_plans")
    op.drop_table("distribution_plans")
    op.drop_index("ix_assets_town_id_project_id", table_name="assets")
    op.drop_table("assets")
    op.drop_index("ix_projects_town_id_year", table_name="projects")
    op.drop_index("ix_projects_town_id_library_id", table_name="projects")
    op.drop_table("projects")
    op.drop_table("project_library")
