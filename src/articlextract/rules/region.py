"""Text dumps: choosing the run of lines that is the article.

The same idea as the HTML container (``container.py``): every line gets a prose weight,
and the article is the run of lines with the largest total weight. A text dump has lost
the markup that tells a teaser from a paragraph, so the weight also reads the shape of
the line (``line_weight``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

import regex

from .. import lexicon
from ..features import UNREADABLE_NUMBER, ends_like_sentence, first_normalized_word, normalized, number
from ..metadata.headline import split_title
from ..model import HEADING, Block
from ..segment_text import opens_with_link_titles
from ..options import Options
from .base import Context, Rule
from .phrases import MAX_LABEL_CHARS, is_section_label, label_first_words, opens_inline_box
from .region_headline import headline_copies, headline_part_above, under_headline
from .region_lines import folded_longer_lines, line_weight, lines_to_read, plain_line_weight, short_weights, wall
from .text_shapes import (COMMENT_HEADER_MAX_WORDS, TITLE_MIN_WORDS, comment_header, count_digit_lines,
                          is_consent_text, remember_consent_verdicts)


def best_run(weights: Sequence[float | None]) -> tuple[float, int, int]:
    """(total, first, last) of the run with the largest sum; ``None`` is a wall no run crosses."""
    best_sum, best = 0.0, (0, -1)
    run_sum, run_start = 0.0, 0
    for i, w in enumerate(weights):
        if w is None or run_sum + w <= 0:
            run_sum, run_start = 0.0, i + 1
            continue
        run_sum += w
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i)
    return best_sum, best[0], best[1]


TITLE_PART_MIN_WORDS = 3  # "Home", "News" are parts of a title too, but no headline


def _title_keys(blocks: Sequence[Block]) -> frozenset[str]:
    """The page's first line (converters print <title> first) and its long parts, normalized
    (a title may write "d'intérêts" where the headline writes "d’intérêts")."""
    if not blocks:
        return frozenset()
    title = blocks[0].text
    parts = [p.strip() for p in split_title(title) if len(p.split()) >= TITLE_PART_MIN_WORDS]
    return frozenset(normalized(p) for p in [title, *parts])


TITLE_LENGTH_SLACK = 20  # a headline is about as long as the title; punctuation and spaces may differ
# A line repeating the title or a long part of it is the headline (``_weights``). A line whose
# first normalized word starts no key is answered without normalising it (for an ASCII line,
# without a regex), and that word serves the section-label test too.


@lru_cache(maxsize=1)
def _slide_counter() -> "regex.Pattern[str]":
    """ "12/50", "12 of 50", "12 von 50" at the start of a line (words: ``slide_counter_words.txt``)."""
    words = "|".join(rf"\b{regex.escape(w)}\b" for w in lexicon.lines("slide_counter_words"))
    return regex.compile(rf"(\d{{1,3}})\s*(?:/|{words})\s*(\d{{1,3}})\b")


SLIDESHOW_MIN_SLIDES = 3  # "1/50 …", "2/50 …", "3/50 …": a gallery, not a list that cites "1/2 cup"


def slide_counters(blocks: Sequence[Block]) -> frozenset[int]:
    """Indexes of the lines that open a slide of a gallery ("12/50 Blockbusters aid Pinewood").

    Each caption of a slideshow reads as prose, and fifty of them outweigh the article they
    follow; as walls, each slide is a run of its own. A counter is a line starting
    "n/N" (or "n of N"), with the same N on at least three lines.
    """
    found: dict[str, list[int]] = {}
    for block in [b for b in blocks if b.text[:1].isdigit()]:  # (one cheap pass; few lines go on)
        m = _slide_counter().match(block.text)
        if m and number(m.group(1)) <= number(m.group(2)) < UNREADABLE_NUMBER:
            found.setdefault(m.group(2), []).append(block.index)
    return frozenset(i for lines in found.values() if len(lines) >= SLIDESHOW_MIN_SLIDES for i in lines)


def _weights(blocks: Sequence[Block], options: Options, anchors: list[int] | None = None,
             consent: list[int] | None = None) -> list[float | None]:
    """Every line's weight; ``None`` for walls. Prose in the comments counts for little.
    The lines that repeat the page title (the headline) are added to ``anchors``, the prose
    lines of a cookie banner or other consent box (``is_consent_text``) to ``consent``.

    This runs on every line of every page (a few microseconds a line is the whole pipeline's
    budget). Most lines are short ones that are no wall, no headline and no slide: they weigh
    by their length alone, given to every line at once, and only the other lines are read one
    by one (``lines_to_read``), each computing once what several checks read (its length,
    digits, first word, casefolded text) and taking the cheapest tests first; ``line_wall``
    and ``line_weight`` give the same answers one line at a time."""
    if not blocks:
        return []
    short, cost = options.short_block_words, options.region_line_cost
    folded, repeats = folded_longer_lines(blocks, short)
    verdicts: dict[str, bool] = {}  # the consent verdicts of the lines weighed, for ConsentLine
    remember_consent_verdicts(verdicts)
    headline_keys = _title_keys(blocks)
    title_chars = len(blocks[0].text) + TITLE_LENGTH_SLACK  # longer lines are paragraphs
    title_words = frozenset(key.split(" ", 1)[0] for key in headline_keys)
    texts = [block.text for block in blocks]
    digits = count_digit_lines(texts)
    label_words, slides = label_first_words(), slide_counters(blocks)
    weights: list[float | None] = short_weights(texts, cost)  # overwritten for the lines read
    gallery_walled: bool | None = None  # decided at the gallery's first slide
    plain = options.max_link_density > 0  # then a line without links is never link-dense
    share, prose_seen, prose_total = 1.0, 0.0, 0.0
    min_paragraph = options.min_paragraph_words
    for i in lines_to_read(blocks, texts, folded, digits, slides, max(MAX_LABEL_CHARS, title_chars), label_words | title_words):
        block = blocks[i]
        text, index, words = block.text, block.index, block.words
        n = len(text)
        first = None  # the first normalized word of a line the title or label test may read
        if n <= MAX_LABEL_CHARS or n <= title_chars:  # first_normalized_word, its commonest case inline (see there)
            head = text.partition(" ")[0]
            first = head.lower() if head.isalnum() and head.isascii() else first_normalized_word(text)
            if index and words >= TITLE_PART_MIN_WORDS and n <= title_chars and first in title_words \
                    and normalized(text) in headline_keys:  # it repeats the title
                # The headline opens the article: prose above it (a cookie notice, teaser blurbs)
                # is not what a comment count below it ("New, 74 comments") would follow.
                prose_seen = 0.0
                if anchors is not None:
                    anchors.append(index)
        if slides and index in slides and gallery_walled is None:
            # A gallery below an article is walled off slide by slide; a gallery that is the page is not.
            gallery_walled = prose_total >= options.slideshow_after_prose_chars
        has_digit = i in digits
        if gallery_walled and index in slides:
            weights[i] = None
        elif (has_digit or text.endswith(":")) \
                and len(tokens := text.split(None, COMMENT_HEADER_MAX_WORDS)) <= COMMENT_HEADER_MAX_WORDS \
                and comment_header(text, tokens):  # is_comment_start (line_wall's test), uncached
            # (a line of more words than a comment header is split only as far as that many)
            if prose_seen >= options.comments_after_prose_chars:
                share = options.comment_weight_share
            weights[i] = None
        elif n <= MAX_LABEL_CHARS and first in label_words and is_section_label(text):
            weights[i] = None
        elif words > short:  # (a short line keeps its weight by length)
            w = plain_line_weight(text, words, folded[i], has_digit, options, repeats, verdicts) \
                if plain and not block.link_chars and block.kind != HEADING else line_weight(block, options, repeats)
            if w > 0:
                prose_seen += w
                prose_total += w
                if consent is not None:  # (plain_line_weight left the verdict of its prose lines)
                    verdict = verdicts.get(text)
                    if verdict or verdict is None and is_consent_text(text):
                        consent.append(i)
            # Lines of 8+ words without a sentence end (CJK text, verse) are not charged the cost.
            weights[i] = w * share if w > 0 else w - (cost if words < min_paragraph else 0.0)
    return weights


def _teaser_blurbs(weights: list[float | None], blocks: Sequence[Block], options: Options) -> frozenset[int]:
    """The lines that are a teaser's blurb.

    A teaser list prints a title (a line of a few words that is no sentence) and under it
    one paragraph of blurb, then the next title: a prose line alone between non-prose lines,
    right under such a title, is a blurb when the page shows that shape at least twice.
    An article's paragraphs come in runs, or under short sub-headings ("Step 1"), or under
    titles that count on ("1. Take the blankets off the bed", "2. Check the peep hole").
    """
    last = len(weights) - 1
    blurbs = [i for i in range(1, last + 1)
              if (weights[i] or 0) > 0 and not (weights[i - 1] or 0) > 0
              and not (i < last and (weights[i + 1] or 0) > 0)
              and weights[i - 1] is not None and blocks[i - 1].words >= TITLE_MIN_WORDS
              and blocks[i].words <= options.teaser_blurb_max_words]
    sections = _numbered_sections(blocks, blurbs)
    blurbs = [i for i in blurbs if i not in sections]
    return frozenset(blurbs) if len(blurbs) >= 2 else frozenset()


_SECTION_NUMBER = regex.compile(r"(\d{1,2})[.):]\s")  # "1. Take the blankets off the bed", "2) …"


def _numbered_sections(blocks: Sequence[Block], blurbs: list[int]) -> set[int]:
    """The blurb-shaped lines under numbered titles that count on ("1. Take any blankets …",
    "2. Check the peep hole …", "3. …"): a listicle's sections, each a sub-heading and its
    paragraph, which a teaser list does not number."""
    numbered: dict[int, int] = {}
    for i in blurbs:
        m = _SECTION_NUMBER.match(blocks[i - 1].text)
        if m:
            numbered[i] = int(m.group(1))
    counted: set[int] = set()
    ordered = sorted(numbered)
    for a, b in zip(ordered, ordered[1:]):
        if numbered[b] == numbered[a] + 1:
            counted.update((a, b))
    return counted


def _discount(weights: list[float | None], lines: frozenset[int], share: float) -> list[float | None]:
    discounted = list(weights)
    for i in lines:
        discounted[i] = weights[i] * share  # type: ignore[operator]
    return discounted


def _inline_label(text: str) -> bool:
    """A label of a box inside the article, which the article goes on past (``opens_inline_box``)."""
    return wall(text) == 1 and opens_inline_box(text)


def _extend(blocks: Sequence[Block], weights: list[float | None], start: int, end: int,
            options: Options, blurbs: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Grow the run across short gaps (a caption, a sub-heading, a share row, an inline "Related"
    box, a list the last paragraph introduces with a colon) to full paragraphs.

    The best run stops where a few interface lines outweigh the paragraph beyond them; a
    paragraph of running text that close is still the article, a one-line blurb is not.
    """
    def paragraph(i: int) -> bool:
        w = weights[i]
        return w is not None and w > 0 and blocks[i].words >= 2 * options.min_paragraph_words \
            and i not in blurbs

    for step in (1, -1):
        edge = end if step == 1 else start
        i = edge + step
        gap, limit = 0, _gap_allowed(blocks, edge, step, options)
        while 0 <= i < len(blocks) and gap <= limit and \
                (weights[i] is not None or _inline_label(blocks[i].text)):
            if paragraph(i):
                edge, gap = i, 0
                limit = _gap_allowed(blocks, edge, step, options)
            elif weights[i] is not None and weights[i] > 0:
                pass  # short prose inside the gap: neither extends nor breaks
            else:
                gap += 1
            i += step
        start, end = (start, edge) if step == 1 else (edge, end)
    return start, end


