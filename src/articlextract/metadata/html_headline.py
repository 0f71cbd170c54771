"""The headline of an HTML page: the heading the page's own title metadata agrees with.

Order (first that yields wins, recorded in ``Metadata.sources``):

1. a heading (<h1>-<h3>, ``itemprop=headline``) equal to the JSON-LD headline, ``dc.title``,
   ``og:title``, ``twitter:title``, ``parsely-title`` or ``<title>``, or to one of their parts
   once split on " | ", " - "…; the site's own name never counts; an <h1> beats an <h2>,
   then the longest agreeing text wins (the site name is the short part of "Site » Headline").
   An <h1> that makes most of a metadata title ("Headline, Place", "Kicker: Headline", "Headline
   von user") agrees too: the title adds search words. It ranks below an <h1> equal to a title
   and above every <h2>;
2. a heading that ends with one of those titles: the title, without the kicker the heading
   puts in front ("Covid-19: Headline");
3. those titles in that order, without the site name; a one-word one is a section label
   when the page's only <h1> says more (4 wins then). The promotional ones (JSON-LD headline,
   og:, twitter:), written for search results and shares, give way to the page's only <h1>
   when they word it otherwise, unless that <h1> is the title with more after it (a dek or a
   date run into the heading) or a phrase of it (a topic label the title spells out);
4. the page's only <h1> unless it is the site's name or a single word;
5. ``<title>`` without the site name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit

from lxml import etree

from ..features import normalized
from ..lexicon import normalize_phrase
from ..rules.phrases import is_section_label
from . import Metadata
from .headline import clean_headline, split_title, strip_site_name
from .site import SiteName

HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3}
_HOME_PATHS = frozenset({"/", "", "./", "index.html", "index.php", "/index.html", "/index.php"})
# In document order. The itemprop part reaches the elements through their attribute nodes:
# the same set as "//*[@itemprop='headline']", at half the cost of testing every element
# (compiled once; this search was about 4% of an HTML page's time).
_HEADINGS_XPATH = etree.XPath("//h1|//h2|//h3|//@itemprop[.='headline']/parent::*[not(self::meta)]")
MAX_HEADINGS = 300  # pages with thousands of headings are listings; the headline is near the top
MIN_KICKER_TITLE_WORDS = 2
# A one-word <h1> that agrees with no title is a section label ("News", "Lorem") more often
# than a headline: the page's <title> is the better guess then.
MIN_LONE_H1_WORDS = 2  # a shorter title inside a heading is a coincidence, not its headline
# An <h1> inside a metadata title ("Pierogi z dynią" in "Pierogi z dynią przepis – Zobacz…")
# is the headline the title was written around, when it is at least this many words and
# this share of the title's words; less is a section name or a phrase the title happens to use.
MIN_INSIDE_HEADING_WORDS = 2
MIN_INSIDE_SHARE = 0.5
# Titles written to be shown elsewhere: search results (JSON-LD), shares (og:, twitter:). Their
# wording is often reworked ("VW-Chef Diess warnt…" for the page's "VW-Chef warnt…"), so they
# do not outrank the page's only <h1>. dc.title and parsely-title are catalogue and analytics
# records of the article's own title; <title> is already below the <h1>.
PROMOTIONAL_TITLES = frozenset({"json-ld headline", "og:title", "twitter:title"})


class Heading(NamedTuple):
    level: int
    text: str
    links_home: bool  # the heading is a link to the site's front page: a logo, not a headline


def _links_home(el: etree._Element) -> bool:
    for a in el.iter("a"):
        href = (a.get("href") or "").strip()
        if (a.get("rel") or "").lower() == "home":
            return True
        if href and (urlsplit(href).path if "://" in href else href) in _HOME_PATHS:
            return True
    return False


def page_headings(root: etree._Element) -> list[Heading]:
    out: list[Heading] = []
    for el in _HEADINGS_XPATH(root):
        level = HEADING_LEVELS.get(el.tag, 1)  # itemprop=headline counts as an <h1>
        text = clean_headline(" ".join(" ".join(el.itertext()).split()))
        if text:
            out.append(Heading(level, text, _links_home(el)))
            if len(out) >= MAX_HEADINGS:
                break
    return out


class _Title(NamedTuple):
    """A title, compared in normalized form; its parts exclude the site's name."""
    norm: str
    parts: frozenset[str]
    whole: str  # the title without the site's name
    whole_norm: str


@lru_cache(maxsize=64)
def _prepare(title: str, site: SiteName) -> _Title:
    all_parts = split_title(title)
    parts = [p for p in all_parts if not site.matches(p)]
    whole = " ".join(parts) if 0 < len(parts) < len(all_parts) else strip_site_name(title)
    return _Title(normalize_phrase(title), frozenset(normalize_phrase(p) for p in parts),
                  whole.strip(), normalize_phrase(whole))


