"""Questions asked of every line of a page at once, by one scan of the lines joined.

A late step of the text metadata (a marked byline anywhere on the page) asks each of a page's
~190 lines whether a byline marker opens it (``starts_with_marker``), and the header block
(its byline and date pairs) each line above the body; asked line by line, that is a Python
call or two per line, most of them on lines that open with no marker. On the lines joined
by newlines, one `re` search finds the newline before every ASCII line that
may open with a marker: on an ASCII line such a marker is one of the ASCII markers
(``text_markers``: a marker holding another character cannot match ASCII text), after the
ASCII white space ``str.lstrip`` strips, and followed by white space, a colon or a hyphen
unless it ends with its colon. The scan never crosses a newline (so it cannot hide the next
line's match). Every other line is proposed as well (a few a page on most sites). The scan
only proposes lines: each is then asked the test itself.

(Round 5 scanned for every marker on the `regex` engine: its search for the newlines cost
~90 µs a page, three quarters of the step.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..model import Block
from .text_lines import starts_with_marker
from .text_markers import ascii_marker


@lru_cache(maxsize=None)  # data
def _ascii_line_opening_markers() -> "re.Pattern[str]":
    """A newline, the ASCII white space ``str.lstrip`` strips, and an ASCII marker as it may open
    an ASCII line (``text_markers.ascii_marker``, at a line's start)."""
    return re.compile(r"\n[ \t\x0b\x0c\r\x1c-\x1f]*" + ascii_marker(), re.IGNORECASE | re.ASCII)


def lines_opening_with_marker(lines: Sequence[Block]) -> list[Block]:
    """``[b for b in lines if starts_with_marker(b.text)]``, with one scan of the lines joined."""
    texts = [b.text for b in lines]
    joined = "\n" + "\n".join(texts)
    if joined.count("\n") != len(texts):  # a line holding a newline itself: ask each line
        return [b for b in lines if starts_with_marker(b.text)]
    # The ASCII lines the scan finds (few), and every other line.
    others = [] if joined.isascii() else [i for i, text in enumerate(texts) if not text.isascii()]
    proposed = _indexes(joined, _ascii_line_opening_markers().finditer(joined)) + others
    return [lines[i] for i in sorted(set(proposed)) if starts_with_marker(texts[i])]


def _indexes(joined: str, matches) -> list[int]:
    """The index of the line each match's newline opens (the number of newlines up to it, less one)."""
    found, line, counted = [], -1, 0
    for m in matches:
        line += joined.count("\n", counted, m.start() + 1)
        counted = m.start() + 1
        found.append(line)
    return found
