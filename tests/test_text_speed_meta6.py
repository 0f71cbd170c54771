"""Round 6 of the text-metadata speed work: each shortcut against the plain code it replaced.

The plain versions below are the code as it stood at the start of the round: ``read_line``
asking ``may_hold_marker`` in its first test and again before the marker scan;
``_people_in_order`` reading each chunk's names twice; the marker scan of the page on the
`regex` engine; ``_title_lines`` with the headline tests first; the header block reading
every line for its pairs; each rank of the authors' cascade looking at every line of the
window. Generated lines and pages, built from the data files' own words, and hand-written
ones must get the same answers from both.
"""

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract import lexicon
from articlextract.metadata import dates, text_headline, text_lines, text_names
from articlextract.metadata import text as text_module
from articlextract.metadata.authors import clean_authors
from articlextract.metadata.text_lines import (BYLINE_MAX_WORDS, DATE_LINE_MAX_WORDS, DATE_ONLY_MAX_WORDS, NOTHING,
                                               LineMeta, _date_kind, _long_byline, _names, _people_in_order,
                                               is_person_name, may_state_metadata, read_line, starts_with_marker,
                                               unglued_names, unglued_year)
from articlextract.metadata.text_scan import lines_opening_with_marker
from articlextract.model import LIST_ITEM, Block
from articlextract.options import DEFAULT_OPTIONS
from articlextract.rules.phrases import is_relative_time
from textkit import plain_meta_row

_MONTHS = sorted(lexicon.months())
_MARKERS = sorted(lexicon.lines("byline_markers"))
_WORDS = st.one_of(
    st.sampled_from(_MARKERS + sorted({w for m in _MARKERS for w in m.split()}) + ["BY", "Von", "Byline", "bye"]),
    st.sampled_from(_MONTHS + [m.title() for m in _MONTHS[:40]]),
    st.sampled_from(sorted(lexicon.phrases("agencies")) + ["ago", "Stunden", "vor", "3", "hours", "Updated"]),
    st.sampled_from(["Jane", "Doe", "John", "Roe", "JANE", "karstenruppert", "@jane", "(@jd)", "2023", "1999-2001",
                     "12.03.2021", "10", "3rd", "7:45", "de", "am", "Kommentar", "Share", "Senior", "Writer", "dpa",
                     "-", "|", "•", "ß", "İ", "ſ", "K", "中", "Ça", "Élodie", "the", "a", "and"]),
)
_SEPARATORS = st.sampled_from([" ", " ", " ", " | ", ", ", " - ", ": ", "", "\u00a0", " • ", ". ", "; "])
_LINE = st.lists(st.tuples(_WORDS, _SEPARATORS).map("".join), max_size=16).map("".join)
_HAND_WRITTEN = ("By Jane Doe", "By Jane Doe, John Roe, dpa", "Von David Hutzler, dpa",
                 "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec "
                 "Damien Leloup et Morgane Tual)", ": : : : : : : : : : : : | : | : • af abr ",
                 "By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project",
                 "By Jane Doe and John Roe, Reuters", "Posted on 2015-04-05 by marc | Leave a comment",
                 "Dan Goodin - Apr 16, 2015 8:02 pm UTC",
                 "Veröffentlicht am 13. März 2019 von Michael Veeser-Dombrowski",
                 "Home | By Jane Doe", "Jane Doe, @jane", "Reuters", "Alex Perry 1 day ago", "vor 3 Stunden",
                 "May 20, 2019", "Share Tweet", "", "作者：焦鹏", "12.03.202112.03.2021 ", "Veröffentlicht vonChris Jung")


# --- reading a line -----------------------------------------------------------------------

