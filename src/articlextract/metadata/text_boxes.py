"""Author names a text dump states away from the article's start: an author box, a copyright.

Both are last resorts, read only when no line near the body named the author:

- an author box ("About the author" / "Sarah Archer" / "Sarah Archer is the author of …",
  "Über den Autor" / "Zeige alle Artikel" / "Matthias"): the label is a whole line of
  ``data/author_box_labels.txt``, and the name stands on one of the next lines;
- the copyright holder of a personal site ("© 2012 Nicolas Perriault — Tweet at me",
  "(c) Johannes Wolf • Weitere Rechte siehe Impressum", "2009-2020 by Florian Posdziech"),
  when it is a person's full name: a company's or a site's name is not an author.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import regex

from .. import lexicon
from ..features import is_prose, normalized
from ..model import Block
from ..options import Options
from . import Metadata
from .authors import strip_byline_prefix
from .text_lines import has_interface_word, is_person_name
from .text_names import name_on_line

_YEARS = regex.compile(r"^\d{4}(?:\s*[-–]\s*\d{4})?[,.]?$")
_LABEL_MAX_CHARS = 60  # "Über den Autor/ die Autorin": labels are short lines (a cheap prefilter)
_PART_SEPARATOR = regex.compile(r"\s+[|•·—–]\s+|\s+-\s+")


def author_box(blocks: Sequence[Block], meta: Metadata, start: int, options: Options) -> None:
    """The name under an author box's label; of several boxes, the one nearest the body start."""
    if meta.authors:
        return
    labels = lexicon.phrases("author_box_labels")
    found = []
    for block in blocks:
        # Length first: most short lines of a page are menu entries, normalising them all costs.
        if block.words <= options.author_box_label_max_words and len(block.text) <= _LABEL_MAX_CHARS \
                and block.text.lstrip()[:1].casefold() in _label_initials() and normalized(block.text) in labels:
            name = _name_under(blocks, block.index, options)
            if name is not None:
                found.append((abs(block.index - start), name))
    if found:
        _, (index, name) = min(found)
        meta.offer("authors", [name], "name under an author box's label")
        if not blocks[index].role:
            blocks[index].role = "byline"


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
    for block in reversed(blocks[start:]):
        if block.words > options.copyright_line_max_words or not _may_hold_copyright(block.text):
            continue
        for part in _PART_SEPARATOR.split(block.text.strip()):
            name = _holder(part)
            if name:
                meta.offer("authors", [name], "copyright holder (a person's name)")
                return


@lru_cache(maxsize=1)
def _marks() -> frozenset[str]:
    """As written, casefolded: "©" and "(c)" are punctuation that normalising would erase."""
    return frozenset(m.casefold() for m in lexicon.lines("copyright_marks"))


def _may_hold_copyright(text: str) -> bool:
    """Cheap prefilter: a copyright sign or word, or a year range ("2006-2008 by …")."""
    return "©" in text or "(c)" in text or "(C)" in text or "opyright" in text or \
        ("by " in text and any(c.isdigit() for c in text))


def _holder(part: str) -> str | None:
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
    names = rest.split()
    organisation = lexicon.phrases("organisation_words")
    for n in (4, 3, 2):  # "Haki Benita 2016-2020", "Jane Doe. All rights reserved."
        candidate = " ".join(names[:n]).strip(" ,.")
        if len(names) >= n and is_person_name(candidate):
            # "Daily Courier Media Group": a company's name is written like a person's.
            return None if any(normalized(w) in organisation for w in candidate.split()) else candidate
    return None
