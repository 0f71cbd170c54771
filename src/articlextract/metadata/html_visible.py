"""Metadata read from the visible page: the byline and date elements that sit with the headline.

Markup names these elements in any language ("byline", "entry-date", "autor"; lists in
data/byline_classes.txt, data/date_classes.txt) and links an author to their page
(".../author/jane-doe"). A page has many such elements (comments, teasers of other
articles), so the one nearest after the headline wins, and those inside comment, teaser or
"related" containers (data/metadata_excluded_classes.txt) never count.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator, NamedTuple
from urllib.parse import urlsplit

import regex
from lxml import etree

from ..lexicon import normalize_phrase, phrase_trie
from ..rules.html import class_tokens, token_list
from .authors import TEAM_NOTE, clean_authors, collective_author
from .dates import parse_date, states_current_time, states_membership

MAX_CONTAINER_DEPTH = 8  # a comment or teaser box wraps its date closely; <body> classes say nothing
MAX_BYLINE_WORDS = 12  # a byline element longer than this is an author bio or a teaser
MAX_DATE_WORDS = 14  # a date element longer than this is a sentence that mentions a date
MAX_SCANNED_ELEMENTS = 20_000  # bound the work on huge pages; metadata sits near the top
# The byline and date sit right around the headline; far below it are comments and footers.
MAX_ELEMENTS_AFTER_HEADLINE = 1500
# A header may put the date or byline just above the headline; further up is navigation.
MAX_ELEMENTS_BEFORE_HEADLINE = 40
MODIFIED_TOKENS = frozenset({"updated", "modified", "update", "lastmod"})  # markup words, not prose
LINK_SOURCE = "link to an author page"
HEADING_TAGS = frozenset({"h1", "h2", "h3"})


class Found(NamedTuple):
    after_headline: bool
    value: object
    source: str
    position: int = 0  # the element's rank in document order


def _excluded(el: etree._Element) -> bool:
    excluded = token_list("metadata_excluded_classes")
    for depth, anc in enumerate(el.iterancestors()):
        if depth >= MAX_CONTAINER_DEPTH:
            return False
        if class_tokens(anc) & excluded:
            return True
    return False


def _text(el: etree._Element) -> str:
    return " ".join(" ".join(el.itertext()).split())


class _AnyWord:
    """Case-insensitive search for any of ``words`` where ``template`` puts "{}". Nearly every
    class name and link is ASCII: lower-cased, it is searched with the stdlib engine, several
    times faster than ``regex`` with IGNORECASE (a hot path), and with the same answer as long
    as the words are ASCII too."""

    def __init__(self, words: frozenset[str], template: str = "{}") -> None:
        ordered = sorted(words, key=len, reverse=True)
        self.any_text = regex.compile(template.format("|".join(map(regex.escape, ordered))), regex.I)
        ascii_words = all(w.isascii() and w == w.lower() for w in words)
        # The same words as a prefix tree ("aut(?:hor(?:s)?|or)"): the same matches, but `re`
        # tries one branch per letter instead of every word at every position (40% faster).
        self.ascii_text = re.compile(template.format(phrase_trie(sorted(words), space=" "))) if ascii_words else None

    def __call__(self, text: str) -> bool:
        if self.ascii_text is not None and text.isascii():
            return self.ascii_text.search(text.lower()) is not None
        return self.any_text.search(text) is not None


@lru_cache(maxsize=1)
def _author_path() -> _AnyWord:
    return _AnyWord(token_list("author_link_paths"), "/(?:{})/")


def _author_link(el: etree._Element, page_host: str | None) -> bool:
    """A link to ".../author/<who>" on the page's own site (youtube.com/user/… is not a byline)."""
    href = el.get("href") or ""
    if not _author_path()(href):
        return False
    try:
        parts = urlsplit(href)
        segments = [s.lower() for s in parts.path.split("/") if s]
    except ValueError:
        return False
    if page_host and parts.hostname and _domain(parts.hostname) != page_host:
        return False
    paths = token_list("author_link_paths")
    return len(segments) >= 2 and segments[-2] in paths  # ".../author/<who>"


