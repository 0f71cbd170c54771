"""Rules that need markup: class/id tokens, semantic tags and link text."""

from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Iterator, Sequence

from lxml import etree

from .. import lexicon
from ..features import is_prose
from ..model import CAPTION, CELL, HEADING, LIST_ITEM, Block
from ..options import Options
from .base import Context, Rule
from .edges import flow_parent
from .text import is_picture_credit

BOILERPLATE_TAGS = frozenset({"nav", "aside", "footer", "form"})
# ASCII-only classes: `re` gives the same splits as `regex`, three times faster (class
# words not seen before are split on every page: a measurable share of HTML time).
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


# While a page is extracted (``page_token_memo``), each element's tokens are read once: the
# rules, the visible-metadata scan and the claims ask about the same containers (~250 asks
# for ~120 elements a page), and each read costs three lxml attribute look-ups (~0.3 µs
# each). Only for one page, so that no element outlives its page in here; a context
# variable, so that pages extracted at once in threads (or tasks) each have their own.
_PAGE_MEMO: ContextVar[dict[etree._Element, frozenset[str]] | None] = ContextVar("page_token_memo", default=None)


@contextmanager
def page_token_memo() -> Iterator[None]:
    """Remember ``class_tokens`` per element until the block ends (one page's stages)."""
    token = _PAGE_MEMO.set({})
    try:
        yield
    finally:
        _PAGE_MEMO.reset(token)


def current_page_memo() -> dict[etree._Element, frozenset[str]] | None:
    """The memo of the page being extracted in this thread or task (None outside a page)."""
    return _PAGE_MEMO.get()


def class_tokens(el: object) -> frozenset[str]:
    """Lower-case tokens of an element's class, id and role: 'shareBar-top' -> {sharebar-top,
    sharebartop, share, bar, top, share-bar, bar-top} (the word, its parts joined, each part, and
    each pair of neighbouring parts)."""
    memo = _PAGE_MEMO.get()
    if memo is not None and isinstance(el, etree._Element):
        tokens = memo.get(el)
        if tokens is None:
            tokens = memo[el] = _read_class_tokens(el)
        return tokens
    return _read_class_tokens(el)


def _read_class_tokens(el: object) -> frozenset[str]:
    get = getattr(el, "get", None)
    if get is None:
        return frozenset()
    cls, ident, role = get("class"), get("id"), get("role")
    if not (cls or ident or role):
        return frozenset()
    return _attribute_tokens(cls, ident, role)


@lru_cache(maxsize=65536)  # class strings repeat within a page and across a site's pages
def _attribute_tokens(cls: str | None, ident: str | None, role: str | None) -> frozenset[str]:
    if ident and _is_slug(ident):
        ident = None
    words = " ".join(v for v in (cls, ident, role) if v).split()
    return frozenset().union(*map(_word_tokens, words))


SLUG_MIN_WORDS = 5  # "sharing-with-a-single-developer": an anchor made from a heading's words


@lru_cache(maxsize=8192)
def _is_slug(ident: str) -> bool:
    """An id made from a heading's text says what the section is about, not what it is."""
    return len([p for p in _TOKEN_SPLIT.split(ident.lower()) if p and not p.isdigit()]) >= SLUG_MIN_WORDS


@lru_cache(maxsize=65536)  # class words repeat across pages and sites; one entry per word
def _word_tokens(word: str) -> frozenset[str]:
    parts = [p for p in _TOKEN_SPLIT.split(_CAMEL.sub("-", word).lower()) if p]
    out = {word.lower(), "".join(parts), *parts}
    out.update("-".join(parts[i:i + 2]) for i in range(len(parts) - 1))
    return frozenset(out)


@lru_cache(maxsize=None)
def token_list(name: str) -> frozenset[str]:
    """A data file of class/id tokens, kept verbatim ("author-bio" must keep its hyphen).

    Entries written ``~word`` are weak (see ``weak_tokens``) and count here without the ``~``.
    """
    return frozenset(t.lower().lstrip("~") for t in lexicon.lines(name))


@lru_cache(maxsize=None)
def weak_tokens(name: str) -> frozenset[str]:
    """Tokens that mark boilerplate only when no content token stands beside them:
    "header" and "teaser" are a site's masthead and a teaser box, but "article-header"
    holds the headline and standfirst, "article-teaser" the lead."""
    return frozenset(t.lower()[1:] for t in lexicon.lines(name) if t.startswith("~"))


