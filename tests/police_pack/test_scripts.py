# ruff: noqa: RUF001
"""The PDF draws every script a victim may write, shaped and in order.

A pack whose first incident is written in each script is rendered; the text
pdfium extracts from the PDF is compared with what was written, and the pages
are rendered to PNG (kept in DAYBOOK_RENDER_DIR when it is set, to look at).

How the comparison works: for scripts whose letters map one glyph to one
character (Latin, Greek, Cyrillic, Hebrew, Chinese, Japanese, Korean, emoji)
the extracted text holds the written words exactly. For Arabic and Urdu
(joined letters, ligatures) and the Indic and Thai scripts (conjuncts, vowel
signs drawn before their consonant) a glyph stands for a cluster of
characters, and extraction gives the clusters in visual order; there the
test checks, after NFKC (which folds Arabic presentation forms back), that
every character written is in the extracted text as often as it was written.
Neither may hold a replacement character, and no character may be missing a
font (the report would list it).
"""

from __future__ import annotations

import dataclasses
import os
import unicodedata
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]

from app.client.police_pack import fonts
from app.client.police_pack.model import PolicePack
from app.client.police_pack.pdf import render_pdf
from tests.police_pack.sample import sample_pack

EXACT = {
    "latin": "Zoë Łukasiewicz, Ŵyn ap Siôn, Nguyễn Thị Ánh, Çağla Şahin",
    "greek": "Με ακολούθησε μέχρι το σπίτι",
    "cyrillic": "Он ждал меня у подъезда, Ёлка",
    "hebrew": "הוא חיכה לי ליד הבית",
    "chinese": "他在我家门外等了三个小时",
    "japanese": "彼は駅で私を待っていました",
    "korean": "그는 집 밖에서 나를 기다렸다",
    "emoji": "\N{GRINNING FACE}\N{TELEPHONE RECEIVER}\N{HOCHO}",
}
SHAPED = {
    "arabic": "كان ينتظرني أمام المنزل",
    "urdu": "وہ میرے گھر کے باہر کھڑا تھا",
    "devanagari": "वह मेरे घर के बाहर खड़ा था",
    "gurmukhi": "ਉਹ ਮੇਰੇ ਘਰ ਦੇ ਬਾਹਰ ਖੜ੍ਹਾ ਸੀ",
    "bengali": "সে আমার বাড়ির বাইরে দাঁড়িয়ে ছিল",
    "tamil": "அவன் என் வீட்டின் வெளியே நின்றான்",
    "thai": "เขารอฉันอยู่หน้าบ้าน",
}
MIXED = "He said «كان ينتظرني» and then 他在 and שלום, 12 times."


def _pack(description: str, name: str = "Daniel Hart") -> PolicePack:
    pack = sample_pack()
    incident = pack.incidents[0]
    fields = dict(incident.current.fields)
    fields["description"] = description
    fields["perpetrator"] = {**fields.get("perpetrator", {}), "name": name}
    version = dataclasses.replace(incident.current, fields=fields)
    only = dataclasses.replace(incident, versions=(version,), exhibits=())
    return dataclasses.replace(pack, incidents=(only,))


def _render(pack: PolicePack, path: Path) -> str:
    render_pdf(pack, path)
    keep = os.environ.get("DAYBOOK_RENDER_DIR")
    document = pdfium.PdfDocument(path)
    try:
        texts = []
        for index in range(len(document)):
            page = document[index]
            image = page.render(scale=2.0).to_pil()
            image.save(path.with_name(f"{path.stem}-{index + 1}.png"))
            if keep:
                image.save(Path(keep) / f"{path.stem}-{index + 1}.png")
            texts.append(page.get_textpage().get_text_range())
        return "\n".join(texts)
    finally:
        document.close()


def test_every_script_comes_out_as_written(tmp_path: Path) -> None:
    written = [*EXACT.values(), *SHAPED.values(), MIXED]
    pack = _pack("\n\n".join(written), name="محمد علی / Мухаммед / 穆罕默德")
    assert fonts.undrawable("".join(written)) == []
    extracted = _render(pack, tmp_path / "scripts.pdf")
    assert "\N{REPLACEMENT CHARACTER}" not in extracted
    # Every glyph reads back as text: no raw glyph codes from clusters of several glyphs.
    assert not [c for c in extracted if unicodedata.category(c) == "Cc" and c not in "\r\n"]
    assert "no font this PDF embeds" not in extracted
    flat = extracted.replace("\r\n", " ").replace("\n", " ")
    for script, words in EXACT.items():
        assert words in flat, script
    folded = Counter(unicodedata.normalize("NFKC", extracted))
    for script, words in SHAPED.items():
        wanted = Counter(c for c in unicodedata.normalize("NFKC", words) if not c.isspace())
        short = {c: n for c, n in wanted.items() if folded[c] < n}
        assert not short, (script, short)
    # Where the number stands among the Hebrew is test_bidi's to check.
    for part in ("He said", "and then", "times.", "他在", "שלום"):
        assert part in flat


def test_a_character_no_font_has_is_listed_with_its_incident(tmp_path: Path) -> None:
    hieroglyph = "\N{EGYPTIAN HIEROGLYPH A001}"
    assert fonts.undrawable(f"a {hieroglyph} b") == [hieroglyph]
    extracted = _render(_pack(f"He drew {hieroglyph} on my door"), tmp_path / "missing.pdf")
    flat = " ".join(extracted.split())
    assert "no font this PDF embeds" in flat
    assert "Incident 1: U+13000 EGYPTIAN HIEROGLYPH A001" in flat
    assert "He drew \N{LEFT WHITE SQUARE BRACKET}U+13000" in flat


def test_accents_and_marks_read_back_once_and_in_place(tmp_path: Path) -> None:
    # Noto Sans draws "ị" as "i" and a dot below: the dot's glyph had no text,
    # and readers printed its raw code ("Thị Q") or the letter twice. Thai tone
    # marks, set apart from the pen, came out after the next word.
    latin = "Nguyễn Thị Ánh met Trịnh Rịa, Çağla Şahin and Ŵyn ap Siôn."
    thai = "เขารอฉันอยู่หน้าบ้าน"
    extracted = _render(_pack(f"{latin}\n{thai}"), tmp_path / "marks.pdf")
    lines = [" ".join(line.split()) for line in extracted.splitlines()]
    assert latin in lines
    assert thai in lines
    strays = {"Cc", "Co", "Cn"}
    assert [c for c in extracted if unicodedata.category(c) in strays and c not in "\r\n"] == []
