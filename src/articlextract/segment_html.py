"""Stage 2 (HTML): parse safely and cut the page into blocks.

The walk is iterative (``etree.iterwalk``), so deep pages cannot overflow the Python
stack. Each block remembers the elements around it, so later rules can choose the
article's container and see the class/id tokens between a block and that container.
"""

from __future__ import annotations

import re

from lxml import etree

from .features import word_count
from .model import CAPTION, CELL, HEADING, LIST_ITEM, PARAGRAPH, PRE, QUOTE, Block

# Elements whose content is never visible text.
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "select", "option", "textarea", "input", "button", "head", "title", "meta",
    "link", "base", "map", "audio", "video", "source", "track", "dialog",
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

_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u200b\u2028\u2029]+")

class _Builder:
    """Accumulates inline text into the current block while the walk goes on."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.stack: list[etree._Element] = []
        self.pre_depth = 0

    def add(self, text: str, in_link: bool) -> None:
        """Queue raw text; whitespace is normalised once per block in ``flush`` (a hot path)."""
        if not self.parts and not self.pre_depth and text.isspace():
            return  # indentation between block tags: would only be stripped again
        self.parts.append(text)
        if in_link:
            self.link_chars += len(_SPACES.sub(" ", text).strip())

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
        else:
            text = _SPACES.sub(" ", raw).strip()  # strip() leaves no whitespace at the ends
            if not text:
                return
        owner = self._owner()
        tag = owner.tag if owner is not None and isinstance(owner.tag, str) else ""
        kind = KIND_BY_TAG.get(tag, PARAGRAPH)
        if kind == PARAGRAPH:
            kind = self._enclosing_kind()
        ancestors = tuple(reversed(self.stack))
        self.blocks.append(Block(
            index=len(self.blocks), text=text, kind=kind, tag=tag,
            heading_level=int(tag[1]) if kind == HEADING else 0,
            link_chars=min(link_chars, len(text)), words=word_count(text),
            tag_path=">".join([e.tag for e in self.stack[-4:]]),  # the walk stacks only tagged elements
            ancestors=ancestors,
        ))

    def _owner(self) -> etree._Element | None:
        for el in reversed(self.stack):
            if el.tag in BLOCK_TAGS:
                return el
        return self.stack[-1] if self.stack else None  # None: text after </body> (the walk's own tail)

    def _enclosing_kind(self) -> str:
        """A <p> inside <li> or <blockquote> takes the enclosing kind."""
        for el in reversed(self.stack):
            kind = KIND_BY_TAG.get(el.tag) if isinstance(el.tag, str) else None
            if kind in (LIST_ITEM, QUOTE, CELL, CAPTION):
                return kind
            if el.tag in ("article", "main", "body", "section"):
                break
        return PARAGRAPH


def segment_html(root: etree._Element, max_depth: int = 4000) -> tuple[list[Block], list[str]]:
    """Cut a parsed page into blocks. Returns the blocks and warnings."""
    body = root.find("body")
    start = body if body is not None else root
    b = _Builder()
    warnings: list[str] = []
    link_depth = 0
    skipped: set[etree._Element] = set()
    walker = etree.iterwalk(start, events=("start", "end"))
    # Runs once per element and event: locals instead of attribute look-ups, and the
    # attribute checks of ``_hidden`` only on elements that carry one of its attributes.
    stack, add, flush, parts = b.stack, b.add, b.flush, b.parts
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):  # comments, processing instructions, entities
            if event == "end" and el.tail:
                add(el.tail, link_depth > 0)
            continue
        if event == "start":
            if tag in SKIP_TAGS or (not _HIDING_ATTRIBUTES.isdisjoint(el.keys()) and _hidden(el)):
                walker.skip_subtree()
                skipped.add(el)
                continue
            if tag in BLOCK_TAGS:
                if parts:
                    flush()
            elif tag == "br":
                add("\n", False)
            stack.append(el)
            if len(stack) > max_depth and "depth_limited" not in warnings:
                warnings.append("depth_limited")
            if tag == "a":
                link_depth += 1
            elif tag == "pre":
                b.pre_depth += 1
            if el.text:
                add(el.text, link_depth > 0)
        else:
            if el in skipped:
                if el.tail:
                    add(el.tail, link_depth > 0)
                continue
            if tag in BLOCK_TAGS and parts:
                flush()
            if tag == "a":
                link_depth -= 1
            elif tag == "pre":
                b.pre_depth -= 1
            if stack and stack[-1] is el:
                stack.pop()
            if el.tail:
                add(el.tail, link_depth > 0)
    if b.parts:
        b.flush()
    return b.blocks, warnings


_HIDING_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "style"})  # what _hidden reads


def _hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    if style and ("display:none" in style.replace(" ", "").lower()
                  or "visibility:hidden" in style.replace(" ", "").lower()):
        return True
    return False
