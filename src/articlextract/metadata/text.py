"""Metadata of a text dump, read from the lines around the start of the body.

The shape most dumps share: ``[<title> line] [menus] headline [standfirst] [byline]
[date lines] body [byline/date line] [teasers, footer]``. The body region is known
(``BodyRegion``); the metadata lines are looked for around its start, nearest first,
then claimed (``Block.role``) so the body does not repeat them. Each field records the
source that won (``Metadata.sources``), which ``--explain`` prints.

Cascades (best first):

- date: the crawl stamp; a line labelled "Published"; a date line; a line labelled
  "Updated" (only when nothing else states a date; it then also fills ``date_modified``);
- authors: a "By"/"Von" line (the marker may follow a date: "Posted on … by marc"), a
  "Name (@handle)" line, a name before a date ("Dan Goodin - Apr 16, 2015"), an agency
  line, a lone name line next to a date line, under the headline or right above the body;
- headline: a line that repeats (part of) the page's first line, which converters print
  from ``<title>``; that first line without its site name; the title-like line nearest
  above the body.
"""

from __future__ import annotations

from typing import Sequence

from .. import lexicon
from ..features import digit_share, ends_like_sentence, is_prose, normalized
from ..model import LIST_ITEM, Block
from ..options import Options
from ..rules.phrases import is_relative_time, is_section_label
from . import Metadata
from .authors import clean_authors, strip_byline_prefix
from .headline import split_title, strip_site_name
from .text_lines import LineMeta, is_person_name, read_line

META_AFTER_START = 6  # datelines and bylines may sit in the first lines of the body
META_AFTER_END = 4  # blogs put "Posted on … by …" right under the post
BELOW_START_COST = 2  # a line below the body start is this many times farther than one above
STANDFIRST_MIN_WORDS = 10  # a line under the headline this long is its standfirst, not a second title
LONE_NAME_DISTANCE = 3  # a name line alone is the byline only this close under the headline
HEADLINE_MAX_DIGITS = 0.2  # "653,817 VIEWS", "1:39 PM ET" are counters and times, not headlines
NEAREST_MIN_WORDS = 3  # "Deal Professor", "Server Software": two-word lines above a body are section names


def byline_names(block: Block) -> list[str]:
    """Names on a short line that is a byline ("By Jane Doe", "Name (@handle)", "Reuters").

    Used by the HTML claims too, so it only reads lines that start like a byline.
    """
    text = block.text
    if block.words > 14:
        return []
    stripped, had_prefix = strip_byline_prefix(text)
    if had_prefix:
        return clean_authors(stripped)
    meta = read_line(text)
    if meta.name_source in ("handle", "agency"):
        return list(meta.names)
    return []


def extract_text_metadata(blocks: Sequence[Block], region: tuple[int, int], crawl_date: str | None,
                          options: Options) -> Metadata:
    meta = Metadata()
    start, end = region
    if end < start:  # no article region: nothing to anchor metadata to
        meta.offer("date", crawl_date, "crawl stamp")
        return meta
    top = max(0, start - options.headline_search_blocks * 2)
    stop = min(len(blocks), end + 1 + META_AFTER_END)
    window = list(blocks[top:min(start + META_AFTER_START, end + 1)]) + _after_body(blocks, end, stop)
    window.sort(key=lambda b: _distance(b.index, start))
    meta.offer("date", crawl_date, "crawl stamp")
    _dates(window, meta)
    _authors(window, blocks, meta)
    headline = _headline(blocks, meta, start, top, options)
    _lone_name(blocks, meta, headline, start)
    meta.settle()
    return meta


def _after_body(blocks: Sequence[Block], end: int, stop: int) -> list[Block]:
    """Metadata-only lines right under the body ("Posted on … by …"), up to the first section label."""
    out = []
    for block in blocks[end + 1:stop]:
        if is_section_label(block.text):
            break
        if read_line(block.text).only_meta:
            out.append(block)
    return out


def _distance(index: int, start: int) -> int:
    return start - index if index < start else (index - start + 1) * BELOW_START_COST


def _dates(window: list[Block], meta: Metadata) -> None:
    lines = [(b, read_line(b.text)) for b in window]
    dated = [(b, m) for b, m in lines if m.date]
    for kind, source in (("published", "dateline 'published'"), ("plain", "date line near the body start")):
        for block, m in dated:
            if m.date_kind == kind:
                meta.offer("date", m.date, source)
                _claim(block, m, "date")
                break
    for block, m in dated:
        if m.date_kind == "modified":
            meta.offer("date_modified", m.date, "dateline 'updated'")
            meta.offer_last("date", m.date, "dateline 'updated' (no other date)")
            _claim(block, m, "date")
            break


def _claim(block: Block, m: LineMeta, role: str) -> None:
    if m.only_meta and not block.role:
        block.role = role


def _authors(window: list[Block], blocks: Sequence[Block], meta: Metadata) -> None:
    for rank in ("marker", "handle", "before date", "after date", "agency"):
        for block in window:
            m = read_line(block.text)
            if m.name_source == rank and meta.offer("authors", list(m.names), f"byline line ({rank})"):
                _claim(block, m, "byline")
                return
    # A lone name line next to a date line ("Tasneem Hossain" / "10 July 2023").
    for block in window:
        if block.role != "date" and not read_line(block.text).date:
            continue
        for near in (block.index - 1, block.index + 1):
            if 0 <= near < len(blocks) and not blocks[near].role \
                    and is_person_name(blocks[near].text.strip()):
                meta.offer("authors", [blocks[near].text.strip()], "name line next to the date")
                blocks[near].role = "byline"
                return


