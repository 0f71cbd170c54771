"""Stage 2 (text dumps): cut a plain-text page into the same blocks as HTML.

One block per non-empty line: the converters that make these dumps write one line per
HTML block, so a line is the closest thing to an element. What the markup said is read
back from the shape of the line:

- indentation (``Block.indent``): some converters indent by nesting depth, so lines of one
  container share an indent;
- bullet markers (``*``, ``+``, ``o``, ``-``, ``•``, ``1.``): the line was a list item and the
  block's kind is ``list_item``; a bullet is taken off (it is not text), a number is kept
  (a ranking's "100. Ray Gillen" or "1. Preheat the oven" reads with it);
- blank lines (``Block.blank_before``): paragraph breaks;
- hard-wrapped paragraphs (a dump whose lines all stop near one width) are joined back
  into one block per paragraph;
- paragraphs cut at inline tags (a dump printing every text node on a line of its own, as
  BeautifulSoup's ``get_text("\\n")`` does) are joined back where the cut shows.

A leading `` date YYYY-MM-DD `` crawl stamp is taken off the first line and reported
separately, so it never reaches the headline or the body.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterable

from .features import word_count
from . import lexicon
from .markdown import is_markdown, read_markdown
from .model import LINE, LIST_ITEM, Block

CRAWL_STAMP = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*")
_SPACES = re.compile(r"[ \t\u00a0\u200b]+")
# "* item", "+ item", "o item" (nested levels of some converters), "- item", "• item", "1. item", "2) item"
# w3m marks nested list levels "□", "☆", "○", "■", "◎", "●" (its first level is "•").
_BULLET_FIRST = frozenset("*+•·▪◦‣–-□☆○■◎●o")  # the first characters _BULLET can match (besides digits)
# "[6eef5bc5-c] ", "[image001-p] ": a file name's first characters in brackets (one or more), which hold a
# letter and a digit, "-" or "_" ("[Rezi] Love is War" opens a headline, "[1] " a numbered
# paragraph), then the line's text.
_PICTURE_STUB = re.compile(r"(?:\[(?=[^\]\s]*[\d_-])(?=[^\]\s]*[^\W\d_])[\w.-]{1,12}\]\s+)+(?=\S)")
_MARK_FIRST = _BULLET_FIRST | {"["}  # the first characters _kind reads a mark from
_BULLET = re.compile(r"^(?:[*+•·▪◦‣–□☆○■◎●-]|o(?= \S)|\d{1,3}[.)](?= \S))\s+(?=\S)")
# What makes ``word_count`` of a single-spaced line differ from its spaces plus one: white space
# other than " " (str.split cuts there too; none lies above U+3000) and the code points where
# word_count looks for CJK characters (U+0E00 up, but U+2000-U+2E7F: ``features._CJK_RANGE``).
# A Latin, Greek or Cyrillic line has none, and one scan for them (word_count scans for the
# CJK ones anyway) costs less than the list of words ``str.split`` makes. Written as the
# complement of the characters that leave the count alone, as ``_CJK_RANGE`` is (see there).
_NOT_SPACE_COUNTED = re.compile(
    "[^\x00-\x08\x0e-\x1b\x20-\x84\x86-\x9f\xa1-\u0dff\u200b-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u2e7f]")
WRAP_MIN_LINES = 3  # a dump needs this many lines wrapped at one width to count as hard-wrapped
WRAP_NEAR_CHARS = 15  # lines ending this close past the width would have been wrapped
WRAP_OVER_SHARE = 0.25  # such lines per wrapped line a wrapped dump still shows (a long word, a URL)
WRAP_MAX_WIDTH = 100  # converters wrap at 72-80 columns; longer lines mean no wrapping
WRAP_MIN_WIDTH = 60  # a page of short lines (a list, CJK text) is not a wrapped one
WIDE_BREAK_SLACK = 6  # columns a full line of CJK text may stop short of the width: kinsoku moves punctuation down
SOURCE_WRAP_MIN_WORDS = 5  # both sides of a source's line break run on ("von Ella Glover" under a cut teaser does not)
# Source code printed line by line (``_code_joined``): lines ending as statements and blocks
# do, or opening with a comment or a tag; lines inside holding a bracket or an "=".
CODE_MIN_LINES = 4
_CODE_LINE = re.compile(r"[;{}]\s*$|^\s*(?://|/\*|#include\b|<[!/?a-zA-Z])")
_CODE_STRUCTURE = re.compile(r"[{}]\s*$|^\s*[{}]|^(?://|/\*|<[!/?a-zA-Z])")
_CODE_PART = re.compile(r"[()\[\]=]")
INLINE_CUT_MIN_LINES = 3  # lines cut before an inline tag that mark a dump as cut at inline tags


def split_crawl_stamp(text: str) -> tuple[str | None, str]:
    """Return the crawl stamp's date (or None) and the text without it."""
    m = CRAWL_STAMP.match(text)
    if not m:
        return None, text
    return m.group(1), text[m.end():]


