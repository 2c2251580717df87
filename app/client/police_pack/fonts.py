"""The fonts the police report draws with: Noto, one face per script, as packaged on PyPI.

A victim may write in any script, and a perpetrator's name may be in his own.
The PDF embeds a subset of each face it uses (only the glyphs printed), and
the HTML report and the chart name the same families in their CSS, so every
rendering shows the same letters. Noto Sans covers Latin (every diacritic),
Greek and Cyrillic; each other script has its own Noto face, tried in the
order below for a character the faces before it lack. The faces come from
two PyPI packages: `manimgx-fonts` (Noto Sans and the Noto faces for other
scripts, as Noto publishes them, variable in weight) and `pylopdf-fonts-*`
(Noto Sans SC, JP and KR, static OpenType). Chinese, Japanese and Korean each
need their own face: the simplified Chinese one is tried first, so a Han
character shared by the three is drawn in its Chinese form.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
from fontTools.varLib import instancer  # type: ignore[import-untyped]


@dataclass(frozen=True)
class Face:
    family: str  # as CSS names it, and as the PDF registers it
    package: str
    file: str


BODY = Face("Noto Sans", "manimgx_fonts", "NotoSans[wght].ttf")
ITALIC = Face("Noto Sans", "manimgx_fonts", "NotoSans-Italic[wght].ttf")
# Tried in this order for each character the body face lacks.
FALLBACKS = (
    Face("Noto Sans Arabic", "manimgx_fonts", "NotoSansArabic[wght].ttf"),
    Face("Noto Sans Hebrew", "manimgx_fonts", "NotoSansHebrew[wght].ttf"),
    Face("Noto Sans Devanagari", "manimgx_fonts", "NotoSansDevanagari[wght].ttf"),
    Face("Noto Sans Gurmukhi", "manimgx_fonts", "NotoSansGurmukhi[wght].ttf"),
    Face("Noto Sans Bengali", "manimgx_fonts", "NotoSansBengali[wght].ttf"),
    Face("Noto Sans Tamil", "manimgx_fonts", "NotoSansTamil[wght].ttf"),
    Face("Noto Sans Gujarati", "manimgx_fonts", "NotoSansGujarati[wght].ttf"),
    Face("Noto Sans Telugu", "manimgx_fonts", "NotoSansTelugu[wght].ttf"),
    Face("Noto Sans Kannada", "manimgx_fonts", "NotoSansKannada[wght].ttf"),
    Face("Noto Sans Malayalam", "manimgx_fonts", "NotoSansMalayalam[wght].ttf"),
    Face("Noto Sans Sinhala", "manimgx_fonts", "NotoSansSinhala[wght].ttf"),
    Face("Noto Sans Thai", "manimgx_fonts", "NotoSansThai[wght].ttf"),
    Face("Noto Sans Lao", "manimgx_fonts", "NotoSansLao[wght].ttf"),
    Face("Noto Sans Khmer", "manimgx_fonts", "NotoSansKhmer[wght].ttf"),
    Face("Noto Sans Myanmar", "manimgx_fonts", "NotoSansMyanmar[wght].ttf"),
    Face("Noto Sans Armenian", "manimgx_fonts", "NotoSansArmenian[wght].ttf"),
    Face("Noto Sans Georgian", "manimgx_fonts", "NotoSansGeorgian[wght].ttf"),
    Face("Noto Sans Ethiopic", "manimgx_fonts", "NotoSansEthiopic[wght].ttf"),
    Face("Noto Sans SC", "pylopdf_fonts_zh_cn", "NotoSansSC-Regular.otf"),
    Face("Noto Sans JP", "pylopdf_fonts_jp", "NotoSansJP-Regular.otf"),
    Face("Noto Sans KR", "pylopdf_fonts_ko", "NotoSansKR-Regular.otf"),
    Face("Noto Sans Symbols", "manimgx_fonts", "NotoSansSymbols[wght].ttf"),
    Face("Noto Emoji", "manimgx_fonts", "NotoEmoji[wght].ttf"),
)
# For the HTML report and the SVG chart: the same faces, then the reader's own.
CSS_FAMILIES = ", ".join(
    [*dict.fromkeys(f'"{face.family}"' for face in (BODY, *FALLBACKS)), "sans-serif"]
)
_BOLD_WEIGHT = 700


def path(face: Face) -> Path:
    return Path(str(resources.files(face.package).joinpath(face.file)))


@functools.cache
def bold_body() -> Path:
    """Noto Sans at weight 700, made once from the variable font and kept.

    PDF viewers draw only a variable font's default (regular) outlines, so the
    bold instance is a static font of its own; making it takes seconds, so it
    is kept in the user's cache, named by the source's digest."""
    source = path(BODY)
    name = f"NotoSans-Bold-{hashlib.sha256(source.read_bytes()).hexdigest()[:16]}.ttf"
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "daybook"
    # A service account may have no writable home: then a private temporary
    # directory (never a shared, guessable one another user could fill first).
    for cache in _cache_directories(home):
        target = cache / name
        if target.exists():
            return target
        try:
            cache.mkdir(parents=True, exist_ok=True)
            bold = instancer.instantiateVariableFont(TTFont(source), {"wght": _BOLD_WEIGHT})
            partial = target.with_name(f".{name}.{os.getpid()}")
            bold.save(partial)
            partial.replace(target)
        except OSError:
            continue
        return target
    raise OSError("no writable directory for the report's bold font")


def _cache_directories(home: Path) -> Iterator[Path]:
    yield home
    yield Path(tempfile.mkdtemp(prefix="daybook-fonts-"))


@functools.cache
def _covered() -> frozenset[int]:
    points: set[int] = set()
    for face in (BODY, *FALLBACKS):
        points.update(TTFont(path(face), lazy=True).getBestCmap())
    return frozenset(points)


def undrawable(text: str) -> list[str]:
    """The characters of `text` that no face has, each once, in order of appearance.

    Controls, format characters (joiners, direction marks) and variation
    selectors are not drawn as glyphs of their own: the shaper uses them."""
    covered = _covered()
    found = dict.fromkeys(
        char
        for char in text
        if ord(char) not in covered
        and not char.isspace()
        and unicodedata.category(char) not in {"Cc", "Cf"}
        and not 0xFE00 <= ord(char) <= 0xFE0F
    )
    return list(found)
