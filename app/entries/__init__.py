"""Diary entries: versions, key grants, deletion and sync."""