def _lone_name(blocks: Sequence[Block], meta: Metadata, headline: int | None, start: int) -> None:
    """A line that is only a person's name, right under the headline or right above the body."""
    if meta.authors:
        return
    near = list(range(headline + 1, headline + 1 + LONE_NAME_DISTANCE)) if headline is not None else []
    for i in near + [start - 1]:
        if 0 <= i < len(blocks) and i <= start and not blocks[i].role and blocks[i].kind != LIST_ITEM \
                and is_person_name(blocks[i].text.strip()):
            meta.offer("authors", [blocks[i].text.strip()], "name line under the headline")
            blocks[i].role = "byline"
            return


def _headline_like(block: Block, min_words: int = 2) -> bool:
    text = block.text.rstrip()
    sentence = ends_like_sentence(text) and not text.endswith(("?", "!"))
    credit = text.split(None, 1)[0].casefold().rstrip(":") in lexicon.phrases("photo_credits")
    return (min_words <= block.words <= 30 and digit_share(text) < HEADLINE_MAX_DIGITS and not credit
            and not sentence and not is_section_label(text)
            and not is_relative_time(text) and not text.endswith(("..", ":", "…"))
            and normalized(text) not in lexicon.phrases("boilerplate_lines") and not read_line(text).date)


def _headline(blocks: Sequence[Block], meta: Metadata, start: int, top: int, options: Options) -> int | None:
    """Offer the headline; return the index of its line."""
    if not blocks:
        return None
    chosen, source = _repeated_title(blocks, start, options), "line repeating the page title"
    if chosen is None:
        chosen, source = _nearest_title_line(blocks, start, top, options), "title line above the body"
    title = blocks[0]
    if chosen is None and title.kind != LIST_ITEM and _headline_like(title) and title.index < start:
        chosen, source = title, "page title (first line)"
    if chosen is None:
        return None
    headline = strip_site_name(chosen.text) if chosen.index == 0 else chosen.text
    meta.offer("headline", headline, source)
    key = normalized(chosen.text)
    for block in blocks[max(0, top):start + META_AFTER_START]:
        if not block.role and normalized(block.text) == key:
            block.role = "headline"
    _standfirst(blocks, meta, chosen, start, options)
    return chosen.index


def _repeated_title(blocks: Sequence[Block], start: int, options: Options) -> Block | None:
    """The line that repeats the page's first line or its longest part (the <h1> under <title>)."""
    first = normalized(blocks[0].text)
    if not first or blocks[0].words > 40:
        return None
    parts = {normalized(p) for p in split_title(blocks[0].text)} | {first}
    best: Block | None = None
    for block in blocks[1:start + META_AFTER_START]:
        key = normalized(block.text)
        if len(key) < 8 or block.words < 2 or not (key in parts or first.startswith(key + " ")):
            continue
        if best is None or len(key) > len(normalized(best.text)) or \
                (len(key) == len(normalized(best.text)) and block.index <= start):
            best = block
    return best


def _nearest_title_line(blocks: Sequence[Block], start: int, top: int, options: Options) -> Block | None:
    # The headline stands above the byline and date lines when there are any.
    limit = next((b.index for b in blocks[top:start] if b.role in ("byline", "date")), start)
    # A line of the page other than its <title> line: menus ("Log in | Sign up") and
    # two-word section names are what stands above the body besides the headline.
    candidates = [b for b in blocks[max(1, top):limit] if not b.role and _headline_like(b, NEAREST_MIN_WORDS)
                  and b.kind != LIST_ITEM and not is_prose(b, options) and " | " not in b.text]
    if not candidates:
        return None
    chosen = candidates[-1]
    # Headline then standfirst: of two title-like lines in a row, the upper, shorter one is the headline.
    upper = candidates[-2] if len(candidates) > 1 else None
    if upper is not None and upper.index == chosen.index - 1 and upper.words < chosen.words \
            and chosen.words >= STANDFIRST_MIN_WORDS:
        return upper
    return chosen


def _standfirst(blocks: Sequence[Block], meta: Metadata, chosen: Block, start: int, options: Options) -> None:
    """A prose line right under the headline is the standfirst (``description``).

    It leaves the body only when byline or date lines separate it from the body (the seeds'
    shape); directly above the body it is the article's first paragraph as well.
    """
    meta_line = next((b.index for b in blocks[chosen.index + 1:start + META_AFTER_START]
                      if b.role in ("byline", "date")), None)
    for block in blocks[chosen.index + 1:meta_line if meta_line is not None else start + 1]:
        standfirst_shaped = block.words >= STANDFIRST_MIN_WORDS and not ends_like_sentence(block.text)
        if not block.role and (is_prose(block, options) or (meta_line is not None and standfirst_shaped)):
            if meta_line is not None:
                block.role = "standfirst"
            meta.offer("description", block.text, "standfirst under the headline")
            return
