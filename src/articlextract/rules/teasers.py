"""HTML: teaser cards, the repeated "linked title + short summary" boxes of a news stream.

"Recommended for you", "Other opinion columns", "More stories": each item is a card holding a
title that is a link to another page and a sentence or two summing that page up. The summaries
read like prose, so summed into their ancestors they can outweigh the article and pull the
container up to the page's main column. Recognised by their shape alone (no class names): several
sibling elements, each holding exactly one linked title and little else.
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..model import HEADING, Block
from ..options import Options
from .base import Context, Rule

# Inline elements between a title's text and its card: never the card themselves.
INLINE_TAGS = frozenset({
    "a", "span", "strong", "b", "em", "i", "u", "small", "big", "font", "sup", "sub", "time",
    "h1", "h2", "h3", "h4", "h5", "h6", "p",
})


HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def is_linked_title(block: Block, opts: Options) -> bool:
    """A heading that is mostly a link to another page: a teaser's title."""
    return (block.kind == HEADING and block.words >= 2 and block.link_density > opts.max_link_density
            and _links_elsewhere(block))


def _links_elsewhere(block: Block) -> bool:
    """Whether the heading links out of the page: a section heading of a manual links to its own
    anchor ("#sharing", a table-of-contents back-reference), not to another page."""
    heading = next((el for el in block.ancestors if getattr(el, "tag", "") in HEADING_TAGS), None)
    if heading is None:
        return True
    for link in heading.iter("a"):  # type: ignore[attr-defined]
        href = (link.get("href") or "").strip()
        if href and not href.startswith(("#", "javascript:")):
            return True
    # The link may wrap the heading (<a href><h3>…</h3></a>).
    return any(getattr(el, "tag", "") == "a" and not (el.get("href") or "#").startswith("#")
               for el in block.ancestors)


def _card_candidates(block: Block) -> list[object]:
    return [el for el in block.ancestors if getattr(el, "tag", "") not in INLINE_TAGS]


def teaser_cards(blocks: Sequence[Block], opts: Options) -> set[object]:
    """The elements that are teaser cards (see the module docstring)."""
    titles = [b for b in blocks if is_linked_title(b, opts)]
    if len(titles) < opts.teaser_min_cards:
        return set()
    titles_under: Counter = Counter()
    for block in titles:
        titles_under.update(_card_candidates(block))
    cards: set[object] = set()
    for block in titles:
        card = _card_of(block, titles_under, opts)
        if card is not None:
            cards.add(card)
    if not cards:
        return cards
    words: Counter = Counter()
    for block in blocks:
        if is_linked_title(block, opts) or block.link_density > opts.max_link_density:
            continue
        for el in block.ancestors:
            if el in cards:
                words[el] += block.words
                break
    return {card for card in cards if words[card] <= opts.teaser_card_max_words}


def _card_of(title: Block, titles_under: Counter, opts: Options) -> object | None:
    """The innermost element around a title whose parent holds enough sibling cards:
    elements with exactly one linked title each."""
    for el in _card_candidates(title):
        if titles_under[el] != 1:
            return None  # past the card: this element holds several titles
        parent = el.getparent()  # type: ignore[attr-defined]
        if parent is None:
            return None
        siblings = sum(1 for child in parent if titles_under.get(child) == 1)
        if siblings >= opts.teaser_min_cards:
            return el
    return None


def in_cards(block: Block, cards: set[object]) -> bool:
    return bool(cards) and not cards.isdisjoint(block.ancestors)


class TeaserCards(Rule):
    """HTML: drop the teaser cards (linked title + short summary) below the article container.

    ``MainContainer`` already keeps their summaries from counting as article prose; this rule
    drops the ones inside the chosen container ("Recommended for you" under the story).
    """

    name = "teaser_cards"
    prunes_kept = True
    formats = ("html",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        cards = ctx.info.get("teaser_cards") or set()
        container = ctx.info.get("container")
        if not cards or container is None:
            return
        # A card around the container is the article itself (a page made of one card).
        cards = cards - {container, *container.iterancestors()}  # type: ignore[attr-defined]
        for block in blocks:
            if block.keep and block.decision.rule != "lead_paragraph" and in_cards(block, cards):
                self.drop(block, "teaser card: a linked title and a short summary of another page")
