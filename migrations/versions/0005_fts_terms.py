"""the words of SQLite's full-text index, readable one by one (an fts5vocab table)

A search's last word is a prefix ("troop" finds "troops"). FTS5 answers a prefix by merging the
lists of every word that starts with it, all of them, on each query; testing one statement at a time
against a common prefix costs that merge each time. app/queries.py reads the few words a prefix
stands for from this table and asks for them by name instead. PostgreSQL: nothing to do.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        return
    op.execute("CREATE VIRTUAL TABLE statements_fts_terms USING fts5vocab(statements_fts, instance)")


def downgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE IF EXISTS statements_fts_terms")
