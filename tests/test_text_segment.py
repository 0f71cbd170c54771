"""Segmentation of plain-text dumps: lines, bullets, indentation, wrapped paragraphs, crawl stamp."""

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract.model import LINE, LIST_ITEM
from articlextract.segment_text import segment_text, split_crawl_stamp


def test_crawl_stamp_is_split_off_the_first_line():
    date, rest = split_crawl_stamp(" date 2023-07-10 Open Menu\n\nHeadline here\n")
    assert date == "2023-07-10"
    assert rest.startswith("Open Menu")


def test_text_without_crawl_stamp_is_unchanged():
    text = "An update on 2023-07-10 plans\n"
    assert split_crawl_stamp(text) == (None, text)


def test_one_block_per_line_with_indent_and_blank_line_flags():
    blocks = segment_text("Title\n\n    Indented line\nNext line\n")
    assert [b.text for b in blocks] == ["Title", "Indented line", "Next line"]
    assert [b.indent for b in blocks] == [0, 4, 0]
    assert [b.blank_before for b in blocks] == [True, True, False]
    assert all(b.kind == LINE for b in blocks)


def test_bullet_markers_become_list_items_without_the_marker():
    blocks = segment_text("  * Home\n    + News\n      o World\n- Sport\n")
    assert [b.kind for b in blocks] == [LIST_ITEM] * 4
    assert [b.text for b in blocks] == ["Home", "News", "World", "Sport"]


def test_w3m_nested_list_markers_become_list_items():
    # w3m marks the levels of nested lists with these; "■概要" (no space) is a heading, not an item.
    blocks = segment_text("• Home\n  □ News\n    ☆ World\n  ○ Sport\n  ■ Weather\n  ◎ Jobs\n  ● Shop\n■概要\n")
    assert [b.text for b in blocks] == ["Home", "News", "World", "Sport", "Weather", "Jobs", "Shop", "■概要"]
    assert [b.kind for b in blocks] == [LIST_ITEM] * 7 + [LINE]


def test_a_numbered_item_keeps_its_number():
    # the number is text the reader sees ("100. Ray Gillen" in a ranking), a bullet is not
    blocks = segment_text("1. First step of the recipe\n100. Ray Gillen\n")
    assert [b.kind for b in blocks] == [LIST_ITEM] * 2
    assert [b.text for b in blocks] == ["1. First step of the recipe", "100. Ray Gillen"]


def test_a_date_is_not_mistaken_for_a_numbered_item():
    blocks = segment_text("1. November 2023\n27. Januar 2014 by Barbara Russ\n")
    assert [b.kind for b in blocks] == [LINE, LINE]
    assert blocks[0].text == "1. November 2023"


def test_runs_of_spaces_inside_a_line_are_collapsed():
    assert segment_text("Price:\t  10 \u00a0 euros\n")[0].text == "Price: 10 euros"


def test_hard_wrapped_paragraphs_are_joined_back():
    para = ("This draft describes a protocol by which client-side applications, running\n"
            "inside a web browser, can communicate with a data storage server that is\n"
            "hosted on a different domain name.\n\n")
    blocks = segment_text(para * 6)
    assert len(blocks) == 6
    assert blocks[0].text.startswith("This draft describes") and blocks[0].text.endswith("domain name.")


def test_unwrapped_dump_keeps_consecutive_lines_apart():
    text = "Gold Rate in Pakistan Today 10 July 2023\n42 minutes ago\nPaulo Bento named new UAE coach\n"
    assert len(segment_text(text)) == 3


def test_a_line_of_zero_width_spaces_is_a_blank_line():
    # str.strip() keeps U+200B: such a line became a block " " with no word, which crashed the
    # rules that read a line's first word (found in a w3m dump: "\u200b\xa0" between paragraphs).
    para = ("This draft describes a protocol by which client-side applications, running\n"
            "inside a web browser, can communicate with a data storage server that is\n"
            "hosted on a different domain name.\n")
    for text in ("First line\n\u200b\xa0\n\u200bSecond line\n", (para + "\u200b\n") * 6):
        blocks = segment_text(text)
        assert all(b.text.split() and b.text == b.text.strip() for b in blocks), [b.text for b in blocks]
        assert all(b.blank_before for b in blocks)
    assert [b.text for b in segment_text("First line\n\u200b\xa0\n\u200bSecond line\n")] == ["First line", "Second line"]


# Hard-wrapped dumps (html2text wraps at 78 columns, lynx and w3m at 72-80): textwrap wraps
# greedily, as those converters do, so its paragraphs are the blocks a dump must come back as.
_WORDS = st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöü", min_size=2, max_size=12), min_size=1, max_size=60)


@settings(max_examples=200, deadline=None)
@given(paragraphs=st.lists(_WORDS.map(" ".join), min_size=1, max_size=6), width=st.integers(60, 100),
       indent=st.sampled_from(["", "   "]))
