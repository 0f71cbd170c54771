"""HTML: choosing the article's container in the tree.

Every block gets a prose weight (positive for running text, negative for links and
interface text, see ``features.prose_weight``); the article is the element whose blocks
have the largest total weight.
"""

from __future__ import annotations

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


class MainContainer(Rule):
    """HTML: keep the blocks inside the element whose blocks weigh the most."""

    name = "main_container"
    formats = ("html",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        opts = ctx.options
        totals: dict[object, float] = {}
        for block in blocks:
            w = prose_weight(block, opts)
            for el in block.ancestors:
                totals[el] = totals.get(el, 0.0) + w
        if not totals:
            return
        # Ties go to the deepest element: ancestors are listed innermost first, and dict
        # order follows first appearance, so compare on (total, depth).
        best = max(totals, key=lambda el: (totals[el], _depth(el)))
        if totals[best] < opts.container_min_score:
            for block in blocks:
                self.keep(block, f"no clear article container (best {totals[best]:.0f}); judged block by block")
            ctx.info["container"] = None
            return
        ctx.info["container"] = best
        label = describe(best)
        for block in blocks:
            if best in block.ancestors:
                self.keep(block, f"inside the article container {label}")
            else:
                self.drop(block, f"outside the article container {label}")


def _depth(el: object) -> int:
    n = 0
    parent = getattr(el, "getparent", lambda: None)()
    while parent is not None:
        n += 1
        parent = parent.getparent()
    return n