def _plain_read_line(text):
    """``read_line`` as it stood: ``may_state_metadata`` first (the marker test among its signs),
    then ``_names`` asking the marker test again."""
    split = text.split(None, DATE_LINE_MAX_WORDS)
    words = len(split)
    if words > DATE_LINE_MAX_WORDS:
        return _long_byline(text) if " | " not in text else plain_meta_row(text, _plain_read_line)
    text = unglued_year(unglued_names(text))  # ("12.03.202112.03.2021": a converter's glued dates)
    split = text.split(None, DATE_LINE_MAX_WORDS)
    words = len(split)
    if not may_state_metadata(text, split):
        return NOTHING
    found = list(dates.find_dates(text))
    names, source = _names(text, found[0][0] if found else None) if words <= BYLINE_MAX_WORDS + 4 else ((), "")
    if not found and not names or is_relative_time(text):
        return NOTHING
    date, kind = (found[0][1], _date_kind(text, found[0][0])) if found else (None, "")
    only = bool(names) and words <= BYLINE_MAX_WORDS or (bool(date) and words <= DATE_ONLY_MAX_WORDS)
    return LineMeta(date, kind, tuple(names), source, only)


def _plain_people_in_order(run, names):
    """``_people_in_order`` as it stood: each chunk's names read twice."""
    people = names[:1]
    for chunk in text_lines._COMMA.split(run):
        for name in clean_authors(chunk):
            if name in people:
                continue
            if not is_person_name(name):
                return people
            people.append(name)
        if not clean_authors(chunk) and people != names[:1]:
            return people
    return people


def _check_line(text):
    read_line.cache_clear()
    assert read_line(text) == _plain_read_line(text), text
    names = clean_authors(text)
    assert _people_in_order(text, names) == _plain_people_in_order(text, names), text


@settings(max_examples=300, deadline=None)
@given(_LINE)
def test_line_readings_equal_the_plain_ones(text):
    _check_line(text)


def test_line_readings_on_hand_written_lines():
    for text in _HAND_WRITTEN:
        _check_line(text)
    assert read_line("By Jane Doe, John Roe, dpa").names == ("Jane Doe", "John Roe")
    assert read_line("Von David Hutzler, dpa").names == ("David Hutzler",)
    assert read_line("Share Tweet") is NOTHING


def test_the_marker_test_is_asked_once_a_line(monkeypatch):
    asked = []
    real = text_lines.may_hold_marker
    monkeypatch.setattr(text_lines, "may_hold_marker", lambda text: asked.append(text) or real(text))
    for text in ("Subscribe to our newsletter", "By Jane Doe", "Über uns", "May 20, 2019 by Jane Doe"):
        read_line.cache_clear()
        read_line(text)
    assert sorted(asked) == sorted(set(asked))
    read_line.cache_clear()


# --- the marker scan of a page ------------------------------------------------------------

# ASCII lines above all (the scan's own part), with every ASCII white space lstrip strips
# before the marker, and what may follow a marker or continue a word.
_ASCII_MARKER_LINE = st.tuples(st.sampled_from(["", " ", "  ", "\t", "\x0b", "\x0c", "\r", "\x1c", "\x1f ", "|", "-"]),
                               st.sampled_from([m for m in _MARKERS if m.isascii()] + ["BY", "Von", "AUTHOR:", "Bye"]),
                               st.sampled_from(["", " ", ":", " : ", "-", "- ", "\t", "\x1c", "s", "x", "2", "_"]),
                               st.sampled_from(["", "Jane Doe", "jane", "Ärger", "中文", " "])).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_ASCII_MARKER_LINE, _LINE), max_size=14))
def test_marker_scan_keeps_the_lines_the_line_test_keeps(texts):
    lines = [Block(index=i, text=t) for i, t in enumerate(texts)]
    assert lines_opening_with_marker(lines) == [b for b in lines if starts_with_marker(b.text)]


def test_marker_scan_on_hand_written_pages():
    texts = ["Home", "By Jane Doe", "Byline", "  von Ulrike", "Author: Jacopo Cascioli", "authors:x", "By",
             "\x1cBY-Jane", "Über uns", "作者：焦鹏", "Paris", "Die Welt", "Text: Ursula Eggers", "by\tJane"]
    lines = [Block(index=i, text=t) for i, t in enumerate(texts)]
    found = [b.text for b in lines_opening_with_marker(lines)]
    assert found == [t for t in texts if starts_with_marker(t)]
    assert "By Jane Doe" in found and "Paris" not in found and "Byline" not in found