def _agreement(heading: str, norm: str, title: _Title, may_be_inside: bool) -> tuple[str, str] | None:
    """(headline, how) when ``heading`` (``norm``: normalized) agrees with ``title`` or with a
    part of it; ``may_be_inside``: the heading may also be most of the title (see ``_inside``)."""
    if not norm:
        return None
    if norm == title.norm:
        return heading, "equal"
    if norm in title.parts:
        return heading, "part"
    if len(title.whole_norm.split()) >= MIN_KICKER_TITLE_WORDS and norm.endswith(" " + title.whole_norm):
        return title.whole, "kicker"
    if may_be_inside and _inside(norm, title):
        return heading, "inside"
    return None


def _inside(norm: str, title: _Title) -> bool:
    """The heading is whole words of the title and makes most of it (with or without the
    site's name): "Mandarinen-Schmand-Kuchen" in "Mandarinen-Schmand-Kuchen von jesusfreak"."""
    words = len(norm.split())
    if words < MIN_INSIDE_HEADING_WORDS:
        return False
    return any(words >= MIN_INSIDE_SHARE * len(full.split()) and f" {norm} " in f" {full} "
               for full in (title.whole_norm, title.norm))


def _label(level: int, source: str, how: str) -> str:
    where = f"<h{level}>"
    if how == "kicker":
        return f"{source} inside {where}"
    if how == "inside":
        return f"{where} inside {source}"
    return f"{where} agreeing with {source}"


def _agreeing_heading(titles: list[tuple[_Title, str]], headings: list[Heading],
                      site: SiteName) -> tuple[str, str] | None:
    """(headline, source) from the best heading that agrees with a title (step 1-2)."""
    best: tuple[tuple, str, str] | None = None
    if not titles:  # nothing to agree with
        return None
    for order, heading in enumerate(headings):
        if heading.links_home or site.matches(heading.text):
            continue
        norm = normalized(heading.text)  # once, not once per title (cached: _anchor_heading asks again)
        for title, source in titles:
            # Only an <h1> is the headline a title was written around. A <title> holding the
            # <h1> and more is left to steps 4-5, as before: the only <h1> beats it there.
            found = _agreement(heading.text, norm, title, heading.level == 1 and source != "<title>")
            if found is None:
                continue
            text, how = found
            key = (how != "kicker", -heading.level, how != "inside", len(text.split()), -order)
            if best is None or key > best[0]:
                best = (key, text, _label(heading.level, source, how))
            break
    return (best[1], best[2]) if best else None


def _same_headline_told_longer(h1: str, title: str) -> bool:
    """The <h1> is the title with more after it (a dek or a date run into the heading), or a
    phrase of the title (a topic label the title spells out): not a different wording."""
    h1_norm, title_norm = normalize_phrase(h1), normalize_phrase(title)
    return (h1_norm + " ").startswith(title_norm + " ") or f" {h1_norm} " in f" {title_norm} "


def choose_headline(meta: Metadata, titles: list[tuple[str | None, str]], headings: list[Heading],
                    site: SiteName) -> None:
    """Offer the headline from the sources above; ``titles`` are (text, source) best first."""
    titles = [(t, s) for t, s in titles if t]
    agreeing = _agreeing_heading([(_prepare(t, site), s) for t, s in titles], headings, site)
    if agreeing:
        meta.offer("headline", *agreeing)
    h1s = [h.text for h in headings if h.level == 1 and not h.links_home]
    lone_h1 = h1s[0] if len(h1s) == 1 and not site.matches(h1s[0]) \
        and len(h1s[0].split()) >= MIN_LONE_H1_WORDS else None
    for title, source in titles[:-1] if titles and titles[-1][1] == "<title>" else titles:
        title = strip_site_name(title, meta.sitename)
        # A one-word title that no heading shows is the section ("Pressemitteilungen").
        if site.matches(title) or (lone_h1 and len(title.split()) < MIN_LONE_H1_WORDS):
            continue
        # (not a section's label: "Latest News" over an og:title is the page's section heading)
        if lone_h1 and source in PROMOTIONAL_TITLES and not _same_headline_told_longer(lone_h1, title) \
                and not is_section_label(lone_h1):
            meta.offer("headline", lone_h1, f"the page's only <h1> (worded otherwise in {source})")
        meta.offer("headline", title, source)
    if lone_h1:
        meta.offer("headline", lone_h1, "the page's only <h1>")
    for title, source in titles[-1:]:
        if source == "<title>":
            meta.offer("headline", strip_site_name(title, meta.sitename, h1s[0] if h1s else None), source)
