"""HTML: choosing the article's container in the tree.

Every block gets a prose weight (positive for running text, negative for links and
interface text, see ``features.prose_weight``); the article is the element whose blocks
have the largest total weight.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from ..features import prose_weight
from ..model import Block
from .base import Context, Rule


def describe(el: object) -> str:
    tag = getattr(el, "tag", "?")
    attrs = getattr(el, "attrib", {})
    ident = attrs.get("id")
    cls = (attrs.get("class") or "").split()
    return f"<{tag}" + (f" id={ident}" if ident else "") + (f" class={'.'.join(cls[:3])}" if cls else "") + ">"


@dataclass
class ElementWeights:
    """Per element: the total prose weight of its blocks, its share of prose, and its depth."""

    total: dict[object, float] = field(default_factory=dict)
    prose: dict[object, float] = field(default_factory=dict)  # positive weights only
    depth: dict[object, int] = field(default_factory=dict)


def element_weights(blocks: Sequence[Block], ctx: Context) -> ElementWeights:
    """Sum every block's prose weight into each of its ancestors, in one pass."""
    ew = ElementWeights()
    total, prose, depth = ew.total, ew.prose, ew.depth
    for block in blocks:
        w = prose_weight(block, ctx.options)
        positive = w if w > 0 else 0.0
        n = len(block.ancestors)
        for i, el in enumerate(block.ancestors):
            if el in total:
                total[el] += w
                prose[el] += positive
            else:
                total[el] = w
                prose[el] = positive
                depth[el] = n - i  # ancestors run innermost first
    return ew


class MainContainer(Rule):
    """HTML: keep the blocks inside the element whose blocks weigh the most."""

    name = "main_container"
    formats = ("html",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        opts = ctx.options
        ew = element_weights(blocks, ctx)
        ctx.info["weights"] = ew
        if not ew.total:
            return
        # Ties go to the deepest element.
        best = max(ew.total, key=lambda el: (ew.total[el], ew.depth[el]))
        if ew.total[best] < opts.container_min_score:
            for block in blocks:
                self.keep(block, f"no clear article container (best {ew.total[best]:.0f}); judged block by block")
            ctx.info["container"] = None
            return
        ctx.info["container"] = best
        label = describe(best)
        for block in blocks:
            if best in block.ancestors:
                self.keep(block, f"inside the article container {label}")
            else:
                self.drop(block, f"outside the article container {label}")
