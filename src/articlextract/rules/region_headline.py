"""Text dumps: the article starts under its headline (``region.py`` chooses the run of lines).

Converters print the page's <title> first, and the headline again where the article starts:
the lines repeating the title (``anchors``, found by ``region._weights``) tell which run of
prose is the article when the heaviest run lies elsewhere, and which part of an article a box
set inside it cut off.
"""

from __future__ import annotations

from typing import Sequence

from ..features import normalized
from ..model import Block
from ..options import Options
from .region_lines import wall


def run_from(weights: Sequence[float | None], first: int) -> tuple[float, int]:
    """(total, last) of the run with the largest sum that starts at ``first`` (it ends at a wall,
    or where the sum falls to zero, as ``best_run``'s runs do)."""
    best_sum, best_end, run_sum = 0.0, -1, 0.0
    for i in range(first, len(weights)):
        w = weights[i]
        if w is None or run_sum + w <= 0:
            break
        run_sum += w
        if run_sum > best_sum:
            best_sum, best_end = run_sum, i
    return best_sum, best_end


def headline_copies(blocks: Sequence[Block], weights: Sequence[float | None], anchors: list[int],
                     options: Options) -> list[int]:
    """The lines repeating the title that may be the headline. A text printed
    ``widget_label_min_copies`` times or more ("D.O.Ca. Rioja, Spanien" in every product card of
    a shop's list) is a field of a list; of its copies only the first with prose under it (within
    ``headline_search_blocks`` lines) is the headline. A headline printed once or twice (again in
    a "Most Read" box) keeps its copies."""
    if len(anchors) < options.widget_label_min_copies:
        return anchors
    copies: dict[str, list[int]] = {}
    for a in anchors:
        copies.setdefault(normalized(blocks[a].text), []).append(a)
    reach = options.headline_search_blocks
    kept: list[int] = []
    for lines in copies.values():
        if len(lines) < options.widget_label_min_copies:
            kept += lines
            continue
        kept += [a for a in lines if any((w or 0) > 0 for w in weights[a + 1:a + 1 + reach])][:1]
    return sorted(kept)


def _headline_run(weights: Sequence[float | None], anchors: list[int], reach: int) -> tuple[float, int, int]:
    """The best run that starts with the first prose line within ``reach`` lines under a line
    repeating the page title (the headline): (total, first, last), total 0 when none."""
    best = (0.0, 0, -1)
    for anchor in anchors:
        first = next((i for i in range(anchor + 1, min(len(weights), anchor + 1 + reach))
                      if (weights[i] or 0) > 0), None)
        if first is None:
            continue
        total, last = run_from(weights, first)
        if total > best[0]:
            best = (total, first, last)
    return best


def under_headline(weights: Sequence[float | None], anchors: list[int], best: tuple[float, int, int],
                    options: Options) -> tuple[float, int, int]:
    """The article starts under its headline (a line repeating the page title).

    The heaviest run is replaced by the run under the headline when it lies elsewhere and the
    run under the headline weighs ``headline_run_share`` of it (a one-paragraph article above a
    cookie dialog, a subscription box or a teaser list), or when it holds the headline and
    what it holds above it weighs less than that share (a sidebar's blurb, a site's motto).
    """
    total, start, end = best
    reach = options.headline_search_blocks
    if any(start - reach <= a <= start for a in anchors):
        return best  # it starts under the headline already
    h_total, h_start, h_end = _headline_run(weights, anchors, reach)
    inside = any(start < a <= end for a in anchors)
    share = 1 - options.headline_run_share if inside else options.headline_run_share
    return (h_total, h_start, h_end) if h_total > 0 and h_total >= share * total else best


def headline_part_above(blocks: Sequence[Block], weights: Sequence[float | None], anchors: list[int],
                        best: tuple[float, int, int], options: Options) -> tuple[int, range]:
    """The article's first line when a box set inside it ("Most Read Business Stories" and five
    titles) cuts it in two and the heavier part, below the box, was chosen (``best``): the part
    above ends at the box (``box_above``) and weighs ``inline_box_part_share`` of the run (a
    caption or an author's line under the headline does not); on a page with lines repeating
    the title, it starts under one of them. Returns that part's first line and the box's lines;
    otherwise the run's start, and no lines.

    The part below goes on as an article does, with two paragraphs in a row; a list of cards under
    a short article ("Recommended", then a title, a price and a blurb each) alternates them.
    """
    best_total, start, end = best
    box = box_above(blocks, weights, start, options) if end > start and (weights[start + 1] or 0) > 0 else None
    if box is None:
        return start, range(0)
    last = box.start - 1  # the last line of the part above
    if anchors:
        reach = options.headline_search_blocks
        firsts = [next((i for i in range(a + 1, min(start, a + 1 + reach)) if (weights[i] or 0) > 0), None)
                  for a in anchors if a < last]
        parts = [(total, first) for first in firsts if first is not None
                 for total, end_ in [run_from(weights, first)] if end_ == last]
    else:
        parts = [run_to(weights, last)]
    for total, first in parts:
        if total >= options.inline_box_part_share * best_total:
            return first, box
    return start, range(0)


def box_above(blocks: Sequence[Block], weights: Sequence[float | None], start: int, options: Options) -> range | None:
    """The lines of a box right above line ``start``: at most ``inline_box_max_lines`` lines, none of
    them prose, at least one a section label ("Most Read", "Share this article") and none the
    start of the comments (the part below would be the readers' text); prose right above them."""
    first = start
    while first > 0 and start - first < options.inline_box_max_lines and not (weights[first - 1] or 0) > 0:
        first -= 1
    if first == 0 or (weights[first - 1] or 0) <= 0:
        return None
    walls = [wall(blocks[i].text) for i in range(first, start) if weights[i] is None]
    return range(first, start) if walls and all(kind == 1 for kind in walls) else None


def run_to(weights: Sequence[float | None], last: int) -> tuple[float, int]:
    """(total, first) of the run with the largest sum that ends at ``last``: ``run_from`` read upwards."""
    total, steps = run_from(weights[last::-1], 0)
    return total, last - steps
