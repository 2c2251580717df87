"""The device tokens this computer was given at sign-in, one per server and
username, kept beside the profile (mode 0600). Unlike the profile it
survives `daybook logout`: a token grants nothing by itself, it only tells
the server at the next sign-in that this device signed in before, so that a
stalker's failed guesses on the username do not lock it out."""

from __future__ import annotations

from pathlib import Path

from app.client.local_files import read_json, write_private_json


def path_beside(profile: Path) -> Path:
    return profile.with_name(f"{profile.stem}.devices.json")


def _key(server: str, username: str) -> str:
    return f"{server.rstrip('/')} {username.lower()}"


def load(path: Path, server: str, username: str) -> str | None:
    token = (read_json(path) or {}).get(_key(server, username))
    return token if isinstance(token, str) else None


def save(path: Path, server: str, username: str, token: str) -> None:
    tokens = read_json(path) or {}
    tokens[_key(server, username)] = token
    write_private_json(path, tokens)
