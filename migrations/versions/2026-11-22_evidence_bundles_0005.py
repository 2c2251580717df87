"""Evidence bundles: the bundle, its entries and attachments, its download links; attachment CRC-32

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 09:06:47.379940
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bundles",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("open", "sealed", name="bundlestatus", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("recipient_key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("statement", sa.LargeBinary(), nullable=True),
        sa.Column("signature", sa.LargeBinary(length=64), nullable=True),
        sa.Column("mac", sa.LargeBinary(length=32), nullable=True),
        sa.Column("sealed_at", app.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("checkpoint_size", sa.BigInteger(), nullable=True),
        sa.Column("log_key", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["checkpoint_size"],
            ["log_checkpoints.tree_size"],
            name=op.f("fk_bundles_checkpoint_size_log_checkpoints"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["accounts.id"],
            name=op.f("fk_bundles_owner_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundles")),
    )
    with op.batch_alter_table("bundles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bundles_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "bundle_entries",
        sa.Column("bundle_id", sa.Uuid(), nullable=False),
        sa.Column("entry_id", sa.Uuid(), nullable=False),
        sa.Column("version_count", sa.Integer(), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(length=256), nullable=False),
        sa.Column("package", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.id"],
            name=op.f("fk_bundle_entries_bundle_id_bundles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_bundle_entries_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("bundle_id", "entry_id", name=op.f("pk_bundle_entries")),
    )
    op.create_table(
        "bundle_links",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("bundle_id", sa.Uuid(), nullable=False),
        sa.Column("token_sha256", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", app.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("downloads", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.id"],
            name=op.f("fk_bundle_links_bundle_id_bundles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundle_links")),
        sa.UniqueConstraint("token_sha256", name=op.f("uq_bundle_links_token_sha256")),
    )
    with op.batch_alter_table("bundle_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bundle_links_bundle_id"), ["bundle_id"], unique=False)

    op.create_table(
        "bundle_attachments",
        sa.Column("bundle_id", sa.Uuid(), nullable=False),
        sa.Column("attachment_id", sa.Uuid(), nullable=False),
        sa.Column("entry_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachments.id"],
            name=op.f("fk_bundle_attachments_attachment_id_attachments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.id"],
            name=op.f("fk_bundle_attachments_bundle_id_bundles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_bundle_attachments_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("bundle_id", "attachment_id", name=op.f("pk_bundle_attachments")),
    )
    with op.batch_alter_table("bundle_attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bundle_attachments_attachment_id"), ["attachment_id"], unique=False
        )

    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ciphertext_crc32", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_column("ciphertext_crc32")

    with op.batch_alter_table("bundle_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bundle_attachments_attachment_id"))

    op.drop_table("bundle_attachments")
    with op.batch_alter_table("bundle_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bundle_links_bundle_id"))

    op.drop_table("bundle_links")
    op.drop_table("bundle_entries")
    with op.batch_alter_table("bundles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bundles_owner_id"))

    op.drop_table("bundles")
