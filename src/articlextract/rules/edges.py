"""Rules on the edges of the kept text and on lines that metadata claimed."""

from __future__ import annotations

import re
from typing import Callable, Sequence

from .. import lexicon
from ..features import ends_like_sentence, is_prose
from ..model import HEADING, LIST_ITEM, Block
from ..options import Options
from ..segment_html import BLOCK_TAGS
from .base import Context, Rule


class TrimEdges(Rule):
    """Drop short non-prose blocks before the first and after the last paragraph of prose.

    Datelines, "Share" rows and stray labels cluster at both ends of the article; list
    items are spared at the end, where articles often close with a list, and so are short
    sentences written in the article's own element (``sentence_of_the_text``).
    """

    name = "trim_edges"
    prunes_kept = True

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        kept = [b for b in blocks if b.keep]
        html = ctx.format == "html"
        prose = [i for i, b in enumerate(kept)  # a long line of counters is no paragraph
                 if is_prose(b, ctx.options) and not (html and is_counter_line(b.text, ctx.options))]
        if not prose:
            return
        limit = ctx.options.min_paragraph_words
        first, last = kept[prose[0]], kept[prose[-1]]
        for block in kept[:prose[0]]:
            if block.words < limit and block.kind != HEADING and not sentence_of_the_text(block, first) \
                    and not item_of_the_same_list(block, first):
                self.drop(block, "short line before the first paragraph")
        for block in reversed(kept[prose[-1] + 1:]):
            if block.kind == LIST_ITEM and html:
                break
            if sentence_of_the_text(block, last):
                break
            if block.words < limit:
                self.drop(block, "short line after the last paragraph")
            elif html and is_counter_line(block.text, ctx.options):
                self.drop(block, "a line of the post's counters after the last paragraph")
            else:
                break


# "Comments (42)", "人氣(23925)", "Views [1,203]": a label, then a count in brackets
_COUNTER = r"[^\W\d_]+\s*[(（\[]\s*\d[\d,.]*\s*[)）\]]"
# counters one after the other, apart from spaces and separators ("Comments (42) · Views (9)")
_COUNTER_RUN = re.compile(rf"(?:{_COUNTER}[\s·•|/,;-]*)+")


def is_counter_line(text: str, opts: Options) -> bool:
    """A line of the post's counters ("posted on … · Comments (42) · Views (23925)"): a run of
    labelled counts that opens or closes the line, not a sentence ("the bridge (1952) and the
    library (2024) will be paid for …" has two, apart, inside it)."""
    text = text.strip()
    if ends_like_sentence(text) or "(" not in text and "（" not in text and "[" not in text:
        return False
    for run in _COUNTER_RUN.finditer(text):
        if (run.start() == 0 or run.end() == len(text)) \
                and len(re.findall(_COUNTER, run.group())) >= opts.counter_line_min_counters:
            return True
    return False


def sentence_of_the_text(block: Block, paragraph: Block) -> bool:
    """HTML: a short sentence before the article's first or after its last paragraph, in the same
    element as that paragraph ("I hope you like it.", "Closing date: 3 November."), without
    links: the author's own line, not a widget's label. Text dumps have no markup to tell."""
    text = block.text.rstrip()
    if block.link_chars or not ends_like_sentence(text) or text.endswith("?"):  # "Want more?" opens a widget
        return False
    parent = flow_parent(block)
    return parent is not None and parent is flow_parent(paragraph)


def item_of_the_same_list(block: Block, paragraph: Block) -> bool:
    """HTML: a short list item in the same list as the article's first paragraph (a "Highlights"
    list opening with two links, then an item of prose): a list does not start before the
    article, so its first items are the article's too. Text dumps have no markup to tell."""
    if block.kind != LIST_ITEM or paragraph.kind != LIST_ITEM:
        return False
    parent = flow_parent(block)
    return parent is not None and parent is flow_parent(paragraph)


def flow_parent(block: Block) -> object | None:
    """The element that holds the block's own element (its <p> or <div>) among its siblings."""
    for el in block.ancestors:
        if getattr(el, "tag", "") in BLOCK_TAGS:
            return el.getparent()  # type: ignore[attr-defined]
    return None


class MetadataLines(Rule):
    """Lines that metadata claimed (headline, byline, date) are not body text.

    A standfirst that ends like a sentence is the article's first paragraph as well as its
    description, and stays (the HTML lead walk keeps it too); one that does not (a caption, a
    subtitle, a dateline read as the standfirst) goes with the headline.
    """

    name = "metadata_lines"
    prunes_kept = True

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        for block in blocks:
            role = block.role
            if block.keep and role in ("headline", "byline", "date", "standfirst"):
                if role == "standfirst" and ends_like_sentence(block.text):
                    continue
                self.drop(block, f"holds the article's {role.replace('_', ' ')}")


def is_reference_section(text: str) -> bool:
    """HTML: "See also", "Further reading": a section of a reference work (an encyclopedia entry,
    a manual page) that belongs to the article. On a news page the links under such a label are
    dropped by ``link_dense`` already, so the label need not end the article there either.
    Matched as a prefix: Wikipedia writes "See also[edit]"."""
    return lexicon.opens_with("html_reference_sections", text)


def article_flow_after_label(kept: Sequence[Block], label: int, is_label: Callable[[str], bool],
                             opts: Options) -> object | None:
    """HTML: the element the article's paragraphs sit in, when the article goes on after the
    section label ``kept[label]``; else None.

    A "Related" or "Read more" box set inside the text ("Mehr zum Thema" with three links, then
    the next sub-heading) is followed by paragraphs in the same element as the paragraphs
    before it; teaser summaries and comments sit each in their own card or list item.
    ``Options.section_continuation_paragraphs`` such paragraphs (before the next label) say
    the article continues. Text dumps have no elements to tell: None.
    """
    last = next((b for b in reversed(kept[:label]) if is_prose(b, opts)), None)
    flow = flow_parent(last) if last is not None else None
    if flow is None:
        return None
    found = 0
    for block in kept[label + 1:]:
        if is_label(block.text):
            break
        if is_prose(block, opts) and flow_parent(block) is flow:
            found += 1
            if found >= opts.section_continuation_paragraphs:
                return flow
    return None
