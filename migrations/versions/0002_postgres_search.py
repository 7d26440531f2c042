"""full-text search on PostgreSQL: a generated tsvector column with a GIN index

SQLite has its FTS5 table from 0001; this revision changes nothing there.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    op.execute(
        "ALTER TABLE statements ADD COLUMN search tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED"
    )
    op.execute("CREATE INDEX ix_statements_search ON statements USING gin (search)")


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_statements_search")
    op.execute("ALTER TABLE statements DROP COLUMN IF EXISTS search")
