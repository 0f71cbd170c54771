"""Inline markup that segmentation must read as text: inert links and MathML."""

from articlextract import extract
from articlextract.options import DEFAULT_OPTIONS
from articlextract.parse import parse_html
from articlextract.segment_html import segment_html


def blocks_of(body: str):
    root = parse_html(f"<html><body>{body}</body></html>", DEFAULT_OPTIONS, [])
    return segment_html(root, DEFAULT_OPTIONS.max_tree_depth)[0]


def test_a_link_to_another_page_is_link_text():
    (block,) = blocks_of('<p><a href="/story">Read the story</a></p>')
    assert block.link_chars == len("Read the story")


def test_an_anchor_without_href_or_with_a_script_href_is_plain_text():
    (a, b) = blocks_of('<p><a name="top">Top of the page</a></p>'
                       '<p><a href="JavaScript:void(0)">Show the answer</a></p>')
    assert a.link_chars == 0 and b.link_chars == 0


def test_a_page_wrapped_in_a_script_link_keeps_its_text():
    page = ('<html><body><a href="javascript:"><p>abc</p><p>def</p>ghi</a></body></html>')
    assert extract(page, format="html").body.split() == ["abc", "def", "ghi"]


def test_mathml_is_read_but_its_tex_source_is_not():
    (block,) = blocks_of('<p>Solve <math><semantics><mi>x</mi><mo>=</mo><mn>2</mn>'
                         '<annotation encoding="application/x-tex">x = 2</annotation></semantics></math> now.</p>')
    assert block.text == "Solve x=2 now."


def test_a_noscript_holding_the_article_is_read_but_a_script_warning_or_pixel_is_not():
    (block,) = blocks_of('<noscript><div><p>The whole story, for browsers without scripts.</p></div></noscript>')
    assert block.text == "The whole story, for browsers without scripts."
    assert blocks_of('<noscript><img src="pixel.gif"></noscript>'
                     '<noscript>&lt;p&gt;Please enable JavaScript&lt;/p&gt;</noscript>') == []
