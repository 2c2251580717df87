"""Handovers: a case proposed to another advocate, approved by the victim; note key grants

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 01:40:58.196966
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.db

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "handovers",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("victim_id", sa.Uuid(), nullable=False),
        sa.Column("from_assignment_id", sa.Uuid(), nullable=False),
        sa.Column("from_advocate_id", sa.Uuid(), nullable=False),
        sa.Column("to_advocate_id", sa.Uuid(), nullable=True),
        sa.Column("proposed_by", sa.Uuid(), nullable=True),
        sa.Column(
            "reason",
            sa.Enum(
                "leave",
                "caseload",
                "deactivation",
                "other",
                name="handoverreason",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "awaiting_advocate",
                "proposed",
                "completed",
                "declined",
                name="handoverstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("proposed_at", app.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("decided_at", app.db.UTCDateTime(timezone=True), nullable=True),
        sa.Column("to_assignment_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["from_advocate_id"],
            ["accounts.id"],
            name=op.f("fk_handovers_from_advocate_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["from_assignment_id"],
            ["assignments.id"],
            name=op.f("fk_handovers_from_assignment_id_assignments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_advocate_id"],
            ["accounts.id"],
            name=op.f("fk_handovers_to_advocate_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_assignment_id"],
            ["assignments.id"],
            name=op.f("fk_handovers_to_assignment_id_assignments"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["victim_id"],
            ["accounts.id"],
            name=op.f("fk_handovers_victim_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handovers")),
    )
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_handovers_from_assignment_id"), ["from_assignment_id"], unique=False
        )
        batch_op.create_index(
            "ix_handovers_one_open_per_victim",
            ["victim_id"],
            unique=True,
            sqlite_where=sa.text("decided_at IS NULL"),
            postgresql_where=sa.text("decided_at IS NULL"),
        )
        batch_op.create_index(batch_op.f("ix_handovers_victim_id"), ["victim_id"], unique=False)

    op.create_table(
        "note_key_grants",
        sa.Column("note_id", sa.Uuid(), nullable=False),
        sa.Column("reader_id", sa.Uuid(), nullable=False),
        sa.Column("granter_id", sa.Uuid(), nullable=False),
        sa.Column("envelope", sa.LargeBinary(length=256), nullable=False),
        sa.Column("signature", sa.LargeBinary(length=64), nullable=False),
        sa.Column("granted_at", app.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["granter_id"],
            ["accounts.id"],
            name=op.f("fk_note_key_grants_granter_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["advocate_notes.id"],
            name=op.f("fk_note_key_grants_note_id_advocate_notes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reader_id"],
            ["accounts.id"],
            name=op.f("fk_note_key_grants_reader_id_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("note_id", "reader_id", name=op.f("pk_note_key_grants")),
    )
    with op.batch_alter_table("note_key_grants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_note_key_grants_reader_id"), ["reader_id"], unique=False
        )

    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("handed_over_from", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_assignments_handed_over_from_assignments"),
            "assignments",
            ["handed_over_from"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_assignments_handed_over_from_assignments"), type_="foreignkey"
        )
        batch_op.drop_column("handed_over_from")

    with op.batch_alter_table("note_key_grants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_key_grants_reader_id"))

    op.drop_table("note_key_grants")
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handovers_victim_id"))
        batch_op.drop_index(
            "ix_handovers_one_open_per_victim",
            sqlite_where=sa.text("decided_at IS NULL"),
            postgresql_where=sa.text("decided_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_handovers_from_assignment_id"))

    op.drop_table("handovers")
