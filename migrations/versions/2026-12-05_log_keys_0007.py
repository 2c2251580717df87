"""Evidence log: the keys that have signed it and their hand-overs

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 13:01:33.486337
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "log_keys",
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("public_key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("verifier_key", sa.Text(), nullable=False),
        sa.Column("from_size", sa.BigInteger(), nullable=False),
        sa.Column("activated_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("handover", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("position", name=op.f("pk_log_keys")),
        sa.UniqueConstraint("public_key", name=op.f("uq_log_keys_public_key")),
    )


def downgrade() -> None:
    op.drop_table("log_keys")
