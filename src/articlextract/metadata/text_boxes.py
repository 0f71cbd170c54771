"""Author names a text dump states away from the article's start: an author box, a copyright.

Both are last resorts, read only when no line near the body named the author:

- an author box ("About the author" / "Sarah Archer" / "Sarah Archer is the author of …",
  "Über den Autor" / "Zeige alle Artikel" / "Matthias"): the label is a whole line of
  ``data/author_box_labels.txt``, and the name stands on one of the next lines; or a link to
  the author's other articles, which names them ("Alles von Martin Junker", "More articles by
  Jane Doe": ``data/author_more_links.txt``);
- the copyright holder of a personal site ("© 2012 Nicolas Perriault — Tweet at me",
  "(c) Johannes Wolf • Weitere Rechte siehe Impressum", "2009-2020 by Florian Posdziech"),
  when it is a person's full name: a company's or a site's name is not an author.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import Sequence

import regex

from .. import lexicon
from ..features import is_phrase_line, is_prose, normalized
from ..model import Block
from ..options import Options
from . import Metadata
from .authors import strip_byline_prefix
from .text_lines import has_interface_word, is_person_name
from .text_names import LINE_PART_SEPARATOR, name_on_line

_YEARS = regex.compile(r"^\d{4}(?:\s*[-–]\s*\d{4})?[,.]?$")
_FOUR_DIGITS = regex.compile(r"\d{4}")  # what every match of _YEARS holds: a cheap search before splitting a line
MORE_LINK_MIN_WORDS = 4  # "Alles von" and a name of two words at least
_LABEL_MAX_CHARS = 60  # "Über den Autor/ die Autorin": labels are short lines (a cheap prefilter)


def author_box(blocks: Sequence[Block], meta: Metadata, start: int, options: Options) -> None:
    """The name under an author box's label, or in a link to the author's other articles; of
    several, the one nearest the body start."""
    if meta.authors:
        return
    initials = _label_initials()
    max_words = options.author_box_label_max_words
    links, link_initials = _more_link(), _more_link_initials()
    found = []
    for block in blocks:  # (every line of the page: the lookups above are made once)
        # Length first: most short lines of a page are menu entries, normalising them all costs
        # (is_phrase_line asks the first word before normalising).
        if len(block.text) > _LABEL_MAX_CHARS:
            continue
        first = block.text.lstrip()[:1].casefold()
        if block.words <= max_words and first in initials and is_phrase_line(block.text, "author_box_labels"):
            name = _name_under(blocks, block.index, options)
            if name is not None:
                found.append((abs(block.index - start), name))
        elif block.words >= MORE_LINK_MIN_WORDS and first in link_initials and (m := links.match(block.text.lstrip())):
            # "Alles von Martin Junker": a link to the author's other articles names them
            name = name_on_line(_without_button(block.text.lstrip()[m.end():].strip(" :»›>")), options)
            if name:
                found.append((abs(block.index - start), (block.index, name)))
    if found:
        _, (index, name) = min(found)
        meta.offer("authors", [name], "name under an author box's label")
        if not blocks[index].role:
            blocks[index].role = "byline"


@lru_cache(maxsize=1)
def _more_link() -> "regex.Pattern[str]":
    """A phrase of ``data/author_more_links.txt`` opening a line, any case, words apart by any
    white space, then a space."""
    phrases = sorted(lexicon.lines("author_more_links"), key=len, reverse=True)
    return regex.compile("(?:" + "|".join(r"\s+".join(map(regex.escape, p.split())) for p in phrases) + r")\s",
                         regex.IGNORECASE)


def _without_button(text: str) -> str:
    """The text without a button's words glued after it ("Yirou Chen Alle Autoren": a whole
    entry of ``boilerplate_lines`` after the first two words)."""
    words = text.split()
    for cut in range(2, len(words)):
        if is_phrase_line(" ".join(words[cut:]), "boilerplate_lines"):
            return " ".join(words[:cut])
    return text


@lru_cache(maxsize=1)
def _more_link_initials() -> frozenset[str]:
    return frozenset(p[:1].casefold() for p in lexicon.lines("author_more_links"))


@lru_cache(maxsize=1)
def _label_initials() -> frozenset[str]:
    return frozenset(label[:1] for label in lexicon.phrases("author_box_labels"))


def _name_under(blocks: Sequence[Block], label: int, options: Options) -> tuple[int, str] | None:
    """The first name line under the label, past a button line or two ("Zeige alle Artikel", "Feed")."""
    for i in range(label + 1, min(len(blocks), label + 1 + options.author_box_reach)):
        text = blocks[i].text.strip()
        name = name_on_line(text, options) or _one_word_name(blocks, i, options)
        if name:
            return i, name
    return None


def _one_word_name(blocks: Sequence[Block], i: int, options: Options) -> str | None:
    """ "Matthias" over "Medizinstudent, Papa, …": under an author box's label one capitalised
    word is the author's (first or user) name when their bio follows it; a button ("Feed")
    is followed by more buttons."""
    text = blocks[i].text.strip()
    if " " in text or not text.isalpha() or not text[:1].isupper() or text.isupper() \
            or len(text) < 3 or has_interface_word(text):
        return None
    bio = blocks[i + 1] if i + 1 < len(blocks) else None
    return text if bio is not None and is_prose(bio, options) else None


def copyright_holder(blocks: Sequence[Block], meta: Metadata, start: int, options: Options) -> None:
    """The person a copyright notice names, the last notice of the page first (the footer,
    below the body's start)."""
    if meta.authors:
        return
    short = [b for b in blocks[start:] if b.words <= options.copyright_line_max_words]
    for block in reversed(_may_hold_copyright_lines(short)):
        for part in LINE_PART_SEPARATOR.split(block.text.strip()):
            # (the line's prefilter again, on each part: most parts of such a line hold no lead word)
            name = _holder(part, options) if _may_hold_copyright(part) else None
            if name:
                meta.offer("authors", [name], "copyright holder (a person's name)")
                return


@lru_cache(maxsize=1)
def _marks() -> frozenset[str]:
    """As written, casefolded: "©" and "(c)" are punctuation that normalising would erase."""
    return frozenset(m.casefold() for m in lexicon.lines("copyright_marks"))


@lru_cache(maxsize=None)  # data (benchmarks empty the bounded caches)
def _mark_in_folded() -> "re.Pattern[str]":
    """Finds any of ``_marks`` in casefolded text (one search for ``any(mark in folded ...)``)."""
    return re.compile("|".join(re.escape(m) for m in sorted(_marks(), key=len, reverse=True)))


def _may_hold_copyright(text: str) -> bool:
    """Cheap prefilter for ``_holder``, which needs a word that is a copyright mark
    (``copyright_marks.txt``) or a year, four digits ("2006-2008 by …", "2009 von …"); the
    byline marker is ``_holder``'s to check. (Most lines of a body hold neither.)"""
    return _FOUR_DIGITS.search(text) is not None or _mark_in_folded().search(text.casefold()) is not None


def _may_hold_copyright_lines(lines: list[Block]) -> list[Block]:
    """The lines ``_may_hold_copyright`` keeps, in order, found in the lines joined with a scan
    for four digits and a search for each mark (a Python test of each line costs more). A
    year's four digits, or a mark, found in the joined text lie inside one line (neither holds
    a newline). Casefolding goes character by character and never shortens one: when the folded
    text is as long as the text, a position in one is the same position in the other; else the
    lines are folded one by one (a mark holds no newline, so it lies inside one folded line too)."""
    joined = "\n".join(b.text for b in lines)
    ends = list(accumulate(len(b.text) + 1 for b in lines))  # one past each line's newline
    kept = {bisect_right(ends, m.start()) for m in _FOUR_DIGITS.finditer(joined)}
    folded = joined.casefold()
    if len(folded) == len(joined):
        kept.update(bisect_right(ends, start) for start in _mark_starts(folded))
    else:  # ("ß" folds to "ss"): the lines folded one by one, then joined, keep the positions apart
        folded_lines = [b.text.casefold() for b in lines]
        folded_ends = list(accumulate(len(text) + 1 for text in folded_lines))
        kept.update(bisect_right(folded_ends, start) for start in _mark_starts("\n".join(folded_lines)))
    return [lines[i] for i in sorted(kept)]


def _mark_starts(folded: str) -> list[int]:
    """Where each of ``_marks`` starts in ``folded`` (every occurrence; ``str.find``, a fast
    search for one string, where `re` tried the alternation of the marks at every position)."""
    starts = []
    for mark in _marks():
        at = folded.find(mark)
        while at >= 0:
            starts.append(at)
            at = folded.find(mark, at + 1)
    return starts


def _holder(part: str, options: Options) -> str | None:
    """ "© 2012 Nicolas Perriault", "2009-2020 by Florian Posdziech", "(c) Johannes Wolf"."""
    marks = _marks()
    words = part.split()
    lead = next((i for i, w in enumerate(words) if w.casefold() in marks or _YEARS.match(w)), None)
    if lead is None:
        return None
    had_mark = False
    i = lead
    while i < len(words) and (words[i].casefold() in marks or _YEARS.match(words[i]) or words[i] in "-–"):
        had_mark = had_mark or words[i].casefold() in marks
        i += 1
    rest, had_marker = strip_byline_prefix(" ".join(words[i:]))
    if not (had_mark or had_marker):
        return None
    return _person_holder(rest.split(), options)


# A given or family name written as names are: "Perriault", "Pierre-Yves", "O'Brien".
_NAME_WORD = regex.compile(r"^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$")


def _person_holder(words: list[str], options: Options) -> str | None:
    """The holder when it has a person's shape, else None. A footer names a company or a
    site far more often than a person, so the shape is strict: a given and a family name
    (a middle initial allowed) that end the capitalised run ("Alle Rechte vorbehalten",
    "Free Blogger Templates", "AWO Bundesverband" and "Vergleich.de Gesellschaft" fail),
    a first word no longer than a given name, no organisation or rights word."""
    # punctuation off the words ("Jane Doe."), but an initial keeps its dot inside the name
    words = [w if _is_initial(w) else w.strip(",.;:") for w in words[:-1]] + [w.strip(",.;:") for w in words[-1:]]
    run = 0
    while run < len(words) and (_NAME_WORD.match(words[run]) or (0 < run and _is_initial(words[run]))):
        run += 1
    initials = sum(_is_initial(w) for w in words[:run])
    if run - initials != 2 or _is_initial(words[run - 1]) or len(words[0]) > options.copyright_given_name_max_chars:
        return None
    candidate = " ".join(words[:run])
    refused = lexicon.phrases("organisation_words") | lexicon.phrases("copyright_rights_words")
    if any(normalized(w) in refused for w in words[:run]) or not is_person_name(candidate):
        return None
    return candidate


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."
