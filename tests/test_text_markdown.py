"""Text dumps written in Markdown (html2text, reader services): the syntax is read back into
the block model (headings, links, pictures), and none of it reaches the body."""

import textwrap
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract import extract
from articlextract.markdown import is_markdown, read_markdown
from articlextract.model import HEADING, LIST_ITEM
from articlextract.segment_text import segment_text

MENU = "\n".join(f"  * [{name}](https://example.org/{name.lower()}/?utm_source=menu)"
                 for name in ("Home", "Politics", "Business", "Science", "Sport", "Culture"))
BODY = ("The council approved the new budget on Monday after a long debate about [schools]"
        "(https://example.org/schools), roads and the cost of heating **public buildings** during the winter.\n\n"
        "Opposition members said the plan leaves too little for repairs, and promised to bring the "
        "question back to the council before the end of the year, as the "
        "[minutes](https://example.org/minutes \"Minutes\") show.\n\n"
        "![The council chamber](https://example.org/chamber.jpg)\n\n"
        "A second vote is planned for March, when the *final* figures for the year are known and the "
        "mayor has presented her report on the state of the city's finances.\n")


def test_markdown_syntax_becomes_kind_level_and_link_characters():
    blocks = segment_text("# Council approves the budget\n\n" + MENU + "\n\n" + BODY)
    assert blocks[0].kind == HEADING and blocks[0].heading_level == 1
    assert blocks[0].text == "Council approves the budget"
    menu = blocks[1:7]
    assert [b.text for b in menu] == ["Home", "Politics", "Business", "Science", "Sport", "Culture"]
    assert all(b.kind == LIST_ITEM and b.link_chars == len(b.text) for b in menu)
    first = blocks[7]
    assert "](" not in first.text and "**" not in first.text and "schools, roads" in first.text
    assert first.link_chars == len("schools")
    assert all("chamber" not in b.text for b in blocks)  # a picture shows no text
    assert blocks[-1].text.startswith("A second vote is planned for March, when the final figures")


def test_lines_that_show_nothing_are_dropped_and_start_a_paragraph():
    # (no link and no heading: segment_text leaves this page alone, read_markdown is asked here)
    blocks = read_markdown(segment_text("First line\nand more [1]\n[1]: https://example.org/a\n* * *\n"
                                        "|---|:---:|\nNext line\n![](https://example.org/x.png)\nLast line\n"))
    assert [b.text for b in blocks] == ["First line", "and more [1]", "Next line", "Last line"]
    assert [b.blank_before for b in blocks] == [True, False, True, True]
    assert [b.index for b in blocks] == [0, 1, 2, 3]


def test_escapes_code_quotes_and_a_link_cut_by_wrapping():
    text = ("> Quoted \\*not emphasis\\* and `code` and snake_case_name and 1\\. item\n\n"
            "[ ![gm cerv 1 barrett jackson](http://i2.example.com/money/170124115244-gm- "
            "cerv-1.jpg) GM paid $1.3 million to buy back its car ](/2017/01/24/luxury/gm-cerv-i/index.html)\n\n"
            "See [Mercury](https://en.wikipedia.org/wiki/Mercury_(planet)) and [this][ref].\n")
    assert is_markdown(text)  # three links: segment_text reads the syntax
    blocks = segment_text(text)
    assert blocks[0].text == "Quoted *not emphasis* and code and snake_case_name and 1. item"
    assert blocks[1].text == "GM paid $1.3 million to buy back its car"
    assert blocks[1].link_chars == len(blocks[1].text)
    assert blocks[2].text == "See Mercury and this."


def test_only_a_page_with_several_links_or_headings_is_markdown():
    assert is_markdown("# Title\n\n" + MENU)
    assert is_markdown("# One\n\ntext\n\n## Two\n\ntext\n\n## Three\n")
    assert not is_markdown("A plain dump citing [1] once (see notes).\n\nArray[i](x) is code.\n")
    assert not is_markdown("Headline\n\n#hashtag #news\n\nParagraph.\n")


def test_a_markdown_page_gives_the_article_without_menu_or_urls():
    article = extract("# Council approves the budget\n\n" + MENU + "\n\n" + BODY, format="text")
    assert article.status == "ok"
    assert article.body.startswith("The council approved the new budget")
    assert article.body.endswith("state of the city's finances.")
    assert "http" not in article.body and "Politics" not in article.body and "](" not in article.body
    assert article.headline == "Council approves the budget"