def test_ascii_text_matches_no_marker_holding_another_character():
    # the scan looks for the ASCII markers only on ASCII lines (text_markers makes the same
    # assumption): no ASCII character matches a non-ASCII character of a marker, case-insensitively
    others = {c for m in _MARKERS for c in m if not c.isascii()}
    ascii_chars = [chr(c) for c in range(128)]
    assert not [c for c in others if any(regex.fullmatch(regex.escape(c), a, regex.I) for a in ascii_chars)]


# --- title-like lines ---------------------------------------------------------------------

def _plain_title_lines(lines, blocks, options):
    """``text_headline._title_lines`` as it stood: the headline tests first (with the tests added
    since: a list of fields' entry, a list of names)."""
    return [b for b in lines if not b.role and text_headline._headline_like(b, options, options.title_line_min_words)
            and b.kind != LIST_ITEM and " | " not in b.text and not text_headline._breadcrumb(b.text, options)
            and not text_names.is_name_by_time(b, blocks, options) and not text_headline.in_field_list(b, blocks)
            and not text_headline._names_only(b.text)]


_PAGE_LINE = st.one_of(_LINE, st.sampled_from(["Home | News | Sport", "The Hidden Heroines of Chaos", "By Joshua Sokol",
                                               "May 20, 2019", "Mac & i > News > 2015 > 1Password für Mac",
                                               "Vincent Vallet", "Follow", "Oct 18, 2019 · 8 min read",
                                               "A Title Over | A Menu Row Here", "Share this story on Facebook"]))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_PAGE_LINE, st.booleans()), min_size=1, max_size=12))
def test_title_lines_equal_the_plain_ones(rows):
    blocks = [Block(index=i, text=t, kind=LIST_ITEM if item else "p") for i, (t, item) in enumerate(rows)]
    assert text_headline._title_lines(blocks, blocks, DEFAULT_OPTIONS) == _plain_title_lines(blocks, blocks,
                                                                                             DEFAULT_OPTIONS)


def test_title_lines_on_a_hand_written_page():
    texts = ["Home | News | Sport", "The Hidden Heroines of Chaos", "By Joshua Sokol", "May 20, 2019",
             "Mac & i > News > 2015 > 1Password für Mac"]
    blocks = [Block(index=i, text=t) for i, t in enumerate(texts)]
    found = text_headline._title_lines(blocks, blocks, DEFAULT_OPTIONS)
    assert [b.text for b in found] == ["The Hidden Heroines of Chaos"]
    assert found == _plain_title_lines(blocks, blocks, DEFAULT_OPTIONS)


# --- the header block's byline and date pairs ---------------------------------------------

def _plain_meta_pairs(blocks, last):
    """``text_headline._meta_pairs`` as it stood: every line from the third on read."""
    kinds = {i: text_headline._line_kind(blocks[i].text) for i in range(2, min(last + 2, len(blocks)))}
    no_kind = (False, False, False)
    return {i for i, here in kinds.items() if i <= last and (
        here[0] and kinds.get(i + 1, no_kind)[1] or kinds.get(i + 1, no_kind)[0] and here[1] or here[2])}


_HEADER_LINES = st.sampled_from(["The Hidden Heroines of Chaos", "By Jane Doe", "Jane Doe, @jane", "May 20, 2019",
                                 "By Jane Doe March 11, 2015", "Published Thursday 27 July 2017", "@jane", "Home",
                                 "  by Tim Smith", "Posted on 2015-04-05 by marc", "Updated 12:30 2016",
                                 "Von Ulrike Stockhausen", "12.03.2021", "3 min read", "作者：焦鹏"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_HEADER_LINES, _LINE), min_size=1, max_size=20), st.integers(0, 24))
def test_meta_pairs_equal_the_plain_ones(texts, last):
    blocks = [Block(index=i, text=t) for i, t in enumerate(texts)]
    assert text_headline._meta_pairs(blocks, last) == _plain_meta_pairs(blocks, last)