def test_greedily_wrapped_paragraphs_come_back_whole(paragraphs, width, indent):
    wrapped = [textwrap.fill(p, width, initial_indent=indent, subsequent_indent=indent, break_long_words=False)
               for p in paragraphs]
    continuations = sum(w.count("\n") for w in wrapped)
    blocks = segment_text("\n\n".join(wrapped) + "\n")
    if continuations >= 4:  # (a page wrapped on fewer lines may be read as unwrapped: one block per line)
        assert [b.text for b in blocks] == paragraphs
    else:
        assert [b.text for b in blocks] in (paragraphs, [line.strip() for w in wrapped for line in w.split("\n")])


def test_a_short_wrapped_page_is_joined_back():
    # Three wrapped lines are enough (the page this came from had eight, under the old threshold of ten).
    text = ("Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod\n"
            "tempor incididunt ut labore et dolore magna aliqua.\n\n"
            "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut\n"
            "aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in\n"
            "voluptate velit esse cillum dolore eu fugiat nulla pariatur.\n")
    assert [b.text[:11] for b in segment_text(text)] == ["Lorem ipsum", "Ut enim ad "]


def test_a_page_whose_lines_fill_the_width_is_joined_back():
    # Wrapped at 61: the short lines' next words allow 60 or 61, and two lines are 61 long, so the
    # width is 61 (the narrowest allowed, 60, left those two "past the width" and the page unwrapped).
    paragraphs = ["aa aaaa aaaaaaa aaaaaaa aaaaaaaaa aaaaaaaaaaaa aaaaaaaaaaaa aaa aaa aaa aaaa aaaaa aaaaa aaaaaa aaaaaaaaa",
                  "aa aa aaa aaaaaa aaaaaaa aaaaaaaaa aaaaaaaaaaa aaaaaaaaaaaa aaa aaa aaa aaaa aaaaa aaaaa aaaaaa aaaaaaaaa",
                  "aa aa aa aa aaaaa aaaaa aaaaaaaaaa aaaaaaaaaaa aaaaaaaaaaaa aa aa aa aa aa aa aa aa aaaa aaaaaaa aaaaaaaaa"]
    wrapped = [textwrap.fill(p, 61, initial_indent="   ", subsequent_indent="   ") for p in paragraphs]
    assert max(len(line) for w in wrapped for line in w.split("\n")) == 61
    assert [b.text for b in segment_text("\n\n".join(wrapped) + "\n")] == paragraphs


def test_a_wrapped_list_item_goes_on_under_its_text():
    text = ("   The Fetch specification, which defines the API, nails down the\n"
            "   semantics of a user agent fetching a resource. This, combined with\n"
            "   ServiceWorkers, is an attempt to:\n"
            "    1. Improve the offline experience.\n"
            "    2. Expose the building blocks of the Web to the platform as part of\n"
            "       the extensible web movement.\n")
    blocks = segment_text(text)
    assert [b.text for b in blocks][-1] == \
        "2. Expose the building blocks of the Web to the platform as part of the extensible web movement."
    assert blocks[0].text.endswith("is an attempt to:") and blocks[-1].kind == LIST_ITEM


def test_an_unwrapped_dump_with_lines_near_one_length_is_not_joined():
    # Teaser titles of 60-80 characters over their blurbs, and paragraphs on one line each: the
    # next line's first word would have fitted on most of these lines, and paragraphs run long.
    para = "This paragraph is printed on one line, as converters that do not wrap print them. " * 3
    teasers = ("Ministers agree on a new plan for the regional railway network\n"
               "Officials said on Monday that the plan would cost more than expected.\n"
               "Council approves the budget for schools and roads after long debate\n"
               "The vote followed a meeting that lasted well into the night on Tuesday.\n")
    text = f"Headline of the article\n\n{para}\n\n{para}\n\n{para}\n\nRelated Stories\n{teasers}{teasers}"
    assert [b.text for b in segment_text(text)] == [line.strip() for line in text.splitlines() if line]


def test_a_rule_of_box_drawing_characters_neither_goes_on_nor_is_gone_on():
    # w3m draws an <hr> as a rule as wide as the page: the byline under it is no continuation
    # of it, however full the rule is
    paragraphs = ["Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut "
                  "labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco.",
                  "Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla "
                  "pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt."]
    wrapped = [textwrap.fill(p, 80) for p in paragraphs]
    text = "\n\n".join(["Council approves the winter budget", "━" * 80 + "\nBy Jessica Holly, Gail Levy",
                        *wrapped]) + "\n"
    texts = [b.text for b in segment_text(text)]
    assert texts == ["Council approves the winter budget", "━" * 80, "By Jessica Holly, Gail Levy", *paragraphs]
