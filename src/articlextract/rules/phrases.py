"""Rules driven by the phrase lists in ``data/``: interface text, section labels,
relative timestamps, copyright lines. Each works on HTML blocks and text lines alike."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Sequence

from .. import lexicon
from ..features import entry_first_words, first_normalized_word, is_phrase_line, is_prose, line_cache, normalized
from ..model import Block
from .base import Context, Rule, first_words
from .edges import article_flow_after_label, flow_parent, is_reference_section

MAX_LABEL_WORDS = 7  # "More Stories From The World Today" is about as long as a label gets
SHORT_LABEL_MAX_WORDS = 5  # "Related: Bus strike ends" is a label; "Related to this, the council …" is not
MAX_LABEL_CHARS = 80  # a longer line is never a label (a cheap test before normalising the line)


@line_cache  # asked for every line by several rules; dumps repeat lines
def is_section_label(text: str) -> bool:
    """A short line that announces related links, teasers, tags or comments."""
    if not may_be_section_label(text):
        return False
    norm = normalized(text)
    if not norm or len(norm.split()) > MAX_LABEL_WORDS:
        return False
    if norm in lexicon.phrases("section_labels"):
        return True
    # A label may go on with where its links lead ("More Stories From Example News", "Die
    # meistgelesenen Artikel bei SWR.de/Sport"): after a label of one or two words, a few words
    # ("See also: New Zealand place names" is a note inside an article); after a longer one, up
    # to MAX_LABEL_WORDS.
    m = lexicon.prefix_pattern("section_labels").match(norm)
    return m is not None and len(norm.split()) <= (
        MAX_LABEL_WORDS if m.group().count(" ") >= 2 else SHORT_LABEL_MAX_WORDS) \
        and not text.rstrip().endswith((".", "!", "?"))


def may_be_section_label(text: str) -> bool:
    """``is_section_label``'s first test, cheap enough to ask before its cache: a label is short,
    and most lines share no first word with any label."""
    return len(text) <= MAX_LABEL_CHARS and first_normalized_word(text) in label_first_words()


def opens_inline_box(text: str) -> bool:
    """A label of a box set inside the article ("Related", "LIRE AUSSI SUR REGARDS.FR", "Lue
    myös:"), which the article goes on past: one of ``data/phrases_inline_boxes.txt`` starts the
    line. (Asked of section labels only.)"""
    norm = normalized(text)
    return any(norm == label or norm.startswith(label + " ") for label in lexicon.phrases("phrases_inline_boxes"))


@lru_cache(maxsize=None)
def label_first_words() -> frozenset[str]:
    """First words of the section labels. A normalized line is words joined by single spaces,
    so a label can match it exactly or as a prefix (ending at a word boundary) only when
    both start with the same word."""
    return lexicon.first_words("section_labels")


INTERFACE_ROW_MAX_WORDS = 8  # a row of a few buttons or links: "Share Tweet Share", "Log out Sign in"
_GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "contentSkip": two links' texts with no space between


def is_interface_row(text: str) -> bool:
    """ "Share Tweet Share", "Log out Sign in", "Skip to contentSkip to site index": a short line
    made of two or more entries of ``data/boilerplate_lines.txt`` side by side, a row of buttons
    or links a converter printed as one line (a whole line that is one entry is
    ``is_phrase_line``'s). Its first word is asked first: most lines open with no entry's."""
    if first_normalized_word(text) not in entry_first_words("boilerplate_lines"):
        return False
    # (the words as written first: "LinkedIn" is one entry, "contentSkip" two links' texts)
    return _entries_side_by_side(normalized(text).split()) \
        or _GLUED_WORDS.search(text) is not None and _entries_side_by_side(normalized(_GLUED_WORDS.sub(" ", text)).split())


def _entries_side_by_side(words: list[str]) -> bool:
    """Whether ``words`` are two or more entries of ``boilerplate_lines`` and nothing else."""
    if not 2 <= len(words) <= INTERFACE_ROW_MAX_WORDS:
        return False
    entries, longest = lexicon.phrases("boilerplate_lines"), _longest_entry("boilerplate_lines")
    ends = {0: 0}  # word index an entry ends at -> how many entries up to there
    for start in range(len(words)):
        if start in ends:
            for end in range(start + 1, min(len(words), start + longest) + 1):
                if " ".join(words[start:end]) in entries:
                    ends[end] = max(ends.get(end, 0), ends[start] + 1)
    return ends.get(len(words), 0) >= 2


@lru_cache(maxsize=None)
def _longest_entry(name: str) -> int:
    return max(len(p.split()) for p in lexicon.phrases(name))


# A number's place in a timing phrase's key: "vor 3 Stunden" and "vor N stunden" both read
# "vor \x00 stunden", so a line is a phrase of the list when its key is one of the list's keys.
# (One set lookup: an alternation of all the phrases, tried at a line's start, cost ~3 us a line.)
NUMBER = "\x00"


def _numbered_key(norm: str) -> str:
    """A normalized line with each number (a run of decimal digits, as ``\\d+`` reads them) as ``NUMBER``."""
    return " ".join(NUMBER if word.isdecimal() else word for word in norm.split(" "))


@lru_cache(maxsize=None)
def _numbered_keys(name: str) -> frozenset[str]:
    """The phrases of ``data/<name>.txt`` as keys, the word "N" standing for a number."""
    return frozenset(" ".join(NUMBER if w == "n" else w for w in phrase.split()) for phrase in lexicon.phrases(name))


@lru_cache(maxsize=None)
def _relative_time_prefixes() -> tuple[str, ...]:
    return tuple(sorted(p + " " for p in lexicon.phrases("relative_time_prefixes")))


RELATIVE_TIME_MAX_CHARS = 40  # "vor 3 Stunden", "updated 42 minutes ago": short


def is_relative_time(text: str) -> bool:
    """A relative timestamp ("42 minutes ago", "vor 3 Stunden", "updated yesterday"). The length
    and the first word are asked before the cache: most short lines fail them."""
    return len(text) <= RELATIVE_TIME_MAX_CHARS and may_be_relative_time(first_normalized_word(text)) \
        and _is_relative_time(text)


def may_be_relative_time(first: str) -> bool:
    """Whether a normalized line opening with the word ``first`` can match ``_relative_time``: it
    opens with a prefix ("updated"), with a phrase's first word, or with digits (a phrase's
    number; asked as "not only letters", which no table of digits can disagree with)."""
    return first in lexicon.first_words("relative_time", "relative_time_prefixes") or not first.isalpha()


@line_cache
def _is_relative_time(text: str) -> bool:
    """The whole normalized line is a phrase of ``data/relative_time.txt``, after one of the
    prefixes of ``relative_time_prefixes.txt`` or not."""
    key, phrases = _numbered_key(normalized(text)), _numbered_keys("relative_time")
    return key in phrases or any(key.startswith(p) and key[len(p):] in phrases for p in _relative_time_prefixes())


READING_TIME_MAX_CHARS = 40  # "Lesedauer ca. 7 Minuten", "Estimated reading time: 12 minutes"


def is_reading_time(text: str) -> bool:
    """A reading-time note ("5 min read", "Lesezeit: 1 Min.": ``data/reading_time.txt``). The
    length and the first word are asked before the cache: most lines fail them."""
    return len(text) <= READING_TIME_MAX_CHARS and may_be_reading_time(first_normalized_word(text)) \
        and _is_reading_time(text)


def may_be_reading_time(first: str) -> bool:
    """Whether a normalized line opening with the word ``first`` can be a reading-time note: it
    opens with a note's first word, or with digits (``may_be_relative_time``'s test)."""
    return first in lexicon.first_words("reading_time") or not first.isalpha()


@line_cache
def _is_reading_time(text: str) -> bool:
    return _numbered_key(normalized(text)) in _numbered_keys("reading_time")


class InterfaceText(Rule):
    """Drop lines that are menu, button or share-bar text ("Open Menu", "Print", "Tweet")."""

    name = "interface_text"
    prunes_kept = True

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        interface_first_words = entry_first_words("boilerplate_lines")
        first, max_chars = first_words(ctx), ctx.options.interface_text_max_chars
        for block in blocks:
            # (is_phrase_line's own first test asked from the page's memo, which the rules after
            # this one read too: the full test only of the few lines that pass it)
            if block.keep and len(block.text) <= max_chars and first[block.text] in interface_first_words:
                if is_phrase_line(block.text, "boilerplate_lines"):
                    self.drop(block, f"interface text {block.text.strip()[:30]!r}")
                elif is_interface_row(block.text):
                    self.drop(block, f"a row of interface text {block.text.strip()[:30]!r}")


class _TimingPhraseLine(Rule):
    """Drop a short line that is one phrase of a timing list (a data file whose numbers are one
    sign): the length and the line's first word, from the page's memo, are asked before the
    cached lookup. Subclasses name the list's tests and the reason."""

    prunes_kept = True
    max_chars = 0
    reason = ""

    @staticmethod
    def may_be(first: str) -> bool:  # pragma: no cover - interface
        raise NotImplementedError

    @staticmethod
    def holds(text: str) -> bool:  # pragma: no cover - interface
        raise NotImplementedError

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        first, max_chars, may_be, holds = first_words(ctx), self.max_chars, self.may_be, self.holds
        for block in blocks:
            # (the length test before the memo: most kept lines are paragraphs)
            if block.keep and len(block.text) <= max_chars and may_be(first[block.text]) and holds(block.text):
                self.drop(block, self.reason)


