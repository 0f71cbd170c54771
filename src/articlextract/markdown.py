"""Text dumps written in Markdown: what the syntax said, read back into the block model.

html2text, trafilatura's Markdown output and the "reader" services that feed language-model
pipelines save a page as Markdown. Its syntax is markup a reader does not see, and it says
what a plain dump has lost: ``# Heading`` is a heading, ``[text](url)`` a link (a menu is a
list of them), ``![alt](src)`` a picture. A Markdown line becomes the block of its visible
text, with ``kind``, ``heading_level`` and ``link_chars`` set as the HTML segmenter sets them,
so the link-density and heading rules read it as they read HTML. A line that shows nothing
(a link definition, a picture alone, a horizontal rule, a table's separator row) is dropped
like a blank line.
"""

from __future__ import annotations

import re

from .features import word_count
from .model import HEADING, Block

# A link target, with balanced parentheses one level deep (Wikipedia's "/wiki/Mercury_(planet)")
# and an optional "title" after it. White space is allowed in it: a converter that wraps cuts
# long URLs too ("…/microsoft-zo-" / "ai-336x188.png"), and the joined lines hold a space there.
_TARGET = r"\((?:[^()]|\([^()]*\))*\)"
# (No pattern's repeat runs past the next mark of its kind — a bracket, an asterisk or an
# underscore — so each scans a line in linear time, whatever the line holds: "_a _a _a …" or
# "![![![…" over 60,000 characters took 20 s with a lazy "(.+?)".)
# A link's text or a picture's alt may hold one level of brackets: a citation mark
# ("[[2]](#cite-2)"), a phonetic spelling ("[[aɔˈtɛaɾɔa]](/wiki/Help:IPA)"), a picture's alt
# ("[![icon]](/wiki/File:…)"), a caption's ("![[QGIS main interface]](/images/…)").
_LINK_TEXT = r"(?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.)*\])*"
_IMAGE = re.compile(r"!\[" + _LINK_TEXT + r"\]" + _TARGET)
_LINK = re.compile(r"(?<!\\)\[(" + _LINK_TEXT + r")\](?:" + _TARGET + r"|\[[^\]]*\])")
_IMAGE_LEFT = re.compile(r"!\[[^\[\]]*\]")  # a picture's alt inside a link's text, its target gone
# A whole inline link to a web address, a page of the site, an anchor or a script: one is
# enough to read a dump as Markdown, as prose does not write it.
_WHOLE_LINK = re.compile(r"\[[^\[\]\n]*\]\((?:https?:|/|#|mailto:|javascript:)[^)\s]*\)")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>")
_DEFINITION = re.compile(r"^\[[^\]]+\]:\s+\S+")  # "[1]: https://example.org/page"
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?$")
_QUOTE = re.compile(r"^(?:>\s?)+")
_RULE_OR_SEPARATOR = re.compile(r"^[\s*_=|:-]*$|^#{1,6}\s*$")  # "* * *", "---", "|---|:---:|", an empty "###"
_STRONG = re.compile(r"(\*\*|__)(?=[^\s*_])([^*_]+)(?<=[^\s*_\\])\1")
_EMPHASIS = re.compile(r"(?<![\w*\\])([*_])(?=[^\s*_])([^*_]+)(?<=[^\s*_\\])\1(?![\w*])")
_CODE = re.compile(r"`+([^`]*)`+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")

MARKDOWN_MIN_SIGNS = 3  # links or headings a page needs to be read as Markdown


def is_markdown(text: str) -> bool:
    """Whether a dump is written in Markdown: it holds inline links ("](") or ATX headings
    ("# Title" opening a line) at least ``MARKDOWN_MIN_SIGNS`` times, or one whole link to an
    address ("[Read more](https://…)", a page holding a single link). A plain dump shows
    neither (a bracket closed right before a parenthesis is rare in prose).

    Every dump is asked, and each scan of a page costs about 1 ns a character: a plain dump
    is answered after two (the links, then the lines opening with "#" at all)."""
    signs = text.count("](")
    if signs >= MARKDOWN_MIN_SIGNS or signs and _WHOLE_LINK.search(text):
        return True
    if signs + text.count("\n#") + (text[:1] == "#") < MARKDOWN_MIN_SIGNS:
        return False
    signs += text.count("\n# ") + text.count("\n## ") + text.count("\n### ") + text.startswith("# ")
    return signs >= MARKDOWN_MIN_SIGNS


