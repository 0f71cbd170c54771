"""Turning a raw byline into a clean list of author names."""

from __future__ import annotations

from functools import lru_cache

import regex

from .. import lexicon
from ..features import printed_twice
from .dates import find_dates

_EMAIL = regex.compile(r"\S+@\S+\.\w+")
_HANDLE = regex.compile(r"\(?@\w+\)?")
_URL = regex.compile(r"https?://\S+|www\.\S+")
_PAREN = regex.compile(r"\([^)]*\)")
_SEPARATORS = regex.compile(r"\s*(?:[,;/|•·]|\s&\s|\s\+\s)\s*")
_NAME_CHARS = regex.compile(r"^[\p{L}][\p{L}\p{M}'’.\- ]*$")
# Digits only in the one-word user names of blogs and forums ("freeman1984"); in a longer
# text they are a time ("vor 2 Stunden") or a count.
_USER_NAME = regex.compile(r"^\p{L}[\p{L}\p{M}\p{N}]*\p{N}[\p{L}\p{N}]*$")
# The date itself at the start of the text after it, with its time: "21 May 2020, 10:45 pm by".
_DATE_TAIL = regex.compile(r"^\S+(?:\s+\S+){0,2}?\s*(?:\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})\b(?:[,\s]*(?:\p{L}{1,3}\s+)?\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?)?", regex.I)
MAX_NAME_WORDS = 5
NAME_PRINTED_TWICE_MIN_CHARS = 5  # "Kathrin Hofmeister Kathrin Hofmeister" is one name; "Li Li" may be a name
TEAM_NOTE = " (the editorial team)"  # appended to the source of a collective author
MIN_INNER_NAME_WORDS = 2  # see ``_after_inner_marker``
MAX_NAME_WORDS_BEFORE_PARTICLE = 2  # "Karl Theodor von …": more words before "von" are a label
# Trimmed from both ends of each name: punctuation and the quotes some CMSes leave around
# the whole author field ("'Luana Patriolino, Raphael Felice'").
_PART_EDGES = " .-–—:'\"‘’“”„«»"


@lru_cache(maxsize=1)
def _prefix() -> "regex.Pattern[str]":
    words = sorted(lexicon.lines("bylines"), key=len, reverse=True)
    return regex.compile(r"^\s*(?:" + "|".join(regex.escape(w) for w in words) + r")\s*[:\-–—]?\s+", regex.I)


@lru_cache(maxsize=1)
def _joiners() -> "regex.Pattern[str]":
    words = lexicon.lines("byline_joiners")
    return regex.compile(r"\s+(?:" + "|".join(regex.escape(w) for w in words) + r")\s+", regex.I)


def name_parts(text: str) -> list[str]:
    """The parts of a line that a list of names would be: split at commas, slashes, "&" and
    joiners ("Sadhbh O'Sullivan, Elisabeth Kochan" -> two parts), as ``clean_authors`` splits."""
    return [part.strip(_PART_EDGES) for part in _SEPARATORS.split(_joiners().sub(", ", text))]


def strip_byline_prefix(text: str) -> tuple[str, bool]:
    """Remove a leading "By"/"Von"/"Par"…; say whether there was one."""
    m = _prefix().match(text)
    return (text[m.end():], True) if m else (text, False)


def _cut_at_date(text: str) -> str:
    """The text before its first date, without the "am"/"on" that led to the date; when
    nothing but labels stands before the date ("Posted on 21 May 2020 by Jane Doe",
    "11.12.2019 - Jane Doe"), the text after the date."""
    for pos, _ in find_dates(text):
        words = text[:pos].split()
        prepositions = lexicon.phrases("date_prepositions")
        while words and lexicon.normalize_phrase(words[-1]) in prepositions:
            words.pop()
        before = " ".join(words)
        if _has_name(before):
            return before
        after = _DATE_TAIL.sub("", text[pos:], count=1)
        return after.strip(" -–—|·,")
    return text


def _after_inner_marker(part: str) -> str:
    """"Alles von Martin Junker", "Zeige alle Beiträge von Creeny": the name after a byline
    word inside the text. After one or two words ("Hans von Storch", "Ursula von der
    Leyen" are names themselves) only a name of two or more capitalised words counts."""
    words = part.split()
    markers = lexicon.phrases("bylines")
    for i in range(len(words) - 2, 0, -1):
        if words[i].casefold() in markers:
            after = words[i + 1:]
            long_lead = i > MAX_NAME_WORDS_BEFORE_PARTICLE
            if (long_lead or len(after) >= MIN_INNER_NAME_WORDS) and all(w[:1].isupper() for w in after):
                return " ".join(after)
            return part
    return part


