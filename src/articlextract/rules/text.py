"""Rules for text dumps, where the markup is gone and only the shape of a line is left."""

from __future__ import annotations

from typing import Sequence

import regex

from ..features import capitalised_share, ends_with_punctuation
from ..model import Block
from .base import Context, Rule

_TRUNCATED = regex.compile(r"(?<!\.)\.\.\s*$|\s…\s*$")
_PUNCT = regex.compile(r"[.,;:!?()\[\]\"“”«»|/]")


class TruncatedLink(Rule):
    """Drop teaser titles cut short by the site ("Currency Rate In Pakistan - Dollar, R ..")."""

    name = "truncated_link"
    formats = ("text",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        for block in blocks:
            if block.keep and block.words <= 25 and _TRUNCATED.search(block.text):
                self.drop(block, "teaser title cut short with '..'")


class TagRow(Rule):
    """Drop a row of capitalised keywords without punctuation ("NATO Australia Ukraine China")."""

    name = "tag_row"
    formats = ("text",)
    MIN_WORDS = 5  # shorter rows could be a sub-heading

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        for block in blocks:
            text = block.text
            if (block.keep and block.words >= self.MIN_WORDS and not _PUNCT.search(text)
                    and capitalised_share(text) >= 0.85 and not ends_with_punctuation(text)):
                self.drop(block, "a row of capitalised keywords (tags or menu)")
