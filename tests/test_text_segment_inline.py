"""Dumps that print every text node on a line of its own (BeautifulSoup's ``get_text("\\n")``),
and words longer than the width cut by a wrapping converter (lynx, w3m)."""

import textwrap

from articlextract.segment_text import _paragraphs, segment_text

# "<p>So finally you're <a>testing your code</a>? Great! The more you\nwrite tests ...</p>",
# as get_text("\n") prints it: the link cuts the sentence, the source's line break stays in.
INLINE_CUT_DUMP = (
    "\n\nMy blog\n\n\n"
    "So finally you're \ntesting your code\n? Great! The more you\nwrite tests, the better.\n\n\n"
    "That's where \ncode coverage\n might\nhelp.\n\n\n"
    "Read about \nMocha\n and \nChai\n here.\n\n\n"
    "Home\nAbout\nContact\n"
)


def test_a_paragraph_cut_at_inline_tags_is_one_block_again():
    texts = [b.text for b in segment_text(INLINE_CUT_DUMP)]
    assert texts[:4] == [
        "My blog",
        "So finally you're testing your code? Great! The more you write tests, the better.",
        "That's where code coverage might help.",
        "Read about Mocha and Chai here.",
    ]


def test_lines_showing_no_cut_stay_apart_in_a_dump_cut_at_inline_tags():
    # a menu's lines: no space at the cut, no closing punctuation, no lower-case continuation
    assert [b.text for b in segment_text(INLINE_CUT_DUMP)][4:] == ["Home", "About", "Contact"]


def test_a_dump_written_one_line_per_block_is_not_joined():
    # lines ending in a space are bullets with no text (inscriptis, html2text): no inline cut
    dump = "  * \n  * Home\nLead paragraph ends here\n, and this line starts with a comma\nnews \nlower case line\n"
    texts = [b.text for b in segment_text(dump)]
    assert texts == ["*", "Home", "Lead paragraph ends here", ", and this line starts with a comma",
                     "news", "lower case line"]


def test_padded_table_cells_do_not_mark_a_dump_as_cut_at_inline_tags():
    dump = "".join(f"  Team {n}   3   2   1 \n  Team {n}   second   row \n" for n in range(5))
    assert len(segment_text(dump)) == 10


def _wrapped(words: list[str], width: int = 74) -> str:
    return "\n".join(textwrap.wrap(" ".join(words), width, break_long_words=True)) + "\n"


def test_a_word_longer_than_the_width_cut_by_the_wrap_is_joined_without_a_space():
    url = "http://example.com/" + "segment" * 30
    prose = ("The quick brown fox jumps over the lazy dog near the river bank today " * 4).split()
    text = _wrapped(prose) + "\n" + "\n".join(textwrap.wrap(url, 74)) + "\n\n" + _wrapped(prose)
    texts = [b.text for b in segment_text(text)]
    assert url in texts
    assert texts[0] == " ".join(prose)


def test_a_dump_keeping_the_sources_line_breaks_is_joined_back():
    # BeautifulSoup's get_text() keeps the line breaks and indentation of the HTML source
    # inside a text node: a sentence goes on, set in deeper, on the next line.
    dump = ("\n\n\nRemove trailing brs test\n\n\n\nLorem\n\n\n"
            "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod\n"
            "        tempor incididunt ut labore et dolore magna aliqua.\n\n\n"
            "Ut enim ad minim veniam,\n"
            "      quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo\n"
            "      consequat.\n\n\n"
            "Duis aute irure dolor in reprehenderit in voluptate velit esse\n"
            "      cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non\n"
            "      proident, sunt in culpa qui officia deserunt mollit anim id est laborum.\n\n\n")
    texts = [b.text for b in segment_text(dump)]
    assert texts[2] == ("Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod "
                        "tempor incididunt ut labore et dolore magna aliqua.")
    assert texts[4].startswith("Duis aute irure") and texts[4].endswith("id est laborum.")
    assert len(texts) == 5


def test_a_short_line_set_in_under_a_cut_teaser_is_no_source_break():
    # A teaser's blurb cut by the site, and its author's name set in below: no sentence goes
    # on there, and the dump's lines stay apart.
    teasers = []
    for name in ("Ella Glover", "Sadhbh O'Sullivan", "Melissa Mason", "Grace Samuel"):
        teasers += ["  Wenn du schon mal in der Lage warst, dich von einer Person zu distanzieren, lag das am",
                    f"      von {name}"]
    blocks = segment_text("\n".join(teasers) + "\n")
    assert [b.text for b in blocks][1::2] == ["von Ella Glover", "von Sadhbh O'Sullivan", "von Melissa Mason",
                                              "von Grace Samuel"]


def test_a_hard_wrapped_source_set_in_deeper_is_joined_back():
    # An HTML source wrapped at 80 columns, its text nodes indented under their tag: read as
    # hard-wrapped, each wrapped line goes on its sentence, set in deeper.
    lines = ["Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor",
             "      incididunt ut labore et dolore magna aliqua, ut enim ad minim veniam quis",
             "      nostrud exercitation ullamco laboris.",
             "",
             "Opening hours of the town hall and of the library on the market square, daily",
             "      Monday to Friday, nine to five",
             "",
             "Wenn du schon mal in der Lage warst, dich von einer Person zu distanzieren, am",
             "      von Ella Glover"]
    paragraphs = [text for _, text, _ in _paragraphs(lines, 80)]
    assert paragraphs[0] == ("Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor "
                             "incididunt ut labore et dolore magna aliqua, ut enim ad minim veniam quis "
                             "nostrud exercitation ullamco laboris.")
    assert paragraphs[1:] == [lines[4], "Monday to Friday, nine to five",  # a capital: no sentence going on
                              lines[7], "von Ella Glover"]  # a short line set in: a teaser's author
