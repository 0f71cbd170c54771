"""Metadata of a text dump, read from the lines around the start of the body.

The shape the seeds show, and most dumps share: ``[menus] headline [standfirst]
[byline] [date lines] body``. The body region is known (``BodyRegion``); the metadata
lines are looked for just above it and in its first lines, then claimed (``Block.role``)
so the body does not repeat them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import regex

from .. import lexicon
from ..features import capitalised_share, ends_like_sentence, is_prose, normalized
from ..model import Block
from ..options import Options
from ..rules.phrases import is_relative_time, is_section_label
from . import Metadata
from .authors import clean_authors, strip_byline_prefix
from .dates import find_dates
from .headline import strip_site_name

_HANDLE = regex.compile(r"\(@\w{2,}\)|^@\w{2,}$")
_NAME = regex.compile(r"^\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){1,3}$")


@lru_cache(maxsize=1)
def _label(name: str) -> "regex.Pattern[str]":
    words = sorted(lexicon.phrases(name), key=len, reverse=True)
    return regex.compile(r"(?:^|\s)(?:" + "|".join(regex.escape(w) for w in words) + r")(?:\s|$)")


def _date_line(block: Block) -> tuple[str | None, str]:
    """(date, kind) of a short line that states a date; kind is 'published', 'modified' or 'plain'."""
    if block.words > 16 or is_relative_time(block.text):
        return None, ""
    dates = list(find_dates(block.text))
    if not dates:
        return None, ""
    norm = normalized(block.text)
    if _label("modified_labels").search(norm):
        return dates[0][1], "modified"
    if _label("date_labels").search(norm):
        return dates[0][1], "published"
    return dates[0][1], "plain"


def byline_names(block: Block) -> list[str]:
    text = block.text
    if block.words > 14:
        return []
    stripped, had_prefix = strip_byline_prefix(text)
    if had_prefix:
        return clean_authors(stripped)
    if _HANDLE.search(text):
        return clean_authors(text.split("(@")[0])
    if normalized(text) in lexicon.phrases("agencies"):
        return [text.strip()]
    return []


def _plain_name(block: Block) -> list[str]:
    """A line that is only a person's name ("Tasneem Hossain"): a byline next to a date line."""
    text = block.text.strip()
    return [text] if _NAME.match(text) and block.words <= 4 else []


def _headline_like(block: Block, options: Options) -> bool:
    text = block.text.rstrip()
    sentence = ends_like_sentence(text) and not text.endswith(("?", "!"))
    return (3 <= block.words <= 30 and not sentence and not is_section_label(text)
            and not is_relative_time(text) and not text.endswith(("..", ":")))


def extract_text_metadata(blocks: Sequence[Block], region: tuple[int, int], crawl_date: str | None,
                          options: Options) -> Metadata:
    meta = Metadata()
    start = max(0, region[0])
    top = max(0, start - options.headline_search_blocks)
    window = list(blocks[top:start + 4])
    first_meta_line = None

    # Dates and bylines: above the body and in its first lines.
    for block in window:
        date, kind = _date_line(block)
        if date:
            if kind == "modified":
                meta.offer("date_modified", date, "dateline 'updated'")
            elif meta.offer("date", date, f"{kind} dateline" if kind == "published" else "date line above the body"):
                pass
            if kind or block.words <= 8:
                block.role = block.role or "date"
            first_meta_line = first_meta_line if first_meta_line is not None else block.index
        names = byline_names(block)
        if names and meta.offer("authors", names, "byline line"):
            block.role = "byline"
            first_meta_line = first_meta_line if first_meta_line is not None else block.index
    if not meta.authors:
        for i, block in enumerate(window):
            if block.role == "date" and i > 0:
                names = _plain_name(window[i - 1])
                if names and meta.offer("authors", names, "name line above the date"):
                    window[i - 1].role = "byline"
    meta.offer("date", crawl_date, "crawl stamp")

    _headline(blocks, meta, start, top, first_meta_line, options)
    return meta


def _headline(blocks: Sequence[Block], meta: Metadata, start: int, top: int,
              first_meta_line: int | None, options: Options) -> None:
    limit = first_meta_line if first_meta_line is not None and first_meta_line < start + 4 else start
    candidates = [b for b in blocks[top:limit] if not b.role and _headline_like(b, options)]
    if not candidates and blocks and _headline_like(blocks[0], options):
        candidates = [blocks[0]]
    if not candidates:
        return
    page_title = blocks[0].text if blocks else ""
    # A line that repeats the page's first line (its <title>) is the headline; otherwise
    # the title-like line nearest above the byline/date/body.
    chosen = None
    for block in candidates:
        if block.index > 0 and normalized(block.text) and normalized(block.text) in normalized(page_title):
            chosen = block
            break
    if chosen is None:
        chosen = candidates[-1]
        # A standfirst sits between headline and byline: prefer the line above it when that
        # one looks more like a title.
        idx = candidates.index(chosen)
        if idx > 0 and is_prose(chosen, options) and capitalised_share(candidates[idx - 1].text) >= 0.3:
            chosen.role = "standfirst"
            meta.offer("description", chosen.text, "standfirst under the headline")
            chosen = candidates[idx - 1]
    # Only the page's first line is its <title>, which may carry a site name.
    headline = strip_site_name(chosen.text) if chosen.index == 0 else chosen.text
    meta.offer("headline", headline, "title line above the body")
    for block in blocks[top:start + 2]:
        if not block.role and normalized(block.text) == normalized(chosen.text):
            block.role = "headline"
    for block in blocks[chosen.index + 1:(first_meta_line or start)]:
        if not block.role and is_prose(block, options) and block.index < start + 1:
            block.role = "standfirst"
            meta.offer("description", block.text, "standfirst under the headline")
