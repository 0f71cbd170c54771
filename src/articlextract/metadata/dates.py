"""Finding and normalising dates in many formats and languages (month names in data/months.txt).

Every candidate is checked against the calendar and a plausible range; an invalid string
("0000-00-00", "2024-02-30", "2019 28 meh") yields nothing rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from functools import lru_cache
from typing import Iterator

import regex

from .. import lexicon
from ..features import has_digit, number
from .text_trie import trie_alternation

MIN_YEAR = 1990  # the web's articles start here; earlier years are history mentioned in text
MAX_FUTURE_DAYS = 2  # time zones: a page may be dated tomorrow, never later
# A CMS east of UTC stores a date given without a time as local midnight, written in UTC:
# "2022-11-06T23:00:00Z" is 7 November in Berlin. A UTC time on the hour this late is that
# midnight (UTC+1 to UTC+4), not a real publishing time.
LOCAL_MIDNIGHT_MIN_UTC_HOUR = 20
LOCAL_MIDNIGHT_NOTE = " (a local midnight written in UTC)"  # appended to the date's source

_ISO = regex.compile(
    r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d\d)(?::(\d\d))?(?:\.\d+)?"
    r"(Z|[+-]\d\d:?\d\d)?)?(?!\d)")
_COMPACT = regex.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)")
_NUMERIC = regex.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d|\d\d)(?![\d])")
# "4. 2. 2022", "4.\u20092.\u20092022": German typography spaces the parts of a numeric date
# (thin or plain spaces). Day first always; only with a four-digit year, since "1. 2. 3" numbers.
_SPACED_NUMERIC = regex.compile(
    r"(?<![\d.])(\d{1,2})\.(?:[ \u00a0\u2009\u202f](\d{1,2})\.[ \u00a0\u2009\u202f]?|(\d{1,2})\.[ \u00a0\u2009\u202f])"
    r"((?:19|20)\d\d)(?!\d)")
_CJK = regex.compile(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|ª|\.)?"


@lru_cache(maxsize=1)
def _named_patterns() -> tuple["regex.Pattern[str]", ...]:
    # (a trie, not a flat alternation of the ~370 names: see text_trie)
    month = "(?P<month>" + trie_alternation(lexicon.months()) + r")\.?"
    day = r"(?P<day>\d{1,2})" + _ORDINAL
    year = r"(?P<year>(?:19|20)\d\d)"
    glue = r"(?:\s+(?:de|del|of)\s+|\s*[,.]?\s*)"
    # "10 July 2023", "28 de Abril de 2022", "3. Mai 2023"
    day_first = regex.compile(r"(?<!\w)" + day + glue + month + r"(?!\w)" + glue + year + r"(?!\d)", regex.I)
    # "July 10, 2023", "Jul 10th 2023"
    month_first = regex.compile(r"(?<!\w)" + month + r"\s+" + day + r"\s*,?\s*" + year + r"(?!\d)", regex.I)
    # "July 2023" is too vague for a publication date; not matched on purpose.
    # "2023 July 10" (some CMSes, Hungarian order)
    year_first = regex.compile(r"(?<!\d)" + year + r"\.?\s+" + month + r"\s+" + day + r"(?!\d)", regex.I)
    # "14. - 20. Januar 2022", "3–5 May 2023": a range is dated by its first day.
    range_start = regex.compile(r"(?<!\w)" + day + r"\s*[-–—]\s*\d{1,2}" + _ORDINAL + glue + month
                                + r"(?!\w)" + glue + year + r"(?!\d)", regex.I)
    return day_first, month_first, year_first, range_start


def make_date(year: int, month: int, day: int, today: dt.date | None = None) -> str | None:
    """ISO date if the parts form a real, plausible publication date."""
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    today = today or dt.date.today()
    if d.year < MIN_YEAR or d > today + dt.timedelta(days=MAX_FUTURE_DAYS):
        return None
    return d.isoformat()


def _utc_local_midnight(m: regex.Match[str]) -> bool:
    """Whether an ISO match is a local midnight east of UTC written in UTC (see
    ``LOCAL_MIDNIGHT_MIN_UTC_HOUR``)."""
    if not m[4] or m[7] not in ("Z", "+00:00", "+0000"):
        return False
    return number(m[4]) >= LOCAL_MIDNIGHT_MIN_UTC_HOUR and m[5] == "00" and (m[6] or "00") == "00"


def is_local_midnight(text: str | None) -> bool:
    """Whether ``text`` is a UTC timestamp read as the next day's local midnight (above)."""
    m = _ISO.search(text) if text and len(text) <= 2000 else None
    return bool(m) and _utc_local_midnight(m)


def _year(text: str) -> int:
    y = number(text)
    return y + 2000 if y < 100 and y <= (dt.date.today().year % 100) + 1 else (y + 1900 if y < 100 else y)


