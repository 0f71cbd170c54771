"""Stage 2 (text dumps): cut a plain-text page into the same blocks as HTML.

One block per non-empty line: the converters that make these dumps write one line per
HTML block, so a line is the closest thing to an element. Leading indentation and blank
lines are kept as features. A leading `` date YYYY-MM-DD `` crawl stamp is taken off the
first line and reported separately.
"""

from __future__ import annotations

import re

from .features import word_count
from .model import LINE, Block

CRAWL_STAMP = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")


def split_crawl_stamp(text: str) -> tuple[str | None, str]:
    """Return the crawl stamp's date (or None) and the text without it."""
    m = CRAWL_STAMP.match(text)
    if not m:
        return None, text
    return m.group(1), text[m.end():]


def segment_text(text: str) -> list[Block]:
    blocks: list[Block] = []
    blank = True
    for raw in text.splitlines():
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        expanded = raw.expandtabs(4)
        indent = len(expanded) - len(expanded.lstrip(" "))
        line = _SPACES.sub(" ", stripped)
        blocks.append(Block(index=len(blocks), text=line, kind=LINE, indent=indent,
                            blank_before=blank, words=word_count(line)))
        blank = False
    return blocks
