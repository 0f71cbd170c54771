"""Marking the lines of an HTML page that hold metadata, so the body does not repeat them,
and reading the bylines and dates that only the page's text states.

Runs after the rule chain (blocks are kept or dropped) and after the markup sources of
``html.py``: a value found here is offered only when no better source gave one.
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from .. import lexicon
from ..lexicon import normalize_phrase
from ..features import first_normalized_word, has_digit, is_prose, normalized
from ..model import Block
from ..options import Options
from ..rules.html import class_tokens, token_list
from ..rules.phrases import is_relative_time
from . import Metadata
from .authors import clean_authors, strip_byline_prefix
from .dates import LOCAL_MIDNIGHT_NOTE, find_dates, states_current_time, states_membership
from .html_dates_labels import (MAX_BLOCKS, MAX_LABELED_LINE_WORDS, labeled_modification_date,
                                prefer_labeled_publication)
from .language import guess_language
from .text import byline_names

MAX_CONTAINER_DEPTH = 8  # a comment or teaser box wraps its date closely; <body> classes say nothing
HEAD_WINDOW = 8  # metadata lines sit within this many blocks of the headline or the body start
HEAD_WINDOW_BEFORE = 2  # ... or just above it (a kicker, a date over the <h1>)
# With no date from the markup, a date line a little further above the <h1> is the page's date
# ("14. Februar 2012 | Drucken" over a breadcrumb); it never overrides the markup's date.
HEAD_WINDOW_ABOVE = 4
DATE_LINE_MAX_WORDS = MAX_LABELED_LINE_WORDS  # "Published on Monday, 3 May 2023, 10:45 by Jane Doe" and no longer
# A date line opens with its date or puts a label or a name before it ("Accueil | Par Loïc Le
# Clerc | 30 septembre 2018"); a date after more words is a sentence that mentions it (a
# caption: "Ausschnitt eines Satellitenbildes bei St. Moritz vom 31.05.2021 (links) …").
DATE_LINE_MAX_WORDS_BEFORE = 8
DATELINE_CHARS = 40  # a dateline's date opens the paragraph
DESCRIPTION_EDGE_CHARS = 3  # a description's closing stamp may be followed by ")", "." and the like
WRITTEN_DATE_MAX_CHARS = 20  # "14 Settembre 2020" and the like, from the date's first character
RENDER_TIME_SOURCES = ("meta last-modified", "meta lastmod", "meta og:updated_time")
MAX_LABELED_DATE_BLOCKS = MAX_BLOCKS  # labeled dates are searched in this many blocks at most
DATED_NAME_MAX_WORDS = 8  # "Mo, 11.12.2019 - Amelie Loevenich" and no longer
MIN_PERSON_WORDS, MAX_PERSON_WORDS = 2, 3  # a first and last name, maybe a middle one


def claim_html_lines(blocks: Sequence[Block], meta: Metadata, options: Options) -> None:
    kept = [b for b in blocks if b.keep]
    first_prose = next((i for i, b in enumerate(kept) if is_prose(b, options)), 0)
    head = kept[:first_prose + 2]
    target = normalize_phrase(meta.headline) if meta.headline else None
    showing = _showing_headline(blocks, target)
    last_of_head = head[-1].index if head else -1
    for pos in showing:  # the headline line near the body's start is not body text
        if blocks[pos].keep and pos <= last_of_head:
            blocks[pos].role = "headline"
    # Bylines are looked for around the headline even outside the chosen container.
    anchor = _headline_anchor(blocks, showing)
    if anchor is None and kept:  # no headline nor <h1> to stand by: the body's first line
        anchor = kept[0].index
    around = list(blocks[max(0, anchor - HEAD_WINDOW_BEFORE):anchor + HEAD_WINDOW]) if anchor is not None else []
    above = list(blocks[max(0, anchor - HEAD_WINDOW_ABOVE):max(0, anchor - HEAD_WINDOW_BEFORE)]) \
        if anchor is not None else []
    _claim_bylines(around + head, head, meta, options)
    teasers = _beside_teasers(blocks, showing, anchor) if not meta.date else []  # only read without a date
    _claim_dates(head, around, (above[::-1], teasers), blocks, meta, options)
    prefer_labeled_publication(blocks, meta, _may_date_the_page)
    if not meta.language:
        meta.offer("language", guess_language(" ".join(b.text for b in kept)), "guessed from the text")
    meta.settle()


def _showing_headline(blocks: Sequence[Block], target: str | None) -> list[int]:
    """The positions of the blocks whose text is the headline (``target``, normalised).

    Normalising every block of a page was a large share of this stage: an ASCII line is
    first tested on what its normal form must share with the target (see ``_may_read_as``).
    """
    if target is None:
        return []
    first_word = target.split(" ", 1)[0]
    return [pos for pos, b in enumerate(blocks)
            if _may_read_as(b.text, target, first_word) and normalized(b.text) == target]


_NOT_ASCII_ALNUM = bytes(c for c in range(128) if not chr(c).isalnum())  # deleted: [A-Za-z0-9] stay


def _may_read_as(text: str, target: str, first_word: str) -> bool:
    """False only when ``normalized(text) == target`` cannot hold. On ASCII text the normal
    form is the text's lower-cased [a-z0-9] runs joined by one space: never longer than the
    text, and opening with its first such run.

    NFKC may lengthen other text, but each ASCII letter or digit in it still gives the normal
    form at least one letter (itself lower-cased, or one letter composed with the accents
    after it; two ASCII characters never compose): a paragraph with a curly quote or an
    umlaut has far more of them than a headline has letters. (Counted in C, on bytes.)"""
    if not text.isascii():
        ascii_alnums = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_ALNUM))
        return ascii_alnums <= len(target) - target.count(" ")
    return len(text) >= len(target) and first_normalized_word(text) == first_word


def _headline_anchor(blocks: Sequence[Block], positions: list[int]) -> int | None:
    """The block showing the headline (at ``positions``): its <h1> rather than a teaser of
    the same article further up; when no line shows it (the headline came from metadata
    worded otherwise), the page's first <h1>."""
    showing = [blocks[pos] for pos in positions]
    best = next((b for b in showing if b.heading_level == 1), showing[0] if showing else None)
    if best is None:
        best = next((b for b in blocks if b.heading_level == 1), None)
    return best.index if best is not None else None


