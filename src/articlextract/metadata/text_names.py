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

from ..model import LIST_ITEM, Block
from ..rules.phrases import is_relative_time
from . import Metadata
from .text_lines import has_interface_word, is_person_name, read_line

NAME_LINE_PUNCTUATION = " ,|•·—–-"  # what a name line may end with when a date line follows
LONE_NAME_DISTANCE = 3  # a name line alone is the byline only this close under the headline
TIME_LINE_MAX_WORDS = 4  # "11 min read", "8h", "4 Min. Lesezeit"-like counters are this short
TIME_UNIT_MAX_CHARS = 4  # the words of a reading time or age are short units: "min", "read", "h"
_COUNT = regex.compile(r"^\d{1,3}\p{Ll}{0,3}\.?$")  # "11", "8h", "3d", "5min."
_SEPARATOR = regex.compile(r"\s+[|•·—–]\s+|\s+-\s+")


def name_next_to_time(window: Sequence[Block], blocks: Sequence[Block], meta: Metadata, top: int) -> None:
    """A name line next to a date, reading-time or age line, or one interface line ("Follow")
    away from it, at or below ``top``; the window is ordered nearest to the body first."""
    for block in window:
        if block.index < top or (block.role != "date" and not is_time_line(block.text)):
            continue
        for near in _neighbours(block.index, blocks):
            name = None if blocks[near].role else name_on_line(blocks[near].text)
            if name:
                meta.offer("authors", [name], "name line next to the date")
                blocks[near].role = "byline"
                return


def _neighbours(index: int, blocks: Sequence[Block]) -> list[int]:
    out = []
    for step in (-1, 1):
        near = index + step
        if 0 <= near < len(blocks) and _is_button(blocks[near].text):
            near += step  # "Vincent Vallet" / "Follow" / "Oct 18, 2019"
        if 0 <= near < len(blocks):
            out.append(near)
    return out


def _is_button(text: str) -> bool:
    return len(text.split()) <= 2 and has_interface_word(text)


def lone_name(blocks: Sequence[Block], meta: Metadata, headline: int | None, start: int) -> None:
    """A line that is only a person's name, right under the headline or right above the body."""
    if meta.authors:
        return
    near = list(range(headline + 1, headline + 1 + LONE_NAME_DISTANCE)) if headline is not None else []
    for i in near + [start - 1]:
        if 0 <= i < len(blocks) and i <= start and not blocks[i].role and blocks[i].kind != LIST_ITEM:
            name = name_on_line(blocks[i].text)
            if name:
                meta.offer("authors", [name], "name line under the headline")
                blocks[i].role = "byline"
                return


def name_on_line(text: str) -> str | None:
    """The person's name a line holds, alone or with a time or a button glued to it."""
    head, *rest = _SEPARATOR.split(text.strip(), maxsplit=1)
    if rest and not (is_time_line(rest[0]) or _is_button(rest[0])):
        return None
    words = head.split()
    if len(words) > 2 and has_interface_word(words[-1]):  # "Inga Hoeltmann Follow"
        words.pop()
    name = " ".join(words).strip(NAME_LINE_PUNCTUATION)
    return name if is_person_name(name) else None


def is_time_line(text: str) -> bool:
    """A date, an age ("3 hours ago", "8h") or a reading time ("11 min read") alone on a line."""
    if read_line(text).date or is_relative_time(text):
        return True
    words = text.split()
    if words and words[0].isdigit() and len(words) == 1:
        return False  # a count ("24" comments, shares), not an age
    return 0 < len(words) <= TIME_LINE_MAX_WORDS and any(_COUNT.match(w) for w in words) and \
        all(_COUNT.match(w) or _unit(w) for w in words)


def _unit(word: str) -> bool:
    """ "min", "read", "Min.", "·": a short lower-case word, an abbreviation or punctuation."""
    word = word.strip(".:,·•|")
    return len(word) <= TIME_UNIT_MAX_CHARS and (word.islower() or not word or word[1:].islower())