def segment_text(text: str) -> list[Block]:
    lines = text.splitlines()
    markdown = is_markdown(text)
    measure, cjk_slack = len, 0  # (cjk_slack: 0 on a page without CJK prose, see _continues)
    if not text.isascii() and _holds_cjk_prose(text):
        # a page in Chinese, Japanese or Korean some converters wrap by terminal columns, others
        # by characters; and its text may break between any two characters
        wrap_width, cjk_slack = _wrap_width(lines, markdown, len, _cjk_break), WIDE_BREAK_SLACK // 2
        columns = _wrap_width(lines, markdown, _display_width, _cjk_break_columns)
        if columns and _wide_lines_filled(lines, columns, _display_width) > _wide_lines_filled(lines, wrap_width, len):
            wrap_width, measure, cjk_slack = columns, _display_width, WIDE_BREAK_SLACK
    else:
        wrap_width = _wrap_width(lines, markdown)
    # (a code block shows a brace, which most pages have none of: "in" answers at once, where
    # counting the lines ending as code does costs as much as splitting the page into lines)
    if "{" in text and text.count(";\n") + text.count("{\n") + text.count("}\n") >= CODE_MIN_LINES // 2:
        lines = _code_joined(lines)
    if not wrap_width:
        blocks, inline_cuts, set_in = _line_blocks(lines)
        if inline_cuts < INLINE_CUT_MIN_LINES and not markdown and set_in:
            inline_cuts += _source_wraps(blocks)  # (a dump with no line set in has none)
        if inline_cuts >= INLINE_CUT_MIN_LINES and not markdown:  # a dump cut at inline tags
            blocks = _line_blocks(_join_inline_cuts(lines))[0]
    else:
        blocks = []
        for indent, line, blank in _paragraphs(lines, wrap_width, measure, cjk_slack):
            kind, line = _kind(line)
            blocks.append(Block.line(len(blocks), line, kind, indent, blank, word_count(line)))
    # (after the wrapped lines are joined: a link's text may be cut by the wrap)
    return read_markdown(blocks) if markdown else blocks


def _code_joined(lines: list[str]) -> list[str]:
    """The lines with each run of source code (a ``<pre>`` block, which converters print line
    by line: "function Cow(name) {" / "this.name = name;" / "}") joined into one line set apart
    by blank lines. Line by line, a code block is a run of short lines that looks like a menu
    and cuts the article in two; joined, it is one block of the article, as a converter that
    joins a ``<pre>``'s lines (inscriptis) prints it.

    A run is ``CODE_MIN_LINES`` lines or more (blank lines between them do not end it), no list
    item among them, every one holding a bracket or an "=" and at least half of them ending
    with ";", "{" or "}" or opening with a comment or a tag; and one line at least shows a
    block ("{", "}") or a tag or comment, which prose ending its lines with ";" does not."""
    joined: list[str] = []
    i, n = 0, len(lines)
    while i < n:
        raw = lines[i]
        if not (raw.strip() and _CODE_LINE.search(raw) and not _BULLET.match(raw.lstrip())):
            joined.append(raw)
            i += 1
            continue
        end, code, strong, structure = i, [], 0, False
        for j in range(i, n):
            line = lines[j].strip()
            if not line:
                continue
            marked = _CODE_LINE.search(lines[j])
            if _BULLET.match(line) or not (marked or _CODE_PART.search(line)):
                break
            strong += bool(marked)
            structure = structure or bool(_CODE_STRUCTURE.search(line))
            code.append(line)
            end = j + 1
        if len(code) >= CODE_MIN_LINES and 2 * strong >= len(code) and structure:
            joined += ["", raw[:len(raw) - len(raw.lstrip())] + " ".join(code), ""]
            i = end
        else:
            joined.append(raw)
            i += 1
    return joined


