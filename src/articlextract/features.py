"""Pure functions over a block's text: the features that stand in for markup.

They serve HTML blocks and text-dump lines alike, so a rule written on them works on both.
"""

from __future__ import annotations

import re
from functools import lru_cache, wraps
from typing import Callable, Iterable, TypeVar

import regex

from . import lexicon
from .model import HEADING, Block
from .options import Options

T = TypeVar("T")

_WORD = regex.compile(r"\w+")
_TERMINAL = regex.compile(r"[.!?…。！？:;»\"”’)\]]\s*$")
_SENTENCE_END = regex.compile(r"[.!?…。！？](?:[\"”’»)\]])?\s*$")
_CAPITAL = regex.compile(r"\p{Lu}")
_DIGIT = regex.compile(r"\d")
_LETTER = regex.compile(r"\p{L}")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_CJK_RUN = regex.compile(_CJK.pattern + "+")
# Where _CJK can match: from Thai (U+0E00) up, minus U+2000-U+2E7F (punctuation and symbols
# such as "–", "“", "…", which Latin lines are full of and which hold no CJK character).
# Written as the complement of what it skips: `re` tests a character against a class whose
# ranges all lie below U+10000 with one table lookup, and against one reaching U+10FFFF
# range by range (a third slower on a Latin line, which it scans to its end).
_CJK_RANGE = re.compile("[^\x00-\u0dff\u2000-\u2e7f]")


