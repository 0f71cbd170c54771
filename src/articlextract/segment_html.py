"""Stage 2 (HTML): parse safely and cut the page into blocks.

The walk is iterative (``etree.iterwalk``), so deep pages cannot overflow the Python
stack. Each block remembers the elements around it, so later rules can choose the
article's container and see the class/id tokens between a block and that container.

The walk runs once per element and event, and is the largest share of an HTML page's
extraction time: every tag's role is one dict look-up (``_ROLE``), the hiding attributes
are read only on elements that carry one, and the kind of the blocks an element opens is
worked out when it opens (``_owner_tables``), not by searching the open elements at every
block. tests/test_html_speed_equivalence.py holds the fast paths to their plain definitions.
"""

from __future__ import annotations

import re

from lxml import etree

from .features import word_count
from .model import CAPTION, CELL, HEADING, LIST_ITEM, PARAGRAPH, PRE, QUOTE, Block

# Elements whose content is never visible text.
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
    "canvas", "select", "option", "textarea", "input", "button", "head", "title", "meta",
    "link", "base", "map", "audio", "video", "source", "track", "dialog",
    # MathML's formulas are visible text (<math> is read); its TeX source is not.
    "annotation", "annotation-xml",
})

# Elements that start a new block of text.
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "h1", "h2",
    "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody",
    "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "figure", "figcaption", "form",
    "fieldset", "legend", "address", "hr", "body", "html", "center", "details", "summary",
    "menu", "hgroup", "noframes", "frameset", "frame", "output", "label",
})

KIND_BY_TAG = {
    "h1": HEADING, "h2": HEADING, "h3": HEADING, "h4": HEADING, "h5": HEADING, "h6": HEADING,
    "li": LIST_ITEM, "dd": LIST_ITEM, "dt": LIST_ITEM, "td": CELL, "th": CELL,
    "figcaption": CAPTION, "caption": CAPTION, "pre": PRE, "blockquote": QUOTE,
}

# A <p> inside <li>, <td>, <figcaption> or <blockquote> takes that element's kind; an
# <article>, <main>, <section> or <body> in between stops the inheritance.
ENCLOSING_KIND = {
    **{tag: kind for tag, kind in KIND_BY_TAG.items() if kind in (LIST_ITEM, QUOTE, CELL, CAPTION)},
    "article": PARAGRAPH, "main": PARAGRAPH, "body": PARAGRAPH, "section": PARAGRAPH,
}

_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u200b\u2028\u2029]+")
_SPACE = r"[ \t\r\n\f\v\u00a0\u200b\u2028\u2029]"
# The runs of _SPACES other than a single " ": the same result with far fewer replacements.
_SPACE_RUNS = re.compile(r"[\t\r\n\f\v\u00a0\u200b\u2028\u2029]" + _SPACE + "*| " + _SPACE + "+")



def _owner_tables() -> dict[str, dict[str, tuple]]:
    """For each kind an element may hand down: block tag -> (tag, kind of its blocks,
    the table for its children). The walk then finds a block element's kind with one
    look-up instead of searching the open elements."""
    tables: dict[str, dict[str, tuple]] = {k: {} for k in (PARAGRAPH, *set(ENCLOSING_KIND.values()))}
    for handed_down, table in tables.items():
        for tag in BLOCK_TAGS:
            inherited = ENCLOSING_KIND.get(tag, handed_down)
            table[tag] = (tag, KIND_BY_TAG.get(tag, inherited), tables[inherited])
    return tables


_TOP_OWNERS = _owner_tables()[PARAGRAPH]  # the table for the walk's start element

# What the walk does with an element, by tag (one look-up per element and event).
_INLINE, _BLOCK, _SKIP, _BREAK, _LINK, _PRE = range(6)
_ROLE: dict[object, int] = {
    **dict.fromkeys(BLOCK_TAGS, _BLOCK), **dict.fromkeys(SKIP_TAGS, _SKIP),
    "br": _BREAK, "a": _LINK, "pre": _PRE,
    # Comments, processing instructions and entities (a function as their tag; the parser
    # drops the first two) hold no visible text: skipped like <script>, their tail is kept.
    etree.Comment: _SKIP, etree.ProcessingInstruction: _SKIP, etree.Entity: _SKIP,
}


def _splits_like_spaces(raw: str) -> bool:
    """Whether str.split() cuts ``raw`` exactly where _SPACES matches: on ASCII text, unless
    one of the four ASCII separators that str.split also splits on is there. word_count of
    ASCII text is then the length of that split."""
    return raw.isascii() and not ("\x1c" in raw or "\x1d" in raw or "\x1e" in raw or "\x1f" in raw)


def collapse_spaces(raw: str) -> str:
    """``_SPACES.sub(" ", raw).strip()``, faster (this runs on every block of every page)."""
    if _splits_like_spaces(raw):
        return " ".join(raw.split())
    return _SPACE_RUNS.sub(" ", raw).strip()


