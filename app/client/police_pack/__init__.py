"""The police pack: what `daybook bundle open` writes from a verified bundle."""
