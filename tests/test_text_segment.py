"""Segmentation of plain-text dumps: lines, bullets, indentation, wrapped paragraphs, crawl stamp."""

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
