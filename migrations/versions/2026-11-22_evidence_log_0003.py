"""Evidence log: leaves, subtree nodes and the one-row head; each accepted write's leaf index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 06:58:01.534022
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    log_head = op.create_table(
        "log_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_log_head_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_log_head")),
    )
    # The sequencer's one row: appends increment it, so it exists from the start.
    op.bulk_insert(log_head, [{"id": 1, "size": 0}])
    op.create_table(
        "log_leaves",
        sa.Column("index", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.SmallInteger(), nullable=False),
        sa.Column("object_sha256", sa.LargeBinary(length=32), nullable=False),
        sa.Column("received_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("leaf_hash", sa.LargeBinary(length=32), nullable=False),
        sa.PrimaryKeyConstraint("index", name=op.f("pk_log_leaves")),
    )
    op.create_table(
        "log_nodes",
        sa.Column("level", sa.SmallInteger(), autoincrement=False, nullable=False),
        sa.Column("index", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.LargeBinary(length=32), nullable=False),
        sa.PrimaryKeyConstraint("level", "index", name=op.f("pk_log_nodes")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("log_index", sa.BigInteger(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_attachments_log_index_log_leaves"),
            "log_leaves",
            ["log_index"],
            ["index"],
        )

    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deletion_log_index", sa.BigInteger(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_entries_deletion_log_index_log_leaves"),
            "log_leaves",
            ["deletion_log_index"],
            ["index"],
        )

    with op.batch_alter_table("entry_versions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("log_index", sa.BigInteger(), nullable=False))
        batch_op.create_foreign_key(
            batch_op.f("fk_entry_versions_log_index_log_leaves"),
            "log_leaves",
            ["log_index"],
            ["index"],
        )


def downgrade() -> None:
    with op.batch_alter_table("entry_versions", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_entry_versions_log_index_log_leaves"), type_="foreignkey"
        )
        batch_op.drop_column("log_index")

    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_entries_deletion_log_index_log_leaves"), type_="foreignkey"
        )
        batch_op.drop_column("deletion_log_index")

    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_attachments_log_index_log_leaves"), type_="foreignkey"
        )
        batch_op.drop_column("log_index")

    op.drop_table("log_nodes")
    op.drop_table("log_leaves")
    op.drop_table("log_head")
