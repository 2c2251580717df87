"""Case documents with their versions and key grants; share expiry

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 01:15:46.746123
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_documents",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("victim_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["victim_id"],
            ["accounts.id"],
            name=op.f("fk_case_documents_victim_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_documents")),
    )
    with op.batch_alter_table("case_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_documents_victim_id"), ["victim_id"], unique=False
        )

    op.create_table(
        "case_document_grants",
        sa.Column("document_id", sa.Uuid(), nullable=False),
        sa.Column("reader_id", sa.Uuid(), nullable=False),
        sa.Column("granter_id", sa.Uuid(), nullable=False),
        sa.Column("envelope", sa.LargeBinary(length=256), nullable=False),
        sa.Column("signature", sa.LargeBinary(length=64), nullable=False),
        sa.Column("granted_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("log_index", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["case_documents.id"],
            name=op.f("fk_case_document_grants_document_id_case_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["log_index"],
            ["log_leaves.index"],
            name=op.f("fk_case_document_grants_log_index_log_leaves"),
        ),
        sa.ForeignKeyConstraint(
            ["reader_id"],
            ["accounts.id"],
            name=op.f("fk_case_document_grants_reader_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "reader_id", name=op.f("pk_case_document_grants")),
    )
    with op.batch_alter_table("case_document_grants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_document_grants_reader_id"), ["reader_id"], unique=False
        )

    op.create_table(
        "case_document_versions",
        sa.Column("document_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("commitment", sa.LargeBinary(), nullable=False),
        sa.Column("commitment_sha256", sa.LargeBinary(length=32), nullable=False),
        sa.Column("signature", sa.LargeBinary(length=64), nullable=False),
        sa.Column("received_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("log_index", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["case_documents.id"],
            name=op.f("fk_case_document_versions_document_id_case_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["log_index"],
            ["log_leaves.index"],
            name=op.f("fk_case_document_versions_log_index_log_leaves"),
        ),
        sa.PrimaryKeyConstraint("document_id", "version", name=op.f("pk_case_document_versions")),
    )
    with op.batch_alter_table("entry_key_grants", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("expires_at", app.db.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("entry_key_grants", schema=None) as batch_op:
        batch_op.drop_column("expires_at")

    op.drop_table("case_document_versions")
    with op.batch_alter_table("case_document_grants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_document_grants_reader_id"))

    op.drop_table("case_document_grants")
    with op.batch_alter_table("case_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_documents_victim_id"))

    op.drop_table("case_documents")
