"""Turning a raw byline into a clean list of author names."""

from __future__ import annotations

from functools import lru_cache

import regex

from .. import lexicon
from .dates import find_dates

_EMAIL = regex.compile(r"\S+@\S+\.\w+")
_HANDLE = regex.compile(r"\(?@\w+\)?")
_URL = regex.compile(r"https?://\S+|www\.\S+")
_PAREN = regex.compile(r"\([^)]*\)")
_SEPARATORS = regex.compile(r"\s*(?:[,;/|•·]|\s&\s|\s\+\s)\s*")
_NAME_CHARS = regex.compile(r"^[\p{L}][\p{L}\p{M}'’.\- ]*$")
MAX_NAME_WORDS = 5


@lru_cache(maxsize=1)
def _prefix() -> "regex.Pattern[str]":
    words = sorted(lexicon.lines("bylines"), key=len, reverse=True)
    return regex.compile(r"^\s*(?:" + "|".join(regex.escape(w) for w in words) + r")\s*[:\-–—]?\s+", regex.I)


@lru_cache(maxsize=1)
def _joiners() -> "regex.Pattern[str]":
    words = lexicon.lines("byline_joiners")
    return regex.compile(r"\s+(?:" + "|".join(regex.escape(w) for w in words) + r")\s+", regex.I)


def strip_byline_prefix(text: str) -> tuple[str, bool]:
    """Remove a leading "By"/"Von"/"Par"…; say whether there was one."""
    m = _prefix().match(text)
    return (text[m.end():], True) if m else (text, False)


def _cut_at_date(text: str) -> str:
    for pos, _ in find_dates(text):
        return text[:pos]
    return text


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
        text, _ = strip_byline_prefix(text)
        for part in _SEPARATORS.split(_joiners().sub(", ", text)):
            part, _ = strip_byline_prefix(part.strip(" .-–—:"))
            part = " ".join(part.split())
            if not part or lexicon.normalize_phrase(part) in noise:
                continue
            if not _NAME_CHARS.match(part) or len(part.split()) > max_words or len(part) < 2:
                continue
            if part not in names:
                names.append(part)
    return names
