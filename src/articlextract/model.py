"""The data the stages pass along: blocks with their decisions, and the final Article."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Iterable

# Block kinds shared by the HTML and the text segmenter.
HEADING = "heading"
PARAGRAPH = "paragraph"
LIST_ITEM = "list_item"
CELL = "cell"
CAPTION = "caption"
QUOTE = "quote"
PRE = "pre"
LINE = "line"  # a text-dump line whose role is not known yet


@dataclass(frozen=True)
class Decision:
    """Why a block was kept or dropped: the rule that decided and its reason."""

    keep: bool
    rule: str
    reason: str


@dataclass(eq=False)
class Block:
    """A unit of text with the features rules look at.

    HTML blocks come from block-level elements; text-dump blocks from lines. Fields that
    only HTML has (links, classes, ancestors) stay empty for text dumps.
    """

    index: int
    text: str
    kind: str = PARAGRAPH
    tag: str = ""
    heading_level: int = 0
    link_chars: int = 0
    tag_path: str = ""
    class_tokens: frozenset[str] = frozenset()
    ancestors: tuple[Any, ...] = ()  # lxml elements, innermost first (HTML only)
    indent: int = 0  # leading spaces (text dumps)
    blank_before: bool = True  # text dumps: a blank line separates it from the previous block
    words: int = 0
    decision: Decision | None = None
    history: list[Decision] = field(default_factory=list)
    role: str = ""  # "headline", "byline", "date", "standfirst" once metadata claims the block

    def __post_init__(self) -> None:
        if not self.words:
            self.words = len(self.text.split())
        # Whether the current decision keeps the block. A plain attribute kept in step with
        # ``decision`` by ``mark`` (rules read it about a million times per thousand pages:
        # a property was a measurable share of a text dump's extraction time).
        self.keep: bool = bool(self.decision and self.decision.keep)

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))

    def mark(self, keep: bool, rule: str, reason: str) -> None:
        d = _decision(keep, rule, reason)
        self.decision = d
        self.keep = keep
        self.history.append(d)

    @classmethod
    def element(cls, index: int, text: str, kind: str, tag: str, link_chars: int, words: int,
                tag_path: str, ancestors: tuple) -> "Block":
        """An HTML element's block: ``Block(index, text, kind, tag, heading_level, link_chars,
        tag_path, ancestors=..., words=words)``, made like ``line`` (below) at a third of the
        constructor's cost (a page has thousands of blocks). Both builders live here, next to
        the fields, so that a new field is added to all three; tests check them against the
        constructor field by field."""
        block = _new_object(cls)
        block.index = index
        block.text = text
        block.kind = kind
        block.tag = tag
        block.heading_level = int(tag[1]) if kind == HEADING else 0
        block.link_chars = link_chars
        block.tag_path = tag_path
        block.class_tokens = _NO_CLASSES
        block.ancestors = ancestors
        block.indent = 0
        block.blank_before = True
        block.words = words
        block.decision = None
        block.history = []  # a fresh list per block, never a shared default
        block.role = ""
        block.keep = False
        return block

    @classmethod
    def line(cls, index: int, text: str, kind: str, indent: int, blank_before: bool, words: int) -> "Block":
        """A text-dump line: the same Block the constructor makes.

        One plain store per field, in the order of the fields, as ``__init__`` makes them:
        CPython then keeps the values inline in the object (no per-block dict), which is both
        the cheapest way to make the block and the fastest for the rules to read it (a dict
        copied from a template, as before, cost more, and every later attribute read paid a
        little for the dict). Tests check it against the constructor field by field.
        """
        block = _new_object(cls)
        block.index = index
        block.text = text
        block.kind = kind
        block.tag = ""
        block.heading_level = 0
        block.link_chars = 0
        block.tag_path = ""
        block.class_tokens = _NO_CLASSES
        block.ancestors = ()
        block.indent = indent
        block.blank_before = blank_before
        block.words = words or len(text.split())  # as __post_init__ does
        block.decision = None
        block.history = []  # a fresh list per block, never a shared default
        block.role = ""
        block.keep = False
        return block


def mark_all(blocks: Iterable[Block], keep: bool, rule: str, reason: str) -> None:
    """``block.mark(keep, rule, reason)`` for every block, sharing one Decision."""
    d = _decision(keep, rule, reason)
    for block in blocks:
        block.decision = d
        block.keep = keep
        block.history.append(d)


_new_object = object.__new__
_NO_CLASSES: frozenset[str] = frozenset()


_DECISIONS: dict[tuple[bool, str, str], Decision] = {}
_DECISION_CACHE_SIZE = 4096  # reasons repeat ("before the body region"); bounded: some quote the line


def _decision(keep: bool, rule: str, reason: str) -> Decision:
    """The Decision for these values, shared between blocks (it is frozen, so sharing is safe)."""
    key = (keep, rule, reason)
    d = _DECISIONS.get(key)
    if d is None:
        d = Decision(keep, rule, reason)
        if len(_DECISIONS) < _DECISION_CACHE_SIZE:
            _DECISIONS[key] = d
    return d


@dataclass(frozen=True)
class Article:
    """What extract() returns. Missing values are None or empty, never placeholder strings."""

    headline: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    date_modified: str | None = None
    body: str = ""
    description: str | None = None
    sitename: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    image: str | None = None
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    url: str | None = None
    format: str | None = None
    status: str = "ok"
    reason: str | None = None
    warnings: tuple[str, ...] = ()
    sources: dict[str, str] = field(default_factory=dict)  # field -> winning metadata source

    @property
    def text(self) -> str:
        """Alias of ``body`` for users coming from other extractors."""
        return self.body

    def to_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        for key in ("authors", "tags", "categories", "warnings"):
            out[key] = list(out[key])
        return out


@dataclass(frozen=True)
class BlockReport:
    """One line of an explanation: a block, and what the rules decided about it."""

    index: int
    kind: str
    keep: bool
    rule: str
    reason: str
    text: str
    role: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)
