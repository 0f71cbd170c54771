"""A cheap first test before the byline-marker scan: can a marker stand in this line at all?

The marker pattern (``text_lines._marker``: any entry of ``data/byline_markers.txt``, case
insensitive, at the start of the line or after a separator, then a space, a colon or a dash)
is written for the `regex` module (Unicode case folding, CJK markers), whose scan of a whole
line is the costliest step of reading a metadata line, and it is asked of every short line
around the body, where few lines hold a marker.

On an ASCII line the same markers can be looked for with the faster `re` module: there,
case-insensitive matching is the same in both modules, a marker holding a non-ASCII character
cannot match, and the separators the pattern may follow are ASCII white space or one of
``|,;([/``, and what follows a marker is white space, a colon or a hyphen (unless the marker
ends with its colon). The pattern below is that much of the marker pattern, so it matches
wherever the full one does (and on a few more lines): a line it refuses is one the full
pattern refuses too. On other lines, a marker's first word must be one of the line's pieces (below).
(A match at the start of a line, ``starts_with_marker``, fails as fast as this test: it has none.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from .. import lexicon
from .text_trie import trie_alternation


@lru_cache(maxsize=1)
def _ascii_markers() -> "re.Pattern[str]":
    return re.compile(r"(?:^|(?<=[\s\x1c-\x1f|,;(\[/]))" + ascii_marker(), re.IGNORECASE | re.ASCII)


def ascii_marker() -> str:
    """An ASCII marker as the marker pattern matches it on an ASCII line, for `re` with IGNORECASE
    and ASCII: one that ends with its colon, or another followed by white space, a colon or a
    hyphen (or the line's end). White space includes the separators U+001C-U+001F, for which
    str.isspace() holds. ``text_scan`` puts it after a line's start too."""
    words = {w for w in lexicon.lines("byline_markers") if w.isascii()}
    with_colon = trie_alternation(w for w in words if w.endswith(":"))
    others = trie_alternation(w for w in words if not w.endswith(":"))
    return "(?:" + with_colon + "|(?:" + others + r")(?![^\s\x1c-\x1f:\-]))"


def may_hold_marker(text: str) -> bool:
    """False only when no byline marker can match anywhere in ``text`` (see the module docstring)."""
    if text.isascii():
        return _ascii_markers().search(text) is not None
    first_words = _marker_first_words()
    return first_words is None or not first_words.isdisjoint(_SEPARATORS.split(_folded(text)))


def _folded(text: str) -> str:
    """``text`` casefolded as `regex` matches case-insensitively: "İ" (U+0130) casefolds to
    "i" and a combining dot (U+0307), and `regex` matches it to a plain "i"; the dot goes."""
    folded = text.casefold()
    return folded.replace("\u0307", "") if "\u0307" in folded else folded


# On any line, a marker stands at the start or after a separator (white space or one of
# "|•·,;—–([/"), and it ends before white space, a colon or a dash, or with its own colon: its
# first word (up to its first space or colon) is then a whole piece of the line cut at these
# characters. Cut at them, the folded line holds that word casefolded. (Tests check over
# all of Unicode what this takes for granted: folding neither makes nor changes a separator,
# and whatever character `regex` matches case-insensitively to a marker's character folds as
# that character does.)
_SEPARATORS = re.compile(r"[\s|•·,;—–(\[/:：\-]+")


@lru_cache(maxsize=None)  # data, built once per process
def _marker_first_words() -> frozenset[str] | None:
    """The markers' first words, casefolded; None (no test) if one would be empty."""
    words = {_SEPARATORS.split(w.casefold(), maxsplit=1)[0] for w in lexicon.lines("byline_markers")}
    return None if "" in words else frozenset(words)
