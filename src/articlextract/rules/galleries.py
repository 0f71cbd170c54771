"""HTML: a picture gallery set inside an article ("Business news in pictures", fifty slides)."""

from __future__ import annotations

from typing import Sequence

from ..features import is_prose
from ..model import HEADING, Block
from ..options import Options
from .base import Context, Rule
from .region import slide_counters  # the "n/N" slide counters that text dumps use as walls


def gallery_element(blocks: Sequence[Block]) -> tuple[object, int, int] | None:
    """The element holding every slide of a gallery (the nearest one around all its "n/N"
    counters), with the indexes of its first and last counter; None without a gallery."""
    counters = sorted(slide_counters(blocks))
    if not counters:
        return None
    first = blocks[counters[0]]
    common = set(first.ancestors)
    for i in counters[1:]:
        common.intersection_update(blocks[i].ancestors)
    gallery = next((el for el in first.ancestors if el in common), None)
    return (gallery, counters[0], counters[-1]) if gallery is not None else None


def _prose_outside(blocks: Sequence[Block], gallery: object, opts: Options) -> int:
    return sum(len(b.text) for b in blocks
               if b.keep and is_prose(b, opts) and gallery not in b.ancestors)


class EmbeddedGallery(Rule):
    """HTML: drop the slides of a gallery that sits between the paragraphs of an article.

    Each slide's caption reads as prose, and fifty of them outweigh the article around them,
    so they come inside its container. The gallery is a widget of the page when article prose
    stands both above it (``Options.embedded_gallery_prose_chars``) and below it; a page whose
    gallery is the article (an intro, then the slides to the end) keeps them.
    """

    name = "embedded_gallery"
    formats = ("html",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        found = gallery_element(blocks)
        if found is None:
            return
        gallery, first, last = found
        opts = ctx.options
        if _prose_outside(blocks[:first], gallery, opts) < opts.embedded_gallery_prose_chars \
                or not _prose_outside(blocks[last + 1:], gallery, opts):
            return
        for block in blocks:
            if block.keep and gallery in block.ancestors:
                self.drop(block, "a slide of a picture gallery set inside the article")
        for block in gallery_titles(blocks, first, gallery):
            self.drop(block, "the title of a picture gallery set inside the article")


def gallery_titles(blocks: Sequence[Block], first: int, gallery: object) -> list[Block]:
    """The headings just above a gallery's first slide ("Business news in pictures", often twice:
    over the thumbnails and over the full-screen view): the gallery's own title. Walking up
    from the first slide past dropped blocks ("50 show all"), up to the first kept block that is
    not a heading: the article's text above the gallery. A heading counts when the page prints
    it twice or when it shares a wrapper with the gallery and nothing else: an article's own
    sub-heading may stand right above a gallery too."""
    titles = []
    for block in reversed(blocks[:first]):
        if not block.keep:
            continue
        if block.kind != HEADING:
            break
        if _printed_twice(block, blocks) or _wraps_only_the_gallery(block, gallery, blocks):
            titles.append(block)
    return titles


def _printed_twice(heading: Block, blocks: Sequence[Block]) -> bool:
    return sum(1 for b in blocks if b.kind == HEADING and b.text == heading.text) > 1


def _wraps_only_the_gallery(heading: Block, gallery: object, blocks: Sequence[Block]) -> bool:
    """The heading's parent element holds the gallery and no other kept text."""
    wrapper = heading.ancestors[1] if len(heading.ancestors) > 1 else None
    if wrapper is None or wrapper not in gallery.iterancestors():  # type: ignore[attr-defined]
        return False
    return not any(b.keep and b is not heading and wrapper in b.ancestors and gallery not in b.ancestors
                   for b in blocks)
