"""Shapes of a text-dump line that stand in for the lost markup.

Each function reads only the line's text and is cached on it, so a feature is computed
once per distinct line however many rules ask (dumps repeat lines a lot: teaser titles,
menus printed twice).
"""

from __future__ import annotations

import math
import re
from contextvars import ContextVar
from functools import lru_cache
from itertools import compress
from typing import Sequence

import regex

from .. import lexicon
from ..features import digit_runs, line_cache, members_and_beyond

COUNT_DIGIT = regex.compile(r"[\d\p{No}]")  # covers all str.isdigit accepts in a count ("142", "١٤٢", "²")
_SEPARATORS = ",|·•/"  # counted with str.count: one C scan per character, no regex over the line
# (a Chinese or Japanese full stop with text after it, which follows with no space: "…と発表した。1年版…")
_SENTENCE_INSIDE = regex.compile(r"[.!?…]\s+\p{Lu}|。(?=[^\s」』）)”])")
TITLE_MIN_WORDS = 4  # three capitalised words are as often a name or a label as a title
TITLE_CAPITALISED_SHARE = 0.75  # German capitalises nouns: its prose reaches about 0.5
LIST_SEPARATOR_SHARE = 0.35  # "Ann, Bo, Cy, Di" has one separator per word; a sentence a few
LIST_NUMBER_SHARE = 0.5  # "2016 十月 (1) 2016 八月 (1)": half its tokens are numbers; a sentence's few
LIST_MIN_TOKENS = 8  # a shorter line is a name or a heading, whatever its commas
# The fewest separators and number runs a list of LIST_MIN_TOKENS tokens can have (the shares
# above, rounded up): a line with fewer of both is no list, whatever its length.
_LIST_MIN_SEPARATORS = math.ceil(LIST_SEPARATOR_SHARE * LIST_MIN_TOKENS)
_LIST_MIN_NUMBERS = math.ceil(LIST_NUMBER_SHARE * LIST_MIN_TOKENS)
_NUMBER_TOKEN = regex.compile(r"[(\[]?[\d.,:/%+-]*\d[\d.,:/%+-]*[)\]]?")


def line_key(text: str) -> str:
    """How lines are compared for repetition: casefolded (cheap: it runs on every line)."""
    return text.casefold()


@line_cache
def is_truncated(text: str) -> bool:
    """A teaser cut short by the site: "Gold Rate in Pakistan Today - Today's ..", "Lire la suite…"."""
    end = text.rstrip()
    if end.endswith("…"):
        return True
    # ".." cut-offs, and " ..." after a space; an ellipsis glued to a word ends a sentence.
    return end.endswith("..") and (not end.endswith("...") or end[:-3].endswith(" "))


def has_sentence_inside(text: str) -> bool:
    """A sentence ends inside the line and another starts ("… davon. Die 18-Jährige …", "…を発表した。1年版…")."""
    return _sentence_inside(text)


_SENTENCE_STOP = re.compile("[.!?…。]")  # _SENTENCE_INSIDE's first character, on the faster `re` engine


def _sentence_inside(text: str) -> bool:
    """``_SENTENCE_INSIDE.search(text)``, its scan started at the first stop that two characters
    still follow (`re` finds it; the `regex` engine reads Unicode properties at every character)."""
    stop = _SENTENCE_STOP.search(text, 0, len(text) - 2)
    return stop is not None and _SENTENCE_INSIDE.search(text, stop.start()) is not None


@lru_cache(maxsize=None)
def _digit_gate() -> "re.Pattern[str]":
    """COUNT_DIGIT's characters below U+3000 (asked of COUNT_DIGIT itself, once), and every
    character from U+3000 up: the first match of this `re` class on a line is its first digit,
    or the point from which COUNT_DIGIT must look (CJK text and beyond). Written as the
    complement of the other characters below U+3000 (see ``features.members_and_beyond``)."""
    return members_and_beyond(_DIGIT_GATE_END, COUNT_DIGIT.findall("".join(map(chr, range(_DIGIT_GATE_END)))))


_DIGIT_GATE_END = 0x3000


def has_count_digit(text: str) -> bool:
    """Whether COUNT_DIGIT finds a character of the line. On a line that is not ASCII, the `re`
    gate above is asked first: Latin, Greek, Cyrillic… lines are answered by it alone."""
    if text.isascii():
        return ASCII_DIGIT.search(text) is not None
    found = _digit_gate().search(text)
    return found is not None and (found.group() < _DIGIT_GATE_CHAR or COUNT_DIGIT.search(text, found.start()) is not None)


_DIGIT_GATE_CHAR = chr(_DIGIT_GATE_END)


