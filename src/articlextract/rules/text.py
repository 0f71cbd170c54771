"""Rules for text dumps, where the markup is gone and only the shape of a line is left."""

from __future__ import annotations

from typing import Sequence

import regex

from .. import lexicon
from ..features import capitalised_share, ends_with_punctuation, normalized
from ..model import Block
from .base import Context, Rule
from .phrases import is_section_label
from .text_shapes import is_consent_text

_TRUNCATED = regex.compile(r"(?<!\.)\.\.\s*$|\s…\s*$")
_PUNCT = regex.compile(r"[.,;:!?()\[\]\"“”«»|/]")


class TruncatedLink(Rule):
    """Drop teaser titles cut short by the site ("Currency Rate In Pakistan - Dollar, R ..")."""

    name = "truncated_link"
    formats = ("text",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        for block in blocks:
            if block.keep and block.words <= 25 and _may_be_cut(block.text) and _TRUNCATED.search(block.text):
                self.drop(block, "teaser title cut short with '..'")


def _may_be_cut(text: str) -> bool:
    """``_TRUNCATED``'s first test: a line ending with a letter or digit (never white space), or
    with one full stop, cannot end with ".." or "…" (then white space only)."""
    last = text[-1:]
    return not (last.isalnum() or (last == "." and text[-2:-1] != "."))


class TagRow(Rule):
    """Drop a row of capitalised keywords without punctuation ("NATO Australia Ukraine China")."""

    name = "tag_row"
    formats = ("text",)
    MIN_WORDS = 5  # shorter rows could be a sub-heading

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        for block in blocks:
            text = block.text
            # The line's end first: most kept lines are prose ending with a full stop, answered
            # without the punctuation scan.
            if (block.keep and block.words >= self.MIN_WORDS and not ends_with_punctuation(text)
                    and not _PUNCT.search(text) and capitalised_share(text) >= 0.85):
                self.drop(block, "a row of capitalised keywords (tags or menu)")


CAPTION_MAX_WORDS = 30  # a caption with its credit; a paragraph that cites a photo is longer
CREDIT_MAX_WORDS = 6  # "Foto: Timur | flickr | CC BY 2.0": who took it, where, the licence
# "… (Foto: V. Bühl)", "… Bild: TebNad/Shutterstock.com", "… (crédito: X/Y)."
_CREDIT_TAIL = regex.compile(r"(?:^|[\s(])(?P<word>\p{L}+)\s*:\s*(?P<who>[^():]{1,80}?)\)?\s*\.?\s*$")
# "… (REUTERS/Denis Balibouse)", "… (mlharing / iStock.com)": agency or photographer / collection
_SLASHED_TAIL = regex.compile(r"\((?P<who>[^()/]*\p{L}{2}[^()/]*(?:/[^()/]*\p{L}{2}[^()/]*)+)\)\s*\.?\s*$")
_WORD = regex.compile(r"\w+")
_CREDIT_OPENERS = frozenset({"by", "von", "de", "di", "par", "por", "door", "av"})  # "Photo by …"


def _credit_words() -> frozenset[str]:
    return lexicon.phrases("photo_credits")


def _words(text: str) -> int:
    return len(_WORD.findall(text))  # "Timur | flickr | CC BY 2.0": separators are not words


def is_picture_credit(text: str, credits: frozenset[str]) -> bool:
    """A caption's credit at the start ("Foto: …", "Fot. …", "Photo by …", "Abbildung 4: …")
    or at the end ("… Foto: Andina", "… (REUTERS/Denis Balibouse)")."""
    words = text.split(None, 2)
    first = words[0].rstrip(":.").casefold()
    if first in credits and (words[0][-1:] in ":." or (len(words) > 1 and (
            words[1].casefold() in _CREDIT_OPENERS or words[1].rstrip(":.").isdigit()))):
        return True
    # Both tail patterns need their punctuation: a cheap test first (most captions' lines lack it).
    tail = _CREDIT_TAIL.search(text) if ":" in text else None
    if tail and tail["word"].casefold() in credits and _words(tail["who"]) <= CREDIT_MAX_WORDS:
        return True
    slashed = _SLASHED_TAIL.search(text) if "/" in text and ")" in text else None
    # A name ("Denis Balibouse") or a site ("iStock.com") beside the slash; "(Whitelist/Blacklist)" is text.
    return bool(slashed) and _words(slashed["who"]) <= CREDIT_MAX_WORDS and \
        (" " in slashed["who"].strip() or "." in slashed["who"])


class PhotoCredit(Rule):
    """Text dumps: drop picture captions and credits ("Foto: Christof Stache", "… (Foto: V. Bühl)").

    The markup that said <figcaption> is gone; what is left is the credit word and its colon,
    or an agency and a photographer joined by a slash in brackets.
    """

    name = "photo_credit"
    formats = ("text",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        credits = _credit_words()
        for block in blocks:
            if block.keep and block.words <= CAPTION_MAX_WORDS and is_picture_credit(block.text, credits):
                self.drop(block, "picture caption or credit")


_INLINE_LABEL = regex.compile(r"^\W*(?P<label>[^:»>]{1,40}?)\s*(?::|»|>>)\s*(?P<title>\S.*)$")


class InlineTeaser(Rule):
    """Text dumps: drop "Read also: <title>" lines inside the article.

    ("Lesen Sie auch: …", "VEA TAMBIÉN: …", "À lire aussi » …": a section label, a colon
    or "»", a teaser title.) The shorter labels of ``data/phrases_inline_teasers.txt``
    ("Lea más:", "MIRA:") count only before a title: a short line not ending with a period.
    """

    name = "inline_teaser"
    formats = ("text",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        inline = lexicon.phrases("phrases_inline_teasers")
        for block in blocks:
            if not block.keep or block.words > ctx.options.teaser_max_words:
                continue
            head = block.text[:48]
            if ":" not in head and "»" not in head and ">>" not in head:
                continue
            m = _INLINE_LABEL.match(block.text)
            if not m:
                continue
            label = m["label"]
            if is_section_label(label) or (normalized(label) in inline and not m["title"].rstrip().endswith(".")):
                self.drop(block, f"inline teaser after {label.strip()[:30]!r}")


CONSENT_MAX_WORDS = 60  # a banner or sign-up box is a few sentences; a paragraph citing a policy is longer
CONSENT_MIN_WORDS = 4  # a sentence; shorter lines ("Datenschutzerklärung") are links, left to the other rules


class ConsentLine(Rule):
    """Text dumps: drop the sentences of cookie banners, log-in forms and newsletter boxes
    ("Enter your email below to receive…", "Mit Absenden meiner E-Mail-Adresse willige ich…").

    ``BodyRegion`` already counts them for little; this drops the ones next to the article.
    The phrases (``data/phrases_consent.txt``) are specific enough not to occur in prose.
    """

    name = "consent_line"
    formats = ("text",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        for block in blocks:
            if block.keep and CONSENT_MIN_WORDS <= block.words <= CONSENT_MAX_WORDS and is_consent_text(block.text):
                self.drop(block, "cookie, log-in or newsletter box")
