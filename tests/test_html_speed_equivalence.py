"""The fast paths of the HTML pipeline give exactly the answers of their plain definitions.

Each speed-up replaced a straightforward expression (a whitespace regex over every block, a
regex scan of the whole page for tag floods or control characters, the dataclass
constructor, ``regex`` with IGNORECASE on every class name) by a cheaper one; these tests
hold the two side by side on hand-written pages and on generated text.
"""

from __future__ import annotations

import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract.clean import _NEEDS_CLEANING, clean_article, utf8_needs_cleaning
from articlextract.decode import decode
from articlextract.features import word_count
from articlextract.metadata.html_visible import _AnyWord
from articlextract.model import CAPTION, CELL, HEADING, LIST_ITEM, PARAGRAPH, PRE, QUOTE, Article, Block
from articlextract.options import DEFAULT_OPTIONS
from articlextract.parse import _ATTRIBUTE, _tag_end, limit_attributes, parse_html
from articlextract.segment_html import _SPACES, collapse_spaces, segment_html

SETTINGS = settings(max_examples=150, deadline=None, database=None)

# White space of every kind: what _SPACES collapses, what only str.split() splits on
# (\x1c-\x1f, \x85, \u2000…), and \u200b, which only _SPACES takes for a space.
_SPACE_ALPHABET = st.sampled_from(list(" \t\r\n\f\v\u00a0\u200b\u2028\u2029\x1c\x1f\x85\u1680\u2003\u202f"
                                       "\u3000aZé中.\u00ad"))


@SETTINGS
@given(st.text(_SPACE_ALPHABET, max_size=40))
def test_collapse_spaces_is_the_regex_definition(text):
    assert collapse_spaces(text) == _SPACES.sub(" ", text).strip()


def _blocks(body: str) -> list[Block]:
    return segment_html(parse_html(f"<html><body>{body}</body></html>"))[0]


@SETTINGS
@given(st.lists(st.text(_SPACE_ALPHABET, max_size=15), min_size=1, max_size=4))
def test_block_text_and_words_are_their_definitions(pieces):
    # Inline pieces of one paragraph, as the walk joins them; escaped, they stay text.
    body = "<p>" + "<b>x</b>".join(p.replace("&", "&amp;").replace("<", "&lt;") for p in pieces) + "</p>"
    for block in _blocks(body):
        assert block.text == collapse_spaces(block.text)
        assert block.words == word_count(block.text)


def test_blocks_are_the_blocks_the_constructor_makes():
    blocks = _blocks("<h2>Title</h2><p>One <a href='/x'>link</a> here.</p><ul><li>item</li></ul>")
    assert len(blocks) >= 3
    first = blocks[0]
    for b in blocks:
        made = Block(index=b.index, text=b.text, kind=b.kind, tag=b.tag, heading_level=b.heading_level,
                     link_chars=b.link_chars, words=b.words, tag_path=b.tag_path, ancestors=b.ancestors)
        assert b.__dict__ == made.__dict__
        if b is not first:  # no mutable field (the decision history…) is shared between blocks
            assert not [k for k, v in b.__dict__.items()
                        if isinstance(v, (list, dict, set)) and v is first.__dict__[k]]


def test_a_block_takes_the_kind_of_the_element_around_it():
    by_text = {b.text: b for b in _blocks(
        "<ul><li><p>in a list</p></li></ul>"
        "<blockquote><div><p>quoted</p></div></blockquote>"
        "<table><tr><td><div>in a cell</div></td></tr></table>"
        "<figure><figcaption><span>a caption</span></figcaption></figure>"
        "<ul><li><article><p>an article in a list item</p></article></li></ul>"
        "<h3>A <em>heading</em></h3><pre>  code\n    indented</pre>"
        "<section><p>plain</p></section>")}
    assert by_text["in a list"].kind == LIST_ITEM
    assert by_text["quoted"].kind == QUOTE
    assert by_text["in a cell"].kind == CELL
    assert by_text["a caption"].kind == CAPTION
    assert by_text["an article in a list item"].kind == PARAGRAPH  # <article> stops the inheritance
    assert (by_text["A heading"].kind, by_text["A heading"].heading_level) == (HEADING, 3)
    assert by_text["  code\n    indented"].kind == PRE
    assert by_text["plain"].kind == PARAGRAPH


def test_ancestors_tag_path_links_and_hidden_elements():
    blocks = _blocks("<div id='a'><span><p>Read <a href='/more'>more</a> now</p></span>"
                     "<p hidden>gone</p><p style='DISPLAY : none'>gone too</p><script>x</script>tail</div>")
    assert [b.text for b in blocks] == ["Read more now", "tail"]
    read = blocks[0]
    assert [el.tag for el in read.ancestors] == ["p", "span", "div", "body"]  # innermost first
    assert read.tag_path == "body>div>span>p"
    assert read.link_chars == len("more")
    assert blocks[1].ancestors[0].get("id") == "a"


