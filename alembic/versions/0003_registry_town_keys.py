"""Registry: drop the foreign keys from households and members straight to towns.

A household's town is already held by its key to its village, and a member's by its key to
its household (both keys include ``town_id``), so these two keys checked nothing new; each
cost a lookup per inserted row, a large part of importing a county's registry.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 02:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_constraint("fk_members_town_id_towns", "members", type_="foreignkey")
    op.drop_constraint("fk_households_town_id_towns", "households", type_="foreignkey")


def downgrade() -> None:
    op.create_foreign_key("fk_households_town_id_towns", "households", "towns", ["town_id"], ["id"])
    op.create_foreign_key("fk_members_town_id_towns", "members", "towns", ["town_id"], ["id"])
