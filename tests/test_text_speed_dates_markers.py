"""Round 5b (reading metadata lines): the marker test on a non-ASCII line (a marker's first
word among the line's casefolded pieces) refuses only lines the marker pattern refuses.
``tests/test_text_speed_markers.py`` checks ``may_hold_marker`` against the pattern on mixed
lines too; here the non-ASCII lines, and what the test takes for granted, over all of Unicode."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract import lexicon
from articlextract.metadata import text_markers
from articlextract.metadata.text_lines import _marker
from articlextract.metadata.text_markers import may_hold_marker

_ALL_CHARS = "".join(map(chr, range(0x110000)))
_MARKERS = lexicon.lines("byline_markers")
_WORDS = sorted({w for m in _MARKERS for w in m.split()})
_PIECES = st.one_of(
    st.sampled_from(_MARKERS).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title(), w.swapcase()])),
    st.sampled_from(_WORDS),
    st.sampled_from([" ", "\u00a0", "\u3000", "\x1c", "|", "•", "·", ",", ";", "—", "–", "(", "[", "/", ":", "：",
                     "-", "Jane", "Müller", "Ölz", "中", "张三", "ß", "ẞ", "ı", "İ", "ſ", "K", "é", "É", "Σ", "ς",
                     "von", "VON", "Von", "Bÿ", "ΒΥ", "Dİ", "İ", "\u0307"]),
)
_LINE = st.lists(_PIECES, min_size=1, max_size=10).map(lambda parts: "é " + "".join(parts))  # never ASCII


@settings(max_examples=800, deadline=None)
@given(_LINE)
def test_non_ascii_test_never_refuses_a_line_the_pattern_accepts(text):
    assert may_hold_marker(text) or _marker().search(text) is None


def test_non_ascii_lines_by_hand():
    for text in ("Veröffentlicht am 13. März 2019 von Michael", "作者：张三", "文章 责任编辑:李", "Écrit par Zoé",
                 "— VON Jürgen", "Oleh: Budi Ğ", "Ein Interview von Eugen Zentner – ök",
                 "Articolo Dİ Mario Rossi"):
        assert _marker().search(text) and may_hold_marker(text), text
    for text in ("Schöne Grüße aus Köln", "Verfügbar für alle", "Bücher, die man lesen muss", "中文新闻"):
        assert not may_hold_marker(text) and not _marker().search(text), text


def test_every_marker_in_a_non_ascii_line_passes():
    for marker in _MARKERS:
        for line in (f"é {marker} Jane", f"Ölz | {marker.upper()}: Jane", f"{marker.title()}—Zoé", f"x,{marker}:Zoé"):
            assert may_hold_marker(line) or not _marker().search(line), line


def test_what_the_non_ascii_test_takes_for_granted():
    split = text_markers._SEPARATORS
    separators = set("".join(split.findall(_ALL_CHARS)))
    fold = text_markers._folded
    # Folding leaves a separator as it is and never makes one.
    assert all(fold(c) == c for c in separators)
    assert not any(split.search(fold(c)) for c in _ALL_CHARS if c not in separators)
    # The marker pattern's separators (before and after a marker, regex's \s) are among the cuts.
    assert all(c in separators for c in regex.findall(r"[\s|•·,;—–(\[/:：\-]", _ALL_CHARS))
    # Whatever `regex` matches case-insensitively to a marker's character casefolds alike.
    for char in {c for m in _MARKERS for c in m}:
        for other in regex.findall(regex.escape(char), _ALL_CHARS, regex.I):
            assert fold(other) == fold(char) == char.casefold(), (char, other)
    assert text_markers._marker_first_words() is not None and "von" in text_markers._marker_first_words()
