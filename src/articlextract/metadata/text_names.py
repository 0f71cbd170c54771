"""Author names that stand alone on a line of a text dump, without a "By" before them.

A line holding only a name is the byline only where its neighbours say so, since a menu
entry or a teaser's author looks the same: next to a date, a reading time or a relative
time ("Vincent Vallet" / "Follow" / "Oct 18, 2019 · 8 min read"), or right under the
headline. The name may carry what the converter glued to it: "Amelie Siekmann,",
"ET Online |", "James Akinaka • 8h", "Inga Hoeltmann Follow".
"""

from __future__ import annotations

from typing import Sequence

import regex

from .. import lexicon
from ..features import normalized
from ..model import LIST_ITEM, Block
from ..options import DEFAULT_OPTIONS, Options
from ..rules.phrases import is_relative_time
from . import Metadata
from .authors import strip_byline_prefix
from .text_lines import NAME_MAX_WORDS, has_interface_word, is_person_name, read_line

NAME_LINE_PUNCTUATION = " ,|•·—–-"  # what a name line may end with when a date line follows
NAME_LINE_MAX_WORDS = NAME_MAX_WORDS + 2  # a name with a time or a button glued to it
TIME_UNIT_MAX_CHARS = 4  # the words of a reading time or age are short units: "min", "read", "h"
_COUNT = regex.compile(r"^\d{1,3}\p{Ll}{0,3}\.?$")  # "11", "8h", "3d", "5min."
HEADLINE_COPY_MIN_WORDS = 4  # a copy of a headline this long is the headline printed again, not a menu entry
LINE_PART_SEPARATOR = regex.compile(r"\s+[|•·—–]\s+|\s+-\s+")  # "Jane Doe | 3 min read"


def name_next_to_time(window: Sequence[Block], blocks: Sequence[Block], meta: Metadata, top: int,
                      options: Options) -> None:
    """A name line next to a date, reading-time or age line, or one interface line ("Follow")
    away from it, at or below ``top``; the window is ordered nearest to the body first."""
    for block in window:
        if block.index < top or (block.role != "date" and not is_time_line(block.text, options)) \
                or _in_card_list(block.index, blocks, options):
            continue
        for near in _neighbours(block.index, blocks, options):
            name = None if blocks[near].role else name_on_line(blocks[near].text, options)
            if name:
                meta.offer("authors", [name], "name line next to the date")
                blocks[near].role = "byline"
                return


def person_above(block: Block, blocks: Sequence[Block], head: str, options: Options) -> tuple[int, str] | None:
    """ "NATALIYA VASILYEVA" / "Associated Press December 2, 2016", "Ben Silverman" / "Games
    Editor" / "Yahoo Finance October 13, 2016": the name before the date is the publisher's
    (an agency, or under the writer's role), the writer's name stands on a line above."""
    index = block.index
    above = [index - 1]
    if index >= 2 and _is_role(blocks[index - 1].text, options):
        above.append(index - 2)
    elif normalized(head) not in lexicon.phrases("agencies"):
        return None
    for near in above:
        text = blocks[near].text.strip() if near >= 0 else ""
        name = name_on_line(text.title() if text.isupper() else text, options)
        if name:
            return near, name.upper() if text.isupper() else name
    return None


def _is_role(text: str, options: Options) -> bool:
    """ "Games Editor", "Senior Writer": a short line of role words (``byline_noise``)."""
    words = text.split()
    noise = lexicon.phrases("byline_noise")
    return 0 < len(words) <= options.role_line_max_words and any(normalized(w) in noise for w in words)


def _in_card_list(index: int, blocks: Sequence[Block], options: Options) -> bool:
    """ "Title" / "Tanvi Misra" / "Mar 9, 2018" / "Title" / "Linda Poon" / "Aug 23, 2017": a time
    line one card (title, name, time) above or below another is a teaser list's."""
    return any(0 <= near < len(blocks) and is_time_line(blocks[near].text, options)
               for near in (index - options.teaser_card_lines, index + options.teaser_card_lines))


def is_name_by_time(block: Block, blocks: Sequence[Block], options: Options) -> bool:
    """ "John C. Welch" / "Follow" / "Oct 15, 2015 · 18 min read": a name line next to a time
    line is a byline, whatever its capitals make it look like (a title); unless the time
    line names the author itself ("Variablen und ihr Zuhause" / "11.12.2019 - Amelie Loevenich")."""
    if block.words > NAME_LINE_MAX_WORDS:  # cheap test first: most title-like lines are longer
        return False
    return bool(name_on_line(block.text, options)) and any(
        is_time_line(blocks[near].text, options) and not read_line(blocks[near].text).names
        for near in _neighbours(block.index, blocks, options))


