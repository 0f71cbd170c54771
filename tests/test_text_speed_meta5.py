"""Round 5 of the text-metadata speed work: each shortcut against the plain code it replaced.

The plain versions below are the code as it stood before (``read_line`` asking for a relative
time first, ``_name_after_date`` searching for interface text before any test, the header
block reading every line, the headline tests in their first order, the marker test asked of
every line, the month names as one flat alternation); generated lines and pages, built from
the data files' own words, and hand-written ones must get the same answers from both.
"""

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract import lexicon
from articlextract.features import digit_share, ends_like_sentence, first_normalized_word, normalized
from articlextract.metadata import dates
from articlextract.metadata import text_headline as headline_module
from articlextract.metadata import text_lines
from articlextract.metadata.text_boxes import _holder, _may_hold_copyright
from articlextract.metadata.text_headline import (_YEAR_WORD, DRAWN_CONTROL, FORM_CONTROL, ICON_GLYPH, TRAILING_SEPARATORS, _header_block,
                                                  _headline_like, _line_kind, _title_lines)
from articlextract.metadata.text_lines import (NAME_MAX_WORDS, NOTHING, LineMeta, _date_kind, _interface, _long_byline,
                                               _name_after_date, _names, _user_name_shaped, is_person_name,
                                               may_state_metadata, read_line, starts_with_marker, unglued_names,
                                               unglued_year)
from articlextract.metadata.text_scan import lines_opening_with_marker
from articlextract.metadata.text_trie import trie_alternation
from articlextract.model import Block
from articlextract.options import DEFAULT_OPTIONS
from articlextract.rules.phrases import is_interface_row, is_reading_time, is_relative_time, is_section_label
from articlextract.rules.text import is_picture_credit
from articlextract.rules.text_shapes import is_consent_text
from textkit import plain_meta_row

_MONTHS = sorted(lexicon.months())
_WORDS = st.one_of(
    st.sampled_from(sorted({w for m in lexicon.lines("byline_markers") for w in m.split()})),
    st.sampled_from(_MONTHS + [m.title() for m in _MONTHS[:40]]),
    st.sampled_from(sorted(lexicon.phrases("agencies"))
                    + ["ago", "Stunden", "vor", "3", "hours", "Updated", "Published"]),
    st.sampled_from(["Jane", "Doe", "John", "Roe", "JANE", "karstenruppert", "ThE_PaiN", "@jane", "(@jd)", "2023",
                     "1999-2001", "12.03.2021", "10", "3rd", "1st", "14.", "7:45", "de", "of", "am", "Schreibe",
                     "einen", "Kommentar", "Share", "Tweet", "Follow", "Comments", "-", "|", "•", "ß", "İ", "ſ",
                     "中", "Ça", "Élodie", "Ünal", "the", "a"]),
)
_SEPARATORS = st.sampled_from([" ", " ", " ", " | ", ", ", " - ", ": ", "", "\u00a0", " • ", ". "])
_LINE = st.lists(st.tuples(_WORDS, _SEPARATORS).map("".join), max_size=16).map("".join)
_HAND_WRITTEN = ("26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar",
                 "28. Januar 2015 karstenruppert Schreibe einen Kommentar", "12. März 2020 | Anzahl Kommentare",
                 "May 20, 2019 Jane Doe", "May 20, 2019 jane doe", "May 20, 2019 -Jane Doe", "May 20, 2019",
                 "Posted on 2015-04-05 by marc | Leave a comment", "vor 3 Stunden", "3 hours ago",
                 "Jane Doe 3 hours ago",
                 "Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Updated 12:30 2016", "By Jane Doe March 11, 2015",
                 "1 2 3 4 5 6 7 8 9 10 11 May 20, 2019", "Reuters", "Published July 10, 2023 | 10:00 AM", "12.03.202112.03.2021 ", "")


# --- read_line and _name_after_date -------------------------------------------------------

def _plain_name_after_date(text):
    """``_name_after_date`` as first written: the interface text searched before any test."""
    words = text.split()
    i = text_lines.first_word_after_date(words)
    end = next((j for j in range(i + 1, len(words)) if _interface(" ".join(words[j:]))), len(words))
    if end == i + 1 < len(words) and _user_name_shaped(words[i]):
        return words[i]
    words = words[:end]
    for n in (NAME_MAX_WORDS, 3, 2):
        candidate = " ".join(words[i:i + n]).strip(" |•·—–-,/")
        if len(words[i:i + n]) == n and is_person_name(candidate):
            return candidate
    return None


