"""Device tokens: devices that signed in before, exempt from the account's lockout

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 00:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "device_tokens",
        sa.Column("token_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_device_tokens_account_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_device_tokens")),
    )
    op.create_index(
        op.f("ix_device_tokens_account_id"), "device_tokens", ["account_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_device_tokens_account_id"), table_name="device_tokens")
    op.drop_table("device_tokens")
