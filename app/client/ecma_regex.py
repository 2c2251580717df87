"""A JSON Schema `pattern` (ECMA-262 syntax, as ajv runs it with the `u` flag)
compiled for Python's `re` with the same meaning.

The two dialects read our patterns alike except in a few places, which are
translated or refused here rather than left to differ:
- `$` outside a class: ECMA's matches only at the very end, Python's also
  before a final newline ("GBP\\n" would be a currency); written `\\Z` here.
- `.` outside a class: ECMA's does not match \\r, U+2028 or U+2029, Python's
  does; written as the class ECMA means.
- `\\d \\D \\w \\W \\s \\S \\b \\B`: Python's are Unicode-aware (٣ is a digit),
  ECMA's are not, and the two whitespace sets differ: refused, so that a
  schema using one fails loudly on loading instead of judging differently.
Any other construct either means the same in both (literals, classes,
`\\uXXXX`, groups, quantifiers, `^`) or fails to compile in Python.
"""

from __future__ import annotations

import re
from functools import cache

_REFUSED = frozenset("dDwWsSbB")
_ECMA_DOT = "[^\\n\\r\\u2028\\u2029]"


@cache
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """The pattern as Python reads it with ECMA-262's meaning; ValueError for
    a construct whose meaning differs and that is not translated."""
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            escaped = pattern[index + 1 : index + 2]
            if escaped in _REFUSED:
                raise ValueError(f"pattern {pattern!r}: \\{escaped} means another set in ECMA-262")
            out.append(char + escaped)
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # ECMA's [] and [^] are a class of nothing and of anything; in
            # Python a "]" there is a literal and the class goes on.
            if pattern.startswith(("]", "^]"), index + 1):
                raise ValueError(
                    f"pattern {pattern!r}: an empty class means another thing in Python"
                )
        elif char == "$":
            char = r"\Z"
        elif char == ".":
            char = _ECMA_DOT
        out.append(char)
        index += 1
    return re.compile("".join(out))
