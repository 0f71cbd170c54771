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


def with_titles(blocks: Sequence[Block], run: range, prose: dict[object, float]) -> range:
    """The run with the chart's titles and legends beside it: the kept lines (no sentence, not a
    cell or a list item) next to it inside the chart, the element around all its labels
    ("Interest payments on the national debt" above the axis ticks of an ai2html chart). An
    element that holds prose is not a chart but the text around it: then the run stays as it is."""
    chart = _around(blocks, run)
    if chart is None or prose.get(chart, 0.0) > 0:
        return run
    start, stop = run.start, run.stop
    while start > 0 and _in_chart(blocks[start - 1], chart):
        start -= 1
    while stop < len(blocks) and _in_chart(blocks[stop], chart):
        stop += 1
    return range(start, stop)


def _around(blocks: Sequence[Block], run: range) -> object | None:
    """The innermost element that holds all the run's labels."""
    shared = set(blocks[run.start].ancestors)
    for i in run:
        shared.intersection_update(blocks[i].ancestors)
    return next((el for el in blocks[run.start].ancestors if el in shared), None)


def _in_chart(block: Block, chart: object) -> bool:
    return (block.keep and block.kind not in (CELL, LIST_ITEM) and not _SENTENCE_END.search(block.text)
            and chart in block.ancestors)


class ChartLabels(Rule):
    """A chart drawn with positioned <div>s (ai2html, D3 annotations) reads as dozens of one-word
    blocks, axis ticks and figures, in the middle of the article: no sentence, no text. Its title
    and legend, longer lines next to the ticks in the chart's element, go with them."""

    name = "chart_labels"
    formats = ("html",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        weights = ctx.info.get("weights")
        prose = weights.prose if weights is not None else {}
        for run in chart_runs(blocks, ctx.options):
            for i in with_titles(blocks, run, prose):
                what = "loose labels and figures in a row" if i in run else "a title beside the labels"
                self.drop(blocks[i], f"{what} of a chart ({len(run)} labels)")
