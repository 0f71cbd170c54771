"""Marking the lines of an HTML page that hold metadata, so the body does not repeat them."""

from __future__ import annotations

from typing import Sequence

from ..features import is_prose
from ..model import Block
from ..options import Options
from . import Metadata
from .dates import find_dates
from .headline import same_headline
from .text import byline_names

HEAD_WINDOW = 8  # metadata lines sit within this many blocks of the headline or the body start


def claim_html_lines(blocks: Sequence[Block], meta: Metadata, options: Options) -> None:
    kept = [b for b in blocks if b.keep]
    first_prose = next((i for i, b in enumerate(kept) if is_prose(b, options)), 0)
    head = kept[:first_prose + 2]
    for block in head:
        if same_headline(block.text, meta.headline):
            block.role = "headline"
    # Bylines are looked for around the headline even outside the chosen container.
    anchor = next((b.index for b in blocks if same_headline(b.text, meta.headline)), None)
    around = list(blocks[max(0, anchor - 2):anchor + HEAD_WINDOW]) if anchor is not None else []
    for block in around + head:
        if block.role or block.words > options.byline_max_words:
            continue
        names = byline_names(block)
        if names:
            if meta.offer("authors", names, "'By' line near the headline") or set(names) <= set(meta.authors):
                block.role = "byline"
        elif meta.authors and all(n.lower() in block.text.lower() for n in meta.authors) \
                and block.words <= len(" ".join(meta.authors).split()) + 4 and block in head:
            block.role = "byline"
    for block in head:
        if not block.role and block.words <= 10 and not is_prose(block, options):
            dates = list(find_dates(block.text))
            if dates:
                block.role = "date"
                meta.offer("date", dates[0][1], "date line near the headline")
