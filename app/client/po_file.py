"""A gettext catalogue read from its `.po` file with the standard library.

Babel reads `.po` files too, but importing `babel.messages` costs more than
the rest of `daybook --help` (docs/PERFORMANCE.md), and the help is built in
the chosen language before anything else. This reads what Daybook's
catalogues hold (msgid, msgid_plural, msgstr and msgstr[n], strings over
several lines, comments and flags), leaves out fuzzy entries as Babel's
compiler does, and compiles them in memory to the `.mo` form that the
standard library's `gettext` reads, so there is no build step and no binary
in the repository. tests/test_i18n.py checks it agrees with Babel.
"""

from __future__ import annotations

import gettext
import io
import re
import struct
from pathlib import Path

_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)")
# A .mo file's header: magic, revision, count, the two tables' offsets, no hash table.
_HEADER = struct.Struct("<7I")
_MAGIC = 0x950412DE


def translations(path: Path) -> gettext.GNUTranslations:
    return gettext.GNUTranslations(io.BytesIO(compile_mo(read(path))))


def read(path: Path) -> dict[str, str]:
    """Each entry as the `.mo` keys it: the msgid (NUL, the plural msgid) to
    the msgstr (the plural forms NUL-separated)."""
    messages: dict[str, str] = {}
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        fields: dict[str, str] = {}
        field = ""
        fuzzy = False
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("#,"):
                fuzzy = fuzzy or "fuzzy" in line
            elif line.startswith('"'):
                fields[field] += _unquote(line)
            elif line and not line.startswith("#"):
                field, _space, text = line.partition(" ")
                fields[field] = _unquote(text)
        if "msgid" not in fields or (fuzzy and fields["msgid"]):
            continue
        key = fields["msgid"]
        if "msgid_plural" in fields:
            key += "\0" + fields["msgid_plural"]
            forms = sorted(name for name in fields if name.startswith("msgstr["))
            value = "\0".join(fields[name] for name in forms)
        else:
            value = fields.get("msgstr", "")
        if value.strip("\0"):
            messages[key] = value
    return messages


def _unquote(text: str) -> str:
    return _ESCAPE.sub(lambda found: _ESCAPES.get(found[1], found[0]), text.strip()[1:-1])


def compile_mo(messages: dict[str, str]) -> bytes:
    """The `.mo` form (GNU gettext's layout), keys sorted as it asks."""
    keys = sorted(messages, key=lambda key: key.encode())
    ids = [key.encode() for key in keys]
    strs = [messages[key].encode() for key in keys]
    ids_start = _HEADER.size + 16 * len(keys)
    strs_start = ids_start + sum(len(i) + 1 for i in ids)
    table: list[int] = []
    for start, texts in ((ids_start, ids), (strs_start, strs)):
        for text in texts:
            table += [len(text), start]
            start += len(text) + 1
    header = _HEADER.pack(_MAGIC, 0, len(keys), _HEADER.size, _HEADER.size + 8 * len(keys), 0, 0)
    body = b"".join(text + b"\0" for text in ids + strs)
    return header + struct.pack(f"<{len(table)}I", *table) + body
