"""Round-3 HTML speed-ups give exactly the answers of the code they replaced.

* the parser reads a UTF-8 page's own bytes (``Decoded.utf8``) instead of the decoded text:
  the same tree, and the bytes are offered only when they are exactly that text;
* the HTML segmenter makes its blocks with plain stores (``Block.element``): the blocks the
  dataclass constructor makes, field by field;
* ``utf8_needs_cleaning`` tests a pattern's lead byte first, ``looks_like_mojibake`` counts
  one pattern per lead character, ``_hinted`` caches in a bounded dict, ``_AnyWord`` searches
  a prefix tree of its words: same answers;
* the HTML metadata finds the <meta>, <link> and <script> elements in one walk of the tree.
"""

from __future__ import annotations

import codecs
import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from articlextract import extract
from articlextract.decode import _MOJIBAKE, decode, looks_like_mojibake
from articlextract.lexicon import phrase_trie
from articlextract.metadata import html_visible
from articlextract.metadata.html import json_ld_objects, meta_table, source_elements
from articlextract.model import Block
from articlextract.options import DEFAULT_OPTIONS
from articlextract.parse import parse_html
from articlextract.segment_html import segment_html

SETTINGS = settings(max_examples=150, deadline=None, database=None)

_BODY = ("<body><h1>Caf\u00e9 cr\u00e8me \u2014 \u4e2d\u6587 \U0001F600</h1><p class='byline'>By Jane Doe</p>"
         "<p>Stra\u00dfe &amp; &eacute;t\u00e9 &#8212; r\u00e9sum\u00e9 <a href='/x'>link</a> na\u00efve.</p>"
         "<ul><li>one</li><li>\u0434\u0432\u0430</li></ul><script>var x = '<p>no</p>';</script></body>")

# Pages whose bytes are UTF-8, some of them declaring another charset, some of them changed
# by the parser's pre-passes (then the text is parsed, not the bytes).
PAGES = [
    f"<html><head><title>T</title></head>{_BODY}</html>",
    f"<html><head><meta charset='iso-8859-1'></head>{_BODY}</html>",
    f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'></head>{_BODY}</html>",
    f"<?xml version='1.0' encoding='utf-8'?><html>{_BODY}</html>",
    f"<!DOCTYPE html [<!ENTITY x 'boom'>]><html>{_BODY}&x;</html>",
    "<html><body><p " + " ".join(f"a{i}='{i}'" for i in range(1200)) + ">flood</p>" + _BODY + "</html>",
    f"<html>{_BODY}<p>tail\r\nwith CRLF\rand CR</p></html>",
]


def _tree(root: etree._Element) -> bytes:
    return etree.tostring(root, encoding="utf-8")


def test_the_parser_builds_the_same_tree_from_the_bytes_as_from_the_text():
    for page in PAGES:
        decoded = decode(page.encode("utf-8"), DEFAULT_OPTIONS)
        assert decoded.utf8 is not None and decoded.utf8.decode("utf-8") == decoded.text
        from_text, from_bytes = [], []
        assert _tree(parse_html(decoded.text, DEFAULT_OPTIONS, from_text)) == \
            _tree(parse_html(decoded.text, DEFAULT_OPTIONS, from_bytes, decoded.utf8)), page[:60]
        assert from_text == from_bytes  # the same warnings too


@SETTINGS
@given(st.text(st.sampled_from(list("<p>a\u00e9\u4e2d\U0001F600 &;#x\r\n\t\"'=/")), max_size=60))
def test_the_bytes_give_the_same_tree_on_any_markup(body):
    page = f"<html><body>{body}</body></html>"
    assert _tree(parse_html(page)) == _tree(parse_html(page, utf8=page.encode("utf-8")))


def test_the_bytes_are_offered_only_when_they_are_the_text():
    plain = decode("<p>caf\u00e9</p>".encode("utf-8"), DEFAULT_OPTIONS)
    assert plain.utf8 == "<p>caf\u00e9</p>".encode("utf-8")
    assert decode(codecs.BOM_UTF8 + b"<p>x</p>", DEFAULT_OPTIONS).utf8 is None  # the text lost the BOM
    assert decode(b"<p>" + b"a" * 100 + b"\x01b</p>", DEFAULT_OPTIONS).utf8 is None  # cleaned: \x01 removed
    assert decode(b"<p>caf\xe9 cr\xe8me</p>", DEFAULT_OPTIONS).utf8 is None  # not UTF-8
    assert decode("<p>caf\u00e9</p>", DEFAULT_OPTIONS).utf8 is None  # a str: no bytes


