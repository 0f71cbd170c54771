"""Text dumps: choosing the run of lines that is the article.

The same idea as the HTML container (``container.py``): every line gets a prose weight,
and the article is the run of lines with the largest total weight. A text dump has lost
the markup that tells a teaser from a paragraph, so the weight also reads the shape of
the line (``line_weight``).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Sequence

from ..features import prose_weight
from ..model import Block
from ..options import Options
from .base import Context, Rule
from .phrases import MAX_LABEL_CHARS, is_section_label
from .text_shapes import COMMENT_HEADER_MAX_WORDS, is_comment_start, is_list_like, is_title_like, is_truncated, line_key


def line_weight(block: Block, options: Options, repeats: Counter) -> float:
    """``prose_weight``, except that lines shaped like teasers do not count as prose.

    A teaser title can be long and end with "!" or "?", so it passes as a sentence; what
    gives it away is title case, a cut-off end ("…", ".."), being printed twice (title
    then link), or being a comma-separated list of names rather than a sentence.
    """
    weight = prose_weight(block, options) if block.words > options.short_block_words else \
        -min(len(block.text), 40) * 0.6  # prose_weight's value for a short line, without the calls
    if weight <= 0:
        return weight
    text = block.text
    if (is_truncated(text) or is_title_like(text) or is_list_like(text)
            or (repeats[line_key(text)] > 1 and block.words < options.teaser_max_words)):
        return -min(len(text), 40) * 0.6
    return weight


def best_run(weights: Sequence[float | None]) -> tuple[float, int, int]:
    """(total, first, last) of the run with the largest sum; ``None`` is a wall no run crosses."""
    best_sum, best = 0.0, (0, -1)
    run_sum, run_start = 0.0, 0
    for i, w in enumerate(weights):
        if w is None or run_sum + w <= 0:
            run_sum, run_start = 0.0, i + 1
            continue
        run_sum += w
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i)
    return best_sum, best[0], best[1]


def _wall(text: str) -> int:
    """0: not a wall; 1: a section label; 2: the start of the comments.

    Labels and comment headers are short: a long line of many words is answered without
    the cached checks (most lines of a page are unique, so caching them only costs)."""
    if len(text) > MAX_LABEL_CHARS and len(text.split()) > COMMENT_HEADER_MAX_WORDS:
        return 0
    return _short_wall(text)


@lru_cache(maxsize=32768)
def _short_wall(text: str) -> int:
    if is_comment_start(text):
        return 2
    return 1 if is_section_label(text) else 0


def _weights(blocks: Sequence[Block], options: Options) -> list[float | None]:
    """Every line's weight; ``None`` for walls. Prose in the comments counts for little."""
    # Only lines longer than short ones read their repeat count, and a line's copies have its
    # word count, so counting the long lines is enough.
    short = options.short_block_words
    repeats = Counter([line_key(b.text) for b in blocks if b.words > short])
    weights: list[float | None] = []
    share, prose_seen = 1.0, 0.0
    cost = options.region_line_cost
    for block in blocks:
        wall = _wall(block.text)
        if wall:
            if wall == 2 and prose_seen >= options.comments_after_prose_chars:
                share = options.comment_weight_share
            weights.append(None)
        elif block.words <= short:  # prose_weight of a short line, without the calls
            weights.append(-min(len(block.text), 40) * 0.6 - cost)
        else:
            w = line_weight(block, options, repeats)
            prose_seen += max(w, 0.0)
            # Lines of 8+ words without a sentence end (CJK text, verse) are not charged the cost.
            charged = cost if block.words < options.min_paragraph_words else 0.0
            weights.append(w * share if w > 0 else w - charged)
    return weights


def _extend(blocks: Sequence[Block], weights: list[float | None], start: int, end: int,
            options: Options) -> tuple[int, int]:
    """Grow the run across short gaps (a caption, a sub-heading, a share row) to full paragraphs.

    The best run stops where a few interface lines outweigh the paragraph beyond them; a
    paragraph of running text that close is still the article, a one-line blurb is not.
    """
    def paragraph(i: int) -> bool:
        w = weights[i]
        return w is not None and w > 0 and blocks[i].words >= 2 * options.min_paragraph_words

    for step in (1, -1):
        edge = end if step == 1 else start
        i = edge + step
        gap = 0
        while 0 <= i < len(blocks) and weights[i] is not None and gap <= options.region_gap_blocks:
            if paragraph(i):
                edge, gap = i, 0
            elif weights[i] is not None and weights[i] > 0:
                pass  # short prose inside the gap: neither extends nor breaks
            else:
                gap += 1
            i += step
        start, end = (start, edge) if step == 1 else (edge, end)
    return start, end


class BodyRegion(Rule):
    """Text dumps: keep the run of lines with the largest total prose weight.

    A section label ("Related Stories") or the start of the comments ("142 responses to
    …", "Jane says:") is a wall the run cannot cross, so teaser lists and comments below
    the article cannot join it even when they read like prose. A page
    with no prose at all (a list, a one-line note) is kept whole: the later rules still
    drop its interface lines.
    """

    name = "body_region"
    formats = ("text",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        opts = ctx.options
        weights = _weights(blocks, opts)
        total, start, end = best_run(weights)
        if total > 0:
            start, end = _extend(blocks, weights, start, end, opts)
        if total <= 0:
            ctx.info["region"] = (0, -1)  # no article region: metadata does not anchor on it
            for block in blocks:
                self.keep(block, "no prose on the page: every line kept")
            return
        ctx.info["region"] = (start, end)
        for i, block in enumerate(blocks):
            if start <= i <= end:
                self.keep(block, f"inside the body region (lines {start}-{end})")
            elif i < start:
                self.drop(block, "before the body region")
            else:
                self.drop(block, "after the body region")