class RelativeTimestamp(_TimingPhraseLine):
    """Drop relative timestamps of teaser lists ("42 minutes ago", "vor 3 Stunden")."""

    name = "relative_timestamp"
    max_chars = RELATIVE_TIME_MAX_CHARS
    reason = "relative timestamp of a teaser"
    may_be = staticmethod(may_be_relative_time)
    holds = staticmethod(_is_relative_time)


class ReadingTime(_TimingPhraseLine):
    """Drop reading-time notes ("5 min read", "Lesezeit: 3 Min."), an article header's or a
    teaser's: a line that only tells how long the text takes to read."""

    name = "reading_time"
    max_chars = READING_TIME_MAX_CHARS
    reason = "reading-time note"
    may_be = staticmethod(may_be_reading_time)
    holds = staticmethod(_is_reading_time)


@lru_cache(maxsize=None)
def _footer_pattern() -> "re.Pattern[str]":
    """The multi-word footer phrases as one pattern (substring match, as before): one scan per line.

    Plain literals, so the standard ``re`` engine does (it is several times faster than
    ``regex`` on a long alternation of literals), shaped as a trie (``phrase_trie``)."""
    return re.compile(lexicon.phrase_trie(sorted(p for p in lexicon.phrases("footer_phrases") if " " in p), space=" "))