# Every pattern but _NUMERIC needs a four-digit year, and every pattern needs a digit: cheap
# tests that spare the scans (the month-name patterns above all) on most lines.
_FULL_YEAR = regex.compile(r"(?:19|20)\d\d")
# Every month name holds a letter other than t and z (a test checks data/months.txt): text
# without one ("2023-05-01T10:00:00Z", the usual <meta> and JSON-LD date) names no month, and
# the month-name patterns, the slowest part of this function, are not run on it.
_MONTH_LETTER = regex.compile(r"[^\W\d_TZtz]")


def find_dates(text: str, today: dt.date | None = None) -> Iterator[tuple[int, str]]:
    """Yield (position, ISO date) for every valid date in ``text``, in order of position."""
    found: list[tuple[int, str]] = []
    if not has_digit(text):  # (the \d that str.isdigit misses are digits int() refuses: no date, see features.number)
        return iter(found)
    if not _FULL_YEAR.search(text):
        _numeric_dates(text, today, found)
        return iter(sorted(found))
    for m in _ISO.finditer(text):
        iso = make_date(number(m[1]), number(m[2]), number(m[3]), today)
        if iso and _utc_local_midnight(m):
            iso = make_date(*(dt.date.fromisoformat(iso) + dt.timedelta(days=1)).timetuple()[:3], today) or iso
        if iso:
            found.append((m.start(), iso))
    for m in _SPACED_NUMERIC.finditer(text):
        iso = make_date(number(m[4]), number(m[2] or m[3]), number(m[1]), today)
        if iso:
            found.append((m.start(), iso))
    for m in _CJK.finditer(text):
        iso = make_date(number(m[1]), number(m[2]), number(m[3]), today)
        if iso:
            found.append((m.start(), iso))
    _numeric_dates(text, today, found)
    if _MONTH_LETTER.search(text) and (not text.isascii() or _may_name_month(text)):
        months = lexicon.months()
        for pattern, may_match in zip(_named_patterns(), _PATTERN_GATES):
            if not may_match(text):  # (found is sorted below: a pattern skipped changes no order)
                continue
            for m in pattern.finditer(text):
                month = months.get(m["month"].casefold().rstrip("."))
                if month:
                    iso = make_date(number(m["year"]), month, number(m["day"]), today)
                    if iso:
                        found.append((m.start(), iso))
    found.sort()
    return iter(found)


_ASCII_LETTER_RUN = re.compile(r"[A-Za-z]+")


def _may_name_month(text: str) -> bool:
    """Whether an ASCII text holds a month name where the month-name patterns look for one: a
    month stands between a non-letter (or an ordinal's letters) and a non-word character, so
    it is a run of letters, or one without its first one or two letters. A cheap test, before
    the patterns (their alternation of every month name is tried at every position)."""
    names = _ascii_month_spellings()
    return any(run in names or run[1:] in names or run[2:] in names
               for run in map(str.lower, _ASCII_LETTER_RUN.findall(text)))


@lru_cache(maxsize=None)  # data, built once per process (benchmarks empty the bounded caches)
def _ascii_month_spellings() -> frozenset[str]:
    """Every ASCII text (lower-cased) a month name matches case-insensitively: each character
    of the name with the ASCII characters `regex` takes for it ("mayıs" is also "mayis")."""
    ascii_chars = [chr(c) for c in range(128)]
    letters = {ch for name in lexicon.months() for ch in name}
    image = {ch: {c.lower() for c in ascii_chars if regex.fullmatch(regex.escape(ch), c, regex.I)} for ch in letters}
    out: set[str] = set()
    for name in lexicon.months():
        images = [image[ch] for ch in name]
        if all(images):
            out.update("".join(p) for p in itertools.product(*images))
    return frozenset(out)


# A month name is a run of word characters (a test checks data/months.txt): where the
# month-first pattern ("July 10, 2023") matches, the month is a whole run of \w (a lookbehind
# stands before it, a dot or white space after it), then white space, the day and the year.
# Its gate finds the days followed by a year after white space, a digit scan (the pattern's
# own scan tries the month trie at every position: ~100 µs on a dated line), and asks whether
# the run before such a day is a month name. (Each match takes the day's first digit only:
# a later day starts after white space, so after that digit.)
_DAY_AFTER_SPACE = regex.compile(r"(?<=\s)\d(?=\d?" + _ORDINAL + r"\s*,?\s*(?:19|20)\d\d(?!\d))", regex.I)
_DAY_AFTER_SPACE_ASCII = re.compile(_DAY_AFTER_SPACE.pattern, re.I)  # the same on ASCII text (see the test)
_LAST_RUN = regex.compile(r"\w+\Z")