_PIECES = st.sampled_from(["[", "]", "(", ")", "![", "](", "# ", "## ", "**", "__", "*", "_", "`", "\\", "> ",
                           "* * *", "|", "---", "word", "Wörter", " ", "\n", "\n\n", "http://a.b/c", "\"t\"",
                           "[1]: http://x.y", "\u200b", "1\\.", "<http://a.b>"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_markdown_blocks_always_hold_a_word(text):
    blocks = read_markdown(segment_text(text))
    assert all(b.text.split() and b.text == b.text.strip() for b in blocks)
    assert all(0 <= b.link_chars <= len(b.text) for b in blocks)
    assert [b.index for b in blocks] == list(range(len(blocks)))
    assert extract("](](](\n" + text, format="text").status in ("ok", "empty")


def test_the_level_1_heading_nearest_above_the_body_is_the_headline():
    # A site's name as an <h1> above the menu, a title-like line under the article's <h1>:
    # the <h1> nearest above the body is the headline, not the line right above the body.
    page = ("# Daily Courier\n\n" + MENU + "\n\n# Council approves the budget\n\n"
            "## Winter In The City Hall\n\n" + BODY)
    assert extract(page, format="text").headline == "Council approves the budget"


def test_the_article_under_its_level_1_heading_beats_a_longer_text_below():
    # No <title> line to repeat: the "# Headline" is where the article starts, and a longer
    # text past a wall (a section label), more than a screen below it, is not the article.
    about = "\n\n".join(
        f"Our newsroom {n} has reported on the region for more than a century, with reporters in every "
        f"town and a team of editors who check each story before it is published on the website." for n in range(40))
    page = "# Council approves the budget\n\n" + "\n\n".join([BODY] * 5) + "\n\nMost Popular\n\n" + about
    article = extract(page, format="text")
    assert article.body.startswith("The council approved the new budget"), article.body[:80]
    assert "Our newsroom 3" not in article.body


def test_markdown_marks_without_their_closing_mark_take_linear_time():
    # A lazy "(.+?)" tried every opening mark to the line's end: 60,000 characters of "_a "
    # took 20 s (past the page's time budget) before the patterns stopped at the next mark.
    head = "# One\n\n# Two\n\n# Three [x](y) [x](y) [x](y)\n\n"
    for piece in ("_a ", "*a ", "**a ", "![", "[a](", "`a "):
        started = time.process_time()
        article = extract(head + piece * 20000, format="text")
        assert article.status in ("ok", "empty") and time.process_time() - started < 5, piece


def test_a_link_cut_across_lines_is_read_whole():
    # html2text wraps a link's text and target like words, and keeps the blank lines of a link
    # around a block; each part alone would show "](" in the body.
    blocks = segment_text(
        "Intro with [one](https://example.org/1) and [two](https://example.org/2).\n\n"
        "Its response is [Severely\nrestricted](https://fetch.spec.whatwg.org/#opaque) by the browser.\n\n"
        "![The island of Redonda, once doomed by goats.\n\n](https://example.org/redonda.jpg)The island\n\n"
        "The scrivener the [strangest](javascript:void\\(0\\);\n\n        ) I ever saw.\n")
    texts = [b.text for b in blocks]
    assert texts[1] == "Its response is Severely restricted by the browser."
    assert blocks[1].link_chars == len("Severely restricted")
    assert texts[2] == "The island"
    assert texts[3] == "The scrivener the strangest I ever saw."


def test_a_stray_bracket_leaves_its_neighbours_apart():
    blocks = segment_text("See [one](https://example.org/1) [two](https://example.org/2) [three](/3)\n\n"
                          "[ 2 2 + i\nnext line of the matrix\n\nA later paragraph closes it] here.\n")
    assert [b.text for b in blocks][1:] == ["[ 2 2 + i", "next line of the matrix", "A later paragraph closes it] here."]


def test_brackets_inside_a_link_text_or_alt():
    blocks = segment_text("Zealand (Māori: Aotearoa [[aɔˈtɛaɾɔa]](/wiki/Help:IPA \"IPA\")) is a country.[[2]](#cite-2)\n\n"
                          "[![icon]](/wiki/File:Wiki_letter_w.svg) This section needs expansion.\n\n"
                          "Packages for Ubuntu. ![[QGIS main interface]](/images/qgis.png) As the name suggests.\n")
    assert [b.text for b in blocks] == ["Zealand (Māori: Aotearoa [aɔˈtɛaɾɔa]) is a country.[2]",
                                        "This section needs expansion.", "Packages for Ubuntu. As the name suggests."]


def test_one_whole_link_to_an_address_makes_a_page_markdown():
    assert is_markdown("[ abc def ghi ](javascript:)\n")
    assert is_markdown("Read the report.\n\n[Read more](https://example.org/report)\n")
    assert extract("[ abc def ghi ](javascript:)\n", format="text").body == "abc def ghi"


def test_an_empty_heading_shows_nothing():
    # html2text writes an empty <h3> (a gallery's slide without a title) as "###": a line of
    # marks between the article's paragraphs, which would break their run.
    blocks = read_markdown(segment_text("First paragraph [a](/a) [b](/b) [c](/c).\n\n###\n\nNext paragraph.\n\n#### \n"))
    assert [b.text for b in blocks] == ["First paragraph a b c.", "Next paragraph."]
    assert blocks[1].blank_before


def test_a_wrapped_markdown_dump_with_long_picture_addresses_is_read_as_wrapped():
    # html2text breaks no address: a picture's line of a 300-character "data:" URL runs past
    # the width, and a dozen of them counted against the page's wrapping.
    paragraph = ("The handball club expects a full hall for the cup quarter final on Saturday, and its "
                 "president says the players are ready for the match against the league leaders from Bern.")
    pictures = [f"![Banner {n}](data:image/png;base64,{'iVBORw0KGgo' * 25})" for n in range(12)]
    parts = ["# Cup preview", *pictures[:6], *(textwrap.fill(paragraph, 78) for _ in range(8)), *pictures[6:]]
    blocks = segment_text("\n\n".join(parts) + "\n")
    assert [b.text for b in blocks] == ["Cup preview"] + [paragraph] * 8
