"""Headlines of text dumps: the <title> line printed first tells the headline apart from
what the page prints around it. Hand-made dumps whose right answer is obvious."""

from articlextract import extract

BODY = "\n\n".join([
    "The council approved the new budget on Monday after a long debate about schools, roads "
    "and the cost of heating public buildings during the winter months.",
    "Opposition members said the plan leaves too little for repairs, and promised to bring "
    "the question back to the council before the end of the year.",
])


def test_a_kicker_glued_to_the_headline_is_dropped():
    text = "\n\n".join(["Winter in the city - Council approves the new budget - Daily Courier",
                        "Home", "Politics", "Winter in the city Council approves the new budget", BODY])
    assert extract(text, format="text").headline == "Council approves the new budget"


def test_a_dash_printed_in_the_headline_keeps_both_halves():
    text = "\n\n".join(["Winter budget – what the council decided | Daily Courier",
                        "Home", "Politics", "Winter budget – what the council decided", BODY])
    assert extract(text, format="text").headline == "Winter budget – what the council decided"


def test_a_one_word_headline_that_opens_the_title():
    text = "\n\n".join(["Impressum - Daily Courier Media Group", "Home", "Contact", "Impressum", BODY])
    assert extract(text, format="text").headline == "Impressum"


def test_a_one_word_menu_entry_that_ends_the_title_is_no_headline():
    text = "\n\n".join(["Council approves the new budget after a long debate | Politics", "Home",
                        "Politics", "Council approves the new budget after a long debate", BODY])
    assert extract(text, format="text").headline == "Council approves the new budget after a long debate"


def test_a_long_headline_that_reads_like_prose():
    headline = ("Rewriting the Rules of Engagement in 2020: the City Council Introduces a New Budget "
                "for Schools and Roads")
    text = "\n\n".join(["Login Join", "Politics", headline, "Last Updated: January 7, 2025", BODY])
    assert extract(text, format="text").headline == headline


def test_the_headline_under_the_date_when_only_the_site_name_stands_above():
    text = "\n\n".join(["City Notes", "Sunday, May 8, 2016", "Council approves the new winter budget", BODY])
    a = extract(text, format="text")
    assert a.headline == "Council approves the new winter budget"
    assert a.date == "2016-05-08"


def test_a_skip_link_printed_first_is_no_headline():
    # Converters that do not print the <title> start with the page's skip link, in its language.
    # With no title-like line above the body, the first line would be taken for the <title>.
    for skip in ("Zum Inhalt springen", "Aller au contenu", "Przejdź do treści", "Saltar al contenido"):
        assert extract("\n\n".join([skip, BODY]), format="text").headline is None, skip
        headline = extract("\n\n".join([skip, "Council approves the new budget", BODY]), format="text").headline
        assert headline == "Council approves the new budget", (skip, headline)