def _claim_bylines(candidates: list[Block], head: list[Block], meta: Metadata, options: Options) -> None:
    for block in candidates:
        if block.role or block.words > options.byline_max_words:
            continue
        names = byline_names(block) if _may_name_a_byline(block.text) else []
        source = "'By' line near the headline"
        if not names:
            names, source = _dated_name(block), "'date – name' line near the headline"
        if names:
            if meta.offer("authors", names, source) or set(names) <= set(meta.authors):
                block.role = "byline"
        elif _completes(block, meta):
            block.role = "byline"
        elif meta.authors and all(n.lower() in block.text.lower() for n in meta.authors) \
                and block.words <= len(" ".join(meta.authors).split()) + 4 and block in head:
            block.role = "byline"


def _may_name_a_byline(text: str) -> bool:
    """False only when ``byline_names(text)`` is empty: it names the people after a leading
    byline word ("By", "Von"), and of what ``read_line`` finds, only names by a handle
    ("@jane") or an agency ("Reuters"). Most lines near a headline have none of these signs,
    and ``read_line`` of a dated line is costly (tests/test_html_speed_prefilters.py)."""
    return "@" in text or first_normalized_word(text) in lexicon.first_words("agencies") \
        or strip_byline_prefix(text)[1]


def _completes(block: Block, meta: Metadata) -> bool:
    """A first name alone from the markup ("Nils"), the full name on a line near the headline
    ("Eine Kolumne von Nils Pickert"): the line's name is the author's."""
    if len(meta.authors) != 1 or len(meta.authors[0].split()) != 1:
        return False
    names = clean_authors(block.text)
    if len(names) != 1 or not _person_name(names[0]) or names[0].split()[0] != meta.authors[0]:
        return False
    # "KleineGrüneMonster Ein Kommentar": an article or a preposition is no surname.
    if any(normalized(w) in lexicon.phrases("name_non_starters") for w in names[0].split()[1:]):
        return False
    meta.authors = names
    meta.sources["authors"] += " (full name from a line near the headline)"
    return True