def _is_inline_cut(line: str, after: str) -> bool:
    """Whether ``line`` (its one trailing space taken off) stopped before an inline tag, and
    ``after`` (the next line, no list item) holds the tag's text: the mark of a dump that
    prints every text node on a line of its own (BeautifulSoup's ``get_text("\\n")``), where a
    link or an ``<em>`` cuts its paragraph into lines ("So finally you're " / "testing …").

    A converter writing one line per block leaves no space at a line's end after a word; bullets
    with no text ("* ") and padded table cells (a run of spaces in the line) do, and do not count.
    """
    stripped = line.strip()
    return bool(stripped and after and line[-1] not in " \t" and "  " not in stripped
                and (stripped[-1].isalnum() or stripped[-1] in ",;:") and not _BULLET.match(stripped))


def _join_inline_cuts(lines: list[str]) -> list[str]:
    """The lines of a dump cut at inline tags, each paragraph joined back into one line.

    Only lines with no blank line between them join, and only where the cut shows: white space
    at the cut (the text node before or after the tag held it: "you're " / "testing", "code
    coverage" / " might"), or a line opening with the punctuation that closes a sentence or a
    bracket ("testing your code" / "? Great!"), or a lower-case word after a line that stopped
    mid-sentence (a line break of the page's source: "The more you" / "write tests"). A menu's
    lines ("Home" / "About") show none of these and stay apart.
    """
    joined: list[str] = []
    previous = ""
    for raw in lines:
        line = raw.strip()
        if not line or not previous.strip():
            joined.append(raw)
        else:
            glue = _inline_glue(previous, raw, line)
            if glue is None:
                joined.append(raw)
            else:
                joined[-1] = joined[-1].rstrip() + glue + line
        previous = raw
    return joined


_CLOSING_PUNCTUATION = frozenset(",.;:?!)]}»”’")


def _inline_glue(previous: str, raw: str, line: str) -> str | None:
    """What joins ``line`` to the line before it in a dump cut at inline tags ("" or " "),
    or None when it starts a block of its own."""
    if previous[-1] in " \t\u00a0" or raw[0] in " \t\u00a0":
        return None if _BULLET.match(line) else " "
    if line[0] in _CLOSING_PUNCTUATION and not line.startswith(("...", "…")):
        return ""
    return " " if _goes_on(previous.rstrip(), line) else None


def _goes_on(above: str, line: str) -> bool:
    """Whether ``line`` goes on the sentence ``above`` stopped in (a line break of the page's
    source): a lower-case word after a letter or a comma."""
    end = above[-1:]
    return line[0].islower() and (end.isalpha() or end == ",")


def opens_with_link_titles(first_line: str) -> bool:
    """Whether a dump's first line is lynx's list of the page's ``<link>`` titles after a "#"
    glued to a word ("#alternate Afrikaans aragonés …", "#Python Insider - Atom Python Insider
    - RSS"), not the page's text nor its <title>. (A Markdown heading's "#" is followed by a
    space, and the Markdown reader has taken it off.)"""
    text = first_line.lstrip()
    return text[:1] == "#" and bool(text[1:2].strip())


def _kind(line: str) -> tuple[str, str]:
    """The block's kind, and its text without a bullet ("• item" is a list item "item") or a
    picture's stub before it ("[6eef5bc5-c] James Akinaka • 8h": w3m prints a picture without
    alt text as its file name's first ten characters in brackets)."""
    first = line[0]
    if first == "[":
        stub = _PICTURE_STUB.match(line)
        return LINE, (line[stub.end():] if stub else line)
    if first in _BULLET_FIRST or first.isdigit():  # most lines start otherwise: skip the regex
        m = _BULLET.match(line)
        if m and not _starts_with_date(line, m):
            # a bullet is markup, a number is text: "100. Ray Gillen" in a ranking reads so
            return LIST_ITEM, (line if first.isdigit() else line[m.end():])
    return LINE, line