# --- tag floods (parse.limit_attributes) --------------------------------------------------

def _reference_limit_attributes(text: str, max_attributes: int) -> str:
    """The plain definition: a regex scan of the whole page for tags long enough to be floods."""
    out, pos = [], 0
    for m in re.finditer(r"<[a-zA-Z][^<>]{%d}" % (2 * max_attributes), text):
        if m.start() < pos:
            continue
        end = _tag_end(text, m.end())
        tag = text[m.start():end]
        attributes = list(_ATTRIBUTE.finditer(tag, 1))[:max_attributes + 2]
        if len(attributes) <= max_attributes + 1:
            continue
        out += [text[pos:m.start()], tag[:attributes[max_attributes].end()] + ">"]
        pos = end
    return "".join(out) + text[pos:] if out else text


_MARKUP = st.lists(st.one_of(
    st.sampled_from(["<", ">", "<p>", "</p>", "<1", "'", '"', "text ", "x" * 150]),
    st.builds(lambda tag, n, close: f"<{tag} " + " ".join(f"a{i}=1" for i in range(n)) + close,
              st.sampled_from(["div", "img", "a"]), st.integers(0, 160), st.sampled_from([">", "", "<", " x"])),
    # the shortest floods: one-letter attributes, as long as the scan's bound and no longer
    st.builds(lambda n, close: "<a" + " b" * n + close, st.integers(60, 160), st.sampled_from([">", "", "<"]))),
    max_size=12).map("".join)


@SETTINGS
@given(_MARKUP, st.sampled_from([1, 5, 70, 100, 150]))
def test_limit_attributes_is_the_whole_page_scan(text, max_attributes):
    warnings: list[str] = []
    out = limit_attributes(text, max_attributes, warnings)
    assert out == _reference_limit_attributes(text, max_attributes)
    assert (warnings == ["attributes_truncated"]) == (out != text)


def test_a_flood_is_cut_wherever_it_stands_and_long_text_is_left_alone():
    flood = "<div " + " ".join(f"a{i}='v'" for i in range(1500)) + ">"
    page = "<p>" + "word " * 900 + "</p><script>" + "var x = 1;" * 500 + "</script>" + flood + "end</div>"
    warnings: list[str] = []
    out = limit_attributes(page, 1000, warnings)
    assert warnings == ["attributes_truncated"]
    assert "a999='v'>" in out and "a1000=" not in out and out.endswith("end</div>")
    assert limit_attributes(page.replace(flood, "<img src='data:" + "A" * 5000 + "'>"), 1000, []) \
        == page.replace(flood, "<img src='data:" + "A" * 5000 + "'>")


# --- control characters (decode) -----------------------------------------------------------

def test_the_utf8_byte_check_finds_what_the_text_check_finds():
    for cp in [*range(0x3000), *range(0xd700, 0x10000), 0x1f600, 0x10ffff]:
        char = chr(cp)
        assert utf8_needs_cleaning(char.encode("utf-8", "surrogatepass")) == bool(_NEEDS_CLEANING.search(char)), hex(cp)


def test_control_characters_in_utf8_pages_are_still_cleaned():
    raw = "<p>Tab\tand\x01bell\x85 and \u00e9t\u00e9 \ufffe end</p>".encode("utf-8")
    assert decode(raw, DEFAULT_OPTIONS).text == "<p>Tab\tandbell\u2026 and \u00e9t\u00e9  end</p>"


def test_a_clean_article_is_returned_as_it_is_and_a_dirty_one_is_cleaned():
    clean = Article(headline="Title", body="One\n\nTwo", authors=("Jane Doe",), sources={"headline": "og:title"})
    assert clean_article(clean) is clean
    dirty = Article(headline="Ti\x01tle", body="One\r\nTwo", tags=("a\x02",), sources={"date": "x\x03"})
    cleaned = clean_article(dirty)
    assert (cleaned.headline, cleaned.body, cleaned.tags, cleaned.sources) == ("Title", "One\nTwo", ("a",), {"date": "x"})


# --- class and link words (metadata.html_visible) ------------------------------------------

_WORDS = frozenset({"author", "byl", "date", "autor"})
_CLASS_ALPHABET = st.sampled_from(["AUTHOR", "Autor", "by", "l", "Da", "te", "-", " ", "x", "é", "ſ", "K", "ÄUTHOR"])


@SETTINGS
@given(st.lists(_CLASS_ALPHABET, max_size=6).map("".join))
def test_word_search_is_regex_with_ignorecase(text):
    reference = regex.compile("|".join(map(regex.escape, _WORDS)), regex.I)
    assert _AnyWord(_WORDS)(text) == bool(reference.search(text))
    path_reference = regex.compile("/(?:" + "|".join(map(regex.escape, _WORDS)) + ")/", regex.I)
    assert _AnyWord(_WORDS, "/(?:{})/")("/" + text + "/x") == bool(path_reference.search("/" + text + "/x"))