def test_meta_pairs_on_a_hand_written_page():
    texts = ["Site", "Menu", "Headline Here", "By Jane Doe", "May 20, 2019", "Body text starts here.", "2023 was",
             "Jane Doe, @jane", "Other", "By Tim Smith March 11, 2015"]
    blocks = [Block(index=i, text=t) for i, t in enumerate(texts)]
    assert text_headline._meta_pairs(blocks, 9) == _plain_meta_pairs(blocks, 9) == {3, 9}


# --- the authors' cascade -----------------------------------------------------------------

def _plain_authors(lines, blocks, meta, farther, options):
    """``text._authors`` as it stood: each rank looks at every line of the window (a magazine's
    credit, "aufgezeichnet von", after the plain markers, as ``_credit_last`` orders them)."""
    metas = [(block, text_module._byline_meta(block, blocks, m)) for block, m in lines]
    credits = tuple(lexicon.lines("byline_credits"))
    credit_last = [pair for pair in metas if not pair[0].text.lstrip().casefold().startswith(credits)] + \
        [pair for pair in metas if pair[0].text.lstrip().casefold().startswith(credits)]
    for rank in ("marker", "handle", "before date", "after date", "agency"):
        for block, m in credit_last if rank == "marker" else metas:
            if m.name_source != rank:
                continue
            writer = text_names.person_above(block, blocks, m.names[0], options) if rank == "before date" else None
            if writer and meta.offer("authors", [writer[1]], "name line above the publisher and date"):
                blocks[writer[0]].role = blocks[writer[0]].role or "byline"
                return
            if meta.offer("authors", list(m.names), f"byline line ({rank})"):
                text_module._claim_byline(block, m, blocks)
                return
    for block, rank in farther:
        opens = starts_with_marker(block.text) if rank == "marker" else "@" in block.text
        if block.words <= BYLINE_MAX_WORDS and opens:
            m = text_module._byline_meta(block, blocks)
            source = f"byline line ({m.name_source}) a little farther from the body start"
            if m.name_source == rank and m.only_meta and meta.offer("authors", list(m.names), source):
                text_module._claim_byline(block, m, blocks)
                return


def _metadata(texts, start, authors):
    blocks = [Block(index=i, text=t) for i, t in enumerate(texts)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text_module, "_authors", authors)
        meta = text_module.extract_text_metadata(blocks, (start, len(blocks) - 1), None, DEFAULT_OPTIONS)
    return meta.__dict__, [b.role for b in blocks]


_META_PAGE_LINE = st.one_of(_HEADER_LINES, _LINE, st.sampled_from(_HAND_WRITTEN), st.sampled_from(
    ["NATALIYA VASILYEVA", "Associated Press December 2, 2016", "Games Editor", "Ben Silverman",
     "Yahoo Finance October 13, 2016",
     "The city council voted on Tuesday to approve the budget for the coming winter season."]))


@settings(max_examples=150, deadline=None)
@given(st.lists(_META_PAGE_LINE, min_size=1, max_size=24), st.data())
def test_page_metadata_equals_the_plain_cascade(texts, data):
    start = data.draw(st.integers(0, len(texts) - 1))
    assert _metadata(texts, start, text_module._authors) == _metadata(texts, start, _plain_authors)


def test_page_metadata_with_a_credit_marker_alone_on_its_line():
    # "aufgezeichnet von" is read with the next line, "By Jane Doe": a credit, ranked after it
    texts = ["aufgezeichnet von ", "By Jane Doe"]
    assert _metadata(texts, 0, text_module._authors) == _metadata(texts, 0, _plain_authors)


def test_page_metadata_on_a_hand_written_page():
    texts = ["Council Approves The Winter Budget - Daily Courier", "Home | News", "Council Approves The Winter Budget",
             "NATALIYA VASILYEVA", "Associated Press December 2, 2016",
             "The city council voted on Tuesday to approve the budget for the coming winter season."]
    new, plain = _metadata(texts, 5, text_module._authors), _metadata(texts, 5, _plain_authors)
    assert new == plain and new[0]["authors"] == ["NATALIYA VASILYEVA"] and new[1][3] == "byline"