@lru_cache(maxsize=None)
def _ascii_footer_pattern() -> "re.Pattern[str]":
    """``_footer_pattern`` for an ASCII line, searched in the lower-cased line itself.

    An ASCII line normalises to its ``[a-z0-9]`` runs joined by single spaces, so a phrase is
    found in the normalized line exactly when its words, joined by runs of other characters,
    are found in the lower-cased line; the line is then not normalised at all. Phrases with
    letters outside ASCII cannot occur in an ASCII line and are left out."""
    return re.compile(lexicon.phrase_trie(sorted(p for p in lexicon.phrases("footer_phrases") if " " in p and p.isascii()),
                                  space="[^a-z0-9]+"))


@lru_cache(maxsize=None)
def _european_footer_pattern() -> "re.Pattern[str]":
    r"""``_ascii_footer_pattern`` for a line of European scripts only (``lexicon.EUROPEAN_RANGES``),
    searched in the line NFKC-normalized and casefolded. ``normalize_phrase`` makes such a line
    its ``[^\W_]+`` runs joined by single spaces, so, as for ASCII, a phrase is in the normalized
    line exactly when its words, joined by runs of ``[\W_]``, are in the folded line: no words
    to split out and join (most paragraphs are new to the line cache, so this saves the work)."""
    return re.compile(lexicon.phrase_trie(sorted(p for p in lexicon.phrases("footer_phrases") if " " in p),
                                          space=r"[\W_]+"))


