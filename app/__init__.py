"""Daybook: the end-to-end encrypted backend of a stalking-incident diary."""
