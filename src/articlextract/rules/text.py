"""Rules for text dumps, where the markup is gone and only the shape of a line is left."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

import regex

from .. import lexicon
from ..features import capitalised_share, ends_with_punctuation, normalized
from ..model import Block
from .base import Context, Rule
from .phrases import is_section_label
from .text_shapes import is_consent_text

_TRUNCATED = regex.compile(r"(?<!\.)\.\.\s*$|\s…\s*$")
_PUNCT = re.compile(r"[.,;:!?()\[\]\"“”«»|/]")  # (literals: `re` finds them several times faster than `regex`)


class TruncatedLink(Rule):
    """Drop teaser titles cut short by the site ("Currency Rate In Pakistan - Dollar, R ..")."""

    name = "truncated_link"
    prunes_kept = True
    formats = ("text",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        for block in blocks:
            if block.keep and block.words <= 25 and _may_be_cut(block.text) and _TRUNCATED.search(block.text):
                self.drop(block, "teaser title cut short with '..'")


def _may_be_cut(text: str) -> bool:
    """``_TRUNCATED``'s first test: both of its ends are ".." or "…" followed by white space only,
    so the line without its trailing white space ends with one of them (``str.isspace`` knows
    all of the pattern's white space, and a few characters more: never too strict). Most lines
    end with a letter or a full stop, and then ``rstrip`` does not even copy them."""
    return text.rstrip().endswith(("..", "…"))


_IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff", ".avif")
_IMAGE_FILE_NAMES = regex.compile(  # "[logo.png] (ad.gif) performance.jpg": names, bracketed or not
    r"(?:[\[(]?[^\s\[\]()]+(?:" + "|".join(map(regex.escape, _IMAGE_EXTENSIONS)) + r")[\])]?\s*)+", regex.IGNORECASE)


class ImageFileName(Rule):
    """Drop a line that is only pictures' file names ("[logo.png]", "performance.jpg",
    "[rss.png] [ad.png]"): lynx, w3m and BeautifulSoup print a picture's file name where it
    has no alt text. A file name is not text the reader sees."""

    name = "image_file_name"
    prunes_kept = True
    formats = ("text",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        for block in blocks:
            # (most lines end with a letter or a full stop: one ``endswith`` answers them)
            if block.keep and block.words <= 4 and block.text.rstrip("])").lower().endswith(_IMAGE_EXTENSIONS) \
                    and _IMAGE_FILE_NAMES.fullmatch(block.text):
                self.drop(block, "a picture's file name, printed where it has no alt text")


class TagRow(Rule):
    """Drop a row of capitalised keywords without punctuation ("NATO Australia Ukraine China")."""

    name = "tag_row"
    prunes_kept = True
    formats = ("text",)
    MIN_WORDS = 5  # shorter rows could be a sub-heading

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        share = ctx.options.tag_row_capitalised_share
        for block in blocks:
            text = block.text
            # The line's end first: most kept lines are prose ending with a full stop, answered
            # without the punctuation scan.
            if (block.keep and block.words >= self.MIN_WORDS and not ends_with_punctuation(text)
                    and not _PUNCT.search(text) and capitalised_share(text) >= share):
                self.drop(block, "a row of capitalised keywords (tags or menu)")


CAPTION_MAX_WORDS = 30  # a caption with its credit; a paragraph that cites a photo is longer
CREDIT_MAX_WORDS = 8  # "Foto: Timur | flickr | CC BY 2.0", "Foto: ccnull/Marco Verch/cc by sa 2.0": who took it, where, the licence
# "(REUTERS/Denis Balibouse)": agency and photographer; an aside with a slash is longer ("(This
# was about 1/3 of the replies.)"), and this tail has no credit word to tell them apart
SLASHED_CREDIT_MAX_WORDS = 6
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
    # Both tail patterns need their punctuation at the line's end: cheap tests first (most
    # lines lack it, and a search of either pattern tries every position of the line).
    tail = _CREDIT_TAIL.search(text) if _may_have_credit_tail(text) and _credit_word_before_colon(text, credits) \
        else None
    if tail and tail["word"].casefold() in credits and _words(tail["who"]) <= CREDIT_MAX_WORDS:
        return True
    slashed = _SLASHED_TAIL.search(text) if "/" in text and _ends_with_bracket(text) else None
    # A name ("Denis Balibouse") or a site ("iStock.com") beside the slash; "(Whitelist/Blacklist)" is text.
    return bool(slashed) and _words(slashed["who"]) <= SLASHED_CREDIT_MAX_WORDS and \
        (" " in slashed["who"].strip() or "." in slashed["who"])


def _may_have_credit_tail(text: str) -> bool:
    """``_CREDIT_TAIL``'s first test. Its "who" holds no colon and nothing after it does, so it
    follows the line's last colon, and at most 82 characters that are not white space come
    after that colon: "who" (80 at most), a bracket and a full stop. (``str.isspace`` knows
    all of the pattern's white space, and a few characters more: a bound, never too low.)"""
    colon = text.rfind(":")
    if colon < 0:
        return False
    after = len(text) - colon - 1
    return after <= CREDIT_TAIL_MAX_CHARS or len("".join(text[colon + 1:].split())) <= CREDIT_TAIL_MAX_CHARS


CREDIT_TAIL_MAX_CHARS = 82  # _CREDIT_TAIL after its colon: "who" ({1,80}), ")" and "."


def _credit_word_before_colon(text: str, credits: frozenset[str]) -> bool:
    """``_CREDIT_TAIL``'s second test: the tail counts only when its word, casefolded, is a credit
    word, and that word ends right before the line's last colon (after white space, which
    ``rstrip`` removes: ``str.isspace`` knows all of ``\\s``). Casefolding maps each character
    to one or more, so the casefolded last ``_credit_suffix_chars`` characters end with the
    casefolded word whenever it is that short. A line with a colon after other words ("He
    said: …", "Update: …") is answered without searching the pattern at every position."""
    head = text[:text.rfind(":")].rstrip()
    return head[-_credit_suffix_chars(credits):].casefold().endswith(_credit_suffixes(credits))


@lru_cache(maxsize=None)
def _credit_suffixes(credits: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(credits))


@lru_cache(maxsize=None)
def _credit_suffix_chars(credits: frozenset[str]) -> int:
    return max(map(len, credits), default=0)


def _ends_with_bracket(text: str) -> bool:
    """``_SLASHED_TAIL``'s first test: the line ends with ")", then white space, a full stop, white space."""
    end = text.rstrip()
    if end.endswith("."):
        end = end[:-1].rstrip()
    return end.endswith(")")


class PhotoCredit(Rule):
    """Text dumps: drop picture captions and credits ("Foto: Christof Stache", "… (Foto: V. Bühl)").

    The markup that said <figcaption> is gone; what is left is the credit word and its colon,
    or an agency and a photographer joined by a slash in brackets.
    """

    name = "photo_credit"
    prunes_kept = True
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
    prunes_kept = True
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
    prunes_kept = True
    formats = ("text",)

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        box = ctx.info.get("consent_box", ())  # the lines naming cookies beside them (``BodyRegion``)
        for block in blocks:
            if block.keep and CONSENT_MIN_WORDS <= block.words <= CONSENT_MAX_WORDS and is_consent_text(block.text):
                self.drop(block, "cookie, log-in or newsletter box")
            elif block.keep and block.index in box:
                self.drop(block, "names cookies beside a cookie box's line: the same dialog")