def read_markdown(blocks: list[Block]) -> list[Block]:
    """The blocks of a Markdown dump with the syntax taken out: each block's visible text,
    its heading kind and level, and the characters of its links; blocks that show nothing go,
    and the next block then starts a paragraph."""
    out: list[Block] = []
    blank = False
    for block, line in _links_joined(blocks):
        if _DEFINITION.match(line) or _RULE_OR_SEPARATOR.match(line):
            blank = True
            continue
        kind, level = block.kind, 0
        line = _QUOTE.sub("", line)
        heading = _HEADING.match(line)
        if heading:
            kind, level, line = HEADING, len(heading.group(1)), heading.group(2)
        text, link_chars = _visible(line)
        if not text:
            blank = True
            continue
        made = Block.line(len(out), text, kind, block.indent, block.blank_before or blank, word_count(text) or 0)
        made.heading_level, made.link_chars = level, link_chars
        out.append(made)
        blank = False
    return out


MARKDOWN_MAX_LINK_LINES = 12  # lines a run of links cut across lines may join (a wrapped tag list)
_CLOSING_MARKS = ("]", ")")


def _links_joined(blocks: list[Block]) -> list[tuple[Block, str]]:
    """Each block with its text, a link or picture cut across lines joined back into the block
    it opens in: html2text wraps a link's text and its target like words ("[Severely" /
    "restricted](https://…)", "![\\(Credit:" / "Nasa\\)](…)"), and keeps the blank lines of a
    link around a block ("[ NEWS" / "" / "](/news)"); each part alone would show its syntax.

    The lines join only when they close the link within ``MARKDOWN_MAX_LINK_LINES``, and across
    a blank line only when the line after it closes ("](…", ") …"): a stray bracket ("[ 2 2 + i")
    or an unclosed parenthesis leaves its neighbours apart."""
    out: list[tuple[Block, str]] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        text, i = block.text, i + 1
        if "[" in text and _left_open(text):
            joined, crossed_blank = text, False
            for j in range(i, min(len(blocks), i + MARKDOWN_MAX_LINK_LINES)):
                part = _QUOTE.sub("", blocks[j].text)
                crossed_blank = crossed_blank or blocks[j].blank_before
                joined = joined + " " + part
                if not _left_open(joined):
                    if not crossed_blank or part.startswith(_CLOSING_MARKS):
                        text, i = joined, j + 1
                    break
        out.append((block, text))
    return out


def _left_open(text: str) -> bool:
    """Whether a line ends inside a link: a bracket it opens is not closed, or the target after
    its last "](" is (escaped brackets and parentheses do not count)."""
    if "\\" in text:
        text = _ESCAPE.sub("", text)
    if text.count("[") > text.count("]"):
        return True
    target = text.rfind("](")
    return target >= 0 and text.count("(", target) > text.count(")", target)


def _visible(line: str) -> tuple[str, int]:
    """A Markdown line's visible text, and how many of its characters are link text."""
    if "](" in line or "![" in line:
        line = _IMAGE.sub("", line)
    link_chars = 0
    if "[" in line:
        parts: list[str] = []
        last = 0
        for m in _LINK.finditer(line):
            # Read before the line is: its marks go first, so that emphasis around the link
            # ("**see [the *minutes*](url) now**") holds no mark when the line is read.
            shown = m.group(1)
            shown = _plain(_IMAGE_LEFT.sub("", shown) if "![" in shown else shown)
            parts += [line[last:m.start()], shown]
            link_chars += len(shown)
            last = m.end()
        line = "".join(parts) + line[last:]
    if "<" in line:
        line = _AUTOLINK.sub("", line)
    text = " ".join(_plain(line).split())
    return text, min(link_chars, len(text))


def _plain(text: str) -> str:
    """Text without emphasis, code marks and backslash escapes."""
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(r"\2", _STRONG.sub(r"\2", text))
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    return _ESCAPE.sub(r"\1", text) if "\\" in text else text