def _gap_allowed(blocks: Sequence[Block], edge: int, step: int, options: Options) -> int:
    """How many lines that are no paragraph the run may cross downwards from ``edge``: a list
    the article's last paragraph introduces ("… the following services:") is as long as it is,
    and the article goes on below it; other gaps are a caption or a share row."""
    if step == 1 and blocks[edge].text.endswith(":"):
        return max(options.region_gap_blocks, options.introduced_list_max_lines)
    return options.region_gap_blocks


def _trim_tail(blocks: Sequence[Block], weights: Sequence[float | None], start: int, end: int,
               options: Options) -> int:
    """The run's last line once a box after the article is cut off: an author's bio, an appeal
    for donations, a newsletter form, a teaser ("Jake Goulding" / "Jake is the co-founder of …").

    Such a box is an island of at most ``tail_island_max_lines`` prose lines at the end of the
    run, after ``tail_gap_lines`` or more lines that are not prose, and it weighs under
    ``tail_island_share`` of the run. A gap holding a sentence (a quote, a verse, a caption)
    is the author's text, and the article's last section goes on after it.
    """
    island, gap, last = 0.0, 0, end
    prose_lines = 0
    for i in range(end, start - 1, -1):
        w = weights[i]
        if w is not None and w > 0:
            if gap >= options.tail_gap_lines:
                last = i
                break
            island += w
            prose_lines += 1
            gap = 0
        else:
            gap += 1
    else:
        return end  # no gap wide enough: the run is the article
    if prose_lines > options.tail_island_max_lines or blocks[last].text.endswith(":") or \
            any(ends_like_sentence(b.text) for b in blocks[last + 1:last + 1 + gap]):
        return end
    total = sum(w for w in weights[start:end + 1] if w is not None and w > 0)
    return last if island < options.tail_island_share * total else end


