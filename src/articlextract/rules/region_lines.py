"""Text dumps: what each line is to the body region (``region.py``): its weight, and whether
it is a wall (a section label, the start of the comments) that no run of lines crosses.

These run on every line of a page (about 5 us a line is the whole pipeline's budget at 1,000
pages a second), so the tests that most lines fail come first, before any cached check.
(Asking the digit and first-word tests of the whole page joined, in one regex scan each, was
tried: a scan costs more than the per-line calls it saves.)
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from ..features import (SHORT_LINE_MAX_CHARS, SHORT_LINE_WEIGHTS, ends_with_punctuation, first_normalized_word,
                        prose_weight, short_line_weight)
from ..model import Block
from ..options import Options
from .phrases import MAX_LABEL_CHARS, is_section_label, label_first_words
from .text_shapes import (COMMENT_HEADER_MAX_WORDS, folded_consent_text, has_count_digit,
                          has_sentence_inside, is_comment_start, is_consent_text, is_list_like, is_title_like,
                          is_truncated, line_key, list_shape, title_shape)


def line_weight(block: Block, options: Options, repeats: Counter) -> float:
    """``prose_weight``, except that lines shaped like teasers do not count as prose.

    A teaser title can be long and end with "!" or "?", so it passes as a sentence; what
    gives it away is title case, a cut-off end ("…", ".."), being printed twice (title
    then link), or being a comma-separated list of names rather than a sentence.
    """
    weight = prose_weight(block, options) if block.words > options.short_block_words else \
        short_line_weight(block.text)  # prose_weight's value for a short line
    if weight <= 0:
        return weight
    text = block.text
    if _teaser_shaped(block, text, options, repeats):
        return short_line_weight(text)
    if is_consent_text(text):
        return weight * options.consent_weight_share
    return weight


def plain_line_weight(text: str, words: int, folded: str, digits: bool, options: Options, repeats: Counter,
                      verdicts: dict[str, bool]) -> float:
    """``line_weight`` of a text-dump line longer than a short one, with no link and no heading
    kind, under options whose link density limit is positive (so such a line is never link-dense):
    what the body region asks of a page's every longer line. ``folded`` is the line casefolded
    (its ``line_key``); ``digits`` is False only when it holds no digit. The line's consent
    verdict, searched in ``folded`` uncached, is left in ``verdicts`` (``ConsentLine`` asks it
    again of the lines kept: ``text_shapes.remember_consent_verdicts``). The same checks as
    ``line_weight``, in the order of their cost, and the teaser-shape ones uncached: most of
    these lines are unique, so a cache would only add its lookup, and no later rule asks them."""
    n = len(text)
    min_words = options.min_paragraph_words
    if not (words >= 2 * min_words or (words >= min_words and ends_with_punctuation(text))) \
            or "</" in text and is_markup_source(text):
        return -0.25 * n  # prose_weight of a longer line that is no prose
    last = text[-1:]
    if (words < options.teaser_max_words and repeats[folded] > 1) \
            or ((text.endswith(_CUT_ENDS) or last.isspace()) and is_truncated(text)
                and not (words >= options.teaser_max_words and has_sentence_inside(text))) \
            or list_shape(text, digits) or (last != "." and title_shape(text)):
        return short_line_weight(text)  # shaped like a teaser
    consent = verdicts[text] = folded_consent_text(folded)
    if consent:
        return float(n) * options.consent_weight_share
    return float(n)


# An HTML tag as a page's source shows it: "<div class="alert">", "<p>", "</em>", "<br/>".
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
MARKUP_MIN_TAGS = 3  # "a <b> tag" or "x < y > z" in prose is one or none; a <noscript> printed raw holds many


def is_markup_source(text: str) -> bool:
    """A line of HTML source ('<div class="alertBox"> <div class="alert"> <i></i><p>現在<em>…'):
    a <noscript> block or a template a converter printed as text, never the article's prose."""
    return len(_TAG.findall(text)) >= MARKUP_MIN_TAGS


# A cut-off end: what ``is_truncated`` looks for once trailing white space is stripped.
_CUT_ENDS = ("\u2026", "..")