def _marked_author(el: etree._Element) -> tuple[list[str], str] | None:
    """schema.org ``itemprop=author`` (its ``name`` inside) or ``rel=author``."""
    inner = el.find(".//*[@itemprop='name']")
    value = (inner.get("content") or _text(inner)) if inner is not None else (el.get("content") or _text(el))
    names = clean_authors(value) if value and len(value.split()) <= MAX_BYLINE_WORDS else []
    return (names, "itemprop/rel author") if names else None


def _domain(host: str) -> str:
    """"www.example.co.uk" -> "example.co.uk", "blog.example.org" -> "example.org" (roughly)."""
    labels = host.lower().split(".")
    keep = 3 if len(labels) > 2 and len(labels[-2]) <= 3 else 2
    return ".".join(labels[-keep:])


def _byline(el: etree._Element, tokens: frozenset[str], page_host: str | None) -> tuple[list[str], str] | None:
    if el.get("itemprop") == "author" or (el.get("rel") or "").lower() == "author":
        return _marked_author(el)
    if el.tag == "a" and _author_link(el, page_host):
        names = clean_authors(_text(el))
        return (names, LINK_SOURCE) if names else None
    hits = tokens & token_list("byline_classes")
    if not hits:
        return None
    text = _text(el)
    if not text or len(text.split()) > MAX_BYLINE_WORDS:
        return None
    names, note = clean_authors(text), ""
    if not names:  # "von Redaktion,": the editorial team, kept apart as a last resort
        names, note = collective_author(text), TEAM_NOTE
    return (names, f"element marked {min(hits)!r}{note}") if names else None


def _date(el: etree._Element, tokens: frozenset[str], page_host: str | None = None) -> tuple[str, str] | None:
    itemprop = el.get("itemprop") or ""
    if itemprop == "dateModified" or tokens & MODIFIED_TOKENS:
        return None
    if itemprop == "datePublished":
        date = parse_date(el.get("content") or el.get("datetime") or _text(el))
        return (date, "itemprop datePublished") if date else None
    if el.tag == "time" and el.get("datetime"):
        date = parse_date(el.get("datetime"))
        return (date, "<time datetime>") if date else None
    hits = tokens & token_list("date_classes")
    if not hits:
        return None
    value = el.get("datetime") or el.get("content") or el.get("title")
    date = parse_date(value) if value else None
    if not date:
        text = _text(el)
        if not text or len(text.split()) > MAX_DATE_WORDS or states_current_time(text) \
                or states_membership(text):
            return None
        date = parse_date(text)
    return (date, f"element marked {sorted(hits)[0]!r}") if date else None


@lru_cache(maxsize=1)
def _class_hint() -> _AnyWord:
    """Any byline/date word inside a class or id: a cheap test that spares the full token
    split on the thousands of other elements."""
    words = token_list("byline_classes") | token_list("date_classes")
    return _AnyWord(words)


_HINTS: dict[str, bool] = {}  # class or id string -> _class_hint's answer
HINT_CACHE_SIZE = 16384  # emptied when full: a plain dict look-up costs less than lru_cache's


def _hinted(raw: str) -> bool:
    hinted = _HINTS.get(raw)
    if hinted is None:
        if len(_HINTS) >= HINT_CACHE_SIZE:
            _HINTS.clear()
        hinted = _HINTS[raw] = _class_hint()(raw)
    return hinted


# What can make a link a byline or a date besides its href (most links carry none of these).
_LINK_MARKS = frozenset({"class", "id", "role", "itemprop", "rel"})


@lru_cache(maxsize=1)
def _class_words() -> frozenset[str]:
    """The class tokens that make an element a byline or a date candidate (see _byline, _date)."""
    return token_list("byline_classes") | token_list("date_classes")


