"""Dates the page labels as published or as changed, the label on its own line or not.

Press pages often print a small fact table: "Erschienen am:" over "13.10.2021", "Zuletzt
geändert am:" over "15.10.2021". When the date chosen so far (usually the markup's: a CMS
often writes its last change as ``dc.date``) is the one the page labels as its change, and
the page labels another, earlier date as its publication, that earlier date is the article's.
Labels come from data/date_labels.txt and data/modified_labels.txt.
"""

from __future__ import annotations

from typing import Callable, Iterator, Sequence

from .. import lexicon
from ..features import first_normalized_word, has_digit, normalized
from ..model import Block
from . import Metadata
from .dates import find_dates

MAX_LABEL_WORDS = 4  # "Zuletzt geändert am:" and no longer: a longer line is a sentence
MAX_DATE_LINE_WORDS = 6  # "13.10.2021", "14.01.2022 um 09:25": the line under a bare label
MAX_LABELED_LINE_WORDS = 16  # "Published on Monday, 3 May 2023, 10:45 by Jane Doe" and no longer
MAX_BLOCKS = 2000  # the fact table sits near the article; bound the work on huge pages
SOURCE = "labeled publication date (the markup's date is labeled as the last change)"


Admit = Callable[[Block], bool]  # whether a date line may date the page (not in a sidebar…)


def prefer_labeled_publication(blocks: Sequence[Block], meta: Metadata, admit: Admit) -> None:
    """Replace ``meta.date`` by the page's labeled publication date when the page labels
    ``meta.date`` itself as the last change (see the module docstring)."""
    if not meta.date:
        return
    published: list[str] = []
    modified: list[str] = []
    for kind, date in labeled_dates(blocks[:MAX_BLOCKS], admit):
        (published if kind == "published" else modified).append(date)
    if meta.date not in modified or meta.date in published:
        return
    earlier = [d for d in published if d < meta.date]
    if earlier:
        meta.offer("date_modified", meta.date, "date labeled as the last change")
        meta.date = earlier[0]
        meta.sources["date"] = SOURCE


def labeled_modification_date(blocks: Sequence[Block], meta: Metadata, admit: Admit) -> None:
    """Last resort, for a page that states only when it was last changed: the first date
    labeled so ("Letzte Änderung:" over "14.01.2022 um 09:25"); it is ``date_modified`` too."""
    for kind, date in labeled_dates(blocks[:MAX_BLOCKS], admit):
        if kind == "modified":
            meta.offer("date", date, "modification date line (no publication date stated)")
            meta.offer("date_modified", date, "modification date line")
            return


def labeled_dates(blocks: Sequence[Block], admit: Admit) -> Iterator[tuple[str, str]]:
    """("published"|"modified", ISO date) for each labeled date, in page order: the label and
    the date on one line ("Erschienen am: 13.10.2021") or the label alone on the line before;
    only date lines that ``admit`` accepts (asked last: it walks the line's ancestors)."""
    label_above: str | None = None
    for block in blocks:
        if block.words > MAX_LABELED_LINE_WORDS:  # a paragraph: no label, no date line
            label_above = None
            continue
        text = block.text
        digit = has_digit(text)
        # (a label alone is short; a label with its date holds a digit: spare the rest)
        may_label = block.words <= (MAX_LABELED_LINE_WORDS if digit else MAX_LABEL_WORDS)
        kind = _label_kind(text) if may_label else None
        if kind and digit:
            date = next((iso for _, iso in find_dates(text)), None)
            if date and admit(block):
                yield kind, date
        elif label_above and digit and block.words <= MAX_DATE_LINE_WORDS:
            first = next(find_dates(text), None)
            if first and first[0] == 0 and admit(block):  # the line is the date
                yield label_above, first[1]
        label_above = kind if kind and not digit and block.words <= MAX_LABEL_WORDS else None


def _label_kind(text: str) -> str | None:
    """Whether a line opens with a modification or a publication label (modification first:
    "Zuletzt veröffentlicht" never happens, "Updated" may follow "Published")."""
    if first_normalized_word(text) not in lexicon.first_words("modified_labels", "date_labels"):  # most lines: a cheap no
        return None
    words = normalized(text)
    if lexicon.prefix_pattern("modified_labels").match(words):
        return "modified"
    if lexicon.prefix_pattern("date_labels").match(words):
        return "published"
    return None