def has_footer_phrase(text: str) -> bool:
    """A multi-word phrase of ``data/footer_phrases.txt`` inside the normalized line."""
    if text.isascii():
        return _ascii_footer_pattern().search(text.lower()) is not None
    folded = unicodedata.normalize("NFKC", text).casefold()  # as normalize_phrase folds it
    if lexicon.is_european(folded):
        return _european_footer_pattern().search(folded) is not None
    return _footer_pattern().search(normalized(text)) is not None


def footer_phrase_flags(texts: Sequence[str]) -> list[bool]:
    """``[has_footer_phrase(t) for t in texts]``, for the lines of a page at once.

    Folded and searched line by line, each line paid for its folding and for the trie tried
    at every character. Here the page is folded once: NFKC and casefolding never act across a
    newline, so the folded page is the folded lines joined by newlines (the count of newlines
    checks that no text held one). A phrase has at least two words, and its later words follow
    a separator (``[\\W_]``) inside the line, so a line holds a phrase only when its longest
    later word follows such a character: one scan of the page finds those (few) lines, which
    are then searched in full, folded (``_european_footer_pattern``, which answers as the ASCII
    pattern on an ASCII line). A page with a line of other scripts is asked line by line."""
    joined = "\n".join(texts)
    folded = joined.lower() if joined.isascii() else unicodedata.normalize("NFKC", joined).casefold()
    if not texts or folded.count("\n") != len(texts) - 1 or not (joined.isascii() or lexicon.is_european(folded)):
        return [has_footer_phrase(text) for text in texts]
    flags = [False] * len(texts)
    asked = set()
    phrase = _european_footer_pattern()  # has_footer_phrase of a line whose folded text is European
    line, counted = 0, 0  # the line of the last match, and how far the newlines are counted
    for match in _footer_word_after_separator().finditer(folded):
        # (a newline before the word: the word's line; counted on from the last match, since
        # counting from the page's start for each match took 8 s on a page of 20,000 such lines)
        line += folded.count("\n", counted, match.start() + 1)
        counted = match.start() + 1
        if line not in asked:
            asked.add(line)
            start = folded.rfind("\n", 0, match.start() + 1) + 1
            end = folded.find("\n", start)
            flags[line] = phrase.search(folded, start, len(folded) if end < 0 else end) is not None
    return flags


@lru_cache(maxsize=None)
def _footer_word_after_separator() -> "re.Pattern[str]":
    """A separator of a European folded line, then the longest later word of a footer phrase.

    The separators are spelled out (``european_separators``): the `re` engine then skips the
    characters that are none at C speed, where ``[\\W_]`` asks the Unicode tables at each one."""
    words = {max(p.split(" ")[1:], key=len) for p in lexicon.phrases("footer_phrases") if " " in p}
    return re.compile(european_separators() + "(?:" + lexicon.phrase_trie(sorted(words)) + ")")


@lru_cache(maxsize=None)
def european_separators() -> str:
    """``[\\W_]`` on text of ``lexicon.EUROPEAN_RANGES``, as a character class of ranges."""
    word = re.compile(r"[^\W_]")
    ranges: list[list[int]] = []
    for low, high in lexicon.EUROPEAN_RANGES:
        for code in range(low, high + 1):
            if word.match(chr(code)) is None:
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1][1] = code
                else:
                    ranges.append([code, code])
    return "[" + "".join(re.escape(chr(lo)) + ("-" + re.escape(chr(hi)) if hi > lo else "") for lo, hi in ranges) + "]"


FOOTER_MAX_WORDS = 30  # a copyright or legal line is short; a paragraph citing a policy is longer
FOOTER_SIGN_MAX_WORDS = 15  # a "©" inside the line: "Photo © Jane Doe 2023", not a paragraph about it


