"""The cheap first tests of the text metadata readers give exactly the plain answers.

Each prefilter (``read_line``'s signs, the header block's line kinds, the first character of a
byline marker, the copyright scan, the month-name test of ``find_dates``) stands before a
costlier reading; these tests hold each side by side with its plain definition, on generated
lines built from the data files' own words and on hand-written ones.
"""

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract import lexicon
from articlextract.metadata import dates
from articlextract.metadata.text_boxes import _holder, _may_hold_copyright, _may_hold_copyright_lines
from articlextract.metadata.text_headline import _line_kind
from articlextract.metadata.text_lines import (NOTHING, LineMeta, _date_kind, _long_byline, _marker, _names,
                                               may_state_metadata, read_line, starts_with_marker, unglued_names,
                                               unglued_year)
from articlextract.model import Block
from articlextract.options import DEFAULT_OPTIONS
from articlextract.rules.phrases import is_relative_time
from textkit import plain_meta_row

_MARKERS = sorted({w for m in lexicon.lines("byline_markers") for w in m.split()})
_MONTHS = sorted(lexicon.months())
_WORDS = st.one_of(
    st.sampled_from(_MARKERS + _MONTHS + sorted(lexicon.phrases("agencies")) + ["ago", "Stunden", "(c)", "©"]),
    st.sampled_from(["Jane", "Doe", "JANE", "@jane", "(@jd)", "Reuters", "AP", "Updated", "Published", "2023",
                     "1999-2001", "12.03.2021", "10", "3rd", "1st", "e", "7:45", "ß", "İ", "ſ", "中", "Ça"]),
)
_SEPARATORS = st.sampled_from([" ", " ", " | ", ", ", " - ", ": ", "", "\u00a0", " • "])
_LINE = st.lists(st.tuples(_WORDS, _SEPARATORS).map("".join), max_size=9).map("".join)
_HAND_WRITTEN = ("By Jane Doe", "Home | By Jane Doe", "Jane Doe, @jane", "May 20, 2019", "By Jane Doe March 11, 2015",
                 "Posted on 2015-04-05 by marc | Leave a comment", "Alex Perry 1 day ago", "Reuters", "AP",
                 "© 2012 Nicolas Perriault", "2009-2020 by Florian Posdziech", "(c) Johannes Wolf", "3eMars 2021",
                 "1stMay 2020", "ReutersReuters", "Veröffentlicht am 13. März 2019 von Michael Veeser-Dombrowski", "Share Tweet", "")


def _reference_read_line(text):
    """``read_line`` without its first test (``may_state_metadata``)."""
    words = len(text.split())
    if words > 18:
        return _long_byline(text) if " | " not in text else plain_meta_row(text, _reference_read_line)
    text = unglued_year(unglued_names(text))  # ("12.03.202112.03.2021": a converter's glued dates)
    words = len(text.split())
    if is_relative_time(text):
        return NOTHING
    found = list(dates.find_dates(text))
    date, kind = (found[0][1], _date_kind(text, found[0][0])) if found else (None, "")
    names, source = _names(text, found[0][0] if found else None) if words <= 18 else ((), "")
    if not date and not names:
        return NOTHING
    only = bool(names) and words <= 14 or (bool(date) and words <= 10)
    return LineMeta(date, kind, tuple(names), source, only)


def _reference_line_kind(text):
    """The header block's questions as first written (``_byline_and_date``, ``_dated_byline``)."""
    meta = read_line(text)
    byline = (starts_with_marker(text) or meta.name_source == "handle") and bool(meta.names) and not meta.date
    dateline = bool(meta.date) and meta.only_meta and not meta.names
    dated = starts_with_marker(text) and bool(meta.names) and bool(meta.date) and meta.only_meta
    return byline, dateline, dated


def _reference_may_hold_copyright(text):
    folded = text.casefold()
    return any(c.isdigit() for c in text) or any(m.casefold() in folded for m in lexicon.lines("copyright_marks"))


def _check_line(text):
    asked = unglued_names(text)  # (read_line asks its prefilter of the line with a doubled name written once)
    if not may_state_metadata(asked, asked.split()):
        assert _reference_read_line(text) == NOTHING, text
    assert read_line(text) == _reference_read_line(text), text
    assert _line_kind(text) == _reference_line_kind(text), text
    assert starts_with_marker(text) == bool(_marker().match(text.lstrip())), text
    if not _may_hold_copyright(text):  # no lead word for a holder in any part
        parts = regex.split(r"\s+[|•·—–]\s+|\s+-\s+", text)
        assert all(_holder(part, DEFAULT_OPTIONS) is None for part in parts)


@settings(max_examples=400, deadline=None)
@given(_LINE)
def test_line_prefilters_equal_the_plain_readings(text):
    _check_line(text)


def test_line_prefilters_on_hand_written_lines():
    for text in _HAND_WRITTEN:
        _check_line(text)
    assert read_line("By Jane Doe").names == ("Jane Doe",)
    assert read_line("Reuters").name_source == "agency"
    assert _line_kind("By Jane Doe") == (True, False, False)
    assert _line_kind("May 20, 2019") == (False, True, False)
    assert not may_state_metadata("Subscribe to our newsletter", "Subscribe to our newsletter".split())


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINE, max_size=8))
def test_copyright_scan_keeps_the_lines_the_line_test_keeps(texts):
    lines = [Block(index=i, text=t) for i, t in enumerate(texts)]
    assert _may_hold_copyright_lines(lines) == [b for b in lines if _may_hold_copyright(b.text)]


def test_copyright_test_is_looser_than_a_digit_or_a_mark_only_where_no_holder_can_follow():
    for text in ("© 2012 Nicolas Perriault", "(C) Johannes Wolf", "COPYRIGHT Jane Doe", "2009 von Jane Doe"):
        assert _may_hold_copyright(text) and _reference_may_hold_copyright(text)
    assert not _may_hold_copyright("Page 3 of 12") and _reference_may_hold_copyright("Page 3 of 12")


def _reference_find_dates(text):
    """``find_dates`` with the month-name patterns run on every line."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates, "_may_name_month", lambda _text: True)
        return list(dates.find_dates(text))


_DATE_LINE = st.lists(st.tuples(st.one_of(st.sampled_from(_MONTHS).map(str.title), st.sampled_from(_MONTHS),
                                          st.sampled_from(["10", "1st", "3e", "2023", "1999", "de", "of", "14.", "x",
                                                           "Mayis", "ſept", "İ"])),
                                _SEPARATORS).map("".join), max_size=7).map("".join)


@settings(max_examples=400, deadline=None)
@given(_DATE_LINE)
def test_month_name_test_keeps_every_date_of_the_patterns(text):
    assert list(dates.find_dates(text)) == _reference_find_dates(text)


def test_month_name_test_on_hand_written_dates():
    for text in ("Friday, December 23, 2016", "10 July 2023", "1stMay 2020", "ReutersReuters", "3eMars 2021", "2023 July 10",
                 "28 de Abril de 2022", "14. - 20. Januar 2022", "Updated 12:30 2016", "Page 3 of 2016"):
        assert list(dates.find_dates(text)) == _reference_find_dates(text), text
    assert [iso for _, iso in dates.find_dates("1stMay 2020")] == ["2020-05-01"]
    assert [iso for _, iso in dates.find_dates("Friday, December 23, 2016")] == ["2016-12-23"]
    assert not dates._may_name_month("Updated 12:30 2016") and dates._may_name_month("3eMars 2021")
    assert all(spelling.isalpha() for spelling in dates._ascii_month_spellings())  # a month is a run of letters

