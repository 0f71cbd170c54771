"""The byline-marker prefilter refuses only lines the marker regex refuses too.

``text_markers.may_hold_marker`` stands before ``text_lines._marker().finditer`` in
``read_line``; it must never say "no" where the regex finds a marker. Checked on generated lines built
from the markers' own words, cased every way, with every separator, and on hand-written lines.
"""

import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract import lexicon
from articlextract.metadata.text_lines import _marker, read_line, starts_with_marker
from articlextract.metadata.text_markers import may_hold_marker

_MARKER_WORDS = sorted({w for m in lexicon.lines("byline_markers") for w in m.split()})
_PIECES = st.one_of(
    st.sampled_from(_MARKER_WORDS).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title(), w + ":"])),
    st.sampled_from([" ", "  ", "\t", "|", ",", ";", "(", "[", "/", ":", "-", "–", "—", "•", "\u00a0", "\x1f",
                     "Jane", "Doe", "maybe", "parts", "2023", "é", "É", "ı", "İ", "ſ", "K", "：", "\u3000", "中"]),
)
_LINE = st.lists(_PIECES, max_size=10).map("".join)


@settings(max_examples=500, deadline=None)
@given(_LINE)
def test_prefilter_never_refuses_a_line_the_regex_accepts(text):
    assert may_hold_marker(text) or _marker().search(text) is None


def test_every_marker_of_the_data_passes():
    for marker in lexicon.lines("byline_markers"):
        for line in (f"{marker} Jane Doe", f"Home | {marker.upper()} Jane Doe", f"{marker}:Jane"):
            if _marker().search(line):
                assert may_hold_marker(line), line


def test_prefilter_refuses_plain_lines():
    for text in ("Home News Sport", "Maybe later", "Parts of the city", "Subscribe to our newsletter"):
        assert not may_hold_marker(text)
        assert _marker().search(text) is None
    assert may_hold_marker("Home | By Jane Doe") and may_hold_marker("Posted by marc") and may_hold_marker("a cura di X")


def test_readers_keep_their_answers_on_hand_written_lines():
    assert read_line("By Jane Doe").names == ("Jane Doe",)
    assert read_line("Home | By Jane Doe").names == ("Jane Doe",)
    assert read_line("Veröffentlicht am 13. März 2019 von Michael Veeser-Dombrowski").names
    assert read_line("Maybe later").names == ()
    assert starts_with_marker("  Autor: Petra Ruland") and not starts_with_marker("Home | By Jane Doe")



def test_ascii_white_space_is_the_same_for_both_modules():
    """The prefilter's `re` pattern follows ASCII white space; the full pattern `regex`'s \\s."""
    ascii_chars = "".join(map(chr, range(128)))
    assert set(regex.findall(r"\s", ascii_chars)) <= set(re.findall(r"[\s\x1c-\x1f]", ascii_chars, re.ASCII))
