"""Text dumps: choosing the run of lines that is the article.

The same idea as the HTML container (``container.py``): every line gets a prose weight,
and the article is the run of lines with the largest total weight.
"""

from __future__ import annotations

from typing import Sequence

from ..features import prose_weight
from ..model import Block
from .base import Context, Rule
from .phrases import is_section_label


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
