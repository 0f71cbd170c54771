"""Removing what must never reach an output: NUL and C0 controls, C1 controls (as their
windows-1252 meaning), non-characters and lone surrogates, invisible characters that hold no
text (soft hyphen, word joiner); line ends as "\\n".

Decoding cleans the page's text before the parse, and the Article's strings are cleaned once
more at the end (the parser turns references such as ``&#1;`` back into control characters).
Most pages and articles need nothing: each function first asks, in one C-speed scan, whether
there is anything to do.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from .model import Article

_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")
# Each kind's own pattern: _replacement_for tells them apart, and the tests hold the one-pass
# clean_text to these substitutions applied in turn (the lone surrogates are the kind left).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_FORM_FEED = re.compile("[\x0c]")
# Invisible characters that hold no text: soft hyphen (where a word may break) and word joiner.
# Kept, they split words ("Ver\u00adkehr" is not "Verkehr" to a search or a reader's copy).
# Zero-width (non-)joiners are kept: they shape Persian, Indic and emoji text; a zero-width
# space is a space to both segmenters. A U+FEFF inside the text is left alone: removing it
# changes which text nodes an HTML page has, and a dump shows it as a line of its own.
_INVISIBLE = re.compile("[\u00ad\u2060]")
# Any of the above: one scan tells whether a page needs cleaning at all (most do not).
_NEEDS_CLEANING = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u2060\ufffe\uffff\ud800-\udfff]")
# C1 controls in text are windows-1252 bytes mislabelled (or &#150;-style references, which
# WHATWG maps the same way): give them their windows-1252 meaning, or drop them.
_C1_CONTROLS = re.compile("[\x80-\x9f]")

# What _NEEDS_CLEANING finds, as UTF-8 bytes: C0 controls and DEL are single bytes; C1
# controls, U+FFFE/U+FFFF, surrogates and the invisible characters start with the byte of each pattern.
_C0_BYTES = bytes(range(0x09)) + b"\x0b\x0c" + bytes(range(0x0e, 0x20)) + b"\x7f"
# Each pattern with the byte it opens with: "in" finds one byte (memchr) several times faster
# than the pattern's scan, and many pages hold no \xc2, \xed or \xef at all. (A longer
# needle is slower to find than the pattern: not worth testing first.)
_UTF8_NEEDS_CLEANING = ((b"\xc2", re.compile(rb"\xc2[\x80-\x9f\xad]")), (b"\xef", re.compile(rb"\xef\xbf[\xbe\xbf]")),
                        (b"\xed", re.compile(rb"\xed[\xa0-\xbf]")), (b"\xe2", re.compile(rb"\xe2\x81\xa0")))


def utf8_needs_cleaning(data: bytes) -> bool:
    """Whether the text decoded from UTF-8 ``data`` holds what clean_text removes. Asked of
    the bytes, it is a few C-speed scans (a literal byte opens each pattern); the
    character-class scan of the decoded text cost several percent of a page's extraction."""
    if len(data.translate(None, _C0_BYTES)) != len(data):
        return True
    return any(lead in data and pattern.search(data) is not None for lead, pattern in _UTF8_NEEDS_CLEANING)


def clean_text(text: str) -> str:
    """Remove what must never reach an output: NUL and C0 controls, non-characters, lone surrogates."""
    if not _NEEDS_CLEANING.search(text):
        return text
    # One pass over the page instead of one per kind of character: each pattern replaces
    # single characters with text no other pattern matches, so the order never mattered.
    return _NEEDS_CLEANING.sub(_replacement, text)


def _replacement(m: re.Match[str]) -> str:
    return _replacement_for(m.group())


@lru_cache(maxsize=None)  # bounded: _NEEDS_CLEANING matches about 2,100 characters
def _replacement_for(char: str) -> str:
    """What a character _NEEDS_CLEANING finds becomes: the answer of the per-kind subs
    (form feed, controls, invisible characters, C1 controls, lone surrogates) in turn."""
    if _FORM_FEED.match(char):
        return "\n"
    if _CONTROL_CHARS.match(char) or _INVISIBLE.match(char):
        return ""
    if _C1_CONTROLS.match(char):
        return _c1_as_cp1252(_C1_CONTROLS.match(char))
    return "\ufffd"  # a lone surrogate: the only kind left


def _c1_as_cp1252(m: "re.Match[str]") -> str:
    try:
        return bytes([ord(m.group())]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d mean nothing in windows-1252
        return ""


def clean_output(text: str) -> str:
    """clean_text, and line ends as "\n": output never carries control characters but \n and \t."""
    text = clean_text(text)
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def clean_article(article: Article, body_cleaned: bool = False) -> Article:
    """Clean every string of the Article. The parser turns references such as ``&#1;`` back
    into control characters after decoding, so the output is cleaned once more at the end.

    ``body_cleaned``: the caller made the body with ``clean_output`` (or from text as clean),
    so the scan leaves it out: it is most of the Article's text, and scanning it again cost
    a page more than all the rules after the body region together."""
    if not _needs_output_cleaning(article, body_cleaned):  # nearly every article: one scan, no copy
        return article
    changes: dict[str, object] = {}
    for f in dataclasses.fields(article):
        value = getattr(article, f.name)
        if isinstance(value, str):
            changes[f.name] = clean_output(value)
        elif isinstance(value, tuple):
            changes[f.name] = tuple(clean_output(v) if isinstance(v, str) else v for v in value)
    changes["sources"] = {clean_output(k): clean_output(v) for k, v in article.sources.items()}
    return dataclasses.replace(article, **changes)  # a regex scan: a per-character loop cost half of extract()


_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))
_ARTICLE_FIELDS_BUT_BODY = tuple(name for name in _ARTICLE_FIELDS if name != "body")


def _needs_output_cleaning(article: Article, body_cleaned: bool = False) -> bool:
    """Whether clean_output would change any string of the Article (all of them in one scan;
    the body left out when it is ``body_cleaned``: clean_output is idempotent)."""
    strings: list[str] = []
    for name in _ARTICLE_FIELDS_BUT_BODY if body_cleaned else _ARTICLE_FIELDS:
        value = getattr(article, name)
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, tuple):
            strings.extend(v for v in value if isinstance(v, str))
    for key, value in article.sources.items():
        strings += (key, value)
    joined = "\n".join(strings)  # "\n" is left alone by clean_output
    return "\r" in joined or _NEEDS_CLEANING.search(joined) is not None