def _teaser_shaped(block: Block, text: str, options: Options, repeats: Counter) -> bool:
    """Cut off, title-cased, a list, or printed twice. Each cached check is asked only when the
    line's last character allows it (most lines are prose ending with a full stop: no cut-off
    end, no title), so a line of prose costs no cache lookup for those two."""
    last = text[-1:]
    return (((text.endswith(_CUT_ENDS) or last.isspace()) and is_truncated(text)
             and not _cut_paragraph(block, options))
            or (last != "." and is_title_like(text))  # a title never ends with "." (is_title_like's first test)
            or is_list_like(text)
            or (block.words < options.teaser_max_words and repeats[line_key(text)] > 1))


def _cut_paragraph(block: Block, options: Options) -> bool:
    """A paragraph cut off by a paywall ("Gesine läuft die Zeit davon. Die 18-Jährige hat …"):
    it holds sentences and is as long as a teaser title gets; a cut teaser title is neither."""
    return block.words >= options.teaser_max_words and has_sentence_inside(block.text)


def wall(text: str) -> int:
    """0: not a wall; 1: a section label; 2: the start of the comments."""
    return line_wall(text, None)



def line_wall(text: str, first: str | None) -> int:
    """``wall``, given the line's first normalized word when the caller has it (else None).

    The cheap first tests come before the cached checks: most lines of a page are unique and
    fail them, so a cache lookup per line and check would only cost. Labels are at most
    MAX_LABEL_CHARS long; a comment header holds a count (a digit) or ends with a colon, and
    has few words (a long line's words are counted only once it passed the digit test)."""
    n = len(text)
    if (text.endswith(":") or has_count_digit(text)) and \
            (n <= MAX_LABEL_CHARS or len(text.split()) <= COMMENT_HEADER_MAX_WORDS) and is_comment_start(text):
        return 2
    if n > MAX_LABEL_CHARS:
        return 0
    if first is None:
        first = first_normalized_word(text)
    return 1 if first in label_first_words() and is_section_label(text) else 0


# --- page columns: what the body region's loop (``region._weights``) reads of every line at once
# (of the lines' texts, taken once: ``map(attrgetter("text"), blocks)`` costs more than that list)


def folded_longer_lines(blocks: Sequence[Block], short: int) -> tuple[list[str | None], Counter]:
    """Each line longer than a short one casefolded (None for the others), and how often each
    is on the page: its key for the repeat count (``line_key``) and the text its consent phrases
    are searched in, made once. Only longer lines read their repeat count, and a line's copies
    have its word count, so counting the longer lines is enough."""
    folded = [b.text.casefold() if b.words > short else None for b in blocks]
    repeats = Counter(folded)
    repeats.pop(None, None)
    return folded, repeats


def short_weights(texts: Sequence[str], cost: float) -> list[float | None]:
    """Each line's weight were it a short line that is no wall: ``prose_weight`` by its length
    (``SHORT_LINE_WEIGHTS``), less the cost of a line."""
    by_length = [w - cost for w in SHORT_LINE_WEIGHTS]
    return [by_length[n if n < SHORT_LINE_MAX_CHARS else SHORT_LINE_MAX_CHARS] for n in map(len, texts)]


def lines_to_read(blocks: Sequence[Block], texts: Sequence[str], folded: Sequence[str | None], digits: frozenset[int],
                  slides: frozenset[int], first_chars: int, first_words: frozenset[str]) -> list[int]:
    """The positions of the lines the body region reads one by one, in order: the longer lines,
    the slides, and the short lines that may be a wall or repeat the title. A short line is a
    wall only when it holds a digit or ends with a colon (a comment header) or its first
    normalized word opens a label (``first_words``), and repeats the title only when that word
    opens the title (a line longer than ``first_chars`` is neither); the others weigh by their
    length alone (``short_weights``)."""
    if slides:  # (``slides`` holds block indexes; every slide holds a digit anyway)
        digits = digits | {i for i, block in enumerate(blocks) if block.index in slides}
    # (the last test is ``first_normalized_word(text) in first_words``, its commonest case inline)
    return [i for i, (key, text) in enumerate(zip(folded, texts))
            if key is not None or i in digits or text[-1:] == ":"
            or (len(text) <= first_chars
                and (head.lower() if (head := text.partition(" ")[0]).isalnum() and head.isascii()
                     else first_normalized_word(text)) in first_words)]