def _line_blocks(lines: list[str]) -> tuple[list[Block], int, bool]:
    """One block per non-empty line of an unwrapped dump (most dumps), how many of the
    lines were cut before an inline tag (``_is_inline_cut``), and whether a line is set in.

    ``_paragraphs`` for a dump that is not wrapped, and ``segment_text``'s loop, in one pass:
    it runs on every line of every page, so the common line (ASCII, no run of spaces, no
    bullet) takes a few string tests and no call besides the block's.
    """
    blocks: list[Block] = []
    append, new_block, bullet_first = blocks.append, Block.line, _MARK_FIRST
    blank, set_in = True, False
    ending_in_space = []  # (line, index of its block): read after the loop, as few lines end so
    for raw in lines:
        line = raw.strip()
        if not line:
            blank = True
            continue
        if raw is not line and raw[-1] == " ":  # (str.strip hands back the line it left alone)
            ending_in_space.append((raw, len(blocks)))
        ascii_line = line.isascii()
        if "  " in line or "\t" in line or (not ascii_line and ("\u00a0" in line or "\u200b" in line)):
            line = _SPACES.sub(" ", line).strip()  # (_needs_spacing, inline)
            if not line:  # zero-width spaces only: str.strip keeps them, and the line shows nothing
                blank = True
                continue
        indent = 0
        if raw[0] in " \t":  # _indent, inline for the common indent of spaces alone
            indent = len(raw) - len(raw.lstrip(" ")) if "\t" not in raw else _indent(raw)
            set_in = True
        kind = LINE
        first = line[0]
        if first in bullet_first or first.isdigit():
            kind, line = _kind(line)
        if not ascii_line:  # its spaces plus one as well, unless a character below says otherwise
            words = word_count(line) if _NOT_SPACE_COUNTED.search(line) else line.count(" ") + 1
        elif "\x1f" in line:  # the one ASCII space character a line can still hold besides " "
            words = len(line.split())
        else:  # stripped, single-spaced: its words are its spaces plus one, counted without a list
            words = line.count(" ") + 1
        append(new_block(len(blocks), line, kind, indent, blank, words))
        blank = False
    return blocks, _count_inline_cuts(ending_in_space, blocks), set_in


def _count_inline_cuts(ending_in_space: list[tuple[str, int]], blocks: list[Block]) -> int:
    """How many of the lines ending in a space were cut before an inline tag: the block after
    such a line follows it with no blank line, and is no list item."""
    cuts = 0
    for raw, index in ending_in_space:
        after = blocks[index + 1] if index + 1 < len(blocks) else None
        if after and not after.blank_before and after.kind == LINE and _is_inline_cut(raw[:-1], after.text):
            cuts += 1
    return cuts


def _source_wraps(blocks: list[Block]) -> int:
    """How many lines go on a sentence the line above stopped in, set in deeper: the line
    breaks and indentation of the page's HTML source, which a dump of the text nodes as they
    are (BeautifulSoup's ``get_text()``) keeps ("… sed do eiusmod" / "        tempor
    incididunt …"). A converter that lays out text breaks no sentence there."""
    wraps = 0
    for above, line in zip(blocks, blocks[1:]):
        if line.indent > above.indent and not line.blank_before and line.kind == LINE \
                and min(line.words, above.words) >= SOURCE_WRAP_MIN_WORDS and _goes_on(above.text, line.text):
            wraps += 1
    return wraps


# Characters a terminal shows two columns wide (East Asian Wide and Fullwidth: Hangul Jamo,
# CJK punctuation and ideographs, kana, Hangul syllables, fullwidth forms, the ideographs of
# the supplementary planes): text-mode browsers wrap by columns, so a line of 40 of them
# fills an 80-column width.
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                   "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]")


# The wide characters of the scripts written without spaces between words (Chinese, Japanese;
# not Hangul: Korean puts spaces between its words): a line broken inside such text is joined
# back without one.
_SPACELESS = re.compile("[\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f"
                        "\uff00-\uff60\U00020000-\U0003fffd]")


def _holds_cjk_prose(text: str) -> bool:
    """Whether the page holds one of the commonest marks of prose in Chinese, Japanese or
    Korean (``data/cjk_prose_marks.txt``). Searched with ``in``: a C scan per mark costs a
    twentieth of one of ``_WIDE``."""
    return any(mark in text for mark in lexicon.lines("cjk_prose_marks"))


def _display_width(line: str) -> int:
    """The columns a terminal gives the line: two for a wide character (``_WIDE``)."""
    return len(line) + len(_WIDE.findall(line))


def _wide_lines_filled(lines: list[str], wrap_width: int, measure) -> int:
    """How many lines holding wide characters fill ``wrap_width`` as ``measure`` counts: more
    of them in columns for a converter that wraps by columns (w3m), in characters for one
    that wraps by characters (html2text, lynx)."""
    return sum(1 for line in lines if _WIDE.search(line)
               and wrap_width - WIDE_BREAK_SLACK < measure(line.rstrip()) <= wrap_width) if wrap_width else 0