def word_count(text: str) -> int:
    """Words, counting each CJK character as one (those scripts do not use spaces)."""
    n = len(text.split())
    # A cheap code-point range search skips the Unicode-property regex on Latin, Cyrillic,
    # Greek, Arabic… lines (most non-ASCII lines).
    # (counted as the lengths of its runs: CJK text is long runs, so few strings are made)
    cjk = sum(map(len, _CJK_RUN.findall(text))) if not text.isascii() and _CJK_RANGE.search(text) else 0
    return max(n, cjk // 2) if cjk else n


# The characters the two patterns above end on. Their ``\s*$`` makes a regex search scan the
# whole line (several times per line: it is asked for every prose check), while a line without
# trailing white space, such as every text-dump line, is answered by its last characters.
_TERMINAL_CHARS = frozenset(".!?…。！？:;»\"”’)]")
_SENTENCE_END_CHARS = frozenset(".!?…。！？")
_SENTENCE_CLOSERS = frozenset("\"”’»)]")


def ends_like_sentence(text: str) -> bool:
    last = text[-1:]
    if last in _SENTENCE_END_CHARS:  # ("" is not in the set)
        return True
    if last in _SENTENCE_CLOSERS:
        return text[-2:-1] in _SENTENCE_END_CHARS
    return bool(last.isspace() and _SENTENCE_END.search(text))  # regex \s is a subset of isspace()


def ends_with_punctuation(text: str) -> bool:
    last = text[-1:]
    if last in _TERMINAL_CHARS:
        return True
    return bool(last.isspace() and _TERMINAL.search(text))


def printed_twice(text: str, min_chars: int) -> str | None:
    """The text a line prints twice in a row, with or without a space between ("Christoph beim
    AngelnChristoph beim Angeln", "Kathrin Hofmeister Kathrin Hofmeister": a picture's alt and
    title text, a link's label and its image's); None when the line is no such pair, or its
    halves are shorter than ``min_chars`` (a word said twice: "Bye Bye")."""
    line = text.strip()
    half = len(line) // 2
    if half < min_chars or line[:half] != line[-half:] or (len(line) % 2 and line[half] != " "):
        return None
    return line[:half].strip()


def capitalised_share(text: str) -> float:
    """Share of words that start with a capital: high for titles, menus and tag rows."""
    # The words' first characters in one string, each class counted by one scan of it (two
    # pattern calls a line instead of two a word). A capital (Lu) is a letter (L).
    initials = "".join([w[0] for w in text.split()])
    letters = len(_LETTER.findall(initials))
    if not letters:
        return 0.0
    return len(_CAPITAL.findall(initials)) / letters


def digit_share(text: str) -> float:
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    return sum(1 for c in chars if c.isdigit()) / len(chars)


_ASCII_DIGIT = re.compile(r"[0-9]")


UNREADABLE_NUMBER = 10**9  # above any year, month, day or count: a match holding it is no date


def number(digits: str) -> int:
    """``int(digits)`` of the digits a pattern's ``\\d`` matched, or UNREADABLE_NUMBER when Python
    cannot read them. The ``regex`` module's Unicode is newer than Python's: it knows digits
    (Garay, U+10D40-U+10D49, and about a hundred more above U+FFFF) that ``int()`` refuses, and
    one such digit in a page must not make the page an error."""
    try:
        return int(digits)
    except ValueError:
        return UNREADABLE_NUMBER


def has_digit(text: str) -> bool:
    """``any(c.isdigit() for c in text)``, at C speed."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    # The first character that is a digit below U+10000 or any character above (`_isdigit_gate`):
    # a digit, or the point from which the characters must be asked one by one.
    found = _isdigit_gate().search(text)
    return found is not None and (found.group() < _ASTRAL or any(map(str.isdigit, text[found.start():])))


_ASTRAL = "\U00010000"


@lru_cache(maxsize=None)  # (unbounded: the benchmarks empty bounded caches between passes)
def _isdigit_gate() -> "re.Pattern[str]":
    """The characters below U+10000 that ``str.isdigit`` accepts, and every character from U+10000
    up (asking ``str.isdigit`` of each character of a non-ASCII line from Python cost three times
    this scan on the datasets' lines)."""
    return members_and_beyond(ord(_ASTRAL), filter(str.isdigit, map(chr, range(ord(_ASTRAL)))))


def members_and_beyond(end: int, members: Iterable[str]) -> "re.Pattern[str]":
    """A `re` class of the ``members`` below ``end`` and of every character from ``end`` up,
    written as the complement of the other characters below ``end`` (``end`` at most U+10000):
    `re` tests a character against a class whose ranges all lie below U+10000 with one table
    lookup, and against one reaching U+10FFFF range by range (a third slower on a Latin line,
    which such a search scans to its end)."""
    others: list[str] = []  # the gaps between members, as class ranges
    low = 0
    for code in [*sorted({ord(c) for c in members if ord(c) < end}), end]:
        if code > low:
            others.append(f"{re.escape(chr(low))}-{re.escape(chr(code - 1))}")
        low = code + 1
    return re.compile("[^" + "".join(others) + "]")


_DIGIT_RUN = regex.compile(r"\d+")
_ASCII_DIGIT_RUN = re.compile(r"[0-9]+")  # the same on ASCII text, on the faster `re` engine


def digit_runs(text: str) -> int:
    """How many runs of (Unicode decimal) digits the text holds: a bound on its number tokens."""
    return len((_ASCII_DIGIT_RUN if text.isascii() else _DIGIT_RUN).findall(text))


def is_prose(block: Block, options: Options) -> bool:
    """A block that reads like a paragraph of running text."""
    words = block.words
    if block.kind == HEADING:
        return False
    # Text-dump lines have no links: their density is 0 without the division.
    density = block.link_density if block.link_chars else 0.0
    if words >= options.min_paragraph_words * 2 and density < options.max_link_density:
        return True
    return (words >= options.min_paragraph_words and ends_with_punctuation(block.text)
            and density < options.max_link_density)


def prose_weight(block: Block, options: Options) -> float:
    """How much a block argues that its surroundings are the article.

    Positive for running text, negative for link lists and short interface text: the
    main-content selection looks for the container (HTML) or the run of lines (text)
    that maximises the sum of these weights.
    """
    n = len(block.text)
    density = block.link_density if block.link_chars else 0.0
    if density > options.max_link_density:
        return -0.8 * n
    if is_prose(block, options):
        return float(n) * (1.0 - density)
    if block.kind == HEADING:
        return 0.0
    if block.words <= options.short_block_words:
        return short_line_weight(block.text)
    return -0.25 * n


SHORT_LINE_MAX_CHARS = 40  # a short block weighs by its length up to this many characters


def short_line_weight(text: str) -> float:
    """``prose_weight`` of a short block that is no heading and no link list: interface text
    (a menu entry, a label), which argues a little against its surroundings."""
    return -min(len(text), SHORT_LINE_MAX_CHARS) * 0.6


# short_line_weight by min(length, SHORT_LINE_MAX_CHARS): one index per line in the body
# region's loop, which asks it of most lines of a text dump.
SHORT_LINE_WEIGHTS = tuple(short_line_weight("x" * n) for n in range(SHORT_LINE_MAX_CHARS + 1))


LINE_CACHE_SIZE = 16384  # short lines: the distinct menus, labels and bylines of about a hundred pages
LINE_CACHE_MAX_CHARS = 100  # labels, bylines, datelines, menus; longer lines (prose) rarely repeat
LONG_LINE_CACHE_SIZE = 1024  # long lines: more than a page's worth, for the rules that ask in turn


def line_cache(fn: Callable[[str], T]) -> Callable[[str], T]:
    """``lru_cache`` for a function of one line of text, bounded in memory.

    Short lines (menus, labels, bylines) repeat within a page and across a site's pages, so
    they keep a large cache. Paragraphs repeat only within a page, where several rules ask
    about the same line in turn: they get a cache of about one page's lines, so that a full
    cache holds a few megabytes of text, not tens.
    """
    short = lru_cache(maxsize=LINE_CACHE_SIZE)(fn)
    long = lru_cache(maxsize=LONG_LINE_CACHE_SIZE)(fn)

    @wraps(fn)
    def lookup(text: str) -> T:
        return short(text) if len(text) <= LINE_CACHE_MAX_CHARS else long(text)

    def cache_clear() -> None:
        short.cache_clear()
        long.cache_clear()

    lookup.cache_clear = cache_clear  # type: ignore[attr-defined]
    lookup.cache_parameters = short.cache_parameters  # type: ignore[attr-defined]
    return lookup


@line_cache
def normalized(text: str) -> str:
    return lexicon.normalize_phrase(text)


def is_phrase_line(text: str, name: str) -> bool:
    """``normalized(text) in lexicon.phrases(name)``: the line is an entry of ``data/<name>.txt``
    ("Open Menu", "Reuters"). Its first word is asked first: a normalized line equals an entry
    only when both open with the same word, and most lines open with no entry's first word."""
    return first_normalized_word(text) in entry_first_words(name) and normalized(text) in lexicon.phrases(name)


@lru_cache(maxsize=None)
def entry_first_words(name: str) -> frozenset[str]:
    """``lexicon.first_words(name)``, and "" when an entry normalizes to nothing (a line of
    punctuation alone then equals it)."""
    return lexicon.first_words(name) | ({""} if "" in lexicon.phrases(name) else frozenset())


_ASCII_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")


def first_normalized_word(text: str) -> str:
    """``normalized(text).split(" ", 1)[0]`` ("" for none), without normalising an ASCII line:
    a cheap first test for phrase lookups, since most lines share no first word with any phrase."""
    # The commonest line, in any script, opens with ASCII text and a space ("The", "Related:",
    # "2023,"): its first [A-Za-z0-9] run, lower-cased, is the first normalised word (NFKC and
    # casefolding leave ASCII alone and never join across a space), with no split of the line.
    cut = text.find(" ")
    head = text if cut < 0 else text[:cut]
    if head.isascii():
        if head.isalnum():  # on ASCII, isalnum() is [A-Za-z0-9]: the head is the word
            return head.lower()
        m = _ASCII_ALNUM_RUN.search(head)
        if m:
            return m.group().lower()
    if text.isascii():  # normalize_phrase's ASCII path: its first word is the first [a-z0-9] run
        m = _ASCII_ALNUM_RUN.search(text)
        return m.group().lower() if m else ""
    if len(text) > LINE_CACHE_MAX_CHARS:  # a paragraph: its first words are enough
        return _first_word_of_head(text)
    return normalized(text).split(" ", 1)[0]


FIRST_WORD_HEAD_CHARS = 80  # a paragraph's first word stands in its first few dozen characters


def _first_word_of_head(text: str) -> str:
    """The first normalised word of a long line, from the text before a space after it.

    NFKC never joins across an ASCII space (a starter, the second element of no composition)
    and casefolding is per character, so normalising ``text[:cut]`` with ``text[cut] == " "``
    gives the start of the normalised line: its first word, when it holds one, is the line's.
    Normalising a whole paragraph (and caching it) only to read its first word cost more than
    the rest of the phrase tests of the line.
    """
    cut = text.find(" ", 1)
    while 0 < cut <= FIRST_WORD_HEAD_CHARS:  # bounded: a line of punctuation must not cost n² time
        head = lexicon.normalize_phrase(text[:cut])
        if head:
            return head.split(" ", 1)[0]
        cut = text.find(" ", cut + 1)
    return normalized(text).split(" ", 1)[0]
