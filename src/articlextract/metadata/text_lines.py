"""Reading one text-dump line as metadata: is it a dateline, a byline, or both?

Datelines and bylines of a dump are short lines such as ``Published July 10, 2023 |
10:00 AM``, ``Posted on 2015-04-05 by marc | Leave a comment``, ``Dan Goodin - Apr 16,
2015 8:02 pm UTC`` or ``Veröffentlicht am 13. März 2019 von Michael Veeser-Dombrowski``.
The words that introduce names and dates are data files (``byline_markers``, ``byline_stops``,
``date_labels``, ``modified_labels``, ``agencies``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from .. import lexicon
from ..features import first_normalized_word, has_digit, is_phrase_line, line_cache, normalized
from ..rules.phrases import is_relative_time, is_section_label
from .authors import clean_authors
from .dates import find_dates
from .text_markers import may_hold_marker
from .text_trie import trie_alternation

DATE_LINE_MAX_WORDS = 18  # "Published on Monday, 3 May 2023, 10:45 by Jane Doe | 4 min read" and no longer
BYLINE_MAX_WORDS = 14  # "By Jane Doe and John Roe, Reuters" with a date after it
DATE_ONLY_MAX_WORDS = 10  # a line holding a date and no name is metadata only up to this long
SHORT_BYLINE_WORDS = 6  # "Ein Interview von Eugen Zentner": a short line may hold "von" mid-line
NAME_MAX_WORDS = 4  # a person's name; longer runs of capitalised words are titles
# "Weltmeisterschaften", "Tabaksteuermodernisierungsgesetzes": a name's words (each part of a
# double name: "Leutheusser-Schnarrenberger") are shorter than a compound noun's
NAME_WORD_MAX_LETTERS = 16
AGE_MAX_WORDS = 5  # "1 day ago", "il y a 3 jours": how long a relative time glued to a name is
MID_LINE_LEAD_WORDS = 2  # "Ein Interview von …", "Home | By …": what may stand before a marker inside a line
_HANDLE = regex.compile(r"\(@\w{2,}\)|^@\w{2,}$|,\s*@\w{2,}\s*$")
_NAME_PART = r"\p{Lu}[\p{L}\p{M}'’.\-]*"
# "Jane Doe", "Ludwig van Beethoven": capitalised parts, short lower-case particles between.
_NAME = regex.compile(r"^" + _NAME_PART + r"(?:\s+(?:" + _NAME_PART + r"|[a-z]{1,3}))*\s+" + _NAME_PART + r"$")
# Where a name ends inside a line: separators, a date, a time, a digit run.
_NAME_END = regex.compile(r"\s*(?:[|•·—–/:：(\[»]|\s-\s|,\s*\d|\s\d|$)")
_HANDLE_START = regex.compile(r"\(@|,\s*@")
_USER_NAME = regex.compile(r"^\p{L}[\p{L}\p{N}_.\-]{2,}$")
_CJK_NAME = regex.compile(r"^[\p{Han}\p{Hangul}]{2,4}$")
_COMMA = regex.compile(r"\s*[,;]\s*")
_POSSESSIVE = ("'s", "’s")
_TIME = regex.compile(r"\b\d{1,2}[:.h]\d\d\b")
_NAME_STRIP = " |•·—–-,/"  # what a name after a date is stripped of
# A name after a date starts as ``_NAME`` does: the test ``_name_after_date`` asks first.
_UPPER_START = regex.compile(r"\p{Lu}")


@dataclass(frozen=True)
class LineMeta:
    """What one line says: a date (and whether it is the published or modified one), names."""

    date: str | None = None
    date_kind: str = ""  # "published", "modified" or "plain"
    names: tuple[str, ...] = ()
    name_source: str = ""  # "marker", "handle", "agency", "before date"
    only_meta: bool = False  # nothing but metadata on the line: safe to drop from the body


NOTHING = LineMeta()  # what most lines say; frozen, so one instance serves them all (cheaper than a new one)


@lru_cache(maxsize=1)
def _marker() -> "regex.Pattern[str]":
    # (the markers as a trie: a flat alternation of them, longest first, is tried one marker
    # after the other at each position; see text_trie)
    alts = trie_alternation(lexicon.lines("byline_markers"))
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


@line_cache
def read_line(text: str) -> LineMeta:
    """The metadata a short line states; an empty ``LineMeta`` for anything else."""
    # (split no further than needed to tell a longer line: on a line of at most that many
    # words, this is text.split(); a paragraph is not cut into all its words)
    split = text.split(None, DATE_LINE_MAX_WORDS)
    words = len(split)
    if words > DATE_LINE_MAX_WORDS:
        return _long_byline(text) if " | " not in text else _meta_row(text)
    if _CASE_GLUE.search(text):  # (a lower-case letter before a capital: few short lines have one)
        unglued = unglued_names(text)
        if unglued is not text:
            text, split = unglued, unglued.split(None, DATE_LINE_MAX_WORDS)
            words = len(split)
    digit = has_digit(text)
    # (the marker test is asked once, here or by _names: it is the costliest of the signs)
    marked = None if digit or "@" in text else may_hold_marker(text)
    if marked is False and not _weaker_signs(text, split):
        return NOTHING
    if digit:
        unglued = unglued_year(text)
        if unglued is not text:  # (the words counted as they are read: "2023 12.03.2021" is two)
            text, words = unglued, len(unglued.split(None, DATE_LINE_MAX_WORDS))
    dates = list(find_dates(text)) if digit else []  # (find_dates finds none without a digit)
    names, source = _names(text, dates[0][0] if dates else None, marked) if words <= BYLINE_MAX_WORDS + 4 else ((), "")
    # A relative time ("vor 3 Stunden") states nothing; asked last, of the few lines that state something.
    if not dates and not names or is_relative_time(text):
        return NOTHING
    date, kind = (dates[0][1], _date_kind(text, dates[0][0])) if dates else (None, "")
    only = bool(names) and words <= BYLINE_MAX_WORDS or (bool(date) and words <= DATE_ONLY_MAX_WORDS)
    return LineMeta(date, kind, tuple(names), source, only)


# "19. Dezember 202219. Dezember 2022", "4 de mayo de 202200:00 hs": a converter printing a
# post's adjacent <time> elements (published, then modified) or a date and its time with no
# space between glues the year to the next date's day or to the time, and the year no longer
# ends where a date's must. A four-digit year after a letter, a dot, a comma, a slash or a
# space, followed by one or two digits and a dot, a slash, a space or ":mm", is cut there.
# (Text dumps only: in HTML the elements stand apart.)
_GLUED_YEAR = re.compile(r"(?<=[^\W\d_]|[.,/\s])((?:19|20)\d\d)(?=\d{1,2}(?:[./\s]|:\d\d))")


_FIVE_DIGITS = re.compile(r"\d{5}")  # a glued year's first sign, quickly found


def unglued_year(text: str) -> str:
    """``text`` with a space after a year glued to what follows it (above), and before a month's
    name glued to the word before it (below)."""
    if _FIVE_DIGITS.search(text):
        text = _GLUED_YEAR.sub(r"\1 ", text)
    return _cut_glues(text, _month_at) if _CASE_GLUE.search(text) else text


def unglued_names(text: str) -> str:
    """``text`` with a byline marker glued to the name after it cut off ("Veröffentlicht
    vonChris Jung": a converter printing a marker and a link's text side by side), and a line
    that is one name printed twice with no space between ("Ophélie OstermannOphélie
    Ostermann": a picture's alt text and a link) written once. The same ``text`` when neither
    is there."""
    for glue in _CASE_GLUE.finditer(text):
        cut = glue.start() + 1
        if len(text) == 2 * cut and text[:cut] == text[cut:]:
            return text[:cut]
    return _cut_glues(text, _marker_before)


# "Associated PressDecember 2, 2016", "Yahoo FinanceOctober 13, 2016": a converter printing an
# agency's or a site's name and the date's element next to each other glues them, and the
# date's month no longer starts a word. A capitalised month name (``data/months.txt``) right
# after a lower-case letter and before a day is cut off there.
# The glue's first sign, quickly found: a lower-case letter before a capital, in the Latin,
# Greek and Cyrillic alphabets (`re` scans a line faster than `regex`'s \p{Ll}\p{Lu}).
_CASE_GLUE = re.compile(r"[a-zß-öø-ÿα-ωа-я][A-ZÀ-ÖØ-ÞΑ-ΩА-Я]")
_LETTERS = re.compile(r"[^\W\d_]+")
_DAY_AFTER_MONTH = re.compile(r"\.?\s+\d")
_NAME_AFTER_MARKER = regex.compile(r"\p{Lu}[\p{L}.'’-]*\s+\p{Lu}")


def _cut_glues(text: str, cut_here) -> str:
    """``text`` with a space at each glue (a lower-case letter before a capital) where
    ``cut_here(text, index of the capital)`` says so."""
    cuts = [glue.start() + 1 for glue in _CASE_GLUE.finditer(text) if cut_here(text, glue.start() + 1)]
    if not cuts:
        return text
    return " ".join(text[start:end] for start, end in zip([0, *cuts], [*cuts, len(text)]))


def _month_at(text: str, cut: str) -> bool:
    """Whether a month's name of three letters or more opens at ``cut``, a day after it."""
    word = _LETTERS.match(text, cut)
    return word is not None and len(word.group()) >= 3 and word.group().casefold() in lexicon.months() \
        and _DAY_AFTER_MONTH.match(text, word.end()) is not None


def _marker_before(text: str, cut: int) -> bool:
    """Whether the word glued before ``cut`` is a one-word marker (``data/byline_markers.txt``)
    written in lower case, a capitalised word, a space and another capitalised word after it:
    "vonChris Jung", "byJane Doe". (Not a capitalised marker: "DiCaprio", "DeSantis Signs Bill"
    hold a surname's particle, which some markers are, "di", "de".)"""
    start = cut
    while start and text[start - 1].isalpha():
        start -= 1
    return text[start:cut] in _lower_case_markers() and _NAME_AFTER_MARKER.match(text, cut) is not None


@lru_cache(maxsize=None)
def _lower_case_markers() -> frozenset[str]:
    return frozenset(w for w in lexicon.lines("byline_markers") if w.isalpha() and w.islower())


def may_state_metadata(text: str, split: list[str]) -> bool:
    """False only when ``read_line`` finds nothing on this short line (``split`` is its words):
    a date needs a digit, and each way of naming a person needs its sign (see ``_names``): a
    marker (``may_hold_marker``), an "@", a date, an agency's first word, a relative time's
    last word. Most lines around a body have none of these: they are not read further."""
    return has_digit(text) or "@" in text or may_hold_marker(text) or _weaker_signs(text, split)


def _weaker_signs(text: str, split: list[str]) -> bool:
    """``may_state_metadata``'s signs besides a digit, an "@" and a marker: a relative time's
    last word, an agency's first word."""
    return bool(split) and split[-1].casefold().strip(".,") in _age_last_words() \
        or first_normalized_word(text) in lexicon.first_words("agencies")


def _long_byline(text: str) -> LineMeta:
    """ "By Alex Heath, a deputy editor and author of …": a byline that goes on to describe its
    author. Only a person's full name right after a leading marker and before a comma counts."""
    m = _marker().match(text)
    if not m:
        return NOTHING
    name, comma, _ = text[m.end():].partition(",")
    if comma and is_person_name(name.strip()):
        return LineMeta(names=(name.strip(),), name_source="marker")
    return NOTHING


_ROW_SEPARATOR = re.compile(r"\s+[|•·]\s+")
ROW_LABEL_MAX_WORDS = 3  # a metadata row's other parts: the site's name, a section ("Le Monde", "Analyse")


def _meta_row(text: str) -> LineMeta:
    """ "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin
    Untersinger (avec Damien Leloup et Morgane Tual)": a row of metadata parts, each short,
    longer together than a dateline. Each part is read as a line; the row says the first
    published (or plain) date, else the first modified one, and the names a marker gives. It
    is metadata only when every other part is a label of at most ``ROW_LABEL_MAX_WORDS`` words."""
    parts = _ROW_SEPARATOR.split(text)
    if len(parts) < 3 or any(len(part.split()) > DATE_LINE_MAX_WORDS for part in parts):
        return NOTHING
    metas = [read_line(part) for part in parts]
    dated = [m for m in metas if m.date]
    first = next((m for m in dated if m.date_kind != "modified"), dated[0] if dated else None)
    names = next((m.names for m in metas if m.names and m.name_source == "marker"), ())
    if first is None and not names:
        return NOTHING
    only = all(m is not NOTHING or len(part.split()) <= ROW_LABEL_MAX_WORDS for m, part in zip(metas, parts))
    return LineMeta(first.date if first else None, first.date_kind if first else "", names,
                    "marker" if names else "", only)


def _date_kind(text: str, position: int) -> str:
    """'modified' when an "Updated" label precedes the first date, 'published' for "Published"."""
    before = normalized(text[:position]) if position else ""
    if before and _label("modified_labels").search(before):
        return "modified"
    return "published" if _label("date_labels").search(normalized(text)) else "plain"


def _names(text: str, date_pos: int | None, marked: bool | None = None) -> tuple[list[str], str]:
    """``marked``: ``may_hold_marker(text)`` when the caller asked it already."""
    # (a match at the start fails fast; a scan of the whole line is worth a cheap first test)
    marked = may_hold_marker(text) if marked is None else marked
    for m in (_marker().finditer(text) if marked else ()):
        if not _byline_position(text, m.start(), date_pos):
            continue
        tail = text[m.end():date_pos] if date_pos is not None and date_pos > m.end() else text[m.end():]
        run = _name_run(tail)
        names = [n for n in clean_authors(run) if _name_shaped(n)] or _collective(run)
        if names and _mid_line(text, m.start(), date_pos) and not _mid_line_byline(text[:m.start()], names[0]):
            continue
        if names:
            return _people_in_order(run, names), "marker"
    if "@" in text and _HANDLE.search(text) and len(text.split()) <= BYLINE_MAX_WORDS:
        names = clean_authors(_HANDLE_START.split(text)[0])
        if names:
            return names, "handle"
    if is_phrase_line(text, "agencies"):
        return [text.strip()], "agency"
    if date_pos:
        head = _without_trailing_labels(text[:date_pos].strip(" |•·—–-,/"))
        if is_person_name(head) or _collective(head):
            return [head], "before date"
    if date_pos is not None:
        after = _name_after_date(text[date_pos:])
        if after:
            return [after], "after date"
    aged = name_before_age(text) if date_pos is None else None
    if aged:
        return [aged], "before date"
    return [], ""


@lru_cache(maxsize=1)
def _age_last_words() -> frozenset[str]:
    """The last words of the relative times ("ago", "stunden"): a cheap test before splitting a line."""
    return frozenset(p.rsplit(" ", 1)[-1] for p in lexicon.phrases("relative_time"))


def name_before_age(text: str) -> str | None:
    """ "Alex Perry 1 day ago", "Jane Doe vor 3 Stunden": a person's name with its post's age glued to it."""
    words = text.split()
    if not 3 <= len(words) <= NAME_MAX_WORDS + AGE_MAX_WORDS or words[-1].casefold().strip(".,") not in _age_last_words():
        return None
    for n in range(2, AGE_MAX_WORDS + 1):
        head = " ".join(words[:-n]).strip(" ,|•·—–-")
        if len(words) > n and is_relative_time(" ".join(words[-n:])) and is_person_name(head):
            return head
    return None


def _collective(run: str) -> list[str]:
    """ "Von Redaktion", "By Staff Writer": the page credits its editorial team, which
    ``clean_authors`` drops as a label; alone after a marker or before a date, it is the byline."""
    run = run.strip(" ,.;:|")
    return [run] if normalized(run) in lexicon.phrases("byline_collective") else []


def _people_in_order(run: str, names: list[str]) -> list[str]:
    """ "Von David Hutzler, dpa", "By Jane Doe, Senior Writer, ACLU Speech, Privacy, and
    Technology Project": after the first name only further people's names count, and only
    up to the first comma-separated part that is not one (the role, the agency)."""
    people = names[:1]
    for chunk in _COMMA.split(run):
        in_chunk = clean_authors(chunk)  # (read once: it looks for a date in the chunk)
        for name in in_chunk:
            if name in people:
                continue
            if not is_person_name(name):
                return people
            people.append(name)
        if not in_chunk and people != names[:1]:
            return people
    return people


def first_word_after_date(words: list[str]) -> int:
    """The index of the first word past the date the line opens with (its digits, month names
    and punctuation): where a name after the date would start."""
    months = lexicon.months()
    i = 0
    while i < len(words) and (any(c.isdigit() for c in words[i]) or words[i].casefold().rstrip(".,") in months
                              or not any(c.isalpha() for c in words[i])):
        i += 1
    return i


def _name_after_date(text: str) -> str | None:
    """ "26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar" -> "Ulrike Stockhausen"."""
    words = text.split()
    i = first_word_after_date(words)
    # Only a user name or a capitalised name can come out (below): the costly search for the
    # interface text is made only when the first word after the date may start one.
    if i >= len(words) or not (_user_name_shaped(words[i]) or _UPPER_START.match(words[i].lstrip(_NAME_STRIP))):
        return None
    # The name ends where the rest of the line is interface text ("Schreibe einen Kommentar").
    # (Only an end within a name's reach changes what follows: farther ones are not looked for.)
    reach = min(len(words), i + NAME_MAX_WORDS + 1)
    end = next((j for j in range(i + 1, reach) if _interface(" ".join(words[j:]))), len(words))
    # "28. Januar 2015 karstenruppert Schreibe einen Kommentar": one word between the date and
    # the interface text is the blog's user name, when it is written like one ("karstenruppert",
    # "ThE_PaiN"), not like a capitalised word ("| Anzahl Kommentare").
    if end == i + 1 < len(words) and _user_name_shaped(words[i]):
        return words[i]
    words = words[:end]
    for n in (NAME_MAX_WORDS, 3, 2):
        candidate = " ".join(words[i:i + n]).strip(_NAME_STRIP)
        if len(words[i:i + n]) == n and is_person_name(candidate):
            return candidate
    return None


def _user_name_shaped(word: str) -> bool:
    """ "karstenruppert", "ThE_PaiN", "freeman1984": all lower case, or capitals or digits inside."""
    return bool(_USER_NAME.match(word)) and (word.islower() or not word[1:].islower())


def _interface(text: str) -> bool:
    return is_section_label(text) or is_phrase_line(text, "boilerplate_lines")


@lru_cache(maxsize=1)
def _date_lead_words() -> frozenset[str]:
    """What may stand between a name and the date after it: labels ("Updated", "Zuletzt
    geändert am"), prepositions and weekdays ("am", "on", "lundi")."""
    return (lexicon.phrases("date_labels") | lexicon.phrases("modified_labels")
            | lexicon.phrases("date_prepositions") | _stops())


def _without_trailing_labels(text: str) -> str:
    """ "Alissa Wilkinson Updated" -> "Alissa Wilkinson", "Frank Hahn am" -> "Frank Hahn",
    "Marie Merlet | lundi" -> "Marie Merlet": drop what leads to the date after a name."""
    words = text.split()
    lead = _date_lead_words()
    while len(words) > 1:
        for n in (3, 2, 1):
            tail = normalized(" ".join(words[-n:]))
            if len(words) > n and (not tail or tail in lead):
                del words[-n:]
                break
        else:
            break
    return " ".join(words).strip(" |•·—–-,/")


def _byline_position(text: str, start: int, date_pos: int | None) -> bool:
    """A "by" starts the line, follows a date, or sits in a short line; never a picture credit."""
    credits = lexicon.phrases("photo_credits")
    if any(w.casefold().strip(":") in credits for w in text[:start].split()):
        return False
    if normalized(text[:start]) in lexicon.phrases("non_author_credits"):  # "Reviewed by …"
        return False
    # A longer line with a marker after a word or two ("Ein Interview von Eugen Zentner mit Sonja
    # Silberhorn.") is read too; ``_mid_line_byline`` then asks for a person's full name.
    return start == 0 or date_pos is not None or len(text.split()) <= SHORT_BYLINE_WORDS or \
        len(text[:start].split()) <= MID_LINE_LEAD_WORDS or normalized(text[:start]) in lexicon.phrases("date_labels")


def _mid_line(text: str, start: int, date_pos: int | None) -> bool:
    """A marker inside the line, neither after a date nor after a date label."""
    return start > 0 and date_pos is None and normalized(text[:start]) not in lexicon.phrases("date_labels")


def _mid_line_byline(before: str, name: str) -> bool:
    """ "Ein Interview von Eugen Zentner", "Home | By Jane Doe" are bylines; "Auf den Spuren von
    Rafael Nadal", "Leasing von Firmenfahrzeugen", "Mary Magdalene by Titian" are titles: a
    marker inside a line introduces a person's full name after a word or two."""
    return len(before.split()) <= MID_LINE_LEAD_WORDS and is_person_name(name)


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
        if token in stops or (len(token) > 3 and token.casefold() in stops) or _TIME.match(token) \
                or normalized(token) in _date_lead_words() and len(token) > 3 \
                or token.casefold().rstrip(":") in lexicon.phrases("photo_credits"):
            # "…, Online-Redaktion Veröffentlicht:"; "Text von Christian Seiler Illustration von …"
            break
        out.append(token)
    # "By Erin Cunningham March 18 at 3:57 PM", "Von Jule Radeck Vom 3. Februar": the month
    # or the preposition before a date's digits is not part of the name.
    months = lexicon.months()
    # "von KleineGrüneMonster Ein Kommentar": an article before the stop word is not a name's.
    while len(out) > 1 and (out[-1].casefold().rstrip(".,") in months
                            or normalized(out[-1]) in lexicon.phrases("date_prepositions")
                            or normalized(out[-1]) in lexicon.phrases("name_non_starters")):
        out.pop()
    return " ".join(out[:NAME_MAX_WORDS * 3])


def is_name_or_handle(name: str) -> bool:
    """A person's full name, a name in CJK script ("焦鹏"), the editorial team, or a user name
    that cannot be a word ("przepisy.pl", "ThE_PaiN"; "favor", "neuen" can)."""
    handle = _user_name_shaped(name) and not name.isalpha() or (name.isalpha() and not name[1:].islower())
    return is_person_name(name) or bool(_CJK_NAME.match(name)) or bool(_collective(name)) or handle


def starts_with_date(text: str) -> bool:
    """ "Dec. 6, 2024, 10:00 PM", "03.11.2021": the line opens with its date."""
    text = text.lstrip()
    return any(pos == 0 for pos, _ in find_dates(text)) if text[:1].isalnum() else False


def starts_with_marker(text: str) -> bool:
    """ "By Jane Doe", "Autor: Petra Ruland", "von Ulrike": a marker opens the line."""
    text = text.lstrip()
    # The first character first: most lines start with one no marker starts with.
    initial = text[:1]
    return (not initial.isascii() or initial in _ascii_marker_initials()) and bool(_marker().match(text))


@lru_cache(maxsize=None)  # data (benchmarks empty the bounded caches)
def _ascii_marker_initials() -> frozenset[str]:
    """The ASCII characters a marker may start with, as ``_marker`` matches them (case-insensitively)."""
    initials = regex.compile("|".join(regex.escape(w[0]) for w in lexicon.lines("byline_markers") if w), regex.I)
    return frozenset(c for c in map(chr, range(128)) if initials.fullmatch(c))


def is_marker_only(text: str) -> bool:
    """A line that is nothing but a byline marker: "By", "Von", "Autor:"."""
    # (is_phrase_line asks the first word before normalising: most lines asked are not read elsewhere)
    return len(text) < 30 and is_phrase_line(text, "byline_markers")


def is_person_name(text: str) -> bool:
    """ "Tasneem Hossain", "John C. Welch": two to four capitalised words and nothing else."""
    words = text.split()
    if not 2 <= len(words) <= NAME_MAX_WORDS or not _NAME.match(text) or text.isupper():
        return False
    noise, non_words = lexicon.phrases("byline_noise"), lexicon.phrases("name_non_words")
    # "Die DGVM", "Le Grand Continent", "Zum Antworten": a title or a label, not a name;
    # "Today’s Paper", "Editor's Picks": a possessive makes a label of the words after it;
    # "Video Not Available": a message.
    return not any(w.casefold() in noise or w.casefold() in non_words or w.endswith(_POSSESSIVE)
                   or (len(w) > NAME_WORD_MAX_LETTERS and _long_part(w)) for w in words) \
        and not has_interface_word(text) \
        and normalized(words[0]) not in lexicon.phrases("name_non_starters") and not is_section_label(text)


def _long_part(word: str) -> bool:
    return any(len(part) > NAME_WORD_MAX_LETTERS for part in word.split("-"))


def has_interface_word(text: str) -> bool:
    """ "Share Tweet Share", "Home Johannes", "Filter Suche": words of menus and buttons
    (one-word entries of ``boilerplate_lines``) are not part of a name."""
    interface = lexicon.phrases("boilerplate_lines")
    return normalized(text) in interface or any(normalized(w) in interface for w in text.split())
