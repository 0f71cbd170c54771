"""Where the article of a text dump starts and ends (rules/region.py: the run under the
headline, the box cut off after the article), invisible characters, and telling a dump from
markup (decode.sniff_format), on hand-made dumps whose right answer is obvious."""

import pytest

from articlextract import extract
from articlextract.clean import clean_text, utf8_needs_cleaning
from articlextract.decode import sniff_format

ARTICLE = [
    "The harbour authority opened the new ferry terminal on Monday after three years of building work.",
    "About two thousand passengers are expected to use the terminal every day once the summer timetable starts.",
    "The old terminal, built in the nineteen sixties, will be turned into a market hall for local producers.",
    "Local shops hope that the new passengers will stop in the old town before they board their ferries.",
]
# Four more, for an article long enough that a bio or an appeal is a small part of the page's prose.
MORE = [
    "The operator plans six crossings a day to the islands, and two more at weekends in July and August.",
    "Fares stay the same this year, but passengers who book online will pay a little less than at the counter.",
    "A new bus line will link the terminal with the railway station every twenty minutes from early morning.",
    "The building work cost about forty million euros, most of it paid by the region and the port itself.",
]
# A long article (sixteen paragraphs): a bio or an appeal after it is a small share of its prose.
LONG = [*ARTICLE, *MORE, *(line.replace(" the ", " this ") for line in [*ARTICLE, *MORE])]
TITLE = "Ferry terminal opens in the harbour"
FOOTER = ["Imprint", "Privacy", "Contact", "About us", "Careers", "Advertise", "Terms of use", "Sitemap"]
# A cookie dialog's sentences that name no phrase of data/phrases_consent.txt: prose to the weights.
DIALOG = [
    f"The settings below are grouped by purpose, and each group can be switched on or off on its own (part {n}). "
    "Some of them are needed for the site to work at all, others help us to count visits and to find out which "
    "pages are read most, and a few are set by partners who show videos and maps inside our pages."
    for n in range(6)
]


