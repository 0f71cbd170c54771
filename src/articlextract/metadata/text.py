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
  "Name (@handle)" line, a name before a date or an age ("Dan Goodin - Apr 16, 2015",
  "Alex Perry 1 day ago"; the writer's line above when that name is the publisher's), an
  agency line; such lines a little farther from the body start; then (``text_names``) a lone
  name line next to a date line, under the headline or right above the body; a marked line
  anywhere; (``text_boxes``) the name under an author box's label, a person holding the
  copyright;
- headline (``text_headline``): a line that repeats (part of) the page's first line, which
  converters print from ``<title>``; a title-like line over a byline and a date line (a
  header block); a title-like line printed twice around the body start;
  the title-like line nearest above the body; that first line without its site name.
"""

from __future__ import annotations

from typing import Sequence

from .. import lexicon
from ..features import first_normalized_word, has_digit
from ..model import Block
from ..options import Options
from ..rules.phrases import is_relative_time, is_section_label
from . import Metadata
from .authors import clean_authors, strip_byline_prefix, tidy_name
from .dates import find_dates, states_current_time, states_membership
from .text_boxes import author_box, copyright_holder
from .text_headline import in_field_list, offer_headline
from .text_lines import (BYLINE_MAX_WORDS, DATE_LINE_MAX_WORDS, DATE_ONLY_MAX_WORDS, NOTHING, LineMeta,
                         has_interface_word, is_marker_only, is_name_or_handle, read_line, starts_with_date,
                         starts_with_marker, unglued_year)
from .text_names import lone_name, name_next_to_time, person_above
from .text_scan import lines_opening_with_marker


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
    stop = min(len(blocks), end + 1 + options.text_meta_after_body_lines)
    window = list(blocks[top:min(start + options.text_meta_body_lines, end + 1)]) + _after_body(blocks, end, stop, options)
    window.sort(key=lambda b: _distance(b.index, start, options.text_meta_below_start_cost))
    meta.offer("date", crawl_date, "crawl stamp")
    lines = [(b, read_line(b.text)) for b in window]  # each line read once, by the dates and the authors
    _dates(lines, blocks, meta)
    further_in = blocks[start + options.text_meta_body_lines:min(end + 1, start + options.headline_search_blocks)]
    _dateline_in_body(further_in, meta)
    _date_opening_the_body(blocks[start:min(end + 1, start + options.text_meta_body_lines)], meta, options)
    _date_line_anywhere(blocks, meta, start, options)
    farther = [(b, "marker") for b in further_in]
    farther += [(b, "handle") for b in reversed(blocks[max(0, top - options.headline_search_blocks):top])]
    _authors(lines, blocks, meta, farther, options)
    headline = offer_headline(blocks, meta, region, top, options)
    # After the headline: a lone name line must not become the limit the headline is looked
    # for above ("Courtney Kirchoff" / "4 min read" in a page's header, the headline below);
    # not above the headline's search zone either: a name and date there are a teaser's.
    if not meta.authors:
        name_next_to_time(window, blocks, meta, start - options.headline_search_blocks, options)
    lone_name(blocks, meta, headline, start, options)
    if headline is not None and headline < top:
        _meta_under_headline(blocks, meta, headline, options)
    _marked_byline_anywhere(blocks, meta, start, end, options)
    author_box(blocks, meta, start, options)
    copyright_holder(blocks, meta, start, options)
    meta.settle()
    # A name line's name is tidied as every marked byline's: "FOCUS-Online-Experte Robin Tschöpe",
    # "Avatar Frank Hahn", "Ophélie OstermannOphélie Ostermann" (a role, a picture's alt text,
    # a link's text and its picture's alt glued) give the name alone.
    tidy = list(dict.fromkeys(name for name in map(tidy_name, meta.authors) if name))
    meta.authors = tidy or meta.authors
    return meta


def _meta_under_headline(blocks: Sequence[Block], meta: Metadata, headline: int, options: Options) -> None:
    """The byline and date lines right under a headline that stands above the lines searched
    ("Veteran Wraps Baby in American Flag …" / "By GILLIAN MOHNEY March 11, 2015 3:46 PM Good
    Morning America", then a video player's eighty lines before the body): a headline's own,
    within ``headline_meta_gap`` lines of it."""
    for block in blocks[headline + 1:headline + 1 + options.headline_meta_gap]:
        m = read_line(block.text)
        if not m.only_meta:
            continue
        if m.names and meta.offer("authors", list(m.names), "byline line under the headline"):
            _claim_byline(block, m, blocks)
        if m.date and m.date_kind != "modified" and meta.offer("date", m.date, "date line under the headline"):
            _claim(block, m, "date")


def _after_body(blocks: Sequence[Block], end: int, stop: int, options: Options) -> list[Block]:
    """Metadata-only lines right under the body ("Posted on … by …"), up to the first section label."""
    out = []
    for block in blocks[end + 1:stop]:
        if is_section_label(block.text):
            break
        if read_line(block.text).only_meta and not _widget_label(block, blocks, options):
            out.append(block)
    return out


def _widget_label(block: Block, blocks: Sequence[Block], options: Options) -> bool:
    """ "by Taboola by Taboola" under every card of a sponsored list: a line printed three times
    or more is a widget's label, not the post's byline (which a page may print twice, above
    and below the post)."""
    return [other.text for other in blocks].count(block.text) >= options.widget_label_min_copies


def _distance(index: int, start: int, below_cost: int) -> int:
    return start - index if index < start else (index - start + 1) * below_cost


def _dates(lines: list[tuple[Block, LineMeta]], blocks: Sequence[Block], meta: Metadata) -> None:
    dated = [(b, m) for b, m in lines if m.date and not _record_field(b, blocks)]
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


def _record_field(block: Block, blocks: Sequence[Block]) -> bool:
    """A date among a record's fields ("Verlag: Heyne" / "Übersetzer: Sonja Häußler" /
    "Erscheinungsdatum: 14.08.2017" in a book review's facts): the record's, not the article's;
    unless its label dates a publication ("Datum:", "Veröffentlicht:") or a byline field is
    next to it ("Autor: Jane Doe" / "Datum: 19.11.2021": the article's own facts)."""
    if ":" not in block.text or not in_field_list(block, blocks) or \
            lexicon.opens_with("date_labels", block.text) or lexicon.opens_with("modified_labels", block.text):
        return False
    return not any(0 <= i < len(blocks) and read_line(blocks[i].text).names for i in (block.index - 1, block.index + 1))


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


def _date_opening_the_body(lines: Sequence[Block], meta: Metadata, options: Options) -> None:
    """ "29.11.2022 – Mehrfach und vehement hatte …", "Karlsruhe, (12.11.2021). Traditionell …": a
    press release or a news agency's story dates its first paragraph, the body's first lines;
    when no line dates the article, that date does. (Only paragraphs: ``read_line`` read the
    shorter lines.)"""
    if meta.date:
        return
    for block in lines:
        if block.words > DATE_LINE_MAX_WORDS:
            head = " ".join(block.text.split(None, options.far_date_line_lead_words + DATE_ONLY_MAX_WORDS)[:-1])
            if meta.offer("date", _post_date(head, options), "date opening the body's first paragraph"):
                return


def _date_line_anywhere(blocks: Sequence[Block], meta: Metadata, start: int, options: Options) -> None:
    """Last resort, when no line near the body dates the article: the line holding a date and
    nothing else nearest to the body start, within ``far_date_line_reach``. Other converters'
    dumps have no crawl stamp, and a long header (menus, a sidebar printed first) or a body
    region found too short puts the post's date line ("18. 05. 2014 22:38", "Datum: 19.11.2021")
    out of the window read above. Kept after an "Updated" line's date; not claimed (it may be a
    teaser's)."""
    if meta.date or any(name == "date" for name, _, _ in meta.deferred):
        return
    # (nearest first, and the first found wins: most pages are not read to their ends)
    reach = blocks[max(0, start - options.far_date_line_reach):start + 2 * options.far_date_line_reach]
    short = [b for b in reach if b.words <= DATE_ONLY_MAX_WORDS and has_digit(b.text)]
    for block in sorted(short, key=lambda b: _distance(b.index, start, options.text_meta_below_start_cost)):
        if _digit_opens(block.text, options):
            date = _post_date(block.text, options)  # (what ``read_line`` would say of such a short line)
            if date and not is_relative_time(block.text):
                meta.offer_last("date", date, "date line away from the body")
                return


def _digit_opens(text: str, options: Options) -> bool:
    """Whether a digit stands in the words a line opening with a date has up to the date's second
    word ("Samstag, 9. September 2017", "Montag, November 6, 2023", "Datum: 19.11.2021"): a
    cheap test before the date patterns."""
    lead = options.far_date_line_lead_words
    return any(has_digit(word) for word in text.split(None, lead + 2)[:lead + 2])


def _post_date(text: str, options: Options) -> str | None:
    """The date ``text`` opens with, alone or after a label or a weekday; not a teaser's title
    ending with a date, nor the page's rendering time ("Aktuelle Zeit: …") or a member's
    sign-up date."""
    text = unglued_year(text)
    first = next(find_dates(text), None)
    if first is None or len(text[:first[0]].split()) > options.far_date_line_lead_words or _states_other_time(text):
        return None
    return first[1]


def _states_other_time(text: str) -> bool:
    """The page's rendering time ("Aktuelle Zeit: …") or a member's sign-up date. (Their first
    words first: most lines open with none, and their patterns are not compiled for nothing.)"""
    return first_normalized_word(text) in lexicon.first_words("date_now_labels", "date_member_labels") \
        and (states_current_time(text) or states_membership(text))


def _claim(block: Block, m: LineMeta, role: str) -> None:
    if m.only_meta and not block.role:
        block.role = role


def _authors(lines: list[tuple[Block, LineMeta]], blocks: Sequence[Block], meta: Metadata,
             farther: Sequence[tuple[Block, str]], options: Options) -> None:
    metas = [(block, _byline_meta(block, blocks, m)) for block, m in lines]  # read once, not once per rank
    named = [(block, m) for block, m in metas if m.name_source]  # (each rank looks at these only: few)
    # (a magazine's credit, "Interview: Jane Doe", after the plain markers: ``_credit_last``)
    for rank in ("marker", "handle", "before date", "after date", "agency"):
        for block, m in _credit_last(named) if rank == "marker" else named:
            if m.name_source != rank:
                continue
            writer = person_above(block, blocks, m.names[0], options) if rank == "before date" else None
            if writer and meta.offer("authors", [writer[1]], "name line above the publisher and date"):
                blocks[writer[0]].role = blocks[writer[0]].role or "byline"
                return
            if meta.offer("authors", list(m.names), f"byline line ({rank})"):
                _claim_byline(block, m, blocks)
                return
    # "By Corey Kilgannon" under a picture and its caption, a little further into the body, or
    # "Devindra Hardawar , @devindra" above a product box and a share row: only a line that
    # holds nothing else (in the body a "(@handle)" is a quoted tweet's, above it a teaser's "By").
    for block, rank in farther:
        if block.words <= BYLINE_MAX_WORDS and (starts_with_marker(block.text) if rank == "marker" else "@" in block.text):
            m = _byline_meta(block, blocks)
            if m.name_source == rank and m.only_meta and \
                    meta.offer("authors", list(m.names), f"byline line ({m.name_source}) a little farther from the body start"):
                _claim_byline(block, m, blocks)
                return


def _credit_last(named: list[tuple[Block, LineMeta]]) -> list[tuple[Block, LineMeta]]:
    """``named`` with the lines that open with a credit marker (``data/byline_credits.txt``)
    moved after the others, in their order."""
    credits = tuple(lexicon.lines("byline_credits"))
    return sorted(named, key=lambda pair: pair[0].text.lstrip().casefold().startswith(credits))


def _claim_byline(block: Block, m: LineMeta, blocks: Sequence[Block]) -> None:
    _claim(block, m, "byline")
    if is_marker_only(block.text):
        _claim(blocks[block.index + 1], m, "byline")


def _marked_byline_anywhere(blocks: Sequence[Block], meta: Metadata, start: int, end: int, options: Options) -> None:
    """Last resort: a line that starts with a byline marker and holds nothing else ("Author:
    Jacopo Cascioli", "Text: Ursula Eggers"), wherever it stands; author boxes sit under the
    article, past its tags and share rows. The one nearest to the body wins. Far from the body
    a capitalised word after "von"/"by" is as often a noun ("von Stubenhockern") as a first
    name, so only full names, user names and the editorial team count there."""
    if meta.authors:
        return
    # The lines a marker opens first, found for the whole page in one scan (``text_scan``):
    # reading a line costs a few regex searches, and every line of the page is asked.
    short = [b for b in blocks if b.words <= BYLINE_MAX_WORDS]
    found = [(min(abs(b.index - start), abs(b.index - end)), b, m) for b in lines_opening_with_marker(short)
             for m in (_byline_meta(b, blocks),) if m.name_source == "marker" and m.only_meta
             and is_name_or_handle(m.names[0]) and not _widget_label(b, blocks, options)]
    if found:
        _, block, m = min(found, key=lambda f: f[0])
        meta.offer("authors", list(m.names), "byline line (marker, away from the body)")
        _claim(block, m, "byline")


def _byline_meta(block: Block, blocks: Sequence[Block], read: LineMeta | None = None) -> LineMeta:
    """What the line says; a line that is only a marker ("By", "Autor:") is read together
    with the next line, where converters put the name ("By" / "Benjamin Romano"). ``read``: the
    line's own reading, when the caller has it."""
    if is_marker_only(block.text) and block.index + 1 < len(blocks):
        joined = read_line(block.text.strip() + " " + blocks[block.index + 1].text.strip())
        return NOTHING if any(has_interface_word(n) for n in joined.names) else joined
    return read if read is not None else read_line(block.text)
