"""Rules for text dumps, where the markup is gone and only the shape of a line is left."""

from __future__ import annotations

from typing import Sequence

import regex

from .. import lexicon
from ..features import capitalised_share, ends_with_punctuation
from ..model import Block
from .base import Context, Rule
from .phrases import is_section_label

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


CAPTION_MAX_WORDS = 30  # a caption with its credit; a paragraph that cites a photo is longer
_CREDIT_TAIL = regex.compile(r"\((?P<word>[\p{L}]+)\s*:[^)]*\)\s*$")


def _credit_words() -> frozenset[str]:
    return lexicon.phrases("photo_credits")


class PhotoCredit(Rule):
    """Text dumps: drop picture captions and credits ("Foto: Christof Stache", "… (Foto: V. Bühl)").

    The markup that said <figcaption> is gone; what is left is the credit word and its colon.
    """

    name = "photo_credit"
    formats = ("text",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        credits = _credit_words()
        for block in blocks:
            if not block.keep or block.words > CAPTION_MAX_WORDS:
                continue
            first = block.text.split(None, 1)[0]
            tail = _CREDIT_TAIL.search(block.text)
            if (first.endswith(":") and first[:-1].casefold() in credits) or \
                    (tail and tail["word"].casefold() in credits):
                self.drop(block, "picture caption or credit")


class InlineTeaser(Rule):
    """Text dumps: drop "Read also: <title>" lines inside the article.

    ("Lesen Sie auch: …", "VEA TAMBIÉN: …": a section label, a colon, a teaser title.)
    """

    name = "inline_teaser"
    formats = ("text",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        for block in blocks:
            if not block.keep or ":" not in block.text[:40]:
                continue
            label = block.text.split(":", 1)[0]
            if label.strip() and is_section_label(label):
                self.drop(block, f"inline teaser after {label.strip()[:30]!r}")