def boilerplate_reason(el: object) -> str | None:
    """Why an element is a boilerplate container, or None."""
    tag = getattr(el, "tag", "")
    if tag in BOILERPLATE_TAGS:
        return f"inside <{tag}>"
    tokens = class_tokens(el)
    hits = tokens & token_list("html_boilerplate_tokens")
    if hits and hits <= weak_tokens("html_boilerplate_tokens") \
            and not tokens.isdisjoint(token_list("html_content_tokens")):
        return None
    if hits:
        return f"inside a container marked {sorted(hits)[0]!r}"
    return None


def strongly_marked(block: Block, stop: object = None) -> bool:
    """Whether an element around the block (up to ``stop``) is a boilerplate container for a
    strong reason: a nav/aside/footer/form tag or a token that is not weak. A box marked only
    "teaser" or "header" is where sites put the standfirst ("ce-news--teaser", "article-header")."""
    strong = token_list("html_boilerplate_tokens") - weak_tokens("html_boilerplate_tokens")
    for el in block.ancestors:
        if el is stop:
            return False
        if getattr(el, "tag", "") in BOILERPLATE_TAGS or not strong.isdisjoint(class_tokens(el)):
            return True
    return False


def is_unlikely(el: object) -> bool:
    """Readability's 'unlikely candidate': a boilerplate-marked element that no content token saves.

    ``<div class="post tag-travel">`` and ``<div class="comment-content">`` are saved by
    "post" and "content"; ``<aside class="sidebar">`` is not.
    """
    tokens = class_tokens(el)
    if getattr(el, "tag", "") not in BOILERPLATE_TAGS and tokens.isdisjoint(token_list("html_boilerplate_tokens")):
        return False
    return tokens.isdisjoint(token_list("html_content_tokens"))