def _person_name(name: str) -> bool:
    words = name.split()
    return MIN_PERSON_WORDS <= len(words) <= MAX_PERSON_WORDS and all(w[:1].isupper() for w in words)


def _dated_name(block: Block) -> list[str]:
    """"11.12.2019 - Amelie Loevenich": a line that holds only a date and one person's name
    (two or three capitalised words) is the article's byline and date."""
    if block.words > DATED_NAME_MAX_WORDS or not has_digit(block.text) or _line_date(block) is None:
        return []
    names = clean_authors(block.text)
    if len(names) != 1 or not _person_name(names[0]):
        return []
    rest = normalized(block.text.replace(names[0], " ")).split()
    return names if all(_date_word(w) for w in rest) else []


def _date_word(word: str) -> bool:
    """A word a written date is made of: a number, a month, a weekday, "on"/"am"."""
    return word.isdigit() or word in lexicon.months() or word in lexicon.phrases("date_prepositions")


def _beside_teasers(blocks: Sequence[Block], showing: list[int], anchor: int | None) -> list[Block]:
    """The lines next to the page's other mentions of the headline (the blocks at
    ``showing``): a list of recent articles that shows this one too dates it
    ("10.11.2021 | Menschenrechte achten")."""
    out: list[Block] = []
    for pos in showing:
        if blocks[pos].index != anchor:
            out.extend(b for b in (blocks[pos - 1] if pos else None, blocks[pos + 1] if pos + 1 < len(blocks) else None)
                       if b is not None)
    return out


def _claim_dates(head: list[Block], around: list[Block], farther: tuple[list[Block], list[Block]],
                 blocks: Sequence[Block], meta: Metadata, options: Options) -> None:
    """``farther``: the lines a little above the headline, and those beside its teasers;
    read only when nothing nearer dates the page."""
    for block in head:
        if not block.role and block.words <= 10 and not is_prose(block, options):
            date = _line_date(block)
            if date:
                block.role = "date"
                meta.offer("date", date, "date line near the headline")
    if meta.date:
        _prefer_shown_date(around, meta)
        return
    above, beside_teasers = farther
    for block in around + above + beside_teasers:
        date = _line_date(block)
        # (a teaser list is an excluded container, but its entry for this article dates it)
        if date and (any(b is block for b in beside_teasers) or not _in_excluded_container(block)):
            meta.offer("date", date, "date line near the headline")
            return
    for block in [b for b in head if is_prose(b, options)][:2]:
        # A press-release dateline: "29.11.2022 – The industry protested …"
        first = next(find_dates(block.text[:DATELINE_CHARS]), None)
        if first and first[0] == 0:
            meta.offer("date", first[1], "dateline at the start of the body")
            return
    for block in blocks[:MAX_LABELED_DATE_BLOCKS]:
        if block.words <= DATE_LINE_MAX_WORDS and has_digit(block.text) and _labeled(block.text) \
                and not _in_excluded_container(block):
            date = _line_date(block)
            if date:
                meta.offer("date", date, "labeled date line")
                return
    if _byline_line_date(blocks, meta):
        return
    meta.offer("date", _description_date(meta.description), "date at an end of the description")
    if not meta.date:  # "Aktualisiert: 30.12.2016", or "Letzte Änderung:" over "14.01.2022"
        labeled_modification_date(blocks, meta, _may_date_the_page)
    # A page whose markup states only when it was changed (a wiki); not a server's or a
    # renderer's time stamp ("last-modified", og:updated_time), often the day of the crawl.
    if not meta.date and meta.sources.get("date_modified") not in RENDER_TIME_SOURCES:
        meta.offer("date", meta.date_modified, "markup's modification date (no publication date stated)")
    if not meta.date:
        _copyright_stamp_date(blocks, meta)


def _byline_line_date(blocks: Sequence[Block], meta: Metadata) -> bool:
    """The date on the page's first byline line ("Author: Bo2man am 29.12.2010, 13:36"),
    wherever it stands: an author box under the article dates it too."""
    for block in blocks[:MAX_LABELED_DATE_BLOCKS]:
        if block.words <= DATE_LINE_MAX_WORDS and has_digit(block.text) \
                and strip_byline_prefix(block.text)[1] and not _in_excluded_container(block):
            date = _line_date(block)
            if date:
                return meta.offer("date", date, "date on a byline line")
    return False