def _discount_consent_box(blocks: Sequence[Block], weights: list[float | None], consent: list[int],
                          options: Options) -> frozenset[int]:
    """Give the prose lines of a cookie dialog the consent share of their weight: the lines
    naming cookies (``data/consent_box_words.txt``) within ``consent_box_reach`` lines of a
    consent line ("Wir verwenden Cookies, um …"), and of such a line in turn ("Da diese Cookies
    für … unbedingt erforderlich sind, …", "Hier klicken, um Google Analytics Cookie zu
    aktivieren"). A page whose article is about cookies has no consent line in it. Returns the
    lines so found (``ConsentLine`` drops them). ``consent``: the prose lines that are consent
    text (``_weights`` found them)."""
    if not consent:
        return frozenset()
    prose = [i for i, w in enumerate(weights) if w is not None and w > 0]
    marked = set(consent)
    words, reach = _consent_box_words(), options.consent_box_reach
    names: dict[int, bool] = {}  # (a line is searched only when the box reaches it)
    box: set[int] = set()
    # The box grows from its consent lines downwards, then upwards: one pass each way, a line
    # joining when the nearest consent or box line on that side is within reach.
    for order in (prose, prose[::-1]):
        edge = None
        for i in order:
            if i in marked or i in box:
                edge = i
            elif edge is not None and abs(i - edge) <= reach:
                if i not in names:
                    names[i] = words.search(blocks[i].text) is not None
                if names[i]:
                    box.add(i)
                    edge = i
    for i in box:
        weights[i] = weights[i] * options.consent_weight_share  # type: ignore[operator]
    return frozenset(blocks[i].index for i in box)


