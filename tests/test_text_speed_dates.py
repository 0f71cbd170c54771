"""Round 5b (reading metadata lines): the cheap tests that spare a date pattern its scan
give exactly what the pattern alone gives (each against the plain definition: the pattern
run on every text)."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract import lexicon
from articlextract.metadata import dates, text_lines

_ALL_CHARS = "".join(map(chr, range(0x110000)))
_MONTHS = sorted(lexicon.months())
_PIECES = st.one_of(
    st.sampled_from(_MONTHS), st.sampled_from(_MONTHS).map(str.title), st.sampled_from(_MONTHS).map(str.upper),
    st.sampled_from(["10", "1", "07", "1st", "3RD", "2e", "14.", "2023", "1999", "2031", "19", "20", "x", "de", "of",
                     "ſept", "İ", "Mayis", "३", "١٠", "º", "ª", "Maiº", "_", "Juli_", "éMai", "3–5", "14. -"]))
_GLUE = st.sampled_from([" ", "  ", ", ", ". ", ".", "-", "–", "—", "", " - ", "\u00a0", "\u2009", "\x1c", "\t", ",",
                         "\n", "(", "|"])
_DATE_LINE = st.lists(st.tuples(_PIECES, _GLUE).map("".join), max_size=8).map("".join)


def _matches(pattern, text):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _gates_agree(text: str) -> None:
    for pattern, may_match in zip(dates._named_patterns(), dates._PATTERN_GATES):
        if not may_match(text):
            assert _matches(pattern, text) == [], (pattern.pattern[:40], text)


@settings(max_examples=600, deadline=None)
@given(_DATE_LINE)
def test_a_pattern_is_skipped_only_where_it_finds_nothing(text):
    _gates_agree(text)


def test_gates_on_hand_written_dates():
    cases = {
        "July 10, 2023": 1, "Jul. 10th 2023": 1, "Posted on MAY 3RD, 2021 by Jane": 1, "3. März 2019": None,
        "am 3. Juli 2019, aktualisiert Juli 4 2019": 1, "Jan 5 Feb 10 2023": 1, "Mai 10 20 2021": None,
        "2023 July 10": 2, "2019 abc 2020 July 5": 2, "Ιουλίου 10, 2023": 1, "(июля 10, 2023)": 1,
        "14. - 20. Januar 2022": 3, "3–5 May 2023": 3, "November 2019": None,
    }
    patterns = dates._named_patterns()
    for text, expected in cases.items():
        _gates_agree(text)
        if expected is not None:
            assert dates._PATTERN_GATES[expected](text) and _matches(patterns[expected], text), text
    assert not dates._may_be_month_first("3. November 2019 von Jane") and not dates._may_be_range_start("10 July 2023")


def test_gates_on_every_month_name():
    for name in _MONTHS:
        for text in (f"{name.title()} 10, 2021", f"x {name}. 4 2018", f"2019 {name.upper()} 7", f"3–5 {name} 2022",
                     f"1. {name} 2020 (x {name}\u00a012 1999)", f"{'x' * 70} {name} 1 2020"):
            _gates_agree(text)
            assert any(g(text) for g in dates._PATTERN_GATES[1:]), text


def test_what_the_gates_take_for_granted():
    # A month name is a run of \w, so is every character a month's character matches
    # case-insensitively; no month name is near the 64 characters _run_before looks back.
    month_chars = "".join(sorted({c for name in _MONTHS for c in name}))
    matched = regex.findall("[" + regex.escape(month_chars) + "]", _ALL_CHARS, regex.I)
    assert all(regex.fullmatch(r"\w", c) for c in matched)
    assert max(map(len, _MONTHS)) < 64
    # rstrip() strips every character regex's \s matches (and the re gate's \s is wider
    # than regex's on ASCII); the dashes of the range pattern are the gate's.
    assert all(c.isspace() for c in regex.findall(r"\s", _ALL_CHARS))
    assert {c for c in map(chr, range(128)) if regex.fullmatch(r"\s", c)} <= {c for c in map(chr, range(128))
                                                                              if c.isspace()}
    range_pattern = dates._named_patterns()[3].pattern
    assert all(dash in range_pattern for dash in dates._RANGE_DASHES)


# --- read_line splits a line only as far as it needs ---------------------------------------

_WORDY = st.lists(st.tuples(st.sampled_from(["w", "By", "2023", "é", ""]),
                            st.sampled_from([" ", "  ", "\t", "\u00a0", "\u3000", "\x1c", "\n"])).map("".join),
                  max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(_WORDY)
def test_read_lines_split_is_the_full_split_on_every_line_it_reads(text):
    limit = text_lines.DATE_LINE_MAX_WORDS
    split, full = text.split(None, limit), text.split()
    assert (len(split) > limit) == (len(full) > limit)
    if len(full) <= limit:
        assert split == full


def test_read_line_on_long_and_short_lines_by_hand():
    byline = "By Alex Heath, a deputy editor and author of the newsletter Command Line, who has covered Meta for years"
    assert text_lines.read_line(byline).names == ("Alex Heath",)
    short = "Posted on 2015-04-05 by marc | Leave a comment"
    assert text_lines.read_line(short).date == "2015-04-05" and text_lines.read_line(short).names == ("marc",)
