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
from .text_lines import (BYLINE_MAX_WORDS, LineMeta, has_interface_word, is_marker_only, is_name_or_handle, read_line,
                         starts_with_date, starts_with_marker)
from .text_names import lone_name, name_next_to_time

META_AFTER_START = 6  # datelines and bylines may sit in the first lines of the body
META_AFTER_END = 4  # blogs put "Posted on … by …" right under the post
BELOW_START_COST = 2  # a line below the body start is this many times farther than one above
STANDFIRST_MIN_WORDS = 10  # a line under the headline this long is its standfirst, not a second title
HEADLINE_MAX_DIGITS = 0.2  # "653,817 VIEWS", "1:39 PM ET" are counters and times, not headlines
ONE_WORD_TITLE_MIN_CHARS = 4  # "Penny", "Hope!", "Impressum"; shorter words are menu entries ("FAQ")
KICKER_MAX_WORDS = 6  # "Olympische Spiele in Paris", "Eintracht Presse:": a kicker over a headline is short
KICKER_SEPARATORS = "-–—|:·•»/"  # a kicker glued to the headline has none of these at its end
KICKER_MIN_HEADLINE_WORDS = 3  # the title part left after the kicker must read as a headline
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
    _dateline_in_body(blocks[start + META_AFTER_START:min(end + 1, start + options.headline_search_blocks)], meta)
    _authors(window, blocks, meta, start - options.headline_search_blocks)
    headline = _headline(blocks, meta, start, top, options)
    lone_name(blocks, meta, headline, start)
    _marked_byline_anywhere(blocks, meta, start, end)
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


def _dateline_in_body(lines: Sequence[Block], meta: Metadata) -> None:
    """A line that starts with a date a little further into the article ("Dec. 6, 2024, 10:00 PM
    UTC / Updated …" under a caption or a share row), when no line nearer to its start has one."""
    if meta.date:
        return
    for block in lines:
        m = read_line(block.text)
        if m.date and m.date_kind != "modified" and starts_with_date(block.text):
            meta.offer("date", m.date, "date line in the first lines of the body")
            _claim(block, m, "date")
            return


def _claim(block: Block, m: LineMeta, role: str) -> None:
    if m.only_meta and not block.role:
        block.role = role


def _authors(window: list[Block], blocks: Sequence[Block], meta: Metadata, top: int) -> None:
    metas = [(block, _byline_meta(block, blocks)) for block in window]  # read once, not once per rank
    for rank in ("marker", "handle", "before date", "after date", "agency"):
        for block, m in metas:
            if m.name_source == rank and meta.offer("authors", list(m.names), f"byline line ({rank})"):
                _claim(block, m, "byline")
                if is_marker_only(block.text):
                    _claim(blocks[block.index + 1], m, "byline")
                return
    # An author box far above the headline would hide it (the headline stands above the byline).
    name_next_to_time(window, blocks, meta, top)


def _marked_byline_anywhere(blocks: Sequence[Block], meta: Metadata, start: int, end: int) -> None:
    """Last resort: a line that starts with a byline marker and holds nothing else ("Author:
    Jacopo Cascioli", "Text: Ursula Eggers"), wherever it stands; author boxes sit under the
    article, past its tags and share rows. The one nearest to the body wins. Far from the body
    a capitalised word after "von"/"by" is as often a noun ("von Stubenhockern") as a first
    name, so only full names, user names and the editorial team count there."""
    if meta.authors:
        return
    # starts_with_marker first: one regex match, where reading the line costs a few (every line is asked)
    found = [(min(abs(b.index - start), abs(b.index - end)), b, m) for b in blocks
             if b.words <= BYLINE_MAX_WORDS and starts_with_marker(b.text)
             for m in (_byline_meta(b, blocks),) if m.name_source == "marker" and m.only_meta
             and is_name_or_handle(m.names[0])]
    if found:
        _, block, m = min(found, key=lambda f: f[0])
        meta.offer("authors", list(m.names), "byline line (marker, away from the body)")
        _claim(block, m, "byline")


