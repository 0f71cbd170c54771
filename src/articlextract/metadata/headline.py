"""Cleaning headlines: site names, separators, whitespace."""

from __future__ import annotations

import regex

from ..lexicon import normalize_phrase

_PERMALINK = regex.compile(r"(?:\s*[¶§🔗]|\s+#)+$")  # the anchor sign a heading shows for its own link
_SEPARATOR = regex.compile(r"\s+[|\-–—:·•»›]\s+|\s*[|·•»›]\s*")


def clean_headline(text: str | None) -> str | None:
    if not text:
        return None
    text = _PERMALINK.sub("", " ".join(text.split()))
    return text or None


def split_title(title: str) -> list[str]:
    """The parts of "Headline | Section | Site"; a title without separators is one part."""
    return [p for p in _SEPARATOR.split(title) if p.strip()]


def strip_site_name(title: str, sitename: str | None = None, other: str | None = None) -> str:
    """Remove " - Site Name" / "Site Name | " from a title.

    A part is removed when it is the known site name, or when the title splits into one
    long part and short parts and ``other`` (e.g. the <h1>) agrees with the long one.
    """
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    site = normalize_phrase(sitename) if sitename else None
    if site:
        kept = [p for p in parts if normalize_phrase(p) != site and site not in (normalize_phrase(p),)]
        if kept and len(kept) < len(parts):
            return _rejoin(title, kept)
    if other:
        target = normalize_phrase(other)
        for p in parts:
            if normalize_phrase(p) == target:
                return p.strip()
    first, last = parts[0], parts[-1]
    # "Headline - Site" is by far the common shape: drop a short last part.
    if len(parts) == 2 and len(last.split()) <= 4 and len(first.split()) >= 2 * len(last.split()) + 1:
        return first.strip()
    if len(parts) == 2 and len(first.split()) <= 3 and len(last.split()) >= 4:
        return last.strip()
    return title


def _rejoin(title: str, kept: list[str]) -> str:
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if start >= 0 and end > start else " ".join(kept)


def same_headline(a: str | None, b: str | None) -> bool:
    return bool(a and b) and normalize_phrase(a) == normalize_phrase(b)
