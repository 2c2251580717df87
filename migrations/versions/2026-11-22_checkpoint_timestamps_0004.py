"""Evidence log: stored checkpoints, their RFC 3161 time-stamp tokens and witness cosignatures

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 07:40:19.575120
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "log_checkpoints",
        sa.Column("tree_size", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("root_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("tree_size", name=op.f("pk_log_checkpoints")),
    )
    op.create_table(
        "log_cosignatures",
        sa.Column("tree_size", sa.BigInteger(), nullable=False),
        sa.Column("witness", sa.String(length=255), nullable=False),
        sa.Column("line", sa.Text(), nullable=False),
        sa.Column("signed_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("received_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tree_size"],
            ["log_checkpoints.tree_size"],
            name=op.f("fk_log_cosignatures_tree_size_log_checkpoints"),
        ),
        sa.PrimaryKeyConstraint("tree_size", "witness", name=op.f("pk_log_cosignatures")),
    )
    op.create_index(
        "ix_log_cosignatures_witness_tree_size", "log_cosignatures", ["witness", "tree_size"]
    )
    op.create_table(
        "log_timestamps",
        sa.Column("tree_size", sa.BigInteger(), nullable=False),
        sa.Column("authority", sa.String(length=2048), nullable=False),
        sa.Column("gen_time", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("token", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["tree_size"],
            ["log_checkpoints.tree_size"],
            name=op.f("fk_log_timestamps_tree_size_log_checkpoints"),
        ),
        sa.PrimaryKeyConstraint("tree_size", "authority", name=op.f("pk_log_timestamps")),
    )


def downgrade() -> None:
    op.drop_table("log_timestamps")
    op.drop_index("ix_log_cosignatures_witness_tree_size", table_name="log_cosignatures")
    op.drop_table("log_cosignatures")
    op.drop_table("log_checkpoints")