def _byline_meta(block: Block, blocks: Sequence[Block]) -> LineMeta:
    """What the line says; a line that is only a marker ("By", "Autor:") is read together
    with the next line, where converters put the name ("By" / "Benjamin Romano")."""
    if is_marker_only(block.text) and block.index + 1 < len(blocks):
        joined = read_line(block.text.strip() + " " + blocks[block.index + 1].text.strip())
        return LineMeta() if any(has_interface_word(n) for n in joined.names) else joined
    return read_line(block.text)


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
    headline = strip_site_name(chosen.text) if chosen.index == 0 else _without_kicker(chosen.text, title.text)
    meta.offer("headline", headline, source)
    key = normalized(chosen.text)
    for block in blocks[max(0, top):start + META_AFTER_START]:
        if not block.role and normalized(block.text) == key:
            block.role = "headline"
    _standfirst(blocks, meta, chosen, start, options)
    return chosen.index


def _without_kicker(line: str, title: str) -> str:
    """ "Olympische Spiele in Paris Getränke per Schiff ins Stadtzentrum" under the <title>
    "Olympische Spiele in Paris - Getränke per Schiff ins Stadtzentrum - Site": the page
    prints a kicker before the headline, the title tells them apart. The headline is the
    title part the line ends with, when at most ``KICKER_MAX_WORDS`` words stand before it and
    nothing but a space divides them: "Welpen kaufen – Tipps zu jeder Hunderasse" on the page
    is the headline itself, with its own dash."""
    key = normalized(line)
    words = line.split()
    for part in split_title(title):
        tail, n = normalized(part), len(part.split())
        if n < KICKER_MIN_HEADLINE_WORDS or not key.endswith(" " + tail) or n >= len(words) \
                or len(words) - n > KICKER_MAX_WORDS:
            continue
        if normalized(" ".join(words[-n:])) == tail and words[-n - 1][-1] not in KICKER_SEPARATORS:
            return " ".join(words[-n:])
    return line


def _repeated_title(blocks: Sequence[Block], start: int, options: Options) -> Block | None:
    """The line that repeats the page's first line or its longest part (the <h1> under <title>).

    (Preferring the parts before the last one, or the line nearest to the body, both lost more
    pages than they won on trafilatura-dev-text: a site's name stands first as often as last.)"""
    first = normalized(blocks[0].text)
    if not first or blocks[0].words > 40:
        return None
    split = [normalized(p) for p in split_title(blocks[0].text)]
    best: Block | None = None
    best_len = 0
    for block in blocks[1:start + META_AFTER_START]:
        key = normalized(block.text)
        # "Impressum - Werbeagentur X", "Penny - Stardew Valley Wiki": a one-word headline is
        # the title's first part; elsewhere one word is a menu entry or the site's name.
        one_word_headline = len(split) > 1 and key == split[0] and len(key) >= ONE_WORD_TITLE_MIN_CHARS
        if not one_word_headline and (len(key) < 8 or block.words < 2):
            continue
        if not (key == first or key in split or first.startswith(key + " ")):
            continue
        if best is None or len(key) > best_len or (len(key) == best_len and block.index <= start):
            best, best_len = block, len(key)
    return best


def _nearest_title_line(blocks: Sequence[Block], start: int, top: int, options: Options) -> Block | None:
    # The headline stands above the byline and date lines when there are any.
    limit = next((b.index for b in blocks[top:start] if b.role in ("byline", "date")), start)
    # A line of the page other than its <title> line: menus ("Log in | Sign up") and
    # two-word section names are what stands above the body besides the headline. A long
    # headline reads like prose ("Rewriting Rules of Engagement with Video in 2020: Vidyard
    # Introduces New Features on its Video Platform"), so only a sentence end rules a line out.
    candidates = _title_lines(blocks[max(1, top):limit])
    if not candidates:
        # "Silicon Exposed" / "Sunday, May 8, 2016" / headline / body: the blog's name stands
        # first and the date above the post's title.
        candidates = _title_lines(blocks[limit:start])
    if not candidates:
        return None
    chosen = candidates[-1]
    # Headline then standfirst: of two title-like lines in a row, the upper, shorter one is the headline.
    upper = candidates[-2] if len(candidates) > 1 else None
    if upper is not None and upper.index == chosen.index - 1 and upper.words < chosen.words \
            and chosen.words >= STANDFIRST_MIN_WORDS:
        return upper
    return chosen


def _title_lines(lines: Sequence[Block]) -> list[Block]:
    return [b for b in lines if not b.role and _headline_like(b, NEAREST_MIN_WORDS)
            and b.kind != LIST_ITEM and " | " not in b.text]


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