def _paragraphs(lines: list[str], wrap_width: int, measure=len, cjk_slack: int = 0) -> Iterable[tuple[int, str, bool]]:
    """(indent, text, blank line before) per paragraph of a hard-wrapped dump; ``measure`` gives a
    line's columns, ``cjk_slack`` is ``_continues``'s."""
    blank = True
    current: list = []  # [indent, text, blank, last raw length, indent of the text after a bullet]
    previous = ""  # the last line's text
    for raw in lines:
        line = raw.strip()
        if line and _needs_spacing(line):
            line = _SPACES.sub(" ", line).strip()  # a line of zero-width spaces shows nothing
        if not line:
            blank = True
            continue
        indent = _indent(raw)
        if current and not blank and _continues(current, indent, line, wrap_width, measure, cjk_slack):
            # a word longer than the width (a URL) is cut at the width, with no space to put back;
            # nor is there one between two wide characters (CJK text has none between its words)
            cut_word = current[3] == wrap_width and " " not in previous
            glued = cut_word or _SPACELESS.match(line) and _SPACELESS.match(current[1][-1])
            current[1] += ("" if glued else " ") + line
            current[3] = measure(raw.rstrip())
            if indent not in (current[0], current[4]):  # a source set in deeper goes on at its new indent
                current[4] = indent
            previous = line
            continue
        if current:
            yield current[0], current[1], current[2]
        bullet = _BULLET.match(line)
        current = [indent, line, blank, measure(raw.rstrip()), indent + bullet.end() if bullet else indent]
        blank, previous = False, line
    if current:
        yield current[0], current[1], current[2]


def _needs_spacing(line: str) -> bool:
    """Whether _SPACES would change the line: a run of spaces, or a tab, no-break or zero-width space."""
    return "  " in line or "\t" in line or (not line.isascii() and ("\u00a0" in line or "\u200b" in line))


def _starts_with_date(line: str, bullet: "re.Match[str]") -> bool:
    """"1. November 2023" and "27. Januar" are dates, not numbered list items."""
    if not line[0].isdigit():
        return False
    after = line[bullet.end():].split(None, 1)
    return bool(after) and after[0].casefold().rstrip(".,") in lexicon.months()


def _indent(raw: str) -> int:
    if raw[:1] not in (" ", "\t"):
        return 0
    expanded = raw.expandtabs(4) if "\t" in raw else raw
    return len(expanded) - len(expanded.lstrip(" "))


def _continues(current: list, indent: int, line: str, wrap_width: int, measure=len, cjk_slack: int = 0) -> bool:
    """A line continues the previous one when its first word would not have fitted on that one
    (a wrapping converter moves a word down only then), at the same indent, or under the text
    of a list item ("  1. Expose the … part of" / "     the extensible web movement.").

    A line opening like a list item ("– jüngst auch …", "1984. Then …") continues only a line
    cut mid-sentence (ending in a letter, a digit or a comma): after "as follows:" or a full
    stop it is the list's first item. A line after a colon is otherwise a continuation like
    any other ("… laut Manuskript:" / "„Verschwörungsglaube …"): a label ("Price:") is too
    short for the next word not to fit."""
    if indent not in (current[0], current[4]) and not _set_in_deeper(current, indent, line):
        return False
    if cjk_slack and _SPACELESS.match(line):
        # CJK text breaks between any two characters: the line above was full, but for the
        # ``cjk_slack`` columns (or characters) a converter moves down with the next (a closing "。", "」")
        if current[3] + cjk_slack <= wrap_width:
            return False
    elif current[3] + 1 + measure(line.split(None, 1)[0]) <= wrap_width:
        return False
    end = current[1][-1:]
    if "\u2500" <= end <= "\u257f" or "\u2500" <= line[0] <= "\u257f":
        return False  # w3m's <hr>, a rule of box-drawing characters, fills the width: nothing goes on from it
    return not _BULLET.match(line) or end.isalnum() or end == ","


def _set_in_deeper(current: list, indent: int, line: str) -> bool:
    """A sentence going on, set in deeper than its first line: the HTML source's own wrapping
    and indentation, kept by a dump of the text nodes as they are ("… sed do eiusmod" /
    "        tempor incididunt …"), as ``_source_wraps`` reads them in an unwrapped dump. A
    converter's nested block opens with a capital or a bullet, and a teaser's author set in
    under its cut blurb ("… lag das am" / "von Ella Glover") is short."""
    return indent > current[0] and line.count(" ") + 1 >= SOURCE_WRAP_MIN_WORDS and _goes_on(current[1], line)