def _plain_read_line(text):
    """``read_line`` as first written (the relative time asked first), with the plain name after a date."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text_lines, "_name_after_date", _plain_name_after_date)
        split = text.split()
        words = len(split)
        if words > 18:
            return _long_byline(text) if " | " not in text else plain_meta_row(text, _plain_read_line)
        text = unglued_year(unglued_names(text))  # ("12.03.202112.03.2021": a converter's glued dates)
        split = text.split()
        words = len(split)
        if not may_state_metadata(text, split) or is_relative_time(text):
            return NOTHING
        found = list(dates.find_dates(text))
        date, kind = (found[0][1], _date_kind(text, found[0][0])) if found else (None, "")
        names, source = _names(text, found[0][0] if found else None)
        if not date and not names:
            return NOTHING
        only = bool(names) and words <= 14 or (bool(date) and words <= 10)
        return LineMeta(date, kind, tuple(names), source, only)


def _plain_line_kind(text):
    meta = read_line(text)
    marked = starts_with_marker(text)
    byline = (marked or meta.name_source == "handle") and bool(meta.names) and not meta.date
    dateline = bool(meta.date) and meta.only_meta and not meta.names
    return byline, dateline, marked and bool(meta.names) and bool(meta.date) and meta.only_meta


def _check_line(text):
    assert _name_after_date(text) == _plain_name_after_date(text), text
    read_line.cache_clear()
    assert read_line(text) == _plain_read_line(text), text
    assert _line_kind(text) == _plain_line_kind(text), text


@settings(max_examples=120, deadline=None)
@given(_LINE)
def test_line_readings_equal_the_plain_ones(text):
    _check_line(text)


def test_line_readings_on_hand_written_lines():
    for text in _HAND_WRITTEN:
        _check_line(text)
    assert _name_after_date("26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar") == "Ulrike Stockhausen"
    assert _name_after_date("28. Januar 2015 karstenruppert Schreibe einen Kommentar") == "karstenruppert"
    assert _name_after_date("12. März 2020 jane doe") is None
    assert read_line("vor 3 Stunden") is NOTHING
    assert _line_kind("May 20, 2019") == (False, True, False)
    assert _line_kind("1 2 3 4 5 6 7 8 9 10 11 May 20, 2019") == (False, False, False)  # too long to be a date line


# --- the header block ---------------------------------------------------------------------

def _plain_header_block(blocks, start, end, options):
    """The header block as first written: every line asked, pairs found lazily."""
    kinds, pair = {}, {}

    def kind(i):
        if i not in kinds:
            kinds[i] = _plain_line_kind(blocks[i].text)
        return kinds[i]

    def at(i):
        if i not in pair:
            here, under = kind(i), kind(i + 1)
            pair[i] = here[0] and under[1] or under[0] and here[1] or here[2]
        return pair[i]

    found = {}
    for block in blocks[1:min(start + options.headline_search_blocks + 1, end, len(blocks) - 2)]:
        meta_lines = None
        for gap in (1, 2):
            if block.index + gap + 1 < len(blocks) and at(block.index + gap):
                meta_lines = block.index + gap if gap == 1 or headline_module._standfirst_shaped(
                    blocks[block.index + 1]) else None
                break
        if meta_lines and not headline_module.has_sentence_inside(block.text) and \
                _title_lines([block], blocks, options):
            found[meta_lines] = block
    return next(iter(found.values())) if len(found) == 1 else None


_PAGE_LINES = st.sampled_from([
    "Council Approves The Winter Budget", "The Hidden Heroines of Chaos", "By Jane Doe", "By Joshua Sokol",
    "Jane Doe, @jane", "May 20, 2019", "Published Thursday 27 July 2017", "By Jane Doe March 11, 2015",
    "But only hardcore gamers will appreciate it.", "Share this article", "Home", "News", "Tim Smith",
    "3 min read", "The city council voted on Tuesday to approve the budget for the coming winter season.",
    "Photo: Jane Roe", "Related stories", "Updated 12:30 2016"])


@settings(max_examples=120, deadline=None)
@given(st.lists(st.one_of(_PAGE_LINES, _LINE), min_size=1, max_size=30), st.data())
def test_header_block_equals_the_plain_one(texts, data):
    blocks = [Block(index=i, text=t, words=len(t.split())) for i, t in enumerate(texts)]
    start = data.draw(st.integers(0, len(blocks)))
    end = data.draw(st.integers(start, len(blocks) + 2))
    plain = _plain_header_block(blocks, start, end, DEFAULT_OPTIONS)
    assert _header_block(blocks, start, end, DEFAULT_OPTIONS) is plain


def test_header_block_on_a_hand_written_page():
    texts = ["Daily Courier", "News", "Council Approves The Winter Budget", "By Jane Doe", "May 20, 2019",
             "The city council voted on Tuesday to approve the budget for the coming winter season."]
    blocks = [Block(index=i, text=t, words=len(t.split())) for i, t in enumerate(texts)]
    assert _header_block(blocks, 5, 5, DEFAULT_OPTIONS) is blocks[2]
    assert _plain_header_block(blocks, 5, 5, DEFAULT_OPTIONS) is blocks[2]
    # the title as the last line the search may take (the body's end right under it)
    for end in range(0, 6):
        assert _header_block(blocks, 0, end, DEFAULT_OPTIONS) is _plain_header_block(blocks, 0, end, DEFAULT_OPTIONS)
    assert _header_block(blocks, 0, 3, DEFAULT_OPTIONS) is blocks[2]


# --- the headline's line tests ------------------------------------------------------------

def _plain_headline_like(block, options, min_words=2):
    text = block.text.rstrip()
    sentence = ends_like_sentence(text) and not text.endswith(("?", "!"))
    credit = text.split(None, 1)[0].casefold().rstrip(":") in lexicon.phrases("photo_credits")
    rest = _YEAR_WORD.sub("", text)
    digits = digit_share(text) < options.headline_max_digit_share \
        or not re.search(r"\d", rest) and re.search(r"[^\W\d_]", rest) is not None
    return (min_words <= block.words <= 30 and digits and not credit
            and not sentence and not is_section_label(text) and not ICON_GLYPH.search(text)
            and not FORM_CONTROL.search(text) and not DRAWN_CONTROL.search(text) and text.count(")") == text.count("(")
            and not is_relative_time(text) and not text.endswith(("..", ":", "…")) and text[-1] not in TRAILING_SEPARATORS
            and normalized(text.rsplit(None, 1)[-1]) not in lexicon.phrases("byline_markers")
            and normalized(text) not in lexicon.phrases("boilerplate_lines") and not is_interface_row(text)
            and not read_line(text).date and not is_reading_time(text) and "©" not in text and not text.lstrip().startswith(("(c) ", "(C) "))
            and not is_picture_credit(text, lexicon.phrases("photo_credits")) and not is_consent_text(text)
            and not _plain_odd_shape(text.strip(), options))


def _plain_odd_shape(line, options):
    # a text printed twice (with or without a space between), a parenthesis, a line's rest, a logo's alt text
    twice = re.fullmatch(r"(.{%d,}) ?\1" % options.doubled_line_min_chars, line, re.S)
    return bool(twice) or re.fullmatch(r"\(.*\)", line, re.S) is not None or line.startswith(("&", "+")) \
        or any(word in lexicon.phrases("logo_words") for word in normalized(line).split())


@settings(max_examples=120, deadline=None)
@given(_LINE.filter(str.strip), st.integers(1, 4))
def test_headline_test_equals_the_plain_one(text, min_words):
    block = Block(index=0, text=text, words=len(text.split()))
    assert _headline_like(block, DEFAULT_OPTIONS, min_words) == _plain_headline_like(block, DEFAULT_OPTIONS, min_words)


@settings(max_examples=120, deadline=None)
@given(st.text(st.characters(max_codepoint=127), max_size=40))
def test_an_ascii_line_normalises_to_at_most_its_length(text):
    # the headline's copies are looked for only among lines at least as long as its key
    assert len(normalized(text)) <= len(text)


@settings(max_examples=120, deadline=None)
@given(st.one_of(_LINE, st.text(max_size=30)))
def test_the_inline_first_word_is_first_normalized_word(text):
    cut = text.find(" ")
    head = text if cut < 0 else text[:cut]
    if head.isalnum() and head.isascii():
        assert head.lower() == first_normalized_word(text)


# --- the copyright holder ---------------------------------------------------------------

@settings(max_examples=120, deadline=None)
@given(st.one_of(_LINE, st.tuples(st.sampled_from(["©", "(c)", "Copyright", "2012", "2009-2020", "1999,"]),
                                  _SEPARATORS, _LINE).map("".join)))
def test_a_part_holds_a_copyright_holder_only_if_the_prefilter_keeps_it(part):
    if _holder(part, DEFAULT_OPTIONS) is not None:
        assert _may_hold_copyright(part), part


def test_copyright_parts_on_hand_written_lines():
    for part in ("© 2012 Nicolas Perriault", "2009-2020 by Florian Posdziech", "(c) Johannes Wolf"):
        assert _holder(part, DEFAULT_OPTIONS) and _may_hold_copyright(part)
    assert not _may_hold_copyright("Powered by Nikola")


# --- the marker scan ----------------------------------------------------------------------

_MARKER_LINE = st.tuples(st.sampled_from(["", " ", "  ", "\t", "\x1c", "\x1f ", "\u00a0", "|", "—"]),
                         st.sampled_from(sorted(lexicon.lines("byline_markers")) + ["BY", "bye", "Von", "Byline"]),
                         st.sampled_from(["", " ", ":", " : ", "-", "\n"]),
                         st.sampled_from(["", "Jane Doe", "jane", "Ärger", "中文"])).map("".join)


@settings(max_examples=120, deadline=None)
@given(st.lists(st.one_of(_MARKER_LINE, _LINE), max_size=12))
def test_marker_scan_keeps_the_lines_the_line_test_keeps(texts):
    lines = [Block(index=i, text=t) for i, t in enumerate(texts)]
    assert lines_opening_with_marker(lines) == [b for b in lines if starts_with_marker(b.text)]


# --- the month names as a trie ------------------------------------------------------------

def _with_flat_alternation(module, build, words):
    """``build()`` (a cached pattern builder of ``module``) with ``words`` written as one flat
    alternation, longest first, where the module writes them as a trie."""
    flat = "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, "trie_alternation", lambda _words: flat)
        build.cache_clear()
        try:
            return build()
        finally:
            build.cache_clear()


def _flat_patterns():
    """``dates._named_patterns`` with the month names as one flat alternation."""
    return _with_flat_alternation(dates, dates._named_patterns, lexicon.months())


_DATE_LINE = st.lists(st.tuples(st.one_of(st.sampled_from(_MONTHS).map(str.title), st.sampled_from(_MONTHS),
                                          st.sampled_from(_MONTHS).map(str.upper),
                                          st.sampled_from(["10", "1st", "3e", "2023", "1999", "de", "of", "14.",
                                                           "x", "Mayis", "ſept", "İ", "3–5", "Sept.", "mar"])),
                                st.sampled_from([" ", " ", ", ", ". ", "-", "", " - ", "\u00a0"])).map("".join),
                      max_size=7).map("".join)


def _matches(patterns, text):
    return [[(m.span(), m.groupdict()) for m in p.finditer(text)] for p in patterns]


@settings(max_examples=120, deadline=None)
@given(_DATE_LINE)
def test_month_trie_gives_the_flat_alternations_matches(text):
    assert _matches(dates._named_patterns(), text) == _matches(_flat_patterns(), text)


def test_month_trie_on_every_month_name():
    flat, trie = _flat_patterns(), dates._named_patterns()
    for name in lexicon.months():
        for text in (f"3. {name} 2020", f"{name.title()} 10, 2021", f"2019 {name.upper()} 7", f"3–5 {name} 2022",
                     f"1st{name} 2020", f"{name}. 4 2018"):
            assert _matches(trie, text) == _matches(flat, text), text


def test_month_names_are_letters_only():
    # the premise of the trie's equivalence (text_trie): a name ends where a non-letter follows
    assert all(regex.fullmatch(r"[\p{L}\p{M}]+", name) for name in lexicon.months())


def test_trie_alternation_matches_exactly_its_words():
    words = ["apr", "april", "aprile", "aug", "august", "mai", "ma"]
    pattern = re.compile("(?:" + trie_alternation(words) + ")")
    assert all(pattern.fullmatch(w) for w in words)
    assert not any(pattern.fullmatch(w) for w in ("a", "ap", "aprilx", "au", "m", "augus", ""))


def _flat_marker():
    return _with_flat_alternation(text_lines, text_lines._marker, lexicon.lines("byline_markers"))


@settings(max_examples=120, deadline=None)
@given(st.lists(st.one_of(_MARKER_LINE, _LINE), max_size=3).map(" ".join))
def test_marker_trie_gives_the_flat_alternations_matches(text):
    flat = _flat_marker()
    assert [m.span() for m in text_lines._marker().finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_marker_trie_on_every_marker():
    flat = _flat_marker()
    for marker in lexicon.lines("byline_markers"):
        for text in (f"{marker} Jane Doe", f"{marker.upper()}: Jane", f"Home | {marker.title()} - Jane", f"{marker}x y",
                     f"2019 {marker}Jane", f"{marker}"):
            assert [m.span() for m in text_lines._marker().finditer(text)] == [m.span() for m in flat.finditer(text)]
