"""Metadata sources that read markup: JSON-LD, <meta>, itemprop, <time>, byline classes."""

from __future__ import annotations

import html
import json
from typing import Any, Iterator

import regex
from lxml import etree

from ..features import normalized
from ..lexicon import normalize_phrase
from . import Metadata
from .authors import TEAM_NOTE, clean_authors, collective_author
from .dates import LOCAL_MIDNIGHT_NOTE, date_from_url, is_local_midnight, parse_date
from .headline import clean_headline
from .html_headline import Heading, choose_headline, page_headings
from .html_visible import visible_metadata
from .site import SiteName

ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
    "techarticle", "posting", "socialmediaposting", "liveblogposting", "webpage", "report",
    "creativework", "review", "medicalwebpage", "discussionforumposting", "videoobject",
})
_LANG_SEPARATOR = regex.compile(r"[-_\s,;]")
_LANG_CODE = regex.compile(r"[a-z]{2,3}")
_DC_PREFIX = regex.compile(r"^(dc|dcterms):")
_NAME_PARTS = regex.compile(r"\s+[-–—|]\s+")  # "Site - Jane Doe"
MAX_JSONLD_CHARS = 1_000_000
MAX_JSONLD_NODES = 20_000

PUBLISHED_META = ("article:published_time", "og:published_time", "og:article:published_time",
                  "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
                  "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date",
                  "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
                  "originalpublicationdate", "article_date_original", "dc.date.created", "created",
                  "publication_date", "published_date", "date_published", "article.created")
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
                 "dcterms.modified", "last-modified", "lastmod", "dateupdate")
AUTHOR_META = ("dc.creator", "dcterms.creator", "author", "article:author", "parsely-author",
               "sailthru.author", "byl", "cxenseparse:author", "twitter:creator:name", "citation_author")


# The elements several sources read. Each walk of the whole tree costs about as much as
# another, even in C (a fifth of a millisecond on a typical page), and so does a find() of
# the first <title>: lxml's iterator looks ahead for the next match. One walk finds them all.
SOURCE_TAGS = ("meta", "link", "script", "title")


def source_elements(root: etree._Element) -> dict[str, list[etree._Element]]:
    """The page's <meta>, <link>, <script> and <title> elements, each tag's in document order."""
    found: dict[str, list[etree._Element]] = {tag: [] for tag in SOURCE_TAGS}
    for el in root.iter(*SOURCE_TAGS):
        found[el.tag].append(el)
    return found


def meta_table(root: etree._Element, metas: list[etree._Element] | None = None) -> dict[str, str]:
    """<meta name|property|itemprop=… content=…>, first occurrence of each key, lower-cased keys.
    ``metas``: the page's <meta> elements, if already found (``source_elements``)."""
    table: dict[str, str] = {}
    # RDFa ``property`` is where og:/dc: values belong; a ``name`` copy of the same key is
    # the CMS's older duplicate, so ``property`` values are taken first.
    metas = sorted(root.iter("meta") if metas is None else metas, key=lambda el: el.get("property") is None)
    for el in metas:
        keys = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        value = el.get("content")
        if not keys or not value or not value.strip():
            continue
        # property="og:title dc:title" names several keys; "dc:title" and "DC.title" are one.
        for key in keys.lower().split():
            table.setdefault(_DC_PREFIX.sub(r"\1.", key), value.strip())
    return table


def json_ld_objects(root: etree._Element, scripts: list[etree._Element] | None = None) -> list[dict[str, Any]]:
    """Article-like JSON-LD objects, best first. Broken or hostile JSON is skipped.
    ``scripts``: the page's <script> elements, if already found (``source_elements``)."""
    found: list[dict[str, Any]] = []
    named: dict[str, dict[str, Any]] = {}
    for el in root.iter("script") if scripts is None else scripts:
        if (el.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = _without_cdata((el.text or "").strip())
        if not raw or len(raw) > MAX_JSONLD_CHARS:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        for obj in _walk(data):
            if isinstance(obj.get("@id"), str) and isinstance(obj.get("name"), str):
                named.setdefault(obj["@id"], obj)
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.lower() in ARTICLE_TYPES for k in kinds):
                found.append(obj)
    found = [_with_authors_resolved(obj, named) for obj in found]
    # Real article types first, generic WebPage last.
    found.sort(key=lambda o: str(o.get("@type")).lower() in ("webpage", "creativework"))
    return found


