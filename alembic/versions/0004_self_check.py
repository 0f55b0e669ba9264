"""Self-check: checklist templates and versions, cycles, assignments, visits, findings, evidence.

Checklist templates belong to a county (county-level reference tables, readable by the
county's towns); everything else is a tenant table keyed by ``(town_id, id)``. Visit answers
are append-only for the app: a resubmission is a new version, the old one stays.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 02:29:15.502575
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from towncheck import rls

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checklist_templates",
        sa.Column("county_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["county_id"], ["counties.id"], name=op.f("fk_checklist_templates_county_id_counties")
        ),
        sa.PrimaryKeyConstraint("county_id", "id", name=op.f("pk_checklist_templates")),
        sa.UniqueConstraint(
            "county_id", "code", name=op.f("uq_checklist_templates_county_id_code")
        ),
    )
    op.create_table(
        "checklist_versions",
        sa.Column("county_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("template_id", sa.BigInteger(), nullable=False),
        sa.Column("number", sa.SmallInteger(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("content", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("checkpoint_count", sa.Integer(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["county_id", "template_id"],
            ["checklist_templates.county_id", "checklist_templates.id"],
            name=op.f("fk_checklist_versions_county_id_template_id_checklist_templates"),
        ),
        sa.ForeignKeyConstraint(
            ["published_by"], ["users.id"], name=op.f("fk_checklist_versions_published_by_users")
        ),
        sa.PrimaryKeyConstraint("county_id", "id", name=op.f("pk_checklist_versions")),
        sa.UniqueConstraint(
            "county_id",
            "template_id",
            "number",
            name=op.f("uq_checklist_versions_county_id_template_id_number"),
        ),
    )
    op.create_table(
        "evidence_files",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("storage_key", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("stripped", postgresql.ARRAY(sa.String(length=16)), nullable=False),
        sa.Column("uploaded_by", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_evidence_files_town_id_towns")
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by"], ["users.id"], name=op.f("fk_evidence_files_uploaded_by_users")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_evidence_files")),
        sa.UniqueConstraint(
            "town_id", "storage_key", name=op.f("uq_evidence_files_town_id_storage_key")
        ),
    )
    op.create_table(
        "cycles",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("county_id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("self_start", sa.Date(), nullable=False),
        sa.Column("self_end", sa.Date(), nullable=False),
        sa.Column("cross_start", sa.Date(), nullable=False),
        sa.Column("cross_end", sa.Date(), nullable=False),
        sa.Column("rect_start", sa.Date(), nullable=False),
        sa.Column("rect_end", sa.Date(), nullable=False),
        sa.Column("rules_note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("activated_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["county_id", "version_id"],
            ["checklist_versions.county_id", "checklist_versions.id"],
            name=op.f("fk_cycles_county_id_version_id_checklist_versions"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_cycles_created_by_users")
        ),
        sa.ForeignKeyConstraint(["town_id"], ["towns.id"], name=op.f("fk_cycles_town_id_towns")),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_cycles")),
    )
    op.create_index("ix_cycles_town_id_state", "cycles", ["town_id", "state"], unique=False)
    op.create_table(
        "cycle_attachments",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("cycle_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("storage_key", sa.String(length=255), nullable=False),
        sa.Column("content_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("uploaded_by", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "cycle_id"],
            ["cycles.town_id", "cycles.id"],
            name=op.f("fk_cycle_attachments_town_id_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by"], ["users.id"], name=op.f("fk_cycle_attachments_uploaded_by_users")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_cycle_attachments")),
    )
    op.create_index(
        "ix_cycle_attachments_town_id_cycle_id",
        "cycle_attachments",
        ["town_id", "cycle_id"],
        unique=False,
    )
    op.create_table(
        "training_attendance",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("attended_on", sa.Date(), nullable=False),
        sa.Column("recorded_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["recorded_by"], ["users.id"], name=op.f("fk_training_attendance_recorded_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "cycle_id"],
            ["cycles.town_id", "cycles.id"],
            name=op.f("fk_training_attendance_town_id_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_training_attendance_user_id_users")
        ),
        sa.PrimaryKeyConstraint(
            "town_id", "cycle_id", "user_id", name=op.f("pk_training_attendance")
        ),
    )
    op.create_table(
        "assignments",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("cycle_id", sa.BigInteger(), nullable=False),
        sa.Column("subject", sa.String(length=16), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=False),
        sa.Column("basis", sa.String(length=16), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["users.id"], name=op.f("fk_assignments_assignee_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "cycle_id"],
            ["cycles.town_id", "cycles.id"],
            name=op.f("fk_assignments_town_id_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "household_id"],
            ["households.town_id", "households.id"],
            name=op.f("fk_assignments_town_id_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_assignments")),
        sa.UniqueConstraint(
            "town_id",
            "cycle_id",
            "subject",
            "household_id",
            "assignee_id",
            name=op.f("uq_assignments_town_id_cycle_id_subject_household_id_assignee_id"),
            postgresql_nulls_not_distinct=True,
        ),
    )
    op.create_index(
        "ix_assignments_town_id_cycle_id_assignee_id",
        "assignments",
        ["town_id", "cycle_id", "assignee_id"],
        unique=False,
    )
    op.create_index(
        "ix_assignments_town_id_cycle_id_household_id",
        "assignments",
        ["town_id", "cycle_id", "household_id"],
        unique=False,
    )
    op.create_table(
        "visits",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("cycle_id", sa.BigInteger(), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("stage", sa.String(length=8), nullable=False),
        sa.Column("visitor_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("version", sa.SmallInteger(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviewed_by", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("review_comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reviewed_by"], ["users.id"], name=op.f("fk_visits_reviewed_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "cycle_id"],
            ["cycles.town_id", "cycles.id"],
            name=op.f("fk_visits_town_id_cycle_id_cycles"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "household_id"],
            ["households.town_id", "households.id"],
            name=op.f("fk_visits_town_id_household_id_households"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["town_id"], ["towns.id"], name=op.f("fk_visits_town_id_towns")),
        sa.ForeignKeyConstraint(
            ["visitor_id"], ["users.id"], name=op.f("fk_visits_visitor_id_users")
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_visits")),
        sa.UniqueConstraint(
            "town_id",
            "cycle_id",
            "household_id",
            "stage",
            name=op.f("uq_visits_town_id_cycle_id_household_id_stage"),
        ),
    )
    op.create_index(
        "ix_visits_town_id_cycle_id_visitor_id",
        "visits",
        ["town_id", "cycle_id", "visitor_id"],
        unique=False,
    )
    op.create_table(
        "findings",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("cycle_id", sa.BigInteger(), nullable=False),
        sa.Column("visit_id", sa.BigInteger(), nullable=False),
        sa.Column("household_id", sa.BigInteger(), nullable=False),
        sa.Column("checkpoint", sa.String(length=32), nullable=False),
        sa.Column("stage", sa.String(length=8), nullable=False),
        sa.Column("severity", sa.String(length=8), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("found_by", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("fix_note", sa.Text(), nullable=False),
        sa.Column("fix_evidence", postgresql.ARRAY(sa.String(length=255)), nullable=False),
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
            ["found_by"], ["users.id"], name=op.f("fk_findings_found_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "cycle_id"],
            ["cycles.town_id", "cycles.id"],
            name=op.f("fk_findings_town_id_cycle_id_cycles"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "visit_id"],
            ["visits.town_id", "visits.id"],
            name=op.f("fk_findings_town_id_visit_id_visits"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("town_id", "id", name=op.f("pk_findings")),
        sa.UniqueConstraint(
            "town_id",
            "visit_id",
            "checkpoint",
            name=op.f("uq_findings_town_id_visit_id_checkpoint"),
        ),
    )
    op.create_index(
        "ix_findings_town_id_cycle_id_state",
        "findings",
        ["town_id", "cycle_id", "state"],
        unique=False,
    )
    op.create_index(
        "ix_findings_town_id_household_id", "findings", ["town_id", "household_id"], unique=False
    )
    op.create_table(
        "visit_versions",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.BigInteger(), nullable=False),
        sa.Column("version", sa.SmallInteger(), nullable=False),
        sa.Column("client_id", sa.UUID(), nullable=False),
        sa.Column("submitted_by", sa.Integer(), nullable=False),
        sa.Column(
            "submitted_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("visited_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("review_comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["submitted_by"], ["users.id"], name=op.f("fk_visit_versions_submitted_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["town_id", "visit_id"],
            ["visits.town_id", "visits.id"],
            name=op.f("fk_visit_versions_town_id_visit_id_visits"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("town_id", "visit_id", "version", name=op.f("pk_visit_versions")),
        sa.UniqueConstraint(
            "town_id", "client_id", name=op.f("uq_visit_versions_town_id_client_id")
        ),
    )
    op.create_table(
        "visit_answers",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.BigInteger(), nullable=False),
        sa.Column("version", sa.SmallInteger(), nullable=False),
        sa.Column("checkpoint", sa.String(length=32), nullable=False),
        sa.Column("value", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("evidence", postgresql.ARRAY(sa.String(length=255)), nullable=False),
        sa.Column("fixed_on_spot", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id", "visit_id", "version"],
            ["visit_versions.town_id", "visit_versions.visit_id", "visit_versions.version"],
            name=op.f("fk_visit_answers_town_id_visit_id_version_visit_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "town_id", "visit_id", "version", "checkpoint", name=op.f("pk_visit_answers")
        ),
    )
    _secure()


TENANT_TABLES = (
    "evidence_files",
    "cycles",
    "cycle_attachments",
    "training_attendance",
    "assignments",
    "visits",
    "visit_versions",
    "findings",
)
COUNTY_TABLES = ("checklist_templates", "checklist_versions")


def _secure() -> None:
    tw, cw = rls.TOWN_WRITE, rls.COUNTY_WRITE
    statements: list[str] = []
    for table in TENANT_TABLES:
        statements += rls.secure(table, read=rls.TOWN_READ, insert=tw, update=tw, delete=tw)
    # Answers are history: a new submission adds a version, nothing rewrites an old one.
    statements += rls.secure("visit_answers", read=rls.TOWN_READ, insert=tw)
    for table in COUNTY_TABLES:
        statements += rls.secure(table, read=rls.COUNTY_READ, insert=cw, update=cw)
    statements.append(rls.grant_sequences())
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    op.drop_table("visit_answers")
    op.drop_table("visit_versions")
    op.drop_index("ix_findings_town_id_household_id", table_name="findings")
    op.drop_index("ix_findings_town_id_cycle_id_state", table_name="findings")
    op.drop_table("findings")
    op.drop_index("ix_visits_town_id_cycle_id_visitor_id", table_name="visits")
    op.drop_table("visits")
    op.drop_index("ix_assignments_town_id_cycle_id_household_id", table_name="assignments")
    op.drop_index("ix_assignments_town_id_cycle_id_assignee_id", table_name="assignments")
    op.drop_table("assignments")
    op.drop_table("training_attendance")
    op.drop_index("ix_cycle_attachments_town_id_cycle_id", table_name="cycle_attachments")
    op.drop_table("cycle_attachments")
    op.drop_index("ix_cycles_town_id_state", table_name="cycles")
    op.drop_table("cycles")
    op.drop_table("evidence_files")
    op.drop_table("checklist_versions")
    op.drop_table("checklist_templates")