def _may_be_month_first(text: str) -> bool:
    """False only when the month-first pattern ("July 10, 2023") cannot match ``text``."""
    days = _DAY_AFTER_SPACE_ASCII.finditer(text) if text.isascii() else _DAY_AFTER_SPACE.finditer(text)
    return _any_month_name([_run_before(text, m.start()) for m in days])


def _run_before(text: str, end: int) -> str:
    """The run of word characters before the white space (and a dot) before ``end``, or ""."""
    head = text[:end].rstrip()  # (str.isspace holds for every regex \s: a test checks)
    head = head[:-1] if head.endswith(".") else head
    m = _LAST_RUN.search(head[-64:])  # (a month name is shorter)
    return m.group() if m and (m.start() > 0 or len(head) <= 64) else ""


# The year-first pattern ("2023 July 10"): the month is again a whole run of \w, after the
# year and white space; the scan starts at the year's digits.
_RUN_AFTER_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d\.?\s+(\w++)\.?\s+(?=\d{1,2}" + _ORDINAL + r"(?!\d))", regex.I)
_RANGE_DASHES = "-–—"  # range_start's dash between the two days


def _may_be_year_first(text: str) -> bool:
    """False only when the year-first pattern ("2023 July 10") cannot match ``text``."""
    return _any_month_name(_RUN_AFTER_YEAR.findall(text))


def _may_be_range_start(text: str) -> bool:
    """False only when the range pattern ("3–5 May 2023") cannot match: it needs its dash."""
    return any(dash in text for dash in _RANGE_DASHES)


def _any_month_name(runs: list[str]) -> bool:
    """Whether one of ``runs`` is a month name as the patterns match one (case-insensitively)."""
    ascii_names = _ascii_month_spellings()
    return any(run.lower() in ascii_names if run.isascii() else _month_word().fullmatch(run) is not None
               for run in runs)


@lru_cache(maxsize=None)  # data, built once per process
def _month_word() -> "regex.Pattern[str]":
    """The month names of the patterns, as they match there (case-insensitively)."""
    return regex.compile(trie_alternation(lexicon.months()), regex.I)


def _always(_text: str) -> bool:
    return True


# One per pattern of _named_patterns, in its order: whether the pattern may match a text.
# ("10 July 2023", the commonest form, is always tried: its glue may be empty, as in "1stMay".)
_PATTERN_GATES = (_always, _may_be_month_first, _may_be_year_first, _may_be_range_start)


def _numeric_dates(text: str, today: dt.date | None, found: list[tuple[int, str]]) -> None:
    for m in _NUMERIC.finditer(text):
        a, b, y = number(m[1]), number(m[3]), _year(m[4])
        # Day first unless that is impossible: most of the world writes 10.07.2023 / 10/07/2023.
        iso = make_date(y, b, a, today) if b <= 12 else make_date(y, a, b, today)
        if a <= 12 and b > 12:
            iso = make_date(y, a, b, today)
        if iso:
            found.append((m.start(), iso))


def states_current_time(text: str) -> bool:
    """Whether a line shows the current date ("Aktuelle Zeit: 14.10.2020, 12:18"), which is
    when the page was rendered, not when the article was written (``date_now_labels.txt``)."""
    return lexicon.opens_with("date_now_labels", text[:80])


def states_membership(text: str) -> bool:
    """Whether a line dates a member's account ("Registriert: 18.09.2008", a forum post's
    author box), not the article (``date_member_labels.txt``)."""
    return lexicon.opens_with("date_member_labels", text[:80])


def parse_date(text: str | None, today: dt.date | None = None) -> str | None:
    """The first valid date in ``text`` as ``YYYY-MM-DD``, or None."""
    if not text or len(text) > 2000:
        return None
    for _, iso in find_dates(text, today):
        return iso
    m = _COMPACT.search(text)
    if m:
        return make_date(number(m[1]), number(m[2]), number(m[3]), today)
    return None


_URL_DATE = regex.compile(r"/((?:19|20)\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?:/|[_-]|$)")
_URL_COMPACT = regex.compile(r"[/_-]((?:19|20)\d\d)(\d\d)(\d\d)[/_-]")


# ".../meldungen/29-10-2021": day first, as in the numeric dates of the text.
_URL_DAY_FIRST = regex.compile(r"[/_-](\d{1,2})[-_.](\d{1,2})[-_.]((?:19|20)\d\d)(?:[/_.-]|$)")


def date_from_url(url: str | None, today: dt.date | None = None) -> str | None:
    if not url:
        return None
    m = _URL_DATE.search(url) or _URL_COMPACT.search(url)
    if m:
        return make_date(number(m[1]), number(m[2]), number(m[3]), today)
    m = _URL_DAY_FIRST.search(url)
    if not m:
        return None
    day, month, year = number(m[1]), number(m[2]), number(m[3])
    return make_date(year, month, day, today) if month <= 12 else make_date(year, day, month, today)
