"""Rules on the edges of the kept text and on lines that metadata claimed."""

from __future__ import annotations

from typing import Sequence

from ..features import is_prose
from ..model import HEADING, LIST_ITEM, Block
from .base import Context, Rule


class TrimEdges(Rule):
    """Drop short non-prose blocks before the first and after the last paragraph of prose.

    Datelines, "Share" rows and stray labels cluster at both ends of the article; list
    items are spared at the end, where articles often close with a list.
    """

    name = "trim_edges"

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        kept = [b for b in blocks if b.keep]
        prose = [i for i, b in enumerate(kept) if is_prose(b, ctx.options)]
        if not prose:
            return
        limit = ctx.options.min_paragraph_words
        for block in kept[:prose[0]]:
            if block.words < limit and block.kind != HEADING:
                self.drop(block, "short line before the first paragraph")
        for block in reversed(kept[prose[-1] + 1:]):
            if block.kind == LIST_ITEM and ctx.format == "html":
                break
            if block.words < limit:
                self.drop(block, "short line after the last paragraph")
            else:
                break


class MetadataLines(Rule):
    """Lines that metadata claimed (headline, byline, date) are not body text."""

    name = "metadata_lines"

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        for block in blocks:
            if block.keep and block.role in ("headline", "byline", "date", "standfirst"):
                self.drop(block, f"holds the article's {block.role.replace('_', ' ')}")