def _with_authors_resolved(obj: dict[str, Any], named: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """An ``@graph`` names the author once, as its own node, and the article points to it
    (``"author": {"@id": "…#/schema/person/…"}``): put the node in place of the pointer."""
    author = obj.get("author")
    if not author:
        return obj
    items = author if isinstance(author, list) else [author]
    resolved = [named.get(item["@id"], item) if isinstance(item, dict) and "name" not in item
                and isinstance(item.get("@id"), str) else item for item in items]
    return {**obj, "author": resolved}


def _without_cdata(raw: str) -> str:
    """Scripts written for XHTML wrap their JSON in ``<![CDATA[ … ]]>`` (often behind ``//``),
    which the HTML parser leaves in the text and JSON cannot read."""
    if "CDATA[" not in raw[:40]:
        return raw
    raw = raw[raw.index("CDATA[") + len("CDATA["):]
    end = raw.rfind("]]>")
    raw = raw[:end] if end >= 0 else raw
    return raw.rstrip().removesuffix("//").strip()


def _walk(data: Any) -> Iterator[dict[str, Any]]:
    stack, seen = [data], 0
    while stack and seen < MAX_JSONLD_NODES:
        item = stack.pop()
        seen += 1
        if isinstance(item, dict):
            yield item
            for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                if key in item:
                    stack.append(item[key])
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _unescaped(text: str) -> str:
    """JSON-LD is script text, which the HTML parser leaves as written: CMSes escape it as
    if it were markup anyway ("Thermen- &#038; Vulkanland")."""
    return html.unescape(text) if "&" in text else text


def _names(value: Any) -> list[str]:
    """Author names from a JSON-LD author value (str, Person, list of either)."""
    out: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str):
            out.append(_unescaped(item))
        elif isinstance(item, dict) and isinstance(item.get("name"), str):
            out.append(_unescaped(item["name"]))
    return out


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return _unescaped(value).strip() or None
    if isinstance(value, list) and value and isinstance(value[0], str):
        return value[0].strip() or None
    if isinstance(value, dict):
        return _text(value.get("url") or value.get("name"))
    return None


def _language_code(value: str | None) -> str | None:
    """"en-US", "de_DE", "fr" -> the ISO 639-1 part, lower-cased."""
    code = _LANG_SEPARATOR.split((value or "").strip(), maxsplit=1)[0].lower()
    return code if _LANG_CODE.fullmatch(code) else None


def _element_text(el: etree._Element) -> str:
    return " ".join(" ".join(el.itertext()).split())


def extract_html_metadata(root: etree._Element, url: str | None) -> Metadata:
    meta = Metadata()
    sources = source_elements(root)
    table = meta_table(root, sources["meta"])
    objects = json_ld_objects(root, sources["script"])
    title_el = next((el for el in sources["title"] if el is not root), None)  # root.find(".//title")
    page_title = clean_headline(_element_text(title_el)) if title_el is not None else None

    # sitename first: headline cleaning needs it.
    meta.offer("sitename", table.get("og:site_name"), "og:site_name")
    for obj in objects:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict):
            meta.offer("sitename", _text(publisher.get("name")), "json-ld publisher")
    meta.offer("sitename", table.get("application-name"), "meta application-name")

    site = SiteName([meta.sitename], url)
    ld_headline = next((_text(o.get("headline") or o.get("name")) for o in objects
                        if _text(o.get("headline") or o.get("name"))), None)
    # Dublin Core is a deliberate statement; og:/twitter: titles are often social-media
    # rewordings of it (Readability reads them in the same order).
    titles = [(clean_headline(ld_headline), "json-ld headline"),
              (clean_headline(table.get("dc.title") or table.get("dcterms.title")), "dc.title"),
              (clean_headline(table.get("og:title")), "og:title"),
              (clean_headline(table.get("twitter:title")), "twitter:title"),
              (clean_headline(table.get("parsely-title")), "parsely-title"),
              (page_title, "<title>")]
    headings = page_headings(root)
    choose_headline(meta, titles, headings, site)
    for obj in objects:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict):
            site.add(_text(publisher.get("name")))
    _authors(meta, table, objects, site)
    _dates(meta, table, objects)
    _visible(meta, root, url, site, _anchor_heading(meta.headline, headings))
    _page_fields(meta, table, objects, root, sources)
    return meta


def _page_fields(meta: Metadata, table: dict[str, str], objects: list[dict[str, Any]],
                 root: etree._Element, sources: dict[str, list[etree._Element]]) -> None:
    """description, language, canonical_url, image, categories, tags."""
    meta.offer("description", table.get("og:description"), "og:description")
    meta.offer("description", table.get("description"), "meta description")
    meta.offer("description", table.get("twitter:description"), "twitter:description")
    html_lang = root.get("lang") or root.get("xml:lang")
    meta.offer("language", _language_code(html_lang), "<html lang>")
    meta.offer("language", _language_code(table.get("content-language")), "meta content-language")
    meta.offer("language", _language_code(table.get("og:locale")), "og:locale")
    canonical = next((el.get("href") for el in sources["link"]
                      if (el.get("rel") or "").lower() == "canonical" and el.get("href")), None)
    meta.offer("canonical_url", canonical, "link rel=canonical")
    meta.offer("canonical_url", table.get("og:url"), "og:url")
    meta.offer("image", table.get("og:image"), "og:image")
    meta.offer("image", table.get("twitter:image"), "twitter:image")
    for obj in objects:
        meta.offer("image", _text(obj.get("image")), "json-ld image")
        meta.offer("categories", [s for s in ([obj["articleSection"]] if isinstance(obj.get("articleSection"), str)
                                            else obj.get("articleSection") or []) if isinstance(s, str)],
                   "json-ld articleSection")
        keywords = obj.get("keywords")
        if isinstance(keywords, str):
            keywords = [k.strip() for k in keywords.split(",")]
        if isinstance(keywords, list):
            meta.offer("tags", [k for k in keywords if isinstance(k, str) and k], "json-ld keywords")
    meta.offer("categories", [table["article:section"]] if "article:section" in table else [], "article:section")
    tags = [el.get("content").strip() for el in sources["meta"]
            if (el.get("property") or "").lower() == "article:tag" and el.get("content")]
    meta.offer("tags", tags, "article:tag")
    meta.offer("tags", [k.strip() for k in table.get("keywords", "").split(",") if k.strip()], "meta keywords")