class _Builder:
    """Accumulates inline text into the current block while the walk goes on."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.stack: list[etree._Element] = []
        self.tags: list[str] = []  # the tags of ``stack``
        # One (tag, kind of its blocks, table for its children) per open block element.
        self.owners: list[tuple[str, str, dict]] = []
        self.pre_depth = 0

    def flush(self) -> None:
        raw = "".join(self.parts)
        self.parts.clear()  # in place: the walk holds this list in a local
        link_chars, self.link_chars = self.link_chars, 0
        if "\u00ad" in raw:  # soft hyphens only mark where a word may break
            raw = raw.replace("\u00ad", "")
        if self.pre_depth:
            text = raw.strip("\n")
            if not text.strip():
                return
            words = word_count(text)
        elif raw.isascii() and not ("\x1c" in raw or "\x1d" in raw or "\x1e" in raw or "\x1f" in raw):
            # _splits_like_spaces, inline (every block): the split gives the words too
            split = raw.split()
            if not split:
                return
            text, words = " ".join(split), len(split)
        else:
            text = _SPACE_RUNS.sub(" ", raw).strip()
            if not text:
                return
            words = word_count(text)
        if self.owners:
            tag, kind, _ = self.owners[-1]
        else:  # no block element open: text after </body> (the walk's own tail), or no <body>
            tag, kind = (self.stack[-1].tag if self.stack else ""), PARAGRAPH
        self.blocks.append(Block.element(
            len(self.blocks), text, kind, tag, link_chars if link_chars < len(text) else len(text),
            words, ">".join(self.tags[-4:]), tuple(self.stack[::-1])))


def segment_html(root: etree._Element, max_depth: int = 4000) -> tuple[list[Block], list[str]]:
    """Cut a parsed page into blocks. Returns the blocks and warnings."""
    body = root.find("body")
    start = body if body is not None else root
    b = _Builder()
    too_deep = _walk(start, b, max_depth)
    if b.parts:
        b.flush()
    return b.blocks, ["depth_limited"] if too_deep else []


def _walk(start: etree._Element, b: _Builder, max_depth: int) -> bool:
    """Feed every visible text of ``start`` to ``b``, in document order; say whether the
    nesting went deeper than ``max_depth``. Locals instead of attribute look-ups: hot loop."""
    stack, tags, parts, owners, flush, role_of = b.stack, b.tags, b.parts, b.owners, b.flush, _ROLE.get
    roles: list[int] = []  # the roles of ``stack``: an element's end needs no second tag read
    pre_depth = 0
    links: list[etree._Element] = []  # the open links that lead somewhere (see _inert_link)
    too_deep, skipped = False, None  # skipped: the element just skipped, whose "end" comes next
    walker = etree.iterwalk(start, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            tag = el.tag
            role = role_of(tag, _INLINE)
            if role == _SKIP and tag == "noscript" and _noscript_page(el):
                role = _INLINE
            if role == _SKIP or (not _HIDING_ATTRIBUTES.isdisjoint(el.keys()) and _hidden(el)):
                walker.skip_subtree()
                skipped = el
                continue
            if role:  # most elements are inline: one test for them
                if role == _LINK:
                    if not _inert_link(el):
                        links.append(el)
                elif role == _BREAK:
                    if parts or pre_depth:
                        parts.append("\n")
                else:
                    if parts:
                        flush()
                    owners.append((owners[-1][2] if owners else _TOP_OWNERS)[tag])
                    if role == _PRE:
                        pre_depth = b.pre_depth = pre_depth + 1
            stack.append(el)
            tags.append(tag)
            roles.append(role)
            if len(stack) > max_depth:
                too_deep = True
            text = el.text
        else:
            if el is not skipped:
                role = roles.pop()
                if role == _LINK:
                    if links and links[-1] is el:  # counted when it opened
                        links.pop()
                elif role == _BLOCK or role == _PRE:
                    if parts:
                        flush()
                    owners.pop()
                    if role == _PRE:
                        pre_depth = b.pre_depth = pre_depth - 1
                stack.pop()
                tags.pop()
            text = el.tail
        if text and (parts or pre_depth or not text.isspace()):  # indentation between block tags: dropped
            parts.append(text)
            if links:
                b.link_chars += len(collapse_spaces(text))
    return too_deep


def _inert_link(el: etree._Element) -> bool:
    """An <a> that leads nowhere (no href, or a "javascript:" one) is text that a script made
    clickable, not a link to another page: its text is not link text."""
    href = el.get("href")
    if href is None:
        return True
    return href[:1] in "jJ \t\n" and href.lstrip()[:11].lower() == "javascript:"  # cheap test first: hot


def _noscript_page(el: etree._Element) -> bool:
    """A <noscript> holding parsed paragraphs is the page a browser without scripts shows (some
    sites put the whole article there); one holding a tracking pixel, a "please enable
    JavaScript" line or markup kept as escaped text is not read."""
    text = (el.text or "").lstrip()
    return not text.startswith("<") and any(child.tag in ("p", "div", "article", "section") for child in el)


_HIDING_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "style"})  # what _hidden reads


def _hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    if style and ("display:none" in style.replace(" ", "").lower()
                  or "visibility:hidden" in style.replace(" ", "").lower()):
        return True
    return False