class BoilerplateContainer(Rule):
    """Drop blocks that sit, below the article container, in a nav/share/related/comment box.

    A marked element that holds most of the article's prose is the article itself, whatever
    its class says ("post tag-travel", "field-label-hidden", an ASP.NET page-wide <form>);
    unless much of the article's text comes before it (``_follows_the_text``).
    """

    name = "boilerplate_container"
    formats = ("html",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        containers = ctx.info.get("containers") or ()
        verdict: dict[object, str | None] = {}
        floor = self._prose_floor(blocks, ctx)
        for i, block in enumerate(blocks):
            if not block.keep or block.decision.rule == "lead_paragraph":  # judged on its own way in
                continue
            for el in block.ancestors:
                if el in containers:
                    break
                if el not in verdict:  # blocks[i] is the element's first kept block
                    reason = boilerplate_reason(el)
                    if reason and self._is_the_article(el, blocks, i, ctx, floor):
                        reason = None
                    verdict[el] = reason
                reason = verdict[el]
                if reason:
                    self.drop(block, reason)
                    break

    @staticmethod
    def _is_the_article(el: object, blocks: Sequence[Block], first: int, ctx: Context, floor: float) -> bool:
        """Whether a marked element whose first kept block is ``blocks[first]`` is the article itself."""
        weights = ctx.info.get("weights")
        return weights is not None and weights.prose.get(el, 0.0) >= floor \
            and not _follows_the_text(blocks, first, weights.block_weights, ctx.options)

    @staticmethod
    def _prose_floor(blocks: Sequence[Block], ctx: Context) -> float:
        """The prose weight above which a marked element is taken for the article itself."""
        weights = ctx.info.get("weights")
        container = ctx.info.get("container")
        if weights is None:
            return float("inf")
        if container is not None:
            total = weights.prose.get(container, 0.0)
        else:
            total = max(weights.prose.values(), default=0.0)
        return max(1.0, total * ctx.options.boilerplate_max_prose_share)


def _follows_the_text(blocks: Sequence[Block], first: int, weights: Sequence[float], opts: Options) -> bool:
    """Whether more than ``Options.boilerplate_max_prose_before`` of the kept prose lies before
    ``blocks[first]``: the article's own wrapper starts where the text starts (a standfirst may
    stand above it), a long comment section under a short post holds more prose than the post
    but comes after it."""
    before = total = 0.0
    for i, (block, weight) in enumerate(zip(blocks, weights)):
        if block.keep and weight > 0:
            total += weight
            if i < first:
                before += weight
    return before > opts.boilerplate_max_prose_before * total


GROUP_TAGS = frozenset({"table", "ul", "ol", "dl"})


def group_of(block: Block) -> object | None:
    """The table or list a cell or list item belongs to (its nearest one)."""
    if block.kind not in (CELL, LIST_ITEM):
        return None
    for el in block.ancestors:
        if getattr(el, "tag", None) in GROUP_TAGS:
            return el
    return None


def group_link_density(blocks: Sequence[Block]) -> dict[object, float]:
    """Link density of each table or list over its kept blocks."""
    chars: dict[object, list[int]] = {}
    for block in blocks:
        group = group_of(block) if block.keep else None
        if group is not None:
            tally = chars.setdefault(group, [0, 0])
            tally[0] += block.link_chars
            tally[1] += len(block.text)
    return {g: links / max(1, total) for g, (links, total) in chars.items()}


class LinkDense(Rule):
    """Drop blocks whose text is mostly links (menus, tag lists, teaser titles).

    Cells and list items are judged with their table or list: the linked film title in a
    row of a filmography is data, a list made only of links is a menu. A linked sub-heading
    between two paragraphs of the same element ("“Thumper” ($20)" linking to the store) is
    part of the text, and so is a heading linking to an anchor of its own page
    (``links_to_itself``) and a list of links under a sub-heading in the run of the article, or
    announced by its list item with a colon (``headed_lists``).
    """

    name = "link_dense"
    formats = ("html",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        limit = ctx.options.max_link_density
        groups = group_link_density(blocks)
        headed = headed_lists(blocks, {g for g, density in groups.items() if density > limit})
        for i, block in enumerate(blocks):
            if not block.keep or block.link_density <= limit:
                continue
            if block.link_density < 0.9 and is_prose(block, ctx.options) and block.words > 25:
                continue
            group = group_of(block)
            if group is not None and (groups[group] <= limit or group in headed):
                continue
            if block.kind == HEADING and (_between_paragraphs(blocks, i, ctx.options) or links_to_itself(block)):
                continue
            self.drop(block, f"{block.link_density:.0%} of its text is link text")


def links_to_itself(heading: Block) -> bool:
    """A heading whose links all lead to anchors of its own page (Sphinx's "back to the contents",
    a "¶" permalink) is a sub-heading of the text, not a link to somewhere else."""
    element = heading.ancestors[0] if heading.ancestors else None
    hrefs = [a.get("href") or "" for a in element.iter("a")] if element is not None else []  # type: ignore[attr-defined]
    return bool(hrefs) and all(href.startswith("#") for href in hrefs)


def headed_lists(blocks: Sequence[Block], candidates: set[object]) -> frozenset[object]:
    """Lists the article presents under a sub-heading of its own, with the article going on
    after them ("Mac Apps" + the apps' links, then "Server Software" and its paragraphs).

    A menu or a list of related links does not sit between two headings of the text: it stands
    apart, or it closes the article. Such a list follows a kept heading (no link) of its own
    parent, and a kept heading or paragraph of that parent follows it; or it is announced by the
    list item it is nested in ("In progress:"), the article going on after it. Tables have their own
    judgement (``group_link_density``). Only ``candidates``, the lists that are mostly links,
    are looked at.
    """
    spans: dict[object, list[int]] = {}
    if not candidates:  # most pages: no list is mostly links
        return frozenset()
    for i, block in enumerate(blocks):
        group = group_of(block)
        if group in candidates and getattr(group, "tag", None) != "table":
            spans.setdefault(group, [i, i])[1] = i
    return frozenset(g for g, (first, last) in spans.items() if _headed(blocks, g, first, last))


def _headed(blocks: Sequence[Block], group: object, first: int, last: int) -> bool:
    return _introduced(blocks, group, first, last) or _under_heading(blocks, group, first, last)


def _introduced(blocks: Sequence[Block], group: object, first: int, last: int) -> bool:
    """A list nested in a kept list item whose own text announces it with a colon ("In progress:"
    and the bugs' links), the article going on after it: a sub-list of the text, not a menu."""
    parent = group.getparent()  # type: ignore[attr-defined]
    if first == 0 or parent is None or parent.tag != "li":
        return False
    intro = blocks[first - 1]
    after = next((blocks[i] for i in range(last + 1, len(blocks)) if blocks[i].keep), None)
    return intro.keep and bool(intro.ancestors) and intro.ancestors[0] is parent \
        and intro.text.rstrip().endswith(":") and after is not None


def _under_heading(blocks: Sequence[Block], group: object, first: int, last: int) -> bool:
    # the nearest kept blocks: a dropped box ("Free software portal") may stand between
    heading = next((blocks[i] for i in range(first - 1, -1, -1) if blocks[i].keep), None)
    after = next((blocks[i] for i in range(last + 1, len(blocks)) if blocks[i].keep), None)
    if heading is None or after is None or heading.kind != HEADING or heading.link_chars:
        return False
    parent = group.getparent()  # type: ignore[attr-defined]
    return parent is not None and flow_parent(heading) is parent and flow_parent(after) is parent


def _between_paragraphs(blocks: Sequence[Block], i: int, opts: Options) -> bool:
    """Whether the blocks just before and after ``blocks[i]`` are kept paragraphs of prose in the
    same element as it: a sub-heading in the run of the text, not a menu or a teaser list's
    title (those stand beside other links or in cards of their own)."""
    if i == 0 or i + 1 >= len(blocks):
        return False
    before, after = blocks[i - 1], blocks[i + 1]
    if not (before.keep and after.keep and is_prose(before, opts) and is_prose(after, opts)):
        return False
    parent = flow_parent(blocks[i])
    return parent is not None and flow_parent(before) is parent and flow_parent(after) is parent


class Captions(Rule):
    """Image captions are not part of the article text unless asked for, or unless they are the
    article: a slideshow tells its story in the captions of its pictures."""

    name = "captions"
    formats = ("html",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        if ctx.options.include_captions or self._captions_are_the_article(blocks, ctx):
            return
        boxes = _CaptionBoxes(ctx)
        for block in blocks:
            if block.keep and (block.kind == CAPTION or boxes.holds(block)):
                self.drop(block, "image caption (Options.include_captions is off)")

    @staticmethod
    def _captions_are_the_article(blocks: Sequence[Block], ctx: Context) -> bool:
        if not any(b.keep and b.kind == CAPTION for b in blocks):
            return False
        prose = [b for b in blocks if b.keep and is_prose(b, ctx.options)]
        in_captions = sum(len(b.text) for b in prose if b.kind == CAPTION)
        total = sum(len(b.text) for b in prose)
        return total > 0 and in_captions >= ctx.options.slideshow_caption_share * total


class _CaptionBoxes:
    """Elements between a block and the article container marked as a caption ("wp-caption-text",
    "media__caption"): a caption in a <p> or <div> instead of <figcaption>.

    A marked element holding more prose than a caption is something else ("item no_caption").
    Verdicts are kept per element: blocks share their ancestors.
    """

    def __init__(self, ctx: Context) -> None:
        weights = ctx.info.get("weights")
        self.prose = weights.prose if weights is not None else {}
        self.containers = ctx.info.get("containers") or ()
        self.limit = ctx.options.caption_box_max_chars
        self.tokens = token_list("html_caption_tokens")
        self.verdicts: dict[object, bool | None] = {}  # None: not marked, look further up

    def holds(self, block: Block) -> bool:
        for el in block.ancestors:
            if el in self.containers:
                return False
            verdict = self.verdicts.get(el, ...)
            if verdict is ...:
                verdict = self.verdicts[el] = self._verdict(el)
            if verdict is not None:
                return verdict
        return False

    def _verdict(self, el: object) -> bool | None:
        tokens = class_tokens(el)
        hits = tokens & self.tokens
        if not hits or any(f"no-{hit}" in tokens for hit in hits):  # "no_caption": an item without one
            return None
        return self.prose.get(el, 0.0) <= self.limit


class CreditLine(Rule):
    """HTML: drop a picture credit standing alone in a plain <p> ("Foto: dpa", "(Credit: Jane
    Doe / Grist)", "PAP/ Rafał Guz"): the caption markup is missing, the credit shape is not.

    Only credit lines of a few words: a longer line is a caption that describes the picture,
    which ``Captions`` judges when it is marked as one.
    """

    name = "credit_line"
    formats = ("html",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        credits = lexicon.phrases("photo_credits")
        limit = ctx.options.credit_line_max_words
        for block in blocks:
            if block.keep and block.words <= limit and is_picture_credit(block.text, credits):
                self.drop(block, "a picture credit on its own line")