def _worth_a_look(el: etree._Element, tag: str) -> bool:
    """Whether ``el`` may hold a byline or a date (called for every element: kept cheap).
    False only when _byline and _date would both find nothing, so the scan skips them;
    ``keys`` tells which attributes to read (a look-up costs more than a list test)."""
    if tag == "time":
        return True
    keys = el.keys()
    if not keys:  # most elements carry no attribute (a link without href leads nowhere)
        return False
    if "itemprop" in keys or "rel" in keys:
        return True
    if tag == "a":  # a link is also a byline by its href, and by its full class tokens
        if _LINK_MARKS.isdisjoint(keys):
            return _author_path()(el.get("href") or "")
        return not class_tokens(el).isdisjoint(_class_words()) or _author_path()(el.get("href") or "")
    raw = el.get("class") if "class" in keys else None
    if raw and _hinted(raw):
        return True
    raw = el.get("id") if "id" in keys else None
    return bool(raw and _hinted(raw))


def _scan(root: etree._Element, headline: str | None, want_byline: bool,
          want_date: bool, page_host: str | None,
          is_site: Callable[[str], bool] | None = None) -> Iterator[tuple[str, Found]]:
    """("byline"|"date", Found) for every candidate element, in document order."""
    target = normalize_phrase(headline) if headline else None
    after = target is None
    stop = MAX_SCANNED_ELEMENTS
    for count, el in enumerate(root.iter()):
        if count > stop:
            return
        tag = el.tag
        if tag in HEADING_TAGS:
            if not after and normalize_phrase(_text(el)) == target:
                after = True
                stop = min(stop, count + MAX_ELEMENTS_AFTER_HEADLINE)
                yield "headline", Found(True, None, "headline", count)
            continue
        if not isinstance(tag, str) or not _worth_a_look(el, tag):
            continue
        tokens = class_tokens(el)
        for kind, probe, wanted in (("byline", _byline, want_byline), ("date", _date, want_date)):
            found = probe(el, tokens, page_host) if wanted else None
            if found and not _excluded(el):
                if kind == "byline" and is_site and any(map(is_site, found[0])):
                    kind = "site byline"
                elif kind == "byline" and found[1].endswith(TEAM_NOTE):
                    kind = "team byline"
                yield kind, Found(after, found[0], found[1], count)


def visible_metadata(root: etree._Element, headline: str | None, url: str | None = None,
                     want_byline: bool = True, want_date: bool = True,
                     is_site: Callable[[str], bool] | None = None) -> dict[str, Found]:
    """The byline and date elements nearest the headline, else the first ones at all.
    Nearest after it, unless one sits closer just before it (a header that puts the date
    above the <h1>). Links to a profile page before the headline are the site's account
    menu, not a byline; a byline that ``is_site`` (the publisher's name) is returned apart,
    as "site byline"."""
    first: dict[str, Found] = {}
    before: dict[str, Found] = {}  # the last candidate of each kind before the headline
    chosen: dict[str, Found] = {}
    wanted = {k for k, w in (("byline", want_byline), ("date", want_date)) if w}
    if not wanted:
        return chosen
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:
        host = None
    headline_at: int | None = None
    for kind, item in _scan(root, headline, want_byline, want_date, _domain(host) if host else None, is_site):
        if kind == "headline":
            headline_at = item.position
        elif kind in chosen:
            continue
        elif kind in ("site byline", "team byline"):  # only when no byline names a person
            first.setdefault(kind, item)
        elif item.after_headline:
            chosen[kind] = _nearer(before.get(kind), item, headline_at)
            if set(chosen) == wanted:
                break
        elif item.source != LINK_SOURCE:
            first.setdefault(kind, item)
            before[kind] = item
    if headline_at is not None:
        for kind, item in before.items():
            if kind not in chosen and headline_at - item.position <= MAX_ELEMENTS_BEFORE_HEADLINE:
                chosen[kind] = item
    return {**first, **chosen}


def _nearer(before: Found | None, after: Found, headline_at: int | None) -> Found:
    """The candidate closer to the headline: ``after`` unless ``before`` sits nearer."""
    if before is None or headline_at is None:
        return after
    gap_before = headline_at - before.position
    if gap_before <= MAX_ELEMENTS_BEFORE_HEADLINE and gap_before < after.position - headline_at:
        return before
    return after
