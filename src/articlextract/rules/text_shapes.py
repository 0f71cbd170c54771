"""Shapes of a text-dump line that stand in for the lost markup.

Each function reads only the line's text and is cached on it, so a feature is computed
once per distinct line however many rules ask (dumps repeat lines a lot: teaser titles,
menus printed twice).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import regex

from .. import lexicon
from ..features import digit_runs, line_cache


COUNT_DIGIT = regex.compile(r"[\d\p{No}]")  # covers all str.isdigit accepts in a count ("142", "١٤٢", "²")
_SEPARATORS = ",|·•/"  # counted with str.count: one C scan per character, no regex over the line
_SENTENCE_INSIDE = regex.compile(r"[.!?…]\s+\p{Lu}")
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
    """A sentence ends inside the line and another starts ("… davon. Die 18-Jährige …")."""
    return bool(_SENTENCE_INSIDE.search(text))


def title_shape(text: str) -> bool:
    """Title Case Words Without A Sentence Inside: a headline or teaser title, not prose.
    (``is_title_like`` is this, cached; the body region asks it uncached, once per line.)"""
    # The cheap tests first: most lines asked are prose, which ends with a full stop.
    if text.rstrip()[-1:] == "." or _SENTENCE_INSIDE.search(text):
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
            (separators < _LIST_MIN_SEPARATORS or _SENTENCE_INSIDE.search(text) is not None):
        return False
    tokens = text.split()
    if len(tokens) < LIST_MIN_TOKENS:
        return False
    # A number token holds a run of digits, so a line with too few runs skips the per-token match.
    if runs >= LIST_NUMBER_SHARE * len(tokens) and \
            sum(1 for t in tokens if _NUMBER_TOKEN.fullmatch(t)) >= LIST_NUMBER_SHARE * len(tokens):
        return True
    return separators >= LIST_SEPARATOR_SHARE * len(tokens) and not _SENTENCE_INSIDE.search(text)


COMMENT_HEADER_MAX_WORDS = 12  # "142 Antworten zu Würde des Lebens – ein Projekt"
COMMENT_COUNT_POSITION = 3  # the count comes early: "There are 13 comments"
COMMENT_AUTHOR_MAX_WORDS = 5  # "Badenraser-1018 schreibt:", "Jane Doe says:"


def may_start_comments(text: str) -> bool:
    """``is_comment_start``'s first test, cheap enough to ask before its cache: every form of a
    comments header needs a count (a digit) or a closing colon, and most lines have neither."""
    return text.endswith(":") or COUNT_DIGIT.search(text) is not None


@line_cache
def is_comment_start(text: str) -> bool:
    """A line that opens the comments: "142 Antworten zu …", "3 Comments", "Jane says:"."""
    if not may_start_comments(text):
        return False
    words = text.split()
    if not words or len(words) > COMMENT_HEADER_MAX_WORDS:
        return False
    comment_words = lexicon.phrases("comment_words")
    # "142 Antworten zu …", "There are 13 comments", "Comments (74)"
    for i, word in enumerate(words[:COMMENT_COUNT_POSITION]):
        if word.isdigit() and i + 1 < len(words) and words[i + 1].casefold().strip(":") in comment_words:
            return True
    if len(words) <= 2 and words[0].casefold() in comment_words and words[-1].strip("()").isdigit() \
            and len(words) == 2:
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


@line_cache
def is_consent_text(text: str) -> bool:
    """A sentence of a cookie banner, consent dialog, log-in form or newsletter box."""
    return bool(_consent_pattern().search(text.casefold()))
