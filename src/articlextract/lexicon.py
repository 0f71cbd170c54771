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
# _PHRASE_WORD on text of Latin, Greek and Cyrillic letters, punctuation (U+2000-U+206F:
# dashes, curly quotes) and currency signs, on the `re` engine: there its letters and digits
# are exactly `regex`'s \p{L}\p{N} (tests check every code point of these ranges; elsewhere
# the two modules' Unicode versions differ). Several times faster on a paragraph.
_EUROPEAN_WORD = re.compile(r"[^\W_]+")
EUROPEAN_RANGES = ((0x0000, 0x052F), (0x2000, 0x206F), (0x20A0, 0x20BF))
_NOT_EUROPEAN = re.compile("[^" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in EUROPEAN_RANGES) + "]")


def normalize_phrase(text: str) -> str:
    """Casefolded, NFKC, punctuation-free, single-spaced: how phrases are compared."""
    if text.isascii():  # NFKC is the identity and casefold is lower() on ASCII: a faster pattern
        return " ".join(_ASCII_WORD.findall(text.lower()))
    text = unicodedata.normalize("NFKC", text).casefold()
    words = _EUROPEAN_WORD if is_european(text) else _PHRASE_WORD
    return " ".join(words.findall(text))


def is_european(text: str) -> bool:
    """Whether every character of ``text`` lies in ``EUROPEAN_RANGES`` (Latin, Greek, Cyrillic,
    general punctuation, currency signs): there the `re` engine's word characters are
    `regex`'s letters and digits, so the faster engine gives the same words."""
    return _NOT_EUROPEAN.search(text) is None


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


def opens_with(name: str, text: str) -> bool:
    """Whether ``text``, normalized, starts with an entry of ``data/<name>.txt`` ("Published:",
    "Zuletzt geändert am", "See also")."""
    return prefix_pattern(name).match(normalize_phrase(text)) is not None


@lru_cache(maxsize=None)
def first_words(*names: str) -> frozenset[str]:
    """The first words of the entries of these lists. A normalized line is words joined by single
    spaces, so it can equal or start with an entry only when it starts with one of these: a
    cheap test before the normalizing and matching of ``opens_with``."""
    return frozenset(p.split(" ", 1)[0] for name in names for p in phrases(name) if p)


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


def phrase_trie(phrases: list[str], space: str = r"\W+") -> str:
    """One regex for many phrases, shaped as a trie ("we (?:use|will)…"): the `re` engine tries
    an alternation of 150 literals at every position one by one, a trie by its next character.
    A space in a phrase matches ``space``: by default any run of non-word characters ("e-mail",
    "cookie-einstellungen")."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        alts = [(space if ch == " " else re.escape(ch)) + pattern(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body
    return pattern(trie)
