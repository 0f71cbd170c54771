"""HTML: the labels of a chart drawn in HTML ("$900", "billion", "’17", "’18" …) inside the article."""

from __future__ import annotations

from typing import Sequence

import regex

from ..features import has_digit
from ..model import CELL, LIST_ITEM, Block
from ..options import Options
from .base import Context, Rule

_SENTENCE_END = regex.compile(r"[.!?:;]$")


def is_chart_label(block: Block, opts: Options) -> bool:
    """A loose word or figure: an axis tick, a unit, a series name. Cells and list items are data
    of a table or list, which show them as rows, not as a drawing."""
    return (block.keep and block.kind not in (CELL, LIST_ITEM)
            and block.words <= opts.chart_label_max_words
            and not _SENTENCE_END.search(block.text))


def chart_runs(blocks: Sequence[Block], opts: Options) -> list[range]:
    """Runs of at least ``chart_label_min_run`` labels in a row, most of them figures."""
    runs: list[range] = []
    start = digits = 0
    for i in range(len(blocks) + 1):
        if i < len(blocks) and is_chart_label(blocks[i], opts):
            digits += has_digit(blocks[i].text)
            continue
        length = i - start
        if length >= opts.chart_label_min_run and digits * 2 >= length:
            runs.append(range(start, i))
        start, digits = i + 1, 0
    return runs


class ChartLabels(Rule):
    """A chart drawn with positioned <div>s (ai2html, D3 annotations) reads as dozens of one-word
    blocks, axis ticks and figures, in the middle of the article: no sentence, no text."""

    name = "chart_labels"
    formats = ("html",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        for run in chart_runs(blocks, ctx.options):
            for i in run:
                self.drop(blocks[i], f"one of {len(run)} loose labels and figures in a row (a chart)")
