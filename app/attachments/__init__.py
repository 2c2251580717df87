"""Encrypted evidence files: resumable chunked uploads, ranged downloads, cleanup."""
