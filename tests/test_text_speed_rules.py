"""The fast paths of the text rule chain give exactly the answers of their plain definitions.

``rules/region_lines.py`` asks the walls and the teaser-shape checks behind cheaper first
tests; ``is_list_like`` counts separators and number runs before splitting a line;
``FooterLine`` searches an ASCII line without normalising it; ``TruncatedLink``,
``RelativeTimestamp`` and ``is_picture_credit`` skip their regex or cache on lines whose end,
length or punctuation rules a match out. Each is held against the plain expression it
replaced, on hand-written lines and on generated text.
"""

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract import lexicon
from articlextract.features import first_normalized_word, normalized
from articlextract.rules import phrases, region_lines as region
from articlextract.rules.phrases import RELATIVE_TIME_MAX_CHARS, is_relative_time, is_section_label
from articlextract.rules.text import _CREDIT_TAIL, _SLASHED_TAIL, _TRUNCATED, _may_be_cut
from articlextract.rules.text_shapes import (_NUMBER_TOKEN, _SENTENCE_INSIDE, _SEPARATORS, LIST_NUMBER_SHARE,
                                             LIST_SEPARATOR_SHARE, is_comment_start, is_list_like, is_title_like,
                                             is_truncated)

_PIECES = st.sampled_from(list("aZé9 .,:|·•/!?…-–()\u00a0²٣中Çaß½ﬁ①\u0301\u0385") + [
    "Comments", "Related", "says", "By", "More", "Ärger", "ΣΟΦΙΑ", " all rights", " reserved", "terms of use",
    "Privacy-Policy", "Tous droits réservés", "Foto:", "(REUTERS/Denis Balibouse)", "2016", " (1)", "..", "Title Case"])
_LINE = st.lists(_PIECES, max_size=14).map("".join)
_LONG_LINE = st.lists(_PIECES, min_size=10, max_size=60).map("".join)
_HAND_WRITTEN = ("3 Comments", "142 Antworten zu Würde des Lebens – ein Projekt", "Jane Doe says:", "Related Stories",
                 "Comments (74)", "Plain prose without a label.", "", "²", "٣ comments", "Ärger im Büro: 12 Kommentare",
                 "Foto: Christof Stache", "A caption (REUTERS/Denis Balibouse)", "© 2023 Example. All rights reserved",
                 "Copyright Example Media – ALL RIGHTS RESERVED.", "Tous droits réservés", "Terms-of-Use | Privacy",
                 "KuroKitsune, Senpaku, jennyjenka, nicarose24, Devilspawn2002, fixatro, Felt, Ann",
                 "Archive 2016 October (1) 2016 August (1) 2016 July (2) 2016 May (1) 2016 March (1)",
                 "Gold Rate in Pakistan Today - Today's ..", "Lire la suite…", "Ends with a space. ",
                 "Ein sehr langer Absatz über Ärger, " * 6 + "der endlich endet.")


def _reference_wall(text: str) -> int:
    if is_comment_start(text):
        return 2
    return 1 if is_section_label(text) else 0


@settings(max_examples=150, deadline=None)
@given(st.one_of(_LINE, _LONG_LINE))
def test_the_region_walls_equal_the_plain_checks(text):
    assert region.line_wall(text, None) == _reference_wall(text)
    assert region.line_wall(text, first_normalized_word(text)) == _reference_wall(text)


def test_the_region_walls_on_hand_written_lines():
    for text in _HAND_WRITTEN:
        assert region.line_wall(text, None) == _reference_wall(text), text
    assert region.wall("3 Comments") == 2 and region.wall("Related Stories") == 1
    assert region.wall("Plain prose without a label.") == 0


def _reference_list_like(text: str) -> bool:
    tokens = text.split()
    if len(tokens) < 8:
        return False
    if sum(1 for t in tokens if _NUMBER_TOKEN.fullmatch(t)) >= LIST_NUMBER_SHARE * len(tokens):
        return True
    separators = len(regex.findall(r"[,|·•/]", text))
    return separators >= LIST_SEPARATOR_SHARE * len(tokens) and not _SENTENCE_INSIDE.search(text)


@settings(max_examples=150, deadline=None)
@given(st.one_of(_LINE, _LONG_LINE))
def test_list_like_equals_its_definition(text):
    assert is_list_like(text) == _reference_list_like(text)
    assert sum(map(text.count, _SEPARATORS)) == len(regex.findall(r"[,|·•/]", text))


def test_list_like_on_hand_written_lines():
    for text in _HAND_WRITTEN + ("1 2 3 4 5 6 7 8", "a, b, c d e f g h", "a, b d e f g h i", "1 2 3 a b c d e"):
        assert is_list_like(text) == _reference_list_like(text), text


@settings(max_examples=150, deadline=None)
@given(st.one_of(_LINE, _LONG_LINE))
def test_the_teaser_shape_prefilters_are_necessary_conditions(text):
    last = text[-1:]
    assert text.endswith(region._CUT_ENDS) or last.isspace() or not is_truncated(text)
    assert last != "." or not is_title_like(text)


@settings(max_examples=150, deadline=None)
@given(st.one_of(_LINE, _LONG_LINE))
def test_footer_phrases_found_without_normalising_equal_the_normalized_search(text):
    assert phrases.has_footer_phrase(text) == _reference_footer(text)


def _reference_footer(text: str) -> bool:
    """The plain definition: a multi-word footer phrase is a substring of the normalized line."""
    norm = normalized(text)
    return any(p in norm for p in lexicon.phrases("footer_phrases") if " " in p)


def test_footer_phrases_on_hand_written_lines():
    for text in _HAND_WRITTEN:
        assert phrases.has_footer_phrase(text) == _reference_footer(text), text
        assert bool(phrases._footer_pattern().search(normalized(text))) == _reference_footer(text), text
    assert phrases.has_footer_phrase("Copyright Example Media – ALL RIGHTS RESERVED.")
    assert phrases.has_footer_phrase("Terms-of-Use | Privacy")
    assert not phrases.has_footer_phrase("We reserved all rights to the hall.")
    assert any(not p.isascii() for p in lexicon.phrases("footer_phrases"))  # the non-ASCII path is exercised


@settings(max_examples=150, deadline=None)
@given(st.one_of(_LINE, _LONG_LINE))
def test_the_credit_tail_prefilters_are_necessary_conditions(text):
    assert ":" in text or not _CREDIT_TAIL.search(text)
    assert ("/" in text and ")" in text) or not _SLASHED_TAIL.search(text)


@settings(max_examples=150, deadline=None)
@given(st.one_of(_LINE, _LONG_LINE), st.sampled_from(["", ".", "..", "...", "…", " …", "… ", "\u2003", "x", "。"]))
def test_the_cut_off_and_relative_time_prefilters_are_necessary_conditions(text, end):
    for line in (text, text + end):
        assert _may_be_cut(line) or not _TRUNCATED.search(line), line
        assert len(line) <= RELATIVE_TIME_MAX_CHARS or not is_relative_time(line)
