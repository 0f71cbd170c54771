"""Rules that need markup: class/id tokens, semantic tags and link text."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import regex

from .. import lexicon
from ..features import is_prose
from ..model import CAPTION, Block
from .base import Context, Rule

BOILERPLATE_TAGS = frozenset({"nav", "aside", "footer", "form"})
_TOKEN_SPLIT = regex.compile(r"[^a-z0-9]+")
_CAMEL = regex.compile(r"(?<=[a-z])(?=[A-Z])")


def class_tokens(el: object) -> frozenset[str]:
    """Lower-case tokens of an element's class and id: 'shareBar-top' -> {share, bar, top, sharebar}."""
    attrs = getattr(el, "attrib", None)
    if not attrs:
        return frozenset()
    raw = " ".join(v for v in (attrs.get("class"), attrs.get("id"), attrs.get("role")) if v)
    if not raw:
        return frozenset()
    return _tokens(raw)


@lru_cache(maxsize=8192)
def _tokens(raw: str) -> frozenset[str]:
    out: set[str] = set()
    for word in raw.split():
        out.add(word.lower())
        parts = [p for p in _TOKEN_SPLIT.split(_CAMEL.sub("-", word).lower()) if p]
        out.update(parts)
        out.add("".join(parts))
        out.update("-".join(parts[i:i + 2]) for i in range(len(parts) - 1))
    return frozenset(out)


def boilerplate_reason(el: object) -> str | None:
    """Why an element is a boilerplate container, or None."""
    tag = getattr(el, "tag", "")
    if tag in BOILERPLATE_TAGS:
        return f"inside <{tag}>"
    hits = class_tokens(el) & lexicon.phrases("html_boilerplate_tokens")
    if hits:
        return f"inside a container marked {sorted(hits)[0]!r}"
    return None


class BoilerplateContainer(Rule):
    """Drop blocks that sit, below the article container, in a nav/share/related/comment box.

    A marked element that holds most of the article's prose is the article itself, whatever
    its class says ("post tag-travel", "field-label-hidden", an ASP.NET page-wide <form>).
    """

    name = "boilerplate_container"
    formats = ("html",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        container = ctx.info.get("container")
        weights = ctx.info.get("weights")
        verdict: dict[object, str | None] = {}
        floor = self._prose_floor(blocks, ctx)
        for block in blocks:
            if not block.keep:
                continue
            for el in block.ancestors:
                if el is container:
                    break
                if el not in verdict:
                    reason = boilerplate_reason(el)
                    if reason and weights is not None and weights.prose.get(el, 0.0) >= floor:
                        reason = None
                    verdict[el] = reason
                reason = verdict[el]
                if reason:
                    self.drop(block, reason)
                    break

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


class LinkDense(Rule):
    """Drop blocks whose text is mostly links (menus, tag lists, teaser titles)."""

    name = "link_dense"
    formats = ("html",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        limit = ctx.options.max_link_density
        for block in blocks:
            if block.keep and block.link_density > limit and not (
                    block.link_density < 0.9 and is_prose(block, ctx.options) and block.words > 25):
                self.drop(block, f"{block.link_density:.0%} of its text is link text")


class Captions(Rule):
    """Image captions are not part of the article text unless asked for."""

    name = "captions"
    formats = ("html",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        if ctx.options.include_captions:
            return
        for block in blocks:
            if block.keep and block.kind == CAPTION:
                self.drop(block, "image caption (Options.include_captions is off)")
