"""Choosing where the article is: a container in the HTML tree, a run of lines in a text dump.

Both use the same idea: every block gets a prose weight (positive for running text,
negative for links and interface text, see ``features.prose_weight``), and the article is
the container or the run whose blocks have the largest total weight.
"""

from __future__ import annotations

from typing import Sequence

from ..features import prose_weight
from ..model import Block
from .base import Context, Rule
from .phrases import is_section_label


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


class BodyRegion(Rule):
    """Text dumps: keep the run of lines with the largest total prose weight.

    A section label ("Related Stories") is a wall the run cannot cross, so teaser lists
    below the article cannot join it even when their summaries read like prose.
    """

    name = "body_region"
    formats = ("text",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        opts = ctx.options
        best_sum, best = 0.0, (0, -1)
        run_sum, run_start = 0.0, 0
        for i, block in enumerate(blocks):
            if is_section_label(block.text):
                run_sum, run_start = 0.0, i + 1
                continue
            w = prose_weight(block, opts)
            if run_sum + w <= 0:
                run_sum, run_start = 0.0, i + 1
                continue
            run_sum += w
            if run_sum > best_sum:
                best_sum, best = run_sum, (run_start, i)
        start, end = best
        ctx.info["region"] = (start, end)
        for i, block in enumerate(blocks):
            if start <= i <= end:
                self.keep(block, f"inside the body region (lines {start}-{end})")
            elif i < start:
                self.drop(block, "before the body region")
            else:
                self.drop(block, "after the body region")
