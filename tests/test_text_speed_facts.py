"""Round 5b (per-line facts): each shortcut gives what the plain definition it replaces gives.

* The segmenter counts a non-ASCII line's words from its spaces unless the line holds a
  character that makes ``word_count`` count otherwise (``_NOT_SPACE_COUNTED``); the block's
  ``words`` must still be ``word_count`` of its text.
* Three character classes that reached U+10FFFF are written as the complement of the
  characters they skip (``features._CJK_RANGE``, ``_NOT_SPACE_COUNTED``,
  ``text_shapes._digit_gate``): each must match exactly the code points it matched before.
* ``features.has_digit`` of a non-ASCII line asks such a class first (``_isdigit_gate``): it
  must answer ``any(c.isdigit() for c in text)``.
"""

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract.features import _CJK_RANGE, _isdigit_gate, has_digit, word_count
from articlextract.rules.text_shapes import COUNT_DIGIT, _digit_gate
from articlextract.segment_text import _NOT_SPACE_COUNTED, segment_text


# Every code point up to the supplementary planes, and a sample beyond (all three classes
# treat the code points from U+3000 up alike).
_CODE_POINTS = [*range(0x20000), *range(0x20000, sys.maxunicode + 1, 997), sys.maxunicode]


def _in_cjk_range(c: int) -> bool:
    """Where word_count looks for CJK characters: from Thai (U+0E00) up, but U+2000-U+2E7F."""
    return c >= 0x0E00 and not 0x2000 <= c <= 0x2E7F


def test_the_cjk_range_written_as_a_complement_is_the_range():
    differ = [hex(c) for c in _CODE_POINTS if bool(_CJK_RANGE.match(chr(c))) != _in_cjk_range(c)]
    assert differ == []


def test_the_class_is_every_white_space_but_the_space_and_the_cjk_range():
    differ = [hex(c) for c in _CODE_POINTS
              if bool(_NOT_SPACE_COUNTED.match(chr(c))) != ((chr(c).isspace() and c != 0x20) or _in_cjk_range(c))]
    assert differ == []
    # the punctuation Latin lines are full of is not in it: those lines take the cheap count
    assert not any(_NOT_SPACE_COUNTED.match(c) for c in " –—“”‘’…€éßÆœ")


# Latin, Greek and Cyrillic words, CJK and Thai text, every kind of white space a line can
# keep (thin, figure, narrow no-break, ideographic), the spaces the segmenter collapses
# (tab, no-break, zero-width: at a line's edge it becomes a space), a soft hyphen.
_PIECES = st.sampled_from(
    ["Wörter", "déjà", "Ελλάδα", "Москва", "中文字", "ภาษาไทย", "한국어", "word", "x", "’", "–", "…", " ", "  ",
     "\u2009", "\u2007", "\u202f", "\u3000", "\u1680", "\u205f", "\x1f", "\t", "\u00a0", "\u200b", "\u00ad",
     "\n", "é"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_every_block_counts_the_words_word_count_gives(text):
    for block in segment_text(text):
        assert block.words == (word_count(block.text) or len(block.text.split())), repr(block.text)


def test_hand_written_lines():
    text = "Ein Satz über Straßen – mit Wörtern\n中文 字\nthin\u2009space here\n\u200bZero width\nÆble og æble"
    assert [b.words for b in segment_text(text)] == [7, 2, 3, 2, 3]


def test_the_digit_gate_written_as_a_complement_is_its_definition():
    # COUNT_DIGIT's own characters below U+3000, and every character from U+3000 up
    gate = _digit_gate()
    differ = [hex(c) for c in _CODE_POINTS
              if bool(gate.match(chr(c))) != (c >= 0x3000 or COUNT_DIGIT.match(chr(c)) is not None)]
    assert differ == []


def test_the_isdigit_gate_is_the_digits_below_u10000_and_all_beyond():
    gate = _isdigit_gate()
    differ = [hex(c) for c in _CODE_POINTS if bool(gate.match(chr(c))) != (c >= 0x10000 or chr(c).isdigit())]
    assert differ == []


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(
    ["a", "é", "1", "١", "²", "①", "中", "😀", "\U0001D7CE", "\U000104A0", " ", "–", "Ж", "五"]), max_size=20))
def test_has_digit_is_any_isdigit(text):
    assert has_digit(text) == any(c.isdigit() for c in text)


def test_has_digit_hand_written():
    assert has_digit("Über 3 Brücken") and has_digit("٣ ساعات") and has_digit("😀 x𝟎")
    assert not has_digit("Über Brücken") and not has_digit("😀 x") and not has_digit("")
