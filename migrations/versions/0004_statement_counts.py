"""count tables: statements by country, stance and kind, and by month, speaker or outlet too;
articles by outlet

Facets, the map, the timeline and totals read these instead of counting statements. Ingest keeps
them current (app/ingest.py); this revision fills them from the statements already stored, with
the same recount that bulk loads use (app.aggregates.rebuild_counts).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Each table's leading key columns (then country, stance, kind); those with a month have an index on it.
TABLES = {
    "counts": (),
    "counts_month": ("month",),
    "counts_actor": ("actor_id",),
    "counts_actor_month": ("actor_id", "month"),
    "counts_outlet": ("outlet",),
    "counts_outlet_month": ("outlet", "month"),
}
TYPES = {"month": sa.Integer(), "actor_id": sa.Integer(), "outlet": sa.String(length=200)}


def upgrade() -> None:
    for name, leading in TABLES.items():
        op.create_table(
            name,
            *[sa.Column(column, TYPES[column], nullable=False) for column in leading],
            sa.Column("country", sa.String(length=2), nullable=False),
            sa.Column("stance", sa.String(length=10), nullable=False),
            sa.Column("kind", sa.String(length=10), nullable=False),
            sa.Column("n", sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint(*leading, "country", "stance", "kind", name=op.f(f"pk_{name}")),
            sqlite_with_rowid=False,
        )
        if "month" in leading and len(leading) > 1:
            op.create_index(op.f(f"ix_{name}_month"), name, ["month"], unique=False)
    op.create_table(
        "counts_articles",
        sa.Column("outlet", sa.String(length=200), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("outlet", name=op.f("pk_counts_articles")),
        sqlite_with_rowid=False,
    )
    from app.aggregates import rebuild_counts

    rebuild_counts(op.get_bind())


def downgrade() -> None:
    op.drop_table("counts_articles")
    for name, leading in reversed(TABLES.items()):
        if "month" in leading and len(leading) > 1:
            op.drop_index(op.f(f"ix_{name}_month"), table_name=name)
        op.drop_table(name)