def _neighbours(index: int, blocks: Sequence[Block], options: Options = DEFAULT_OPTIONS) -> list[int]:
    out = []
    for step in (-1, 1):
        near = index + step
        if 0 <= near < len(blocks) and _beside_name(blocks[near].text, options):
            near += step  # "Vincent Vallet" / "Follow" / "Oct 18, 2019"
        if 0 <= near < len(blocks):
            out.append(near)
    return out


_EMAIL = regex.compile(r"\S+@\S+\.\w+")


def _beside_name(text: str, options: Options) -> bool:
    """A line a byline's name and its date may have between them: a button ("Follow"), the
    writer's e-mail address ("Bruno Wendel" / "bruno.cardoso@…" / "04.05.2022, 05:45") or role
    ("André Borbe" / "Redaktion Haus.de" / "25.01.2022 14:47 Uhr")."""
    longest = max(2, options.role_line_max_words)  # words of a button (2), an address (1), a role
    if text.count(" ") >= longest and len(text.split()) > longest:  # (a cheap test before the split)
        return False
    return _is_button(text) or ("@" in text and _EMAIL.fullmatch(text.strip()) is not None) or \
        (_is_role(text, options) and not lexicon.opens_with("date_labels", text))  # not "Posted on"


def _is_button(text: str) -> bool:
    return len(text.split()) <= 2 and has_interface_word(text)


def lone_name(blocks: Sequence[Block], meta: Metadata, headline: int | None, start: int, options: Options) -> None:
    """A line that is only a person's name, right under the headline or right above the body.

    A page may print its header block twice, and the headline chosen may be the lower copy,
    over a table of contents or a share row: "Was ist eine Vorsatzschalung …?" / "André Borbe" /
    "Redaktion Haus.de" / date, then again the headline and the contents. The lines under each
    copy of the headline's text above the body are searched, the chosen line first; under a
    copy, the name must stand by its date (``is_name_by_time``)."""
    if meta.authors:
        return
    copies = _copies_above(blocks, headline, start, options) if headline is not None else []
    near = [i for copy in copies for i in range(copy + 1, copy + 1 + options.lone_name_distance)]
    own = near[:options.lone_name_distance]  # under the chosen line itself
    for i in near + [start - 1]:
        # Under the headline the name may stand in the body's first lines, under the standfirst.
        if 0 <= i < len(blocks) and (i <= start or i in near) and not blocks[i].role and blocks[i].kind != LIST_ITEM:
            name = name_on_line(blocks[i].text, options)
            # (under another copy, only a name by its date: the copy may be a teaser card's title)
            if name and (i in own or i == start - 1 or is_name_by_time(blocks[i], blocks, options)):
                meta.offer("authors", [name], "name line under the headline")
                blocks[i].role = "byline"
                return


def _copies_above(blocks: Sequence[Block], headline: int, start: int, options: Options) -> list[int]:
    """The headline's line and the lines above the body printing the same text, within twice
    ``headline_search_blocks`` above it (as far up as the metadata window reaches); the
    headline's own first, then upwards. (A short headline, "Fairer Handel", is a menu's entry
    too, over the next entry.)"""
    text = blocks[headline].text
    if blocks[headline].words < HEADLINE_COPY_MIN_WORDS:
        return [headline]
    reach = range(headline - 1, max(0, min(headline, start) - 2 * options.headline_search_blocks) - 1, -1)
    return [headline] + [i for i in reach if blocks[i].text == text]


def name_on_line(text: str, options: Options = DEFAULT_OPTIONS) -> str | None:
    """The person's name a line holds, alone or with a time or a button glued to it."""
    head, *rest = LINE_PART_SEPARATOR.split(text.strip(), maxsplit=1)
    if rest and not (is_time_line(rest[0], options) or _is_button(rest[0])):
        return None
    # "By Joshua Sokol" under a headline found far from the body: the name without its marker
    words = strip_byline_prefix(head)[0].split()
    if len(words) > 2 and has_interface_word(words[-1]):  # "Inga Hoeltmann Follow"
        words.pop()
    name = " ".join(words).strip(NAME_LINE_PUNCTUATION)
    return name if is_person_name(name) else None


def is_time_line(text: str, options: Options = DEFAULT_OPTIONS) -> bool:
    """A date, an age ("3 hours ago", "8h") or a reading time ("11 min read") alone on a line."""
    if read_line(text).date or is_relative_time(text):
        return True
    words = text.split()
    if words and words[0].isdigit() and len(words) == 1:
        return False  # a count ("24" comments, shares), not an age
    return 0 < len(words) <= options.time_line_max_words and any(_COUNT.match(w) for w in words) and \
        all(_COUNT.match(w) or _unit(w) for w in words)


def _unit(word: str) -> bool:
    """ "min", "read", "Min.", "·": a short lower-case word, an abbreviation or punctuation."""
    word = word.strip(".:,·•|")
    return len(word) <= TIME_UNIT_MAX_CHARS and (word.islower() or not word or word[1:].islower())
