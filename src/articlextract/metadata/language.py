"""Guessing a page's language from its text, when the page does not declare it.

Each language's most frequent words (data/stopwords.txt) are counted in the text; the
language whose words make up the largest share wins, if that share is clear enough.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .. import lexicon

_WORD = regex.compile(r"\p{L}+")
MAX_WORDS = 2000  # enough to tell languages apart; keeps the guess cheap on long pages
MIN_SHARE = 0.15  # in running text of any listed language, a third or more are its stopwords
MIN_WORDS = 20  # fewer words than this cannot be told apart reliably


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    table = {}
    for line in lexicon.lines("stopwords"):
        lang, _, words = line.partition(":")
        table[lang.strip()] = frozenset(w.casefold() for w in words.split())
    return table


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short or unclear."""
    words = [w.casefold() for w in _WORD.findall(text[:MAX_WORDS * 12])][:MAX_WORDS]
    if len(words) < MIN_WORDS:
        return None
    best, best_hits = None, 0
    for lang, stop in _stopwords().items():
        hits = sum(1 for w in words if w in stop)
        if hits > best_hits:
            best, best_hits = lang, hits
    return best if best_hits >= MIN_SHARE * len(words) else None
