"""Headlines of dumps set in by a margin: lynx sets a page's text in by three spaces and prints
its headings (<h1> to <h6>) at the left edge, the only trace of them a dump keeps. Hand-made
dumps in lynx's layout whose right answer is obvious."""

from articlextract import extract

MENU = ["Home", "Politics", "Sport", "Culture"]
BODY = [
    "The council approved the new budget on Monday after a long debate about schools, roads",
    "and the cost of heating public buildings during the winter months.",
    "",
    "Opposition members said the plan leaves too little for repairs, and promised to bring",
    "the question back to the council before the end of the year.",
    "",
    "The mayor said the first repairs would start in March, once the tenders are signed and",
    "the money for the schools has been set aside in a fund of its own.",
]


def dump(heading: str, margin: str = "   ", heading_margin: str = "") -> str:
    """Lynx's layout: menu, heading at the edge, a photo's caption and the body set in."""
    lines = [margin + "* " + entry for entry in MENU] + [""]
    lines += [margin + "Daily Courier Online Edition", ""]
    lines += [heading_margin + heading, ""]
    lines += [margin + "City Hall at Night in Winter", ""]  # a caption, written like a title
    lines += [margin + line if line else "" for line in BODY]
    return "\n".join(lines) + "\n"


def test_the_heading_set_out_from_the_margin_is_the_headline():
    # The caption is the title-like line nearest above the body; in lynx's layout it stands
    # at the margin, so it is no heading.
    article = extract(dump("Council approves the new budget after a long debate"), format="text")
    assert article.headline == "Council approves the new budget after a long debate"
    assert article.body.startswith("The council approved the new budget")


def test_a_site_name_after_a_pipe_in_the_set_out_heading_is_stripped():
    article = extract(dump("Council approves the new budget after a long debate | COURIER.NET"), format="text")
    assert article.headline == "Council approves the new budget after a long debate"


def test_a_heading_set_out_by_less_than_the_margin_counts_too():
    # lynx prints some headings two spaces in, one less than its margin
    article = extract(dump("Council approves the new budget after a long debate", heading_margin="  "),
                      format="text")
    assert article.headline == "Council approves the new budget after a long debate"


def test_deep_indents_are_nesting_not_a_margin():
    # inscriptis indents by nesting depth: a line at column 0 is outside the page's main
    # container (a skip link, a list of partner sites), not a heading
    page = dump("Our Partner Sites and Shops", margin="          ")
    assert extract(page, format="text").headline != "Our Partner Sites and Shops"


def test_a_one_space_margin_is_a_source_space_not_a_margin():
    # a dump of the text nodes keeps the HTML source's stray space before many lines
    page = dump("Our Partner Sites and Shops", margin=" ")
    assert extract(page, format="text").headline != "Our Partner Sites and Shops"