def _authors(meta: Metadata, table: dict[str, str], objects: list[dict[str, Any]], site: SiteName) -> None:
    """JSON-LD, then <meta>; the site's own name is kept as a last resort (``offer_last``)."""
    raw = [(_names(obj.get("author") or obj.get("creator")), "json-ld author") for obj in objects]
    for key in AUTHOR_META:
        value = table.get(key)
        if value and not value.startswith(("http://", "https://", "@")):
            raw.append(([value], f"meta {key}"))
    candidates = [(clean_authors(values), source) for values, source in raw]
    for values, source in raw:
        meta.offer_last("authors", _collective(values), source + TEAM_NOTE)
    for names, source in candidates:
        if names and any(site.matches(n, loose=False) for n in names):
            meta.offer_last("authors", names, source)
        else:
            meta.offer("authors", _without_site_words(names, site), source)


def _dates(meta: Metadata, table: dict[str, str], objects: list[dict[str, Any]]) -> None:
    for obj in objects:
        _offer_date(meta, "date", _text(obj.get("datePublished")), "json-ld datePublished")
        _offer_date(meta, "date_modified", _text(obj.get("dateModified")), "json-ld dateModified")
    for key in PUBLISHED_META:
        _offer_date(meta, "date", table.get(key), f"meta {key}")
    for key in MODIFIED_META:
        _offer_date(meta, "date_modified", table.get(key), f"meta {key}")


def _offer_date(meta: Metadata, name: str, raw: str | None, source: str) -> None:
    date = parse_date(raw)
    if date:
        meta.markup_dates.add(date)
        meta.offer(name, date, source + (LOCAL_MIDNIGHT_NOTE if is_local_midnight(raw) else ""))


def _collective(values: list[str]) -> list[str]:
    """"Redaktion", "Staff": the author markup names the editorial team. ``clean_authors``
    drops such labels from bylines that name people; alone, they are what the page states."""
    return [name for v in values for name in collective_author(v)][:1]


def _without_site_words(names: list[str], site: SiteName) -> list[str]:
    """"Adam Aaronson PhillyVoice" -> "Adam Aaronson": the site's name after the author's;
    "unocero - Alberto Ávila" -> "Alberto Ávila": the site's name set apart before it."""
    out = []
    for name in names:
        parts = _NAME_PARTS.split(name)
        kept = [p for p in parts if not site.matches(p, loose=False)]
        if 0 < len(kept) < len(parts):
            name = " ".join(kept)
        words = name.split()
        while len(words) > 1 and site.matches(words[-1], loose=False):
            words.pop()
        out.append(" ".join(words))
    return out


def _anchor_heading(headline: str | None, headings: list[Heading]) -> str | None:
    """The heading the byline and date sit next to: the one showing the headline, else the
    page's first <h1> (the headline came from metadata that words it differently)."""
    target = normalize_phrase(headline) if headline else None
    if target and any(normalized(h.text) == target for h in headings):  # cached: read in choose_headline
        return headline
    return next((h.text for h in headings if h.level == 1 and not h.links_home), headline)


def _visible(meta: Metadata, root: etree._Element, url: str | None, site: SiteName,
             anchor: str | None) -> None:
    """What the markup did not state: the byline and date elements next to the headline
    (or, when no heading shows the headline, the first <h1>), then the date in the URL."""
    found = visible_metadata(root, anchor, url, want_byline=not meta.authors, want_date=not meta.date,
                             is_site=lambda name: site.matches(name, loose=False))
    if "byline" in found:
        meta.offer("authors", _without_site_words(found["byline"].value, site), found["byline"].source)
    for weak in ("team byline", "site byline"):  # last resorts, see ``visible_metadata``
        if weak in found:
            meta.offer_last("authors", found[weak].value, found[weak].source)
    if "date" in found:
        meta.offer("date", found["date"].value, found["date"].source)
    meta.offer("date", date_from_url(url), "date in the URL")
