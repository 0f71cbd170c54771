"""Recognising the site's own name, so it is never taken for a headline or an author.

A site names itself in ``og:site_name``, the JSON-LD publisher, and its host name
("archiv.krimiblog.de" -> "Krimiblog-Archiv"); a logo <h1> or a "Posted by: Site" line
repeats one of them.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import regex

from ..lexicon import normalize_phrase

_ARCHIVE = regex.compile(r"^https?://web\.archive\.org/web/[^/]+/(.+)$", regex.I)
_GENERIC_LABELS = frozenset({"www", "m", "blog", "blogs", "news", "com", "org", "net", "de", "co", "uk",
                             "wordpress", "blogspot", "html"})
MIN_LABEL_CHARS = 4  # shorter host labels ("ln", "wp") match too many ordinary words
MAX_SITE_NAME_WORDS = 5
STRICT_SHARE = 0.6
_NAME_PARTS = regex.compile(r"\s+[-–—|:]\s+")
MIN_INITIALS = 2  # a one-word name has no initials worth matching


def host_labels(url: str | None) -> tuple[str, ...]:
    """The distinctive labels of the page's host (archived pages: the original host)."""
    labels = (_host(url) or "").split(".")[:-1]  # the top-level domain never names the site
    return tuple(lab.replace("-", "") for lab in labels
                 if lab not in _GENERIC_LABELS and len(lab.replace("-", "")) >= MIN_LABEL_CHARS)


def _host(url: str | None) -> str | None:
    """The page's host, lower-cased (archived pages: the original host)."""
    if not url:
        return None
    m = _ARCHIVE.match(url)
    if m:
        url = m[1] if "://" in m[1] else "http://" + m[1]
    try:
        return (urlsplit(url).hostname or "").lower() or None
    except ValueError:
        return None


def _initials(norm: str) -> str:
    """"lubecker nachrichten" -> "ln": a site's name shortened to its initials."""
    words = norm.split()
    return "".join(w[0] for w in words) if MIN_INITIALS <= len(words) <= MAX_SITE_NAME_WORDS else ""


def _squash(text: str) -> str:
    return normalize_phrase(text).replace(" ", "")


class SiteName:
    """Everything the page says about its own name; ``matches`` tells if a text is one of them."""

    def __init__(self, names: list[str | None], url: str | None) -> None:
        self.names: set[str] = set()
        self.initials: set[str] = set()  # "ln" for "Lübecker Nachrichten"
        for name in names:
            self.add(name)
        self.labels = host_labels(url)
        host = _host(url)
        if host:  # "mdr.de", "katholisch.at": the host written out, however short its labels
            self.names.add(normalize_phrase(host.removeprefix("www.")))

    def add(self, name: str | None) -> None:
        """A name of the site, and each part of it: "LN - Lübecker Nachrichten"."""
        for text in [name, *_NAME_PARTS.split(name)] if name else []:
            norm = normalize_phrase(text)
            if norm:
                self.names.add(norm)
                if _initials(norm):
                    self.initials.add(_initials(norm))

    def matches(self, text: str | None, loose: bool = True) -> bool:
        """Whether ``text`` is the site's name. ``loose`` also accepts a text that contains
        the host's name or is part of it ("Four Years Remaining" on fouryears.eu); authors
        are checked strictly, since a blogger's first name is often part of the host."""
        if not text:
            return False
        norm = normalize_phrase(text)
        if not norm or len(norm.split()) > MAX_SITE_NAME_WORDS:
            return False
        if norm in self.names:
            return True
        if text.strip().isupper() and norm.replace(" ", "") in self.initials:  # "LN", "FAZ"
            return True
        squashed = norm.replace(" ", "")
        if not loose:  # the host's name is nearly all of it: "finanztreff.de", "Interscenario"
            return any(label in squashed and len(label) >= STRICT_SHARE * len(squashed) for label in self.labels)
        # The host's name must make up most of the text: "SibenLab privacy policy" is a headline.
        return any((label in squashed and 2 * len(label) >= len(squashed))
                   or (len(squashed) >= MIN_LABEL_CHARS and squashed in label) for label in self.labels)
