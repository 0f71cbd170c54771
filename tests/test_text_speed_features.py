"""``first_normalized_word`` on a long line reads only its head, and answers as the whole line.

A paragraph's first normalised word is taken from the text before an ASCII space
(``features._first_word_of_head``): this holds because NFKC never composes across such a
space. Generated long lines mix what NFKC changes or joins — combining marks after a space,
Hangul jamo, ligatures, full-width and circled forms, no-break and ideographic spaces — with
the word separators and scripts of the pages.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract.features import LINE_CACHE_MAX_CHARS, first_normalized_word, normalized

_PIECES = st.sampled_from(
    [" ", "  ", "\u00a0", "\u3000", "\u2002", "-", "—", "“", "”", ".", "'", "Über", "word", "ﬁ", "Ｆｕｌｌ", "①",
     "\u0308", "\u0301", "\u00a8", "\u1100", "\u1161", "\u11a8", "가", "中文", "ǅ", "ß", "İ", "Σ", "٣", "x²", "e"])
_LONG_LINE = st.lists(_PIECES, min_size=60, max_size=120).map("".join).filter(lambda t: len(t) > LINE_CACHE_MAX_CHARS)


@settings(max_examples=400, deadline=None)
@given(_LONG_LINE)
def test_first_word_of_a_long_line_is_the_first_word_of_the_normalized_line(text):
    assert first_normalized_word(text) == normalized(text).split(" ", 1)[0]


def test_first_word_of_long_hand_written_lines():
    tail = " and the rest of a long paragraph" * 4
    cases = (("“Quoted” words" + tail, "quoted"), ("\u00a0— Überschrift" + tail, "überschrift"),
             (" \u0308e" + tail, "e"), ("e\u0308t" + tail, "ët"), ("\u1100\u1161 jamo" + tail, "가"),
             ("ﬁrst" + tail, "first"), ("— – … " * 30 + "Ende", "ende"), ("— " * 60, ""))
    for text, word in cases:
        assert len(text) > LINE_CACHE_MAX_CHARS
        assert first_normalized_word(text) == normalized(text).split(" ", 1)[0] == word, text[:20]