def _copyright_stamp_date(blocks: Sequence[Block], meta: Metadata) -> None:
    """Very last resort: a copyright stamp dated to the day (see ``date_stamp_marks.txt``)."""
    marks = tuple(lexicon.lines("date_stamp_marks"))
    for block in reversed(blocks[-MAX_LABELED_DATE_BLOCKS:]):  # the footer closes the page
        text = block.text.lstrip().casefold()
        if block.words <= DATE_LINE_MAX_WORDS and text.startswith(marks) and has_digit(text):
            date = next((iso for _, iso in find_dates(block.text)), None)
            if date:
                meta.offer("date", date, "copyright stamp dated to the day")
                return


def _description_date(description: str | None) -> str | None:
    """A date that opens or closes the meta description ("… (Notizia del 14 Gennaio 2020)",
    "03.05.2023 – The council …"): the CMS's stamp. A date inside the sentence is what the
    article is about, not when it was written."""
    if not description:
        return None
    text = description.strip()
    for pos, iso in find_dates(text):
        opens = not any(c.isalnum() for c in text[:pos])
        if opens or len(text) - pos <= DESCRIPTION_EDGE_CHARS + WRITTEN_DATE_MAX_CHARS:
            return iso
    return None


def _prefer_shown_date(around: list[Block], meta: Metadata) -> None:
    """The date the page shows its readers beside the headline wins over the markup's
    published date when the markup states it too (the page presents its update as its
    date), or when it is one day away: a timestamp in UTC ("2022-11-06T23:00Z" for
    7 November in Berlin)."""
    if not meta.date:
        return
    for block in around:
        shown = _line_date(block)
        if shown and shown != meta.date and not _in_excluded_container(block):
            gap = abs((dt.date.fromisoformat(shown) - dt.date.fromisoformat(meta.date)).days)
            if shown in meta.markup_dates:
                meta.date = shown
                meta.sources["date"] = "date shown near the headline (stated in the markup too)"
            elif gap == 1 and not meta.sources["date"].endswith(LOCAL_MIDNIGHT_NOTE):
                # (a page rendered in UTC shows a local midnight as the day before)
                meta.date = shown
                meta.sources["date"] = "date shown near the headline (the markup's is in another time zone)"
            return


def _line_date(block: Block) -> str | None:
    """The date a short line states ("3. Mai 2023", "Datum: 03.05.2023"), or None."""
    if block.words > DATE_LINE_MAX_WORDS or is_relative_time(block.text) or _modified(block.text) \
            or states_current_time(block.text) or states_membership(block.text):
        return None
    for pos, iso in find_dates(block.text):
        if len(block.text[:pos].split()) > DATE_LINE_MAX_WORDS_BEFORE:
            return None
        if not _after_modified_label(block.text[:pos]):
            return iso
    return None


def _after_modified_label(before: str) -> bool:
    """Whether the words just before a date label it as a modification ("By Jane Doe
    Updated Jul 24, 2018", "Mis à jour le 19/02/2020")."""
    words = normalized(before).split()
    prepositions = lexicon.phrases("date_prepositions")
    while words and words[-1] in prepositions:
        words.pop()
    labels = lexicon.phrases("modified_labels")
    return any(" ".join(words[-n:]) in labels for n in range(1, min(3, len(words)) + 1))


def _labeled(text: str) -> bool:
    """Whether a line starts with a publication-date label ("Published:", "Datum:", "Publié le")."""
    return lexicon.opens_with("date_labels", text)


def _modified(text: str) -> bool:
    """Whether a line states a modification ("Last updated: 7 January 2025"): never the
    publication date."""
    return lexicon.opens_with("modified_labels", text)


def _may_date_the_page(block: Block) -> bool:
    """A date line outside sidebars, comments and teaser lists (``metadata_excluded_classes``)."""
    return not _in_excluded_container(block)


def _in_excluded_container(block: Block) -> bool:
    excluded = token_list("metadata_excluded_classes")
    return any(class_tokens(anc) & excluded for anc in block.ancestors[:MAX_CONTAINER_DEPTH])
