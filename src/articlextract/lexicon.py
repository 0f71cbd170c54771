"""Word lists and phrase lists, read from the package's data files.

Everything language-specific lives in ``articlextract/data``: one entry per line, ``#``
starts a comment (used to group entries by language). Lists are read once per process;
the set of files is fixed, so the cache cannot grow.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import regex


_PHRASE_WORD = regex.compile(r"[\p{L}\p{N}]+")  # compiled once: this runs on every line of a page
_ASCII_WORD = re.compile(r"[a-z0-9]+")  # _PHRASE_WORD restricted to ASCII, on the faster `re` engine


def normalize_phrase(text: str) -> str:
    """Casefolded, NFKC, punctuation-free, single-spaced: how phrases are compared."""
    if text.isascii():  # NFKC is the identity and casefold is lower() on ASCII: a faster pattern
        return " ".join(_ASCII_WORD.findall(text.lower()))
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_PHRASE_WORD.findall(text))


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """Raw entries of ``data/<name>.txt`` (comments and blank lines removed)."""
    ref = resources.files("articlextract").joinpath("data", f"{name}.txt")
    out = []
    for line in ref.read_text(encoding="utf-8").splitlines():
        line = line.split(" #", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def phrases(name: str) -> frozenset[str]:
    """Normalized entries of ``data/<name>.txt``, for exact-match lookups."""
    return frozenset(normalize_phrase(p) for p in lines(name))


@lru_cache(maxsize=None)
def prefix_pattern(name: str) -> "regex.Pattern[str]":
    """A regex matching any entry of ``data/<name>.txt`` at the start of a normalized text."""
    alts = sorted(phrases(name), key=len, reverse=True)
    return regex.compile(r"^(?:" + "|".join(regex.escape(a) for a in alts if a) + r")\b")


class WordPhrases:
    """Finds any entry of a phrase list as whole words of a normalized text.

    One regex alternation over all the phrases tries every position of the text: tens of
    microseconds on a paragraph. A phrase can only occur where each of its words is a word of
    the text, so a set test on one word per phrase (its longest, which is the rarest as a
    rule) rules out almost every line before the regex runs.
    """

    def __init__(self, phrases: frozenset[str]) -> None:
        alts = sorted((p for p in phrases if p), key=len, reverse=True)
        self.pattern = re.compile(r"(?:^| )(?:" + "|".join(re.escape(a) for a in alts) + r")(?: |$)")
        self.keys = frozenset(max(p.split(" "), key=len) for p in alts)

    def search(self, norm: str) -> "re.Match[str] | None":
        """The first phrase in ``norm`` (a ``normalize_phrase`` text), as the regex finds it."""
        if self.keys.isdisjoint(norm.split(" ")):
            return None
        return self.pattern.search(norm)


@lru_cache(maxsize=None)
def word_phrases(name: str) -> WordPhrases:
    """The entries of ``data/<name>.txt`` as a ``WordPhrases`` finder."""
    return WordPhrases(phrases(name))


@lru_cache(maxsize=None)
def months() -> dict[str, int]:
    """Month name or abbreviation (casefolded) -> month number, in every language listed.

    ``data/months.txt`` lines read ``lang: name1 name2 ... name12``; a cell may hold
    alternatives separated by ``|`` (``sept|sep``).
    """
    table: dict[str, int] = {}
    for line in lines("months"):
        _, _, names = line.partition(":")
        cells = names.split()
        for number, cell in enumerate(cells[:12], start=1):
            for name in cell.split("|"):
                table.setdefault(unicodedata.normalize("NFKC", name).casefold().rstrip("."), number)
    return table