def _cjk_break(word: str) -> int:
    """The characters a converter needed free to keep ``word`` (a next line's first) on the line
    above: Chinese or Japanese text breaks after any character, so one of it."""
    return 1 if _SPACELESS.match(word) else len(word)


def _cjk_break_columns(word: str) -> int:
    """``_cjk_break`` in columns."""
    return 2 if _SPACELESS.match(word) else _display_width(word)


def _wrap_width(lines: list[str], markdown: bool = False, measure=len, first_word=len) -> int:
    """The column a hard-wrapping converter stopped at, or 0 when the dump is not wrapped.

    A converter that wraps moves a word to the next line only when it would pass the width:
    a line of ``n`` characters followed by a line whose first word has ``k`` says the width
    is in ``n .. n + k``. The width taken is the one the most such pairs agree on, and the
    dump counts as wrapped when at least ``WRAP_MIN_LINES`` pairs agree on it, few lines end
    just past it (``WRAP_OVER_SHARE``: an unwrapped dump's line lengths run on smoothly there)
    and fewer lines are longer still than agree (a table, a URL, an unwrapped heading). In a
    ``markdown`` dump, list items, headings and table rows count in neither: html2text leaves
    them whole.
    """
    lengths = list(map(measure, map(str.rstrip, lines)))
    shortest, longest = WRAP_MIN_WIDTH - WRAP_NEAR_CHARS, WRAP_MAX_WIDTH + WRAP_NEAR_CHARS
    wrappable = _wrappable_lengths(lines, lengths) if markdown else lengths
    # Lines longer than any width plus the slack are among ``longer`` (below) whatever the
    # width: an unwrapped page's paragraphs answer here, before any pair is read.
    if markdown:
        too_long = sum(map(longest.__lt__, wrappable))
    else:  # (most dumps answer on their sorted lengths, without a Python loop: more such
        # lines than half the lines that could have been wrapped, which the pairs are among)
        ordered = sorted(lengths)
        too_long = len(ordered) - bisect_right(ordered, longest)
        if 2 * too_long >= bisect_right(ordered, WRAP_MAX_WIDTH) - bisect_left(ordered, shortest):
            return 0
    pairs = [(n, after) for n, after, length in zip(lengths, lines[1:], lengths[1:])
             if length and shortest <= n <= WRAP_MAX_WIDTH]
    if len(pairs) < WRAP_MIN_LINES or 2 * too_long >= len(pairs):
        return 0
    width, most = _width_most_agree_on(pairs, first_word)
    over = sum(1 for n in wrappable if width < n <= width + WRAP_NEAR_CHARS)
    longer = sum(map((width + WRAP_NEAR_CHARS).__lt__, wrappable))
    return width if most >= WRAP_MIN_LINES and over <= WRAP_OVER_SHARE * most and 2 * longer < most else 0


def _width_most_agree_on(pairs: list[tuple[int, str]], first_word_width=len) -> tuple[int, int]:
    """(width, pairs agreeing): of the widths in ``WRAP_MIN_WIDTH .. WRAP_MAX_WIDTH``, the one
    the most (line length, next line) pairs allow; of a run of such widths, the widest, since
    a line may have filled it ("…" 49 / "aaaaaaaaaaaa …" 61 at width 61: the pairs allow 60-61)."""
    agree = [0] * (WRAP_MAX_WIDTH + 2)  # +1 where a pair's range of widths starts, -1 past its end
    for n, after in pairs:
        first_word = after.split(None, 1)
        low, high = max(n, WRAP_MIN_WIDTH), min(n + first_word_width(first_word[0]) if first_word else 0, WRAP_MAX_WIDTH)
        if low <= high:
            agree[low] += 1
            agree[high + 1] -= 1
    running, most, width = 0, 0, 0
    for w, step in enumerate(agree):
        running += step
        if running > most or running == most > 0 and width == w - 1:
            most, width = running, w
    return width, most


_UNWRAPPED_MARKS = frozenset("*-+#|")  # list items, headings and table rows html2text leaves whole


def _wrappable_lengths(lines: list[str], lengths: list[int]) -> list[int]:
    """The lengths of a Markdown dump's lines, 0 for the lines html2text does not wrap, and for
    the long lines holding a link's or a picture's target: an address is no word to break at
    the width (a line of one 400-character "data:image/png;base64,…" runs past any width), and
    such lines would count against a wrapped page."""
    return [0 if n > WRAP_MAX_WIDTH and ("](" in line or "://" in line) or line.lstrip()[:1] in _UNWRAPPED_MARKS
            else n for line, n in zip(lines, lengths)]
