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
from .authors import clean_authors
from .dates import find_dates

DATE_LINE_MAX_WORDS = 18  # "Published on Monday, 3 May 2023, 10:45 by Jane Doe | 4 min read" and no longer
BYLINE_MAX_WORDS = 14  # "By Jane Doe and John Roe, Reuters" with a date after it
SHORT_BYLINE_WORDS = 6  # "Ein Interview von Eugen Zentner": a short line may hold "von" mid-line
NAME_MAX_WORDS = 4  # a person's name; longer runs of capitalised words are titles
_HANDLE = regex.compile(r"\(@\w{2,}\)|^@\w{2,}$|,\s*@\w{2,}\s*$")
_NAME_PART = r"\p{Lu}[\p{L}\p{M}'’.\-]*"
# "Jane Doe", "Ludwig van Beethoven": capitalised parts, short lower-case particles between.
_NAME = regex.compile(r"^" + _NAME_PART + r"(?:\s+(?:" + _NAME_PART + r"|[a-z]{1,3}))*\s+" + _NAME_PART + r"$")
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
    # After a separator or at the start; then a colon, a dash or a space ("by:", "作者：", "von ").
    return regex.compile(r"(?:^|(?<=[\s|•·,;—–(\[/]))(?:" + alts + r")"
                         r"(?:(?<=[:：])\s*|\s*[:\-–—]\s*|\s+)(?=\S)", regex.I)


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
    names, source = ((), "")
    if words <= BYLINE_MAX_WORDS + 4:
        names, source = _names(text, dates[0][0] if dates else None)
    if not date and not names:
        return LineMeta()
    only = bool(names) and words <= BYLINE_MAX_WORDS or (bool(date) and words <= 10)
    return LineMeta(date, kind, tuple(names), source, only)


def _date_kind(text: str, position: int) -> str:
    """'modified' when an "Updated" label precedes the first date, 'published' for "Published"."""
    before = normalized(text[:position]) if position else ""
    if before and _label("modified_labels").search(before):
        return "modified"
    return "published" if _label("date_labels").search(normalized(text)) else "plain"


def _names(text: str, date_pos: int | None) -> tuple[list[str], str]:
    for m in _marker().finditer(text):
        if not _byline_position(text, m.start(), date_pos):
            continue
        tail = text[m.end():date_pos] if date_pos is not None and date_pos > m.end() else text[m.end():]
        names = [n for n in clean_authors(_name_run(tail)) if _name_shaped(n)]
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
        head = _without_trailing_labels(text[:date_pos].strip(" |•·—–-,/"))
        if is_person_name(head):
            return [head], "before date"
    if date_pos is not None:
        after = _name_after_date(text[date_pos:])
        if after:
            return [after], "after date"
    return [], ""


def _name_after_date(text: str) -> str | None:
    """ "26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar" -> "Ulrike Stockhausen"."""
    words = text.split()
    months = lexicon.months()
    i = 0
    while i < len(words) and (any(c.isdigit() for c in words[i]) or words[i].casefold().rstrip(".,") in months
                              or not any(c.isalpha() for c in words[i])):
        i += 1
    # The name ends where the rest of the line is interface text ("Schreibe einen Kommentar").
    end = next((j for j in range(i + 1, len(words)) if _interface(" ".join(words[j:]))), len(words))
    words = words[:end]
    for n in (NAME_MAX_WORDS, 3, 2):
        candidate = " ".join(words[i:i + n]).strip(" |•·—–-,/")
        if len(words[i:i + n]) == n and is_person_name(candidate):
            return candidate
    return None


def _interface(text: str) -> bool:
    return is_section_label(text) or normalized(text) in lexicon.phrases("boilerplate_lines")


def _without_trailing_labels(text: str) -> str:
    """ "Alissa Wilkinson Updated" -> "Alissa Wilkinson": drop the date's label after a name."""
    words = text.split()
    labels = lexicon.phrases("date_labels") | lexicon.phrases("modified_labels")
    while words and words[-1].casefold().strip(":") in labels:
        words.pop()
    return " ".join(words).strip(" |•·—–-,/")


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
        # "le 3 mai" ends a name, "Loïc Le Clerc" does not; "Updated" does, capitalised or not.
        if token in stops or (len(token) > 3 and token.casefold() in stops) or _TIME.match(token):
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
    return not any(w.casefold() in noise for w in words) \
        and norm not in lexicon.phrases("boilerplate_lines") \
        and not is_section_label(text)