def collective_author(text: str) -> list[str]:
    """"Redaktion", "By Staff Writer": the editorial team named instead of a person
    (``byline_collective.txt``), as the page writes it; else nothing."""
    label = strip_byline_prefix(text.strip())[0].strip(_PART_EDGES + ",;")
    return [label] if lexicon.normalize_phrase(label) in lexicon.phrases("byline_collective") else []


def _has_name(text: str) -> bool:
    stripped, _ = strip_byline_prefix(text)
    norm = lexicon.normalize_phrase(stripped)
    return bool(norm) and not _is_label(norm, lexicon.phrases("byline_noise"))


def _is_label(norm: str, noise: frozenset[str]) -> bool:
    """A byline's label rather than a name: "Staff", a lone "By", "Published on"."""
    return (norm in noise or norm in lexicon.phrases("bylines") or norm in lexicon.phrases("date_labels")
            or norm in lexicon.phrases("modified_labels"))


def _drop_trailing_noise(part: str, noise: frozenset[str]) -> str:
    """"Adam Aaronson PhillyVoice Staff" -> "Adam Aaronson PhillyVoice": a role after the name.
    After a lone domain ("auto-motor.at Redaktion") the role word names the site's team
    and stays."""
    words = part.split()
    if len(words) == 2 and "." in words[0].strip("."):
        return part
    while len(words) > 1 and lexicon.normalize_phrase(words[-1]) in noise:
        words.pop()
    return " ".join(words)


def tidy_name(name: str) -> str:
    """A name without the punctuation at its ends, the writer's roles before it, and written once
    ("FOCUS-Online-Experte Robin Tschöpe", "Avatar Frank Hahn", "Ophélie OstermannOphélie
    Ostermann"), as ``clean_authors`` leaves each of its names; "" when only a role is left."""
    name = name.strip(_PART_EDGES)
    return _without_leading_roles(printed_twice(name, NAME_PRINTED_TWICE_MIN_CHARS) or name)


def _without_leading_roles(part: str) -> str:
    """"Rechtsanwalt Sebastian Einbock" -> "Sebastian Einbock": the writer's roles before the name
    (``data/byline_roles.txt``) dropped; "" for a role and a description with no name after
    it ("Projektleiterin der HSS in Tunesien")."""
    words = part.split()
    dropped = 0
    while dropped < len(words) - 1 and _is_role(words[dropped]):
        dropped += 1
    if not dropped:
        return part
    rest = words[dropped:]
    return "" if rest[0][:1].islower() else " ".join(rest)


def _is_role(word: str) -> bool:
    folded = word.casefold().rstrip(":,")
    roles = lexicon.phrases("byline_roles")
    return folded in roles or "-" in folded and any(folded.endswith(end) for end in _role_ends())


@lru_cache(maxsize=1)
def _role_ends() -> tuple[str, ...]:
    return tuple(role for role in lexicon.lines("byline_roles") if role.startswith("-"))


def clean_authors(raw: str | list[str] | None, max_words: int = MAX_NAME_WORDS) -> list[str]:
    """Split and clean author names; drop anything that is not a name."""
    if not raw:
        return []
    pieces = raw if isinstance(raw, list) else [raw]
    names: list[str] = []
    noise = lexicon.phrases("byline_noise")
    for piece in pieces:
        if not isinstance(piece, str):
            continue
        text = _cut_at_date(piece)
        text = _URL.sub(" ", _EMAIL.sub(" ", text))
        text = _HANDLE.sub(" ", _PAREN.sub(" ", text))
        text, opened_with_marker = strip_byline_prefix(text)
        for part in name_parts(text):
            part, _ = strip_byline_prefix(part)
            if not opened_with_marker:  # "von Jane Doe Über … von <e-mail>": the name came first
                part = _after_inner_marker(part.strip(_PART_EDGES))
            part = _drop_trailing_noise(" ".join(part.split()), noise)
            part = tidy_name(part)  # (a name link's text and its picture's alt glued: once)
            if not part or _is_label(lexicon.normalize_phrase(part), noise):
                continue
            if not (_NAME_CHARS.match(part) or _USER_NAME.match(part)) or len(part.split()) > max_words or len(part) < 2:
                continue
            if part not in names:
                names.append(part)
    return names