def test_extract_answers_alike_from_bytes_and_from_text():
    for page in PAGES:
        assert extract(page.encode("utf-8")).to_dict() == extract(page).to_dict(), page[:60]


def test_element_blocks_are_the_blocks_the_constructor_makes():
    ancestors = tuple(parse_html("<html><body><p>x</p></body></html>").iter())
    for kind, tag in (("paragraph", "p"), ("heading", "h3"), ("list_item", "li")):
        made = Block.element(4, "Some text", kind, tag, 3, 2, "body>div>" + tag, ancestors)
        built = Block(index=4, text="Some text", kind=kind, tag=tag, heading_level=3 if tag == "h3" else 0,
                      link_chars=3, words=2, tag_path="body>div>" + tag, ancestors=ancestors)
        assert vars(made) == vars(built)
        assert list(vars(made)) == list(vars(built))  # the same order: the layout __init__ makes
    assert Block.element(0, "a", "paragraph", "p", 0, 1, "", ()).history is not \
        Block.element(1, "b", "paragraph", "p", 0, 1, "", ()).history


def test_segmented_blocks_are_the_blocks_the_constructor_makes():
    for b in segment_html(parse_html(PAGES[0]))[0]:
        built = Block(index=b.index, text=b.text, kind=b.kind, tag=b.tag, heading_level=b.heading_level,
                      link_chars=b.link_chars, words=b.words, tag_path=b.tag_path, ancestors=b.ancestors)
        assert vars(b) == vars(built)


@SETTINGS
@given(st.text(st.sampled_from(list("\u00c3\u00c2\u00e2\u20ac\u0080\u009d\u00a6\u00bf\u00c0\u2018\u201e\u2122"
                                    "\u0153a \u00e9")), max_size=30))
def test_mojibake_signs_are_counted_as_the_one_pattern_counts_them(text):
    assert looks_like_mojibake(text) == (len(_MOJIBAKE.findall(text)) >= 3)


def test_the_class_hint_cache_answers_as_the_pattern_and_stays_bounded(monkeypatch):
    monkeypatch.setattr(html_visible, "HINT_CACHE_SIZE", 8)
    monkeypatch.setattr(html_visible, "_HINTS", {})
    hint = html_visible._class_hint()
    names = [f"post-{i} entry-date" if i % 3 == 0 else f"box-{i} Byline" if i % 3 == 1 else f"nav-{i}"
             for i in range(30)]
    for name in names + names:
        assert html_visible._hinted(name) == hint(name)
        assert len(html_visible._HINTS) <= 8


def test_a_prefix_tree_matches_exactly_its_words():
    words = frozenset({"a", "ab", "abc", "b", "ba", "x.y", "x+"})
    pattern = re.compile("^(?:" + phrase_trie(sorted(words), space=" ") + ")$")
    for size in range(5):
        for letters in itertools.product("abxy.+", repeat=size):
            text = "".join(letters)
            assert (pattern.match(text) is not None) == (text in words), text


def test_the_class_and_link_searches_answer_as_the_plain_alternation():
    for hint in (html_visible._class_hint(), html_visible._author_path()):
        plain = re.compile(hint.any_text.pattern)  # the words one after another, case-blind below
        for text in ("post-byline", "entry-DATE x", "author-box", "/Author/jane/", "/authors/x", "/autor",
                     "nav", "publishedAt", "/users/me/", "/user/", "AUTORIN", "verfasserin", ""):
            assert hint(text) == (plain.search(text.lower()) is not None), text


def test_one_walk_finds_the_elements_each_walk_found():
    root = parse_html(
        "<html><head><title>Page</title><meta name='a' content='1'><link rel='x' href='/1'><script>1</script>"
        "<meta property='og:title' content='T'></head><body><div><meta itemprop='b' content='2'>"
        "<script type='application/ld+json'>{}</script><p><link rel='canonical' href='/c'></p></div>"
        "<noscript><meta name='c' content='3'></noscript><script>2</script></body></html>")
    found = source_elements(root)
    for tag in ("meta", "link", "script"):
        assert found[tag] == list(root.iter(tag)) and len(found[tag]) >= 2, tag
    assert found["title"] == list(root.iter("title")) == [root.find(".//title")]
    assert meta_table(root, found["meta"]) == meta_table(root)
    assert json_ld_objects(root, found["script"]) == json_ld_objects(root)
