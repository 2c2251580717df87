"""The client's verification failure, shared by the diary and the log checks."""

from __future__ import annotations


class VerificationError(Exception):
    """Something the server sent does not verify; the message says what and where."""