class FooterLine(Rule):
    """Drop short copyright / legal lines ("© 2023 Example Media. All rights reserved.")."""

    name = "footer_line"
    prunes_kept = True

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        short = [b for b in blocks if b.keep and b.words <= FOOTER_MAX_WORDS]
        texts = [b.text.strip() for b in short]
        for block, text, has_phrase in zip(short, texts, footer_phrase_flags(texts)):
            if text.startswith("©") or ("©" in text and block.words <= FOOTER_SIGN_MAX_WORDS) or has_phrase:
                self.drop(block, "copyright or legal footer line")


INLINE_BOX_MIN_PROSE_AFTER = 2  # paragraphs under a box inside the article: one alone may be a blurb


class SectionEnd(Rule):
    """A section label after the article ("Related Stories", "Comments") ends it.

    The label and every kept block after it are dropped, but only when most of the
    kept prose lies before the label: a label above the article is a sidebar heading,
    handled by the other rules.
    """

    name = "section_end"
    prunes_kept = True

    def apply(self, blocks: Sequence[Block], ctx: Context) -> None:
        kept = [b for b in blocks if b.keep]
        prose = [is_prose(b, ctx.options) for b in kept]  # asked once per block, read twice
        total = sum(len(b.text) for b, is_text in zip(kept, prose) if is_text)
        if not total:
            return
        seen = 0
        first = first_words(ctx)
        for i, block in enumerate(kept):
            if prose[i]:
                seen += len(block.text)
                continue
            # (may_be_section_label, the cheap first test, before the cache: most lines that are not
            # prose are no label; its first word from the page's memo)
            text = block.text
            if not (len(text) <= MAX_LABEL_CHARS and first[text] in label_first_words()
                    and is_section_label(text)):
                continue
            if seen >= 0.5 * total:
                if ctx.format == "html" and self._inside_article(kept, i, ctx):  # HTML: see rules/edges.py
                    continue
                if ctx.format == "text" and self._box_in_text(kept, prose, i):
                    continue
                self.drop(block, f"section label {block.text.strip()[:40]!r} ends the article")
                for later in kept[i + 1:]:
                    self.drop(later, f"after the section label {block.text.strip()[:40]!r}")
                return
            self.drop(block, f"section label {block.text.strip()[:40]!r}")

    def _box_in_text(self, kept: Sequence[Block], prose: Sequence[bool], i: int) -> bool:
        """Text: the label of a box set inside the article ("Lue myös:" over a teaser's title), which
        the body region grew across to the paragraphs below it (``BodyRegion``). The article goes
        on when the box holds a title or more (prose right under the label is what the label
        announces) and every line from the box's end to the region's end is prose, two lines or
        more; a list of teasers ("RELATED STORIES", then a caption, a title and a blurb, again and
        again) puts titles between its blurbs. The label and the box's titles are dropped."""
        label = kept[i]
        if not opens_inline_box(label.text):
            return False
        titles = i + 1
        while titles < len(kept) and not prose[titles]:
            titles += 1
        if titles == i + 1 or len(kept) - titles < INLINE_BOX_MIN_PROSE_AFTER or not all(prose[titles:]):
            return False
        self.drop(label, f"section label {label.text.strip()[:40]!r} of a box inside the article")
        for later in kept[i + 1:titles]:
            self.drop(later, f"in the box under the section label {label.text.strip()[:40]!r}")
        return True

    def _inside_article(self, kept: Sequence[Block], i: int, ctx: Context) -> bool:
        """HTML: a label that does not end the article: "See also" of a reference work (kept), or
        a box set inside the text (the label and the rest of its box dropped)."""
        label = kept[i]
        if is_reference_section(label.text):
            return True
        flow = article_flow_after_label(kept, i, is_section_label, ctx.options)
        if flow is None:
            return False
        self.drop(label, f"section label {label.text.strip()[:40]!r} of a box inside the article")
        for later in kept[i + 1:]:
            if flow_parent(later) is flow:
                break
            self.drop(later, f"in the box under the section label {label.text.strip()[:40]!r}")
        return True
