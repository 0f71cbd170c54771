"""Questions asked of every line of a page at once, by one scan of the lines joined.

A late step of the text metadata (a marked byline anywhere on the page) asks each of a page's
~190 lines whether a byline marker opens it (``starts_with_marker``); asked line by line,
that is a Python call or two per line, most of them on lines that open with no marker. On
the lines joined by newlines, one search finds the newline before every line that may open
with a marker: the newline, the white space ``str.lstrip`` strips (``regex``'s ``\\s`` but
the newline, and the separators ``\\x1c``-``\\x1f`` that ``str.isspace`` counts too), then
the markers' alternation, with the same module and flags as ``starts_with_marker``'s
pattern. A line the test keeps has its marker right after that white space, where the scan
finds it; the scan never crosses a newline (so it cannot hide the next line's match). The
scan only proposes lines: each is then asked the test itself.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import regex

from .. import lexicon
from ..model import Block
from .text_lines import starts_with_marker
from .text_trie import trie_alternation

# What ``str.lstrip()`` strips (every ``str.isspace`` character), but the newline that ends a line.
_LEADING_SPACE = r"(?:[^\S\n]|[\x1c-\x1f])*"


@lru_cache(maxsize=None)  # data (benchmarks empty the bounded caches)
def _line_opening_markers() -> "regex.Pattern[str]":
    """A newline, then the white space and a marker that may open the next line."""
    return regex.compile(r"\n" + _LEADING_SPACE + "(?:" + trie_alternation(lexicon.lines("byline_markers")) + ")",
                         regex.IGNORECASE)


def lines_opening_with_marker(lines: Sequence[Block]) -> list[Block]:
    """``[b for b in lines if starts_with_marker(b.text)]``, with one scan of the lines joined."""
    texts = [b.text for b in lines]
    joined = "\n" + "\n".join(texts)
    if joined.count("\n") != len(texts):  # a line holding a newline itself: ask each line
        return [b for b in lines if starts_with_marker(b.text)]
    found = [joined.count("\n", 0, m.start()) for m in _line_opening_markers().finditer(joined)]  # (few matches)
    return [lines[i] for i in found if starts_with_marker(texts[i])]