@lru_cache(maxsize=1)
def _consent_box_words() -> "re.Pattern[str]":
    """The words of ``data/consent_box_words.txt`` anywhere in a line, any case (on `re`: a
    plain alternation of literals is faster there)."""
    return re.compile("|".join(re.escape(w) for w in lexicon.lines("consent_box_words")), re.IGNORECASE)


_LINK_TITLES_REASON = "the page's <link> titles lynx prints above the page ('#alternate …')"


def _link_titles(blocks: Sequence[Block]) -> int:
    """How many blocks open the dump with lynx's list of the page's ``<link>`` elements
    ("#alternate Afrikaans aragonés …", "#Python Insider - Atom Python Insider - RSS"): a "#"
    glued to a word on the first, indented line (lynx sets every line in by a margin), and the
    lines wrapped with it. Not the page's text: eighty language names weigh as a paragraph."""
    if not blocks or not blocks[0].indent or not opens_with_link_titles(blocks[0].text):
        return 0
    end = 1
    while end < len(blocks) and not blocks[end].blank_before:
        end += 1
    return end


class BodyRegion(Rule):
    """Text dumps: keep the run of lines with the largest total prose weight.

    A section label ("Related Stories") or the start of the comments ("142 responses to
    …", "Jane says:") is a wall the run cannot cross, so teaser lists and comments below
    the article cannot join it even when they read like prose. A page
    with no prose at all (a list, a one-line note) is kept whole: the later rules still
    drop its interface lines.
    """

    name = "body_region"
    formats = ("text",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        opts = ctx.options
        anchors: list[int] = []
        consent: list[int] = []
        weights = _weights(blocks, opts, anchors, consent)
        ctx.info["consent_box"] = _discount_consent_box(blocks, weights, consent, opts)
        head = _link_titles(blocks)
        weights[:head] = [None] * head  # a wall: no run holds it
        # A Markdown dump marks its <h1> ("# Headline"), and prints no <title> line to repeat.
        anchors += [b.index for b in blocks if b.heading_level == 1 and b.kind == HEADING]
        box = range(0)  # a box set inside the article, which the run crosses
        blurbs = _teaser_blurbs(weights, blocks, opts)
        # Blurbs count less when the run is chosen, and the run does not grow to them.
        discounted = _discount(weights, blurbs, opts.teaser_blurb_share)
        total, start, end = best_run(discounted)
        anchors = headline_copies(blocks, discounted, anchors, opts)
        if total > 0 and anchors:
            total, start, end = under_headline(discounted, anchors, (total, start, end), opts)
        if total > 0:
            start, box = headline_part_above(blocks, discounted, anchors, (total, start, end), opts)
            start, end = _extend(blocks, weights, start, end, opts, blurbs)
            end = _trim_tail(blocks, weights, start, end, opts)
        if total <= 0:
            ctx.info["region"] = (0, -1)  # no article region: metadata does not anchor on it
            self.keep_all(blocks[head:], "no prose on the page: every line kept")
            if head:
                self.drop_all(blocks[:head], _LINK_TITLES_REASON)
            return
        ctx.info["region"] = (start, end)
        if head:
            self.drop_all(blocks[:head], _LINK_TITLES_REASON)
        self.drop_all(blocks[head:start], "before the body region")
        self.keep_all(blocks[start:end + 1], f"inside the body region (lines {start}-{end})")
        self.drop_all(blocks[end + 1:], "after the body region")
        self.drop_all([blocks[i] for i in box], "in a box set inside the article (a label and its titles)")
