"""The headline of a text dump, and the standfirst under it.

Sources, best first: a line that repeats (part of) the page's first line, which converters
print from ``<title>`` (a line repeating the whole first line only after the next three: many
converters print no ``<title>``, and their first line is a menu's); in a Markdown dump, the
level-1 heading nearest above the body; the last step of a breadcrumb trail that the page
prints again right under it; a title-like line over a byline and a date line (a
header block, wherever it stands); a title-like line printed twice right around the body
start (the page's and the post's heading); the title-like line nearest above the body (above
its byline and date lines when there are any, or right under them); the page's first line
without its site name when it stands near the body, else a title-like line opening the body
region or the nearest above its first prose line, else the first line wherever it stands. In
a dump set in by a margin (lynx), the line found must be a heading set out from it (or be
printed so elsewhere), else the set-out heading nearest above the body is the headline.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .. import lexicon
from ..features import (digit_share, ends_like_sentence, first_normalized_word, has_digit, is_phrase_line, is_prose,
                        normalized, printed_twice)
from ..model import HEADING, LIST_ITEM, Block
from ..options import Options
from ..rules.phrases import is_interface_row, is_reading_time, is_relative_time, is_section_label
from ..rules.text import is_picture_credit
from ..rules.text_shapes import has_sentence_inside, is_consent_text, is_title_like
from ..segment_text import opens_with_link_titles
from . import Metadata
from .authors import name_parts
from .headline import split_title, strip_site_name
from .text_lines import DATE_ONLY_MAX_WORDS, NOTHING, has_interface_word, is_person_name, read_line, starts_with_marker
from .text_names import is_name_by_time
from .text_scan import lines_opening_with_marker

SET_OUT = "heading set out from the text's margin (lynx)"
TRAIL_STEP = "last step of a breadcrumb trail, printed again under it"
OPENING_TITLE = "title line opening the body region"
ECHO = "line saying what the page title says"
TITLE_LINE_MAX_WORDS = 40  # a longer first line is no <title> (a paragraph, a page of one line)
TITLE_PART_MIN_WORDS = 3  # a title of fewer words is a site's name ("PepTalks"), its words no headline's
KICKER_SEPARATORS = "-–—|:·•»/"  # a kicker glued to the headline has none of these at its end
# A line ending with a separator is a kicker or a section's name before a headline on a line
# of its own ("Biz & IT —"), or a trail cut off; a headline ends with a word or a mark.
TRAILING_SEPARATORS = "-–—|/•·›>"
BREADCRUMB_SEPARATORS = (" > ", " » ", " › ", " ›› ", " >> ", " / ")  # "Home > News > Headline", "home / Betrieb / IT"
# Icon-font glyphs ("\ue060 Next video starts in : 7 Play") live in Unicode's private use
# area: a line that prints one is a control's label, never a headline.
ICON_GLYPH = re.compile("[\ue000-\uf8ff]")
# Form controls as text-mode browsers draw them: lynx's "(BUTTON) Search" and a text field's
# "____________________", w3m's check boxes "[ ]", radio buttons "( ) (*)", a text field
# holding its value padded with spaces ("[Suchbegriff ] Suchen"), an embed's "IFRAME:
# https://…". A line holding one is a form's or a widget's, never a headline.
FORM_CONTROL = re.compile(r"\(BUTTON\)|___|\[[ xX*]?\]|\[[^\[\]]*\S\s+\]|\([ *]\)|://")
# More that text-mode browsers draw: w3m's submit button, a whole line in brackets
# ("[Enregistrer les informations]"), and any box-drawing character: its rules ("━━━━", an
# <hr>) and a table's borders ("status_code │ period │ entries").
DRAWN_CONTROL = re.compile(r"^\s*\[[^\[\]]+\]\s*$|[\u2500-\u257f]")


# A year standing as a word ("Fünf HR-Trends 2023", "Olympia 2022: …") is a title's word, not
# the digits of a counter or a time ("653,817 VIEWS", "1:39 PM ET").
_YEAR_WORD = re.compile(r"(?<![\w.,:/-])(?:19|20)\d\d(?![\w.,:/-]\d)")


def _few_digits(text: str, limit: float) -> bool:
    """Whether less than ``limit`` of the line's characters are digits, or its only number is a year
    standing as a word. (A line without a digit has a share of 0: ``has_digit`` is one regex search,
    the share a loop.)"""
    if not has_digit(text) or digit_share(text) < limit:
        return True
    # (only when the year is its only number: "16. Dezember 2019", "31 Donnerstag Okt 2019" are
    # dates; and not a line of years alone, "2015 2016 2017", an archive's links)
    rest = _YEAR_WORD.sub("", text)
    return not has_digit(rest) and any(c.isalpha() for c in rest)


def _not_a_title_shape(text: str, options: Options) -> bool:
    """Shapes no headline has: a text printed twice in a row ("Christoph beim AngelnChristoph beim
    Angeln", "ohneQ Podcast ohneQ Podcast": a picture's alt and title text, a logo link's label
    and image), a line wholly in parentheses ("( Pescasseroli, 14 Gennaio 20 )": an aside or a
    dateline), a line opening with "&" or "+" (the rest of a line above: "& Sylvia Torres-Guillén,
    Director …", a second author), a logo's alt text ("FinCompare Logo", ``data/logo_words.txt``)."""
    line = text.strip()
    return (line[:1] == "(" and line[-1:] == ")") or line[:1] in ("&", "+") \
        or printed_twice(line, options.doubled_line_min_chars) is not None \
        or not lexicon.phrases("logo_words").isdisjoint(normalized(line).split())


def drawn_interface(text: str) -> bool:
    """Whether the line holds an icon, a form control or a box-drawing rule (above): a widget's
    line, which no title is."""
    return bool(ICON_GLYPH.search(text) or FORM_CONTROL.search(text) or DRAWN_CONTROL.search(text))


def _headline_like(block: Block, options: Options, min_words: int = 2) -> bool:
    if not min_words <= block.words <= 30:  # (the cheapest test first: most lines fail it)
        return False
    text = block.text.rstrip()
    sentence = ends_like_sentence(text) and not text.endswith(("?", "!"))
    credit = text.split(None, 1)[0].casefold().rstrip(":") in lexicon.phrases("photo_credits")
    # (a line without a digit has a digit share of 0: has_digit is one regex search, the share a loop)
    return (_few_digits(text, options.headline_max_digit_share) and not credit
            and not sentence and not is_section_label(text) and not drawn_interface(text)
            and text.count(")") == text.count("(")  # "weiß ich nichts )": the rest of a parenthesis
            and not is_relative_time(text) and not text.endswith(("..", ":", "…"))
            and text[-1] not in TRAILING_SEPARATORS
            and not is_phrase_line(text.rsplit(None, 1)[-1], "byline_markers")  # "… is sponsored by"
            and not is_phrase_line(text, "boilerplate_lines") and not is_interface_row(text)
            and not read_line(text).date and not _credit_line(text) and not is_reading_time(text)
            and not is_consent_text(text)  # "política de cookies": a consent box's link
            and not _not_a_title_shape(text, options))


# A picture's credit or caption ("© Karina Hessland-Wissel", "(Bild: Dieter Stork)", "Whale
# expert Hori Parata. Photograph: Adrian Malloch"): the photo stands between the headline and
# the body, and its credit is as short and as unpunctuated as a title. So is a copyright
# note ("...or, why do I bother. © 2002, 2003").
def _credit_line(text: str) -> bool:
    return "©" in text or text.lstrip().startswith(("(c) ", "(C) ")) \
        or is_picture_credit(text, lexicon.phrases("photo_credits"))


def offer_headline(blocks: Sequence[Block], meta: Metadata, region: tuple[int, int], top: int,
                   options: Options) -> int | None:
    """Offer the headline; return the index of its line."""
    start, end = region
    if not blocks:
        return None
    # (not a first line of links or of widgets: a converter that prints no <title> starts with the page's menu)
    title = blocks[0] if not opens_with_link_titles(blocks[0].text) and not drawn_interface(blocks[0].text) else None
    repeated = _repeated_title(blocks, start, options) if title is not None else None
    chosen, source = repeated, "line repeating the page title"
    if chosen is not None and title is not None and _repeats_whole_first_line(title, chosen):
        chosen = None  # the sources of the page's own structure first (see the function)
    if chosen is None:
        chosen, source = _top_heading(blocks, start, options), "level-1 heading near the body (Markdown '#')"
    if chosen is None:
        chosen, source = _last_trail_step(blocks, start, options), TRAIL_STEP
    if chosen is None:
        chosen, source = _header_block(blocks, start, end, options), "title over a byline and a date"
    if chosen is None and repeated is not None and _repeat_may_be_headline(title, repeated, blocks, start, options):
        chosen, source = repeated, "line repeating the page title"
    if chosen is None:  # the title-like lines around the body start, found once for both sources
        title_like = _title_lines(blocks[max(1, top):start + options.text_meta_body_lines], blocks, options)
        chosen, source = _title_printed_twice(title_like, start, options), "title line printed twice near the body"
        if chosen is None:
            chosen, source = _nearest_title_line(blocks, start, top, title_like, options), "title line above the body"
            chosen = _whole_heading(blocks, title_like, chosen)
        # A line saying what the <title> says in other words beats a line chosen by its place
        # that does not (a menu row, a cart's message, a section's name above the body).
        # (Not when the first line is a menu's, "Toggle navigation Frau Sabienes sagt": a converter
        # printing no <title>. A chosen line holding every word of the title says it too: "How
        # to Care for Hydrangeas to Get the Most Beautiful Blooms" under "How to Care for
        # Hydrangeas | Real Simple", where a teaser "… Hydrangeas in Vases" shares more.)
        key = _title_key(title) if title is not None and title.words <= TITLE_LINE_MAX_WORDS \
            and not has_interface_word(title.text) else frozenset()
        said = bool(key) and chosen is not None and (
            _title_share(_words(chosen), key) > options.title_echo_min_share or key <= _words(chosen))
        echo = _title_echo(blocks, key, top, start, options) if not said else None
        if echo is not None:
            chosen, source = echo, ECHO
    margin = _margin(blocks, start, options)
    set_out = _set_out_heading(blocks, start, chosen, margin, options) if margin else chosen
    if set_out is not chosen:
        chosen, source = set_out, SET_OUT
    if chosen is None:
        chosen, source = _first_or_opening_line(blocks, title, start, options)
    if chosen is None:
        return None
    # (a heading holding " | " is the page's title printed as its <h1>: "Headline | SITE.NET")
    headline = strip_site_name(chosen.text) if chosen.index == 0 or (source == SET_OUT and " | " in chosen.text) \
        else _without_kicker(chosen.text, title.text, options) if title is not None else chosen.text
    meta.offer("headline", headline, source)
    key = normalized(chosen.text)
    key_first = key.split(" ", 1)[0]
    for block in blocks[max(0, top):start + options.text_meta_body_lines]:
        # Cheap tests before normalising the line (most lines above a body are asked nowhere else):
        # an ASCII line normalises to at most its own length, and to a text opening with its first word.
        text = block.text
        if not block.role and (len(text) >= len(key) or not text.isascii()) \
                and first_normalized_word(text) == key_first and normalized(text) == key:
            block.role = "headline"
    _standfirst(blocks, meta, chosen, region, options)
    return chosen.index


def _first_or_opening_line(blocks: Sequence[Block], title: Block | None, start: int,
                           options: Options) -> tuple[Block | None, str]:
    """The last sources: the page's first line when it is title-like and stands within
    ``headline_search_blocks`` of the body; else a title-like line that opens the body region
    ("Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest
    steps in to mediate" / "*" / body: a headline long enough to weigh as prose), not the
    page's first line (a page of one paragraph) nor one opening in lower case; else the first
    line wherever it stands."""
    first = title if title is not None and title.kind != LIST_ITEM and title.index < start \
        and _headline_like(title, options) else None
    if first is not None and start - first.index <= options.headline_search_blocks:
        return first, "page title (first line)"
    opening = _opening_title(blocks, start, options) if 0 < start < len(blocks) else None
    if opening is not None:
        return opening, OPENING_TITLE
    return first, "page title (first line)"


def _last_trail_step(blocks: Sequence[Block], start: int, options: Options) -> Block | None:
    """ "• Startseite" / "• Handel" / "• Getränke per Schiff ins Stadtzentrum" / "Olympische Spiele
    in Paris Getränke per Schiff ins Stadtzentrum": a breadcrumb trail printed as list items (a
    home link first, ``data/home_links.txt``) ends with the page's own title, and the page prints
    it again right under the trail, alone or after a kicker. A menu's last entry ("• Über mich")
    is printed again farther down, or is no title (a title has ``title_line_min_words``). The
    trail may stand far above the body (over a teaser list and a picture): every line from the
    dump's second is asked (asking only the lines the other sources search lost three)."""
    last = min(len(blocks), start + options.text_meta_body_lines)
    for block in blocks[1:last]:
        inline = _inline_trail_step(block, blocks, options)
        if inline is not None:
            return inline
        if block.kind != LIST_ITEM or blocks[block.index - 1].kind == LIST_ITEM \
                or not is_phrase_line(block.text, "home_links"):
            continue
        end = block.index
        while end + 1 < last and blocks[end + 1].kind == LIST_ITEM and end - block.index < options.breadcrumb_list_max_steps:
            end += 1
        step = blocks[end]
        if end == block.index or (end + 1 < len(blocks) and blocks[end + 1].kind == LIST_ITEM) \
                or not _headline_like(step, options, options.title_line_min_words):
            continue
        key = normalized(step.text)
        if any(normalized(b.text) == key or normalized(b.text).endswith(" " + key)
               for b in blocks[end + 1:end + 1 + options.breadcrumb_repeat_lines]):
            return step
    return None


def _opening_title(blocks: Sequence[Block], start: int, options: Options) -> Block | None:
    """The title-like line nearest above the region's first prose line (or that line itself, a
    headline long enough to weigh as prose), within ``headline_search_blocks`` lines of it: the
    region may open with a slideshow's captions and a video's controls ("Featured Video Play
    Icon" / "Region" / headline / dateline / body). Not one opening in lower case."""
    prose = next((b.index for b in blocks[start:] if b.keep and is_prose(b, options)), None)  # (not a caption)
    if prose is None:
        return None
    near = blocks[max(start, prose - options.headline_search_blocks):prose + 1]
    titles = [b for b in _title_lines(near, blocks, options) if not b.text.lstrip()[:1].islower()]
    return titles[-1] if titles else None


_TRAIL_SEPARATOR = re.compile("|".join(re.escape(sep) for sep in BREADCRUMB_SEPARATORS))


def _inline_trail_step(block: Block, blocks: Sequence[Block], options: Options) -> Block | None:
    """ "Home » Recipes » Sharing » Olive & Herb Focaccia Bread" / … / "Olive & Herb Focaccia
    Bread": a trail written on one line, whose last step the page prints again, alone, within
    ``breadcrumb_repeat_lines`` lines under it; that line is returned."""
    text = block.text
    if ">" not in text and "»" not in text and "›" not in text and " / " not in text:  # (most lines: no separator)
        return None
    step = _TRAIL_SEPARATOR.split(text)[-1]
    if step == text or len(step.split()) < options.title_line_min_words:
        return None
    key = normalized(step)
    return next((b for b in blocks[block.index + 1:block.index + 1 + options.breadcrumb_repeat_lines]
                 if normalized(b.text) == key and _headline_like(b, options, options.title_line_min_words)), None)


def _top_heading(blocks: Sequence[Block], start: int, options: Options) -> Block | None:
    """A Markdown dump's level-1 heading (``# Headline``) nearest above the body start, or else
    the first one just inside it: the article's ``<h1>``. Plain dumps have no heading kind."""
    last = min(len(blocks), start + options.text_meta_body_lines)
    h1 = [b for b in blocks[:last] if b.kind == HEADING and b.heading_level == 1 and _headline_like(b, options, 1)]
    above = [b for b in h1 if b.index <= start]
    return above[-1] if above else (h1[0] if h1 else None)


def _set_out_heading(blocks: Sequence[Block], start: int, chosen: Block | None, margin: int,
                     options: Options) -> Block | None:
    """ "Deux ans et demi en Macronie : …" at column 0 between lines set in by three spaces:
    lynx sets a page's text in by a margin and prints its headings (``<h1>`` to ``<h6>``) left
    of it. In such a dump, a title-like line chosen above the body stands so too (or another
    copy of it does: a headline repeated in a breadcrumb); if not, the heading set out nearest
    above the body start (or else the first just inside it) is the article's."""
    if chosen is not None:
        key = normalized(chosen.text)
        if any(b.indent < margin and normalized(b.text) == key for b in blocks):
            return chosen
    last = min(len(blocks), start + options.text_meta_body_lines)
    # (not the first line: the sources above read it as the page's title)
    candidates = [b for b in blocks[1:last] if b.indent < margin and not b.role and b.kind != LIST_ITEM
                  and _headline_like(b, options, 1)]
    above = [b for b in candidates if b.index <= start]
    return above[-1] if above else (candidates[0] if candidates else chosen)


def _margin(blocks: Sequence[Block], start: int, options: Options) -> int:
    """The margin by which the dump sets its text in, as lynx does (three spaces), or 0: most
    lines other than list items stand at one small indent. (A converter indenting by nesting
    depth, as inscriptis does, spreads its lines over many deeper indents; a dump of the text
    nodes keeps a source's stray space before many lines.) The body's first lines stand at
    the margin too: asked first, they answer for most dumps without a count of every line."""
    low, high = options.set_out_margin_min, options.set_out_margin_max
    if not any(low <= b.indent <= high for b in blocks[start:start + 4]):
        return 0
    indents = Counter(b.indent for b in blocks if b.kind != LIST_ITEM)
    if not indents:
        return 0
    margin, count = indents.most_common(1)[0]
    if options.set_out_margin_min <= margin <= options.set_out_margin_max \
            and count >= options.set_out_margin_min_share * indents.total():
        return margin
    return 0


def _without_kicker(line: str, title: str, options: Options) -> str:
    """ "Olympische Spiele in Paris Getränke per Schiff ins Stadtzentrum" under the <title>
    "Olympische Spiele in Paris - Getränke per Schiff ins Stadtzentrum - Site": the page
    prints a kicker before the headline, the title tells them apart. The headline is the
    title part the line ends with, when at most ``kicker_max_words`` words stand before it and
    nothing but a space divides them: "Welpen kaufen – Tipps zu jeder Hunderasse" on the page
    is the headline itself, with its own dash."""
    key = normalized(line)
    words = line.split()
    for part in split_title(title):
        tail, n = normalized(part), len(part.split())
        if n < options.kicker_min_headline_words or not key.endswith(" " + tail) or n >= len(words) \
                or len(words) - n > options.kicker_max_words:
            continue
        if normalized(" ".join(words[-n:])) == tail and words[-n - 1][-1] not in KICKER_SEPARATORS:
            return " ".join(words[-n:])
    return line


def _repeated_title(blocks: Sequence[Block], start: int, options: Options) -> Block | None:
    """The line that repeats the page's first line or its longest part (the <h1> under <title>).

    (Preferring the parts before the last one, or the line nearest to the body, both lost more
    pages than they won on trafilatura-dev-text: a site's name stands first as often as last.)"""
    first = normalized(blocks[0].text)
    if not first or blocks[0].words > TITLE_LINE_MAX_WORDS:
        return None
    split = [normalized(p) for p in split_title(blocks[0].text)]
    # "100. Geburtstag: Holocaust-Überlebende … wird 100 Jahre": the page prints the kicker
    # and the headline on lines of their own; the longer line wins
    after_kicker = normalized(blocks[0].text.partition(": ")[2])
    best: Block | None = None
    best_len = 0
    # Every key that can match below starts with the first word of one of these: a cheap test
    # (no normalising of an ASCII line) that skips most lines.
    first_words = {k.split(" ", 1)[0] for k in (first, after_kicker, *split)}
    site_parts = _site_parts(blocks[0].text, split)
    for block in blocks[1:start + options.text_meta_body_lines]:
        text = block.text  # (first_normalized_word's commonest case inline: an ASCII word before the first space)
        cut = text.find(" ")
        head = text if cut < 0 else text[:cut]
        if (head.lower() if head.isalnum() and head.isascii() else first_normalized_word(text)) not in first_words:
            continue
        if block.words < 2 and len(split) < 2:  # (not a one-word headline, nor a longer one: see below)
            continue
        key = normalized(text)
        # "Impressum - Werbeagentur X", "Penny - Stardew Valley Wiki": a one-word headline is
        # the title's first part; elsewhere one word is a menu entry or the site's name.
        one_word_headline = len(split) > 1 and key == split[0] and len(key) >= options.one_word_headline_min_chars
        if not one_word_headline and (len(key) < 8 or block.words < 2):
            continue
        if not (key == first or key in split or key == after_kicker or first.startswith(key + " ")):
            continue
        # "The Verge" under "Headline - The Verge": the site's name, not the headline (a
        # one-word first part is the headline by the rule above, whatever the site name is)
        if key in site_parts and not one_word_headline:
            continue
        if best is None or len(key) > best_len or (len(key) == best_len and block.index <= start):
            best, best_len = block, len(key)
    return best


def _repeats_whole_first_line(first: Block, line: Block) -> bool:
    """ "Se connecter", "Albo Online", "Über uns": a converter that prints no <title> opens with
    the page's first visible line, a menu entry or the site's name, which the page prints again
    (its desktop and mobile menus, its footer). A line repeating the whole first line (not a
    part of it, as an <h1> repeats "Headline | Site") yields to a Markdown level-1 heading, to a
    breadcrumb's last step printed again and to a title over a byline and a date: when the
    <title> is the <h1>, they find the same line.
    Only then is it the headline, and only as ``_repeat_may_be_headline`` allows."""
    return normalized(line.text) == normalized(first.text)


def _repeat_may_be_headline(first: Block, line: Block, blocks: Sequence[Block], start: int,
                            options: Options) -> bool:
    """Whether the line repeating the first line is the headline once the page's own structure
    gave none. A repeat of a part of it is ("Headline" under "Headline | Site"); a repeat of the
    whole first line only near the body or when title-like itself: a converter without <title>
    opens with a logo's alt text or a menu entry ("oe24Plus Logo", "Aktionen ›", "News &
    Politics"), which the page prints again over its menus, far above the body. (The infobox's
    "New Zealand" far above an encyclopedia article is lost so: on the converter dumps of
    trafilatura-dev +14 headlines, on readability's -1.)"""
    return not _repeats_whole_first_line(first, line) or start - line.index <= options.headline_search_blocks \
        or bool(_title_lines([line], blocks, options))


def _site_parts(title: str, split: Sequence[str]) -> set[str]:
    """The normalised parts of the page's title that ``strip_site_name`` takes for the site's name."""
    kept = normalized(strip_site_name(title))
    return {part for part in split if part != kept and part not in kept} if len(split) > 1 else set()


def _header_block(blocks: Sequence[Block], start: int, end: int, options: Options) -> Block | None:
    """ "The Hidden Heroines of Chaos" / "By Joshua Sokol" / "May 20, 2019": a title-like line
    right over a marked byline and a date line (in either order) is the article's header,
    however far from the body start it stands (a newsletter box may split the body, a cookie
    dialog may be taken for it), but not under the body's end: related stories follow it. Only
    a header printed once: teaser cards repeat that shape card after card; and not a caption
    ("… in 2023. Credit …"), which may stand over the byline too."""
    found: dict[int, Block] = {}  # the header's byline and date lines -> its title
    # titles: lines 1 to stop - 1, up to the line ``headline_search_blocks`` into the region
    # and above the body's end
    stop = min(start + options.headline_search_blocks + 1, end, len(blocks) - 2)
    pairs = _meta_pairs(blocks, stop + 1)
    # Only a line one or two lines over a pair can be a title (``_byline_and_date_under``): the
    # others are not asked, in the order the page prints them.
    for index in sorted({pair - gap for pair in pairs for gap in (1, 2) if 1 <= pair - gap < stop}):
        block = blocks[index]
        meta_lines = _byline_and_date_under(blocks, index, pairs)
        if meta_lines and not has_sentence_inside(block.text) and _title_lines([block], blocks, options):
            found[meta_lines] = block  # "take the tour" / headline / byline / date: the nearer title
    return next(iter(found.values())) if len(found) == 1 else None


def _byline_and_date_under(blocks: Sequence[Block], index: int, pairs: set[int]) -> int | None:
    """Where a byline and a date line (or one line holding both: "By Jane Doe March 11, 2015")
    stand right under line ``index``, or under the standfirst that follows it."""
    for gap in (1, 2):
        if index + gap + 1 < len(blocks) and index + gap in pairs:
            return index + gap if gap == 1 or _standfirst_shaped(blocks[index + 1]) else None
    return None


_NO_KIND = (False, False, False)


def _meta_pairs(blocks: Sequence[Block], last: int) -> set[int]:
    """The lines ``i`` from 2 up to ``last`` where lines ``i`` and ``i + 1`` are a byline and a
    date line (either order), or line ``i`` a dated byline. Every pair holds a line that can be
    a byline (a marker opens it, or it holds a handle's "@"; a dated byline is marked): only
    those lines and their neighbours are read (most lines of a page are neither, and reading a
    date line is costly), each once."""
    span = blocks[2:min(last + 2, len(blocks))]
    marked = {b.index for b in lines_opening_with_marker(span)}
    bylines = marked.union(b.index for b in span if "@" in b.text)
    near = sorted({i + step for i in bylines for step in (-1, 0, 1)}.intersection(b.index for b in span))
    kinds = {i: kind for i in near for kind in (_line_kind(blocks[i].text, i in marked),) if kind != _NO_KIND}
    pairs = set()
    for i, here in kinds.items():
        under = kinds.get(i + 1, _NO_KIND)
        if i <= last and (here[0] and under[1] or under[0] and here[1] or here[2]):
            pairs.add(i)
    return pairs


def _line_kind(text: str, marked: bool | None = None) -> tuple[bool, bool, bool]:
    """Whether a line is a byline without a date ("By Jane Doe", "Jane Doe, @jane"), a date line
    without names ("May 20, 2019"), a dated byline ("By Jane Doe March 11, 2015"). Cheap tests
    first: a byline starts with a marker or holds a handle's "@"; else only a date line without
    names is left, which holds a digit and is short (``read_line``'s ``only_meta``). ``marked``:
    ``starts_with_marker(text)``, when the caller knows it."""
    marked = starts_with_marker(text) if marked is None else marked
    if not (marked or "@" in text) and (not has_digit(text) or len(text.split()) > DATE_ONLY_MAX_WORDS):
        return _NO_KIND
    meta = read_line(text)
    byline = (marked or meta.name_source == "handle") and bool(meta.names) and not meta.date
    dateline = bool(meta.date) and meta.only_meta and not meta.names
    return byline, dateline, marked and bool(meta.names) and bool(meta.date) and meta.only_meta


def _standfirst_shaped(line: Block) -> bool:
    """ "But only hardcore gamers will appreciate it.": a sentence without metadata (a title-like
    line there is the headline, and the line above it a section label)."""
    return ends_like_sentence(line.text) and read_line(line.text) is NOTHING


def _title_printed_twice(title_like: Sequence[Block], start: int, options: Options) -> Block | None:
    """ "Inside the Deep Web Drug Lab" over the share buttons and again over the standfirst: a
    title-like line printed twice right around the body start is the headline (the page's and
    the post's heading). A pair whose second copy is above the body start beats one inside it
    (a caption printed twice); farther up, a line printed twice is a menu's (desktop and
    mobile). The first copy is the headline as written: the second may be cased otherwise."""
    first: dict[str, Block] = {}
    above: Block | None = None
    below: Block | None = None
    for block in title_like:
        key = normalized(block.text)
        if key in first and abs(block.index - start) <= options.text_meta_body_lines:
            if block.index < start:
                above = first[key]
            elif below is None:
                below = first[key]
        first.setdefault(key, block)
    return above or below


def _title_echo(blocks: Sequence[Block], key: frozenset[str], top: int, start: int,
                options: Options) -> Block | None:
    """The line around the body start that says what the page's <title> says in other words
    ("VW-Chef Diess warnt vor Tesla und 'Golf aus China'" over the headline "VW-Chef warnt vor
    Tesla und "Golf aus China"", "Brexit: Nervenkrieg geht in nächste Runde" over "Der
    Nervenkrieg um den Brexit geht in die nächste Runde"): of the lines sharing more than
    ``title_echo_min_share`` of their and the title's words (``_title_share``; ``key``: the
    title's words, ``_title_key``), the one sharing most. An editor rewrites the headline for
    the <title> (shorter, or for search engines); a teaser or a menu shares a word or two with it."""
    if len(key) < TITLE_PART_MIN_WORDS:
        return None
    best, best_share = None, options.title_echo_min_share
    longest = 2 * len(key)
    for block in blocks[max(1, top):start + options.text_meta_body_lines]:
        if not TITLE_PART_MIN_WORDS <= block.words <= longest or block.role or block.text.rstrip().endswith("."):
            continue
        share = _title_share(_words(block), key)
        if share > best_share and _headline_like(block, options):
            best, best_share = block, share
    return best


def _title_share(words: frozenset[str], key: frozenset[str]) -> float:
    """The words a line and the title share, of the words of either (a Jaccard index)."""
    return len(words & key) / len(words | key) if key else 0.0


def _title_key(title: Block) -> frozenset[str]:
    """The words of the title's longest part (the site's name left out)."""
    parts = split_title(title.text)
    return frozenset(normalized(max(parts, key=len) if parts else title.text).split())


def _words(block: Block) -> frozenset[str]:
    return frozenset(normalized(block.text).split())


def _nearest_title_line(blocks: Sequence[Block], start: int, top: int, title_like: Sequence[Block],
                        options: Options) -> Block | None:
    # The headline stands above the byline and date lines when there are any.
    limit = next((b.index for b in blocks[top:start] if b.role in ("byline", "date")), start)
    if limit == start:  # "Headline" / "Standfirst" (prose: the body's start) / "By Jane Doe"
        limit = next((b.index for b in blocks[start:start + options.text_meta_body_lines] if b.role == "byline"
                      and _within(title_like, start, b.index, strict=True)), start)
    # A line of the page other than its <title> line: menus ("Log in | Sign up") and
    # two-word section names are what stands above the body besides the headline. A long
    # headline reads like prose ("Rewriting Rules of Engagement with Video in 2020: Vidyard
    # Introduces New Features on its Video Platform"), so only a sentence end rules a line out.
    candidates = _within(title_like, top, limit)
    under = _under_meta_line(title_like, candidates, limit, start, options)
    if under is not None:
        return under
    if not candidates:
        # "Silicon Exposed" / "Sunday, May 8, 2016" / headline / body: the blog's name stands
        # first and the date above the post's title.
        # (not a line opening in lower case there: the rest of a "Posted … in" line)
        candidates = [b for b in _within(title_like, limit, start) if not b.text.lstrip()[:1].islower()]
    if not candidates:
        return None
    chosen = candidates[-1]
    # Headline then standfirst: of two title-like lines in a row, the upper one is the headline
    # when the lower is standfirst-long. Not only a shorter upper line: "Tite diz que errou ao
    # levar taça da Libertadores a Lula em 2012" (13 words) over its standfirst (11).
    upper = candidates[-2] if len(candidates) > 1 else None
    # (Not when the lower line is written Like A Title: "Places near me Random place" over "The
    # Deck of Cards That Made Tarot A Global Phenomenon" is a menu over the headline.)
    if upper is not None and upper.index == chosen.index - 1 \
            and chosen.words >= options.standfirst_min_words and not is_title_like(chosen.text):
        return upper
    return chosen


def _under_meta_line(title_like: Sequence[Block], above: Sequence[Block], limit: int, start: int,
                     options: Options) -> Block | None:
    """ "Partager Rechercher Menu" / … / "Accueil | Par Loïc Le Clerc | 30 septembre 2018" /
    "Deux ans et demi en Macronie : …" / standfirst: some pages print the byline and date over
    the headline. The title-like line right under the first byline or date line, above the body,
    is the headline when none stands above, or the nearest one above stands farther than
    ``headline_meta_gap`` lines over it (a menu's; a headline stands right over its byline, a
    "Follow" button or a photo credit between). Not a line that opens in lower case: the rest
    of a "Posted … in" line."""
    under = _within(title_like, limit + 1, min(limit + 2, start))
    if not under or (above and above[-1].index >= limit - options.headline_meta_gap) \
            or under[0].text.lstrip()[:1].islower():
        return None
    return under[0]


def _whole_heading(blocks: Sequence[Block], title_like: Sequence[Block], chosen: Block | None) -> Block | None:
    """ "The Open Journalism Project: Better Student Journalism" over "Open Journalism Project:" /
    "Better Student Journalism": the heading printed whole above its kicker and title split into
    lines of their own is the headline. So is "Lupita Nyong'o's $150K Pearl Oscar Dress --
    STOLEN!!!" right over "Lupita Nyong'o" / "$150K Pearl Oscar Dress ... STOLEN!!!!": a line
    holding every word of the kicker and of the title under it."""
    if chosen is None:
        return None
    tail = ": " + chosen.text.strip()
    whole = next((b for b in title_like if b.index < chosen.index and b.text.rstrip().endswith(tail)), None)
    if whole is None and chosen.index >= 2 and blocks[chosen.index - 2] in title_like:
        upper, kicker = blocks[chosen.index - 2], blocks[chosen.index - 1]
        words = set(normalized(upper.text).split())
        split = set(normalized(kicker.text).split()) | set(normalized(chosen.text).split())
        whole = upper if kicker.words < chosen.words and split <= words else None
    return whole or chosen


def _title_lines(lines: Sequence[Block], blocks: Sequence[Block], options: Options) -> list[Block]:
    # (the tests of the line's kind and separators first: a menu row is not read further)
    return [b for b in lines if not b.role and b.kind != LIST_ITEM and " | " not in b.text
            and _headline_like(b, options, options.title_line_min_words) and not _breadcrumb(b.text, options)
            and not is_name_by_time(b, blocks, options) and not in_field_list(b, blocks) and not _names_only(b.text)]


def _names_only(text: str) -> bool:
    """ "Sadhbh O'Sullivan, Elisabeth Kochan", "Jane Doe & John Roe": a list of two or more
    people's names is a byline without its marker, never a title."""
    # (cheap tests first: a list of names holds a separator or a joiner word)
    if not any(sep in text for sep in _NAME_LIST_SEPARATORS) \
            and lexicon.phrases("byline_joiners").isdisjoint(text.casefold().split()):
        return False
    parts = name_parts(text)
    return len(parts) >= 2 and all(is_person_name(part) for part in parts)


_NAME_LIST_SEPARATORS = ",;/|•·&+"  # what authors._SEPARATORS splits at, besides joiner words


# "Verlag: Heyne" / "Übersetzer: Sonja Häußler", "Stückpreis: 36,00 EUR" / "Lieferzeit: 15 - 21
# Tag(e)": a one-word label, a colon and its value
_FIELD = re.compile(r"^\s*[^\W\d_][\w-]*:\s+\S")


def in_field_list(block: Block, blocks: Sequence[Block]) -> bool:
    """Whether the line is an entry of a list of fields (a book's or a product's facts): it and a
    line next to it are a one-word label, a colon and a value, under labels of their own. A
    kicker over a headline ("Tagung: Institutionen revolutionärer Macht …") has the same shape,
    on a line of its own, printed twice at most, and next to a dateline at most
    ("Veröffentlicht: 24. Oktober 2022")."""
    if not _FIELD.match(block.text):
        return False
    label = block.text.split(":", 1)[0].strip()
    return any(0 <= i < len(blocks) and _FIELD.match(blocks[i].text)
               and blocks[i].text.split(":", 1)[0].strip() != label and not read_line(blocks[i].text).date
               for i in (block.index - 1, block.index + 1))


def _within(title_like: Sequence[Block], low: int, high: int, strict: bool = False) -> list[Block]:
    """The title-like lines from ``low`` up to ``high``; ``strict`` inside the body, where a
    caption ("… in 2023. Credit …") stands between the headline and the byline as often as
    the headline does."""
    return [b for b in title_like if low <= b.index < high and not (strict and has_sentence_inside(b.text))]


def _breadcrumb(text: str, options: Options) -> bool:
    """ "Mac & i > News > 2015 > 1Password für Mac …": a trail of links, whose last step may be the headline."""
    return sum(text.count(sep) for sep in BREADCRUMB_SEPARATORS) >= options.breadcrumb_min_steps


def _standfirst(blocks: Sequence[Block], meta: Metadata, chosen: Block, region: tuple[int, int],
                options: Options) -> None:
    """A prose line right under the headline is the standfirst (``description``).

    It leaves the body only when byline or date lines separate it from the body (the seeds'
    shape); directly above the body it is the article's first paragraph as well. A date line
    under the body's last line separates nothing: the body may be that one paragraph.
    """
    start, end = region
    meta_line = next((b.index for b in blocks[chosen.index + 1:min(start + options.text_meta_body_lines, end + 1)]
                      if b.role in ("byline", "date")), None)
    for block in blocks[chosen.index + 1:meta_line if meta_line is not None else start + 1]:
        standfirst_shaped = block.words >= options.standfirst_min_words and not ends_like_sentence(block.text)
        if not block.role and (is_prose(block, options) or (meta_line is not None and standfirst_shaped)):
            if meta_line is not None:
                block.role = "standfirst"
            meta.offer("description", block.text, "standfirst under the headline")
            return