def count_digit_lines(texts: Sequence[str]) -> frozenset[int]:
    """The positions of the lines in which COUNT_DIGIT finds a character: ``has_count_digit`` of
    each line, with the gate above asked of every line in one ``map`` (an ASCII line's only
    COUNT_DIGIT characters are 0-9, which the gate holds) and COUNT_DIGIT only where the gate
    stopped at a character from U+3000 up."""
    found = list(map(_digit_gate().search, texts))
    return frozenset([i for i in compress(range(len(found)), found)
                      if found[i].group() < _DIGIT_GATE_CHAR or COUNT_DIGIT.search(texts[i], found[i].start())])


ASCII_DIGIT = re.compile(r"[0-9]")  # COUNT_DIGIT on an ASCII line, on the `re` engine (less to set up per call)


def title_shape(text: str) -> bool:
    """Title Case Words Without A Sentence Inside: a headline or teaser title, not prose.
    (``is_title_like`` is this, cached; the body region asks it uncached, once per line.)"""
    # The cheap tests first: most lines asked are prose, which ends with a full stop.
    if text.rstrip()[-1:] == "." or _sentence_inside(text):
        return False
    words = [w for w in text.split() if w[0].isalpha()]
    if len(words) < TITLE_MIN_WORDS:
        return False
    # Short function words stay lower case in English titles ("of", "in", "the").
    long_words = [w for w in words if len(w) > 3] or words
    return sum(1 for w in long_words if w[0].isupper()) >= TITLE_CAPITALISED_SHARE * len(long_words)


is_title_like = line_cache(title_shape)


@line_cache
def is_list_like(text: str) -> bool:
    """A line of names or keywords joined by separators ("ann, bo_k, Cy77, Dee, …"), or of
    items with their counts ("2016 十月 (1) 2016 八月 (1) …", an archive), not a sentence."""
    return list_shape(text, True)


def list_shape(text: str, digits: bool) -> bool:
    """``is_list_like``, uncached; ``digits`` is False only for a line known to hold no digit
    (the body region knows it from its comment test), whose number runs need no search."""
    # Neither kind of list is possible with too few number runs and too few separators (or a
    # sentence inside), whatever the line's length: most prose is answered without splitting it.
    separators = sum(map(text.count, _SEPARATORS))
    runs = digit_runs(text) if digits else 0
    if runs < _LIST_MIN_NUMBERS and \
            (separators < _LIST_MIN_SEPARATORS or _sentence_inside(text)):
        return False
    tokens = text.split()
    if len(tokens) < LIST_MIN_TOKENS:
        return False
    # A number token holds a run of digits, so a line with too few runs skips the per-token match.
    if runs >= LIST_NUMBER_SHARE * len(tokens) and \
            sum(1 for t in tokens if _NUMBER_TOKEN.fullmatch(t)) >= LIST_NUMBER_SHARE * len(tokens):
        return True
    return separators >= LIST_SEPARATOR_SHARE * len(tokens) and not _sentence_inside(text)


COMMENT_HEADER_MAX_WORDS = 12  # "142 Antworten zu Würde des Lebens – ein Projekt"
COMMENT_COUNT_POSITION = 3  # the count comes early: "There are 13 comments"
COMMENT_BUTTON_MAX_WORDS = 4  # "See all comments (3)": a count after the word, a button's verb before it
COMMENT_AUTHOR_MAX_WORDS = 5  # "Badenraser-1018 schreibt:", "Jane Doe says:"


def may_start_comments(text: str) -> bool:
    """``is_comment_start``'s first test, cheap enough to ask before its cache: every form of a
    comments header needs a count (a digit) or a closing colon, and most lines have neither."""
    return text.endswith(":") or has_count_digit(text)


@line_cache
def is_comment_start(text: str) -> bool:
    """A line that opens the comments: "142 Antworten zu …", "3 Comments", "Jane says:"."""
    return may_start_comments(text) and comment_header(text, text.split())


