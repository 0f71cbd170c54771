"""Stage 2a (HTML): parse markup safely, and never lose text silently.

The parser never touches the network, never expands entities and never reads a DTD. Three
kinds of hostile markup are handled before or after the parse, each with a warning:

- a DOCTYPE internal subset (billion laughs, XXE): removed with the references to the
  entities it declares, so neither the expansion nor ``]>``/``&xxe;`` junk reaches the body
  (warning ``dtd_ignored``);
- a tag with thousands of attributes: libxml2 checks them for duplicates in quadratic time
  (100k attributes take minutes), so the tag keeps its first ``max_attributes`` ones
  (warning ``attributes_truncated``);
- nesting deeper than ``max_tree_depth``: past libxml2's cap (2048 levels with
  ``huge_tree``) libxml2 stops and drops everything after that point, with only an
  ERR_RESOURCE_LIMIT in its error log; below it, rules that walk each block's ancestors
  cost blocks x depth. Either way we re-parse with the markup flattened below
  ``max_tree_depth`` (warning ``depth_flattened``: the text is kept, the deepest tags are not).

All pre-passes are linear: every regex scan stops at the next ``<`` or ``>``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import Iterator

from lxml import etree

from .errors import EmptyDocument
from .options import DEFAULT_OPTIONS, Options

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)

# huge_tree: a 15 MB text node is legal HTML; without it libxml2 returns an empty document.
_PARSER_ARGS = dict(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                    collect_ids=False, default_doctype=False, huge_tree=True)

_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^<>\[]*\[", re.I)
_ENTITY_DECL = re.compile(r"<!ENTITY\s+(?:%\s+)?([\w.:-]+)")
_ENTITY_REF = re.compile(r"[&%]([\w.:-]+);")
_SUBSET_SEARCH_CHARS = 65536  # a DOCTYPE stands at the top of the document
_IMPLIED_LEVELS = 8

_TAG = re.compile(r"<(/?)([a-zA-Z][^\s/<>]*)[^<>]*>")
_ATTRIBUTE = re.compile(r"""[^\s=/<>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                       "param", "source", "track", "wbr", "keygen", "command", "basefont", "frame"})


def parse_html(text: str, options: Options = DEFAULT_OPTIONS,
               warnings: list[str] | None = None, utf8: bytes | None = None) -> etree._Element:
    """Parse markup; hostile constructs are neutralised and reported in ``warnings``.

    ``utf8``, when given, must be ``text`` encoded as UTF-8 (the page's own bytes, see
    ``Decoded.utf8``). libxml2 works in UTF-8: handed a ``str``, lxml has it convert the whole
    page first, which costs about a fifth of the parse. The bytes are read instead when the
    pre-passes below left the text as it was (the same tree: tests/test_html_speed_bytes.py).
    """
    warnings = warnings if warnings is not None else []
    given = text
    text = _XML_DECL.sub("", text, count=1)
    text = strip_internal_subset(text, warnings)
    text = limit_attributes(text, options.max_attributes, warnings)
    root, depth_hit = _parse(utf8 if utf8 is not None and text is given else text, warnings)
    if depth_hit or deeper_than(root, options.max_tree_depth):
        root = _parse_flattened(text, options.max_tree_depth, warnings)
    return root


@lru_cache(maxsize=4)
def _depth_probe(depth: int) -> etree.XPath:
    return etree.XPath("boolean(/*" + "/*" * depth + ")")


def deeper_than(root: etree._Element, depth: int) -> bool:
    """Whether any element sits more than ``depth`` levels down (one XPath, in C: ~0.2 ms a page)."""
    return bool(_depth_probe(depth)(root))


def _parse(text: str | bytes, warnings: list[str]) -> tuple[etree._Element, bool]:
    """Parse (``bytes`` are UTF-8); say whether libxml2 gave up at its depth cap, and warn of
    any other limit it hit."""
    # A plain etree parser, not lxml.html's: its element-class lookup costs a Python call per
    # element in every later tree walk, and nothing here uses lxml.html's element methods.
    if isinstance(text, bytes):  # named, so that no <meta charset> in the page overrides it
        parser = etree.HTMLParser(**_PARSER_ARGS, encoding="utf-8")
    else:
        parser = etree.HTMLParser(**_PARSER_ARGS)
    try:
        root = etree.fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise EmptyDocument(f"no markup could be parsed: {exc}") from None
    if root is None:
        raise EmptyDocument("no markup could be parsed")
    limits = [e.message for e in parser.error_log.filter_types((etree.ErrorTypes.ERR_RESOURCE_LIMIT,))]
    depth_hit = any("depth" in m for m in limits)
    if any("depth" not in m for m in limits) and "text_truncated" not in warnings:
        warnings.append("text_truncated")  # a text node or buffer over libxml2's (huge) limit
    return root, depth_hit


