"""Department-list entries keep the ID number as the registry keeps a member's: sealed
(``id_cipher``) and masked (``id_masked``), beside the lookup hash they already had. An entry
whose person has since left the registry still says, masked, whom the department paid, and
roles that may reveal personal identifiers can read it in full (audited).

Existing entries take both from the member they were matched to at import; an entry whose
member is gone keeps them null (readers fall back on the member with the entry's hash, and
there is none). No new table: row-level security and grants of the table cover the columns.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 06:19:56
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# As matched at import: the member id and the hash must both still agree.
_BACKFILL = """
update department_entries e set id_cipher = m.id_cipher, id_masked = m.id_masked
from members m
where m.town_id = e.town_id and m.id = e.member_id and m.id_hash = e.id_hash
"""


_TABLES = ("department_entries", "members")


def upgrade() -> None:
    op.add_column("department_entries", sa.Column("id_cipher", sa.LargeBinary(), nullable=True))
    op.add_column("department_entries", sa.Column("id_masked", sa.String(length=18), nullable=True))
    # Row-level security is forced on the owner too: lifted for the backfill only, inside
    # this transaction, so that an owner that is not a superuser sees every town's rows.
    for table in _TABLES:
        op.execute(f"alter table {table} no force row level security")
    op.execute(_BACKFILL)
    for table in _TABLES:
        op.execute(f"alter table {table} force row level security")


def downgrade() -> None:
    op.drop_column("department_entries", "id_masked")
    op.drop_column("department_entries", "id_cipher")