def comment_header(text: str, words: list[str]) -> bool:
    """``is_comment_start`` of a line that passed ``may_start_comments``, given its words
    (``text.split()``), uncached: the body region asks it of lines it has split already, and
    of the ~20 lines with a digit a page holds, nearly all are unique."""
    if not words or len(words) > COMMENT_HEADER_MAX_WORDS:
        return False
    comment_words = lexicon.phrases("comment_words")
    # "142 Antworten zu …", "There are 13 comments", "(3) Kommentare", "{ 38 comments… read them below }"
    for i, word in enumerate(words[:COMMENT_COUNT_POSITION]):
        if word.strip("()").isdigit() and i + 1 < len(words) and words[i + 1].casefold().strip(":…") in comment_words:
            return True
    # "Comments (74)", "Kommentare: 5", and with a button's words before it: "View comments (27)",
    # "See all comments (3)"
    if 2 <= len(words) <= COMMENT_BUTTON_MAX_WORDS and words[-2].casefold().rstrip(":") in comment_words \
            and words[-1].strip("()").isdigit():
        return True
    # "Jane Doe says:"; "Die CHIP Redaktion sagt:" (an article first) introduces a verdict, not a comment.
    return (text.endswith(":") and len(words) <= COMMENT_AUTHOR_MAX_WORDS
            and words[-1].casefold().rstrip(":") in comment_words
            and words[0].casefold() not in lexicon.phrases("name_non_starters"))


@lru_cache(maxsize=None)
def _consent_pattern() -> "re.Pattern[str]":
    """The phrases of ``data/phrases_consent.txt`` as whole words of a casefolded line, one scan
    (on the raw line: normalizing every paragraph first cost more than the search)."""
    return re.compile(r"(?<!\w)" + lexicon.phrase_trie(sorted(p for p in lexicon.phrases("phrases_consent") if p)) + r"(?!\w)")


def consent_text(text: str) -> bool:
    """A sentence of a cookie banner, consent dialog, log-in form or newsletter box (uncached:
    ``is_consent_text`` caches it, and the body region asks ``folded_consent_text``)."""
    return folded_consent_text(text.casefold())


_cached_consent_text = line_cache(consent_text)

# The verdicts of the current page's lines, found by the body region (which searches the prose
# lines casefolded, with no cache) and read by ``is_consent_text`` when ``ConsentLine`` asks
# about the lines kept. Only one page's lines; a context variable, so that pages
# extracted at once in threads each have their own. (Never mutated: a new dict per page.)
_NO_VERDICTS: dict[str, bool] = {}
_PAGE_VERDICTS: ContextVar[dict[str, bool]] = ContextVar("page_consent_verdicts", default=_NO_VERDICTS)


def is_consent_text(text: str) -> bool:
    """``consent_text``, from this page's scan when it covered the line, else cached."""
    verdict = _PAGE_VERDICTS.get().get(text)
    return _cached_consent_text(text) if verdict is None else verdict


def folded_consent_text(folded: str) -> bool:
    """``consent_text`` of a line, given it casefolded (the body region has it).

    The pattern matches a phrase's words as whole words of the line, so a line holds a phrase
    only if each of its words is one of the line's words: a line none of whose words is a
    phrase's chosen word (``_consent_anchors``) is answered without the scan, which tries the
    phrase trie at every character. The line's words are cut out as Latin-1 bytes, with one
    translation and a split: a character beyond Latin-1 becomes "?", a non-word character
    like the spaces around it, so it cuts a word there (and each Latin-1 piece of a word of
    the line stays a whole piece)."""
    anchors = _consent_anchors()
    if anchors is not None and anchors.isdisjoint(
            folded.encode("latin-1", "replace").translate(_LATIN1_NON_WORD).split()):
        return False
    return _consent_pattern().search(folded) is not None


# Every Latin-1 character that is no word character for the `re` engine (its \w: letters,
# digits, "_", and "²", "½"…), as a space.
_LATIN1_NON_WORD = bytes(c if re.match(r"\w", chr(c)) else 32 for c in range(256))


@lru_cache(maxsize=None)
def _consent_anchors() -> frozenset[bytes] | None:
    """The longest Latin-1 piece of a word of each consent phrase (the rarest, most likely),
    in Latin-1: a whole word, or the part of one between characters beyond Latin-1
    ("prywatno" of "prywatności"). None when a phrase has no such piece, or holds a character
    that is no word character or space (its words need not be whole words of a line): then
    every line is scanned."""
    phrases = [p.split() for p in lexicon.phrases("phrases_consent") if p]
    if not all(re.fullmatch(r"\w+", word) for words in phrases for word in words):
        return None
    chosen = [max((piece for word in words for piece in _BEYOND_LATIN1.split(word) if piece), key=len, default=None)
              for words in phrases]
    return None if None in chosen else frozenset(piece.encode("latin-1") for piece in chosen)


_BEYOND_LATIN1 = re.compile("[^\x00-\xff]+")


def remember_consent_verdicts(verdicts: dict[str, bool]) -> None:
    """Leave ``is_consent_text`` this page's verdicts (line -> verdict), which the caller fills
    as it finds them; they replace the previous page's."""
    _PAGE_VERDICTS.set(verdicts)
