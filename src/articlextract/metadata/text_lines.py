"""Reading one text-dump line as metadata: is it a dateline, a byline, or both?

Datelines and bylines of a dump are short lines such as ``Published July 10, 2023 |
10:00 AM``, ``Posted on 2015-04-05 by marc | Leave a comment``, ``Dan Goodin - Apr 16,
2015 8:02 pm UTC`` or ``Veröffentlicht am 13. März 2019 von Michael Veeser-Dombrowski``.
The words that introduce names and dates are data files (``byline_markers``, ``byline_stops``,
``date_labels``, ``modified_labels``, ``agencies``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .. import lexicon
from ..features import normalized
from ..rules.phrases import is_relative_time, is_section_label
from .authors import clean_authors, strip_byline_prefix
from .dates import find_dates

DATE_LINE_MAX_WORDS = 18  # "Published on Monday, 3 May 2023, 10:45 by Jane Doe | 4 min read" and no longer
BYLINE_MAX_WORDS = 14  # "By Jane Doe and John Roe, Reuters" with a date after it
SHORT_BYLINE_WORDS = 6  # "Ein Interview von Eugen Zentner": a short line may hold "von" mid-line
NAME_MAX_WORDS = 4  # a person's name; longer runs of capitalised words are titles
_HANDLE = regex.compile(r"\(@\w{2,}\)|^@\w{2,}$|,\s*@\w{2,}\s*$")
_NAME = regex.compile(r"^\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|[a-z]{1,3}))*\s+\p{Lu}[\p{L}\p{M}'’.\-]*$")
# Where a name ends inside a line: separators, a date, a time, a digit run.
_NAME_END = regex.compile(r"\s*(?:[|•·—–/:：(\[»]|\s-\s|,\s*\d|\s\d|$)")
_HANDLE_START = regex.compile(r"\(@|,\s*@")
_TIME = regex.compile(r"\b\d{1,2}[:.h]\d\d\b")


@dataclass(frozen=True)
class LineMeta:
    """What one line says: a date (and whether it is the published or modified one), names."""

    date: str | None = None
    date_kind: str = ""  # "published", "modified" or "plain"
    names: tuple[str, ...] = ()
    name_source: str = ""  # "marker", "handle", "agency", "before date"
    only_meta: bool = False  # nothing but metadata on the line: safe to drop from the body


@lru_cache(maxsize=1)
def _marker() -> "regex.Pattern[str]":
    words = sorted(set(lexicon.lines("byline_markers")), key=len, reverse=True)
    alts = "|".join(regex.escape(w) for w in words)
    return regex.compile(r"(?:^|(?<=[\s|•·,;—–(\[/]))(?:" + alts + r")(?:(?<=[:：])\s*|\s*[:\-–—]\s*|\s+)(?=\S)", regex.I)


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    return frozenset(lexicon.lines("byline_stops"))


@lru_cache(maxsize=2)
def _label(name: str) -> "regex.Pattern[str]":
    words = sorted(lexicon.phrases(name), key=len, reverse=True)
    return regex.compile(r"(?:^|\s)(?:" + "|".join(regex.escape(w) for w in words) + r")(?:\s|$)")


@lru_cache(maxsize=32768)
def read_line(text: str) -> LineMeta:
    """The metadata a short line states; an empty ``LineMeta`` for anything else."""
    words = len(text.split())
    if words > DATE_LINE_MAX_WORDS or is_relative_time(text):
        return LineMeta()
    dates = list(find_dates(text)) if any(c.isdigit() for c in text) else []
    date, kind = (dates[0][1], _date_kind(text, dates[0][0])) if dates else (None, "")
    names, source = _names(text, dates[0][0] if dates else None) if words <= BYLINE_MAX_WORDS + 4 else ((), "")
    if not date and not names:
        return LineMeta()
    only = bool(names) and words <= BYLINE_MAX_WORDS or (bool(date) and words <= 10)
    return LineMeta(date, kind, tuple(names), source, only)


def _date_kind(text: str, position: int) -> str:
    """'modified' when an "Updated" label precedes the first date, 'published' for "Published"."""
    before = normalized(text[:position]) if position else ""
    if before and _label("modified_labels").search(before):
        return "modified"
    norm = normalized(text)
    if _label("date_labels").search(norm):
        return "published"
    if _label("modified_labels").search(norm) and not before:
        return "plain"
    return "plain"


def _names(text: str, date_pos: int | None) -> tuple[list[str], str]:
    for m in _marker().finditer(text):
        if not _byline_position(text, m.start(), date_pos):
            continue
        names = [n for n in clean_authors(_name_run(text[m.end():])) if _name_shaped(n)]
        if names:
            # "Von David Hutzler, dpa", "By Jane Doe, Senior Writer": after the first name only
            # further people's names count, not the agency or the role.
            return names[:1] + [n for n in names[1:] if is_person_name(n)], "marker"
    if _HANDLE.search(text) and len(text.split()) <= BYLINE_MAX_WORDS:
        names = clean_authors(_HANDLE_START.split(text)[0])
        if names:
            return names, "handle"
    if normalized(text) in lexicon.phrases("agencies"):
        return [text.strip()], "agency"
    if date_pos:
        head = text[:date_pos].strip(" |•·—–-,/")
        if is_person_name(head):
            return [head], "before date"
    return [], ""


def _byline_position(text: str, start: int, date_pos: int | None) -> bool:
    """A "by" starts the line, follows a date, or sits in a short line; never a picture credit."""
    credits = lexicon.phrases("photo_credits")
    if any(w.casefold().strip(":") in credits for w in text[:start].split()):
        return False
    return start == 0 or date_pos is not None or len(text.split()) <= SHORT_BYLINE_WORDS or \
        normalized(text[:start]) in lexicon.phrases("date_labels")


def _name_shaped(name: str) -> bool:
    """ "Jane Doe", "marc", "C.Habermueller", "肖春芳": capitalised words, or one handle."""
    words = name.split()
    if len(words) == 1:
        return normalized(name) not in lexicon.phrases("byline_markers")
    return all(w[0].isupper() or len(w) <= 3 for w in words) and words[-1][0].isupper()


def _name_run(text: str) -> str:
    """The names right after a "by"/"von" marker, up to a date, a time or a separator."""
    out: list[str] = []
    stops = _stops()
    for token in _NAME_END.split(text, maxsplit=1)[0].split():
        if token in stops or _TIME.match(token):  # "le 3 mai" ends a name, "Loïc Le Clerc" does not
            break
        out.append(token)
    return " ".join(out[:NAME_MAX_WORDS * 3])


def is_person_name(text: str) -> bool:
    """ "Tasneem Hossain", "John C. Welch": two to four capitalised words and nothing else."""
    words = text.split()
    if not 2 <= len(words) <= NAME_MAX_WORDS or not _NAME.match(text) or text.isupper():
        return False
    noise = lexicon.phrases("byline_noise")
    norm = normalized(text)
    return not any(w.casefold() in noise for w in words) and norm not in lexicon.phrases("boilerplate_lines") \
        and not is_section_label(text)