def dump(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def body_lines(text: str) -> list[str]:
    return extract(text, format="text").body.split("\n\n")


def test_a_short_article_under_its_headline_wins_over_a_long_dialog_below():
    page = dump(f"{TITLE} - Example News", "Home", "News", TITLE, "By Jane Doe",
                ARTICLE[0] + " " + ARTICLE[1], "Share", "Tweet", *FOOTER, "Privacy settings", *DIALOG, "Save")
    assert body_lines(page) == [ARTICLE[0] + " " + ARTICLE[1]]


def test_without_a_headline_line_nothing_anchors_the_article():
    # The same page without the line repeating the title: nothing marks where the article starts.
    page = dump(f"{TITLE} - Example News", "Home", "News", "By Jane Doe",
                ARTICLE[0] + " " + ARTICLE[1], "Share", "Tweet", *FOOTER, "Privacy settings", *DIALOG, "Save")
    assert body_lines(page) == DIALOG


def test_the_article_starts_under_its_headline_not_at_a_motto_above_it():
    page = dump(f"{TITLE} | Example News", "Hi, I am Jane.", "I write about ships and I take photos of them.",
                TITLE, *ARTICLE, "Share")
    assert body_lines(page) == ARTICLE


def test_an_author_box_after_the_article_is_cut_off():
    bio = "Jane Doe writes about ships and ports for Example News since 2004."
    page = dump(TITLE, "By Jane Doe", *LONG, "Author", "Jane Doe", bio, "Related Stories", "Bus strike ends")
    assert body_lines(page) == LONG


def test_an_appeal_after_the_article_is_cut_off():
    page = dump(TITLE, "By Jane Doe", *LONG, "Facebook", "Twitter", "Support independent journalism",
                "Your gift keeps our reporting free to read for everyone, today and in the years to come.",
                "5 € 10 € 20 €", "Other amount")
    assert body_lines(page) == LONG


def test_a_last_paragraph_weighing_much_of_a_short_article_stays():
    last = "Your gift keeps our reporting free to read for everyone, today and in the years to come."
    page = dump(TITLE, "By Jane Doe", *ARTICLE, "Facebook", "Twitter", "Support independent journalism", last,
                "5 € 10 € 20 €", "Other amount")
    assert body_lines(page)[-1] == last


def test_a_last_section_after_a_quoted_verse_stays():
    # The gap before the last paragraph holds sentences (the verse): the author's text goes on.
    verse = ["The sea is wide,", "the ships are small."]
    last = "That is how the old harbour master ended his speech, and the crowd cheered for a long time."
    page = dump(TITLE, "By Jane Doe", *LONG, *verse, last, "Share", "Tweet")
    assert body_lines(page) == [*LONG, *verse, last]


def test_a_long_last_section_after_a_sub_heading_stays():
    more = [ARTICLE[0].replace("Monday", "Tuesday"), ARTICLE[1].replace("two", "three"),
            ARTICLE[2].replace("sixties", "fifties")]
    page = dump(TITLE, "By Jane Doe", *LONG, "What comes next", "Timetable", *more)
    assert body_lines(page) == [*LONG, "What comes next", "Timetable", *more]


@pytest.mark.parametrize("invisible", ["\u00ad", "\u2060"])
def test_invisible_characters_do_not_split_words(invisible):
    text = f"Ver{invisible}kehrs{invisible}minister"
    assert clean_text(text) == "Verkehrsminister"
    assert utf8_needs_cleaning(text.encode("utf-8"))
    page = dump(TITLE, ARTICLE[0].replace("authority", f"autho{invisible}rity"), *ARTICLE[1:])
    assert extract(page.encode("utf-8")).body.split("\n\n") == ARTICLE


def test_joiners_that_shape_text_are_kept():
    # Zero-width joiners build emoji and Indic ligatures; zero-width non-joiners shape Persian words.
    for text in ("\U0001f3c3\u200d\u2640\ufe0f", "\u0645\u06cc\u200c\u0631\u0648\u0645"):
        assert clean_text(text) == text


def test_a_dump_quoting_html_samples_is_text():
    sample = ('<!DOCTYPE html> <html> <head> <meta charset="utf-8"> <title>Test</title> </head> <body> '
              '<div id="mocha"></div> <script src="vendor/mocha.js"></script> <script>mocha.run();</script> '
              '</body> </html>')
    page = dump(TITLE, *ARTICLE, "Add this line to your test page:",
                '<script src="vendor/blanket.js" data-cover-adapter="vendor/mocha-blanket.js"></script>',
                "The whole page then reads:", sample, *(s.replace("the", "a") for s in ARTICLE), "Share", "Tweet")
    assert sniff_format(page) == "text"


def test_a_dump_whose_first_line_is_a_leftover_tag_is_text():
    menu = [f"Menu item {n}" for n in range(20)]
    page = '<div><img src="https://example.com/pixel.gif" width="0" height="0" alt="" /></div>\n' + \
        dump("Home", "News", "Sports", "Weather", "Mail", "Search", TITLE, *ARTICLE, *menu)
    assert sniff_format(page) == "text"


@pytest.mark.parametrize("markup", [
    "<p>Hello</p>",
    "<div>\n<p>One</p>\n<p>Two</p>\n</div>\n",
    # a script, many lines long, before the doctype (a plugin's output printed first)
    "<script>var a = 1;</script>" + "\nvar b = 2;" * 300 + ("\n<!DOCTYPE html><html><head><title>T</title></head>"
                                                          "<body><div><p>Text</p><p>More</p><p>Even more</p><span>x</span>"
                                                          "<a href=x>y</a></div></body></html>"),
    # a warning printed before the page
    ("Warning: something failed on line 12\n<!DOCTYPE html>\n<html>\n<head>\n<title>T</title>\n</head>\n"
     "<body>\n<div>\n<p>Text</p>\n</div>\n</body>\n</html>\n"),
])
def test_markup_is_html(markup):
    assert sniff_format(markup) == "html"