def _parse_flattened(text: str, max_depth: int, warnings: list[str]) -> etree._Element:
    """Re-parse with nesting capped; if libxml2 still gives up, keep the text without tags."""
    warnings.append("depth_flattened")
    # The margin leaves room for the elements libxml2 adds (html, body) and for tags our
    # simple count misses; a second, much lower cap covers markup that fools it entirely.
    for cap in (max_depth - _IMPLIED_LEVELS, max_depth // 8):
        root, depth_hit = _parse(flatten(text, cap), warnings)
        if not depth_hit and not deeper_than(root, max_depth):
            return root
    return _parse(_TAG.sub(" ", text), warnings)[0]


def flatten(text: str, max_depth: int) -> str:
    """Drop the start and end tags nested deeper than ``max_depth``, keeping their text."""
    out: list[str] = []
    depth = pos = 0
    for m in _TAG.finditer(text):
        closing, name = m.group(1), m.group(2).lower()
        if name in VOID_TAGS or m.group(0).endswith("/>"):
            continue
        if closing:
            drop = depth > max_depth
            depth = max(0, depth - 1)
        else:
            depth += 1
            drop = depth > max_depth
        if drop:
            out.append(text[pos:m.start()])
            out.append(" ")
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def strip_internal_subset(text: str, warnings: list[str]) -> str:
    """Remove ``<!DOCTYPE x [ ... ]>`` and every reference to the entities it declares."""
    m = _DOCTYPE_SUBSET.search(text, 0, _SUBSET_SEARCH_CHARS)
    if not m:
        return text
    end = text.find("]>", m.end())
    close = len(text) if end < 0 else end + 2
    names = set(_ENTITY_DECL.findall(text, m.end(), close))
    rest = text[close:]
    if names:
        rest = _ENTITY_REF.sub(lambda r: "" if r.group(1) in names else r.group(0), rest)
    warnings.append("dtd_ignored")
    return text[:m.start()] + rest


def _tag_end(text: str, pos: int) -> int:
    """Where the tag running through ``pos`` ends: after its ``>``, or before the next ``<``."""
    next_open = text.find("<", pos)
    limit = next_open if next_open >= 0 else len(text)
    close = text.find(">", pos, limit)  # bounded by the next "<": no rescans, linear overall
    return close + 1 if close >= 0 else limit


_MIN_PROBE = 64  # below this stretch a plain regex scan is as fast


def _long_tag_starts(text: str, pattern: "re.Pattern[str]", after: int) -> Iterator["re.Match[str]"]:
    """``pattern.finditer(text)`` for a pattern that starts with "<" and matches no other "<"
    in the ``after`` characters it needs next. Such a stretch holds a whole slice
    [k * probe, (k + 1) * probe) without "<", so the pattern is tried only after the "<"
    before such slices: a few str.find calls instead of a regex scan of the whole page
    (several times slower, on a hot path)."""
    probe = (after + 1) // 2  # a stretch of ``after`` characters holds one whole slice
    if probe < _MIN_PROBE:
        yield from pattern.finditer(text)
        return
    find, rfind = text.find, text.rfind
    in_stretch = False  # the previous slice had no "<" either: same stretch, same "<"
    for start in range(0, len(text) - probe + 1, probe):
        if find("<", start, start + probe) >= 0:
            in_stretch = False
            continue
        if not in_stretch:
            in_stretch = True
            opening = rfind("<", 0, start)
            m = pattern.match(text, opening) if opening >= 0 else None
            if m:
                yield m


def limit_attributes(text: str, max_attributes: int, warnings: list[str]) -> str:
    """Cut tags with more than ``max_attributes`` attributes down to their first ones."""
    # An attribute takes at least two characters ("a "), so shorter tags cannot be floods.
    # The pattern has a fixed length (no "," in the count): the fastest scan, on a hot path.
    long_tag_start = re.compile(r"<[a-zA-Z][^<>]{%d}" % (2 * max_attributes))
    out: list[str] = []
    pos = 0
    for m in _long_tag_starts(text, long_tag_start, 2 * max_attributes + 1):
        if m.start() < pos:
            continue
        end = _tag_end(text, m.end())
        tag = text[m.start():end]
        attributes = list(islice(_ATTRIBUTE.finditer(tag, 1), max_attributes + 2))
        if len(attributes) <= max_attributes + 1:  # + 1: the tag name itself matches
            continue
        out.append(text[pos:m.start()])
        out.append(tag[:attributes[max_attributes].end()] + ">")
        pos = end
    if not out:
        return text
    warnings.append("attributes_truncated")
    out.append(text[pos:])
    return "".join(out)
