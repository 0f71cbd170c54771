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


# Converters other than the datasets' print no <title> line first.

def test_lynx_feed_links_printed_first_are_no_title():
    # Lynx opens with the page's <link> titles after a "#": the site's feeds, not its <title>.
    text = "\n\n".join(["#Daily Courier - Atom Daily Courier - RSS Daily Courier - Atom", "Daily Courier",
                        "Home", "Politics", "Council approves the new winter budget", BODY])
    assert extract(text, format="text").headline == "Council approves the new winter budget"


def _menu(n):
    return "World Politics Business Science Health Sports Culture Travel Opinion Video".split()[:n]


def test_a_line_repeating_the_whole_first_line_yields_to_a_markdown_heading():
    # "Subscribe now" opens the dump (no <title>); the mobile menu prints it again.
    menu = [f"[{entry}](/{entry.lower()})" for entry in _menu(10)]  # a Markdown dump's links
    text = "\n\n".join(["Subscribe now", "Log in", "Subscribe now", *menu,
                        "# Council approves the new winter budget", BODY])
    assert extract(text, format="text").headline == "Council approves the new winter budget"


def test_a_line_repeating_the_whole_first_line_is_still_the_headline_without_a_better_source():
    # The <h1> printed first, then again atop an infobox far above the body (an encyclopedia page).
    text = "\n\n".join(["New Zealand", "From the free encyclopedia", "New Zealand", *_menu(10), BODY])
    assert extract(text, format="text").headline == "New Zealand"


def test_a_far_short_repeat_of_the_whole_first_line_is_a_logo_not_the_headline():
    # A converter without <title> opens with the logo's alt text; the page prints the logo
    # again over its menus, far above the body: a repeat there is the headline only when it
    # is title-like itself (the infobox's "New Zealand" above stands near its body).
    menu = _menu(10) * 2
    text = "\n\n".join(["Courier Logo", "Log in", "Courier Logo", *menu,
                        "Council approves the new winter budget", BODY])
    assert extract(text, format="text").headline == "Council approves the new winter budget"


def test_the_headline_under_its_byline_and_date_line():
    text = "\n\n".join(["Skip to content", "Share Search Menu", *_menu(6), "Home | By Jane Doe | 30 September 2018",
                        "Council approves the new winter budget after a long debate", BODY])
    a = extract(text, format="text")
    assert a.headline == "Council approves the new winter budget after a long debate"
    assert a.date == "2018-09-30"


def test_a_headline_right_over_its_byline_and_date_stays_the_headline():
    text = "\n\n".join(["Skip to content", "Share Search Menu", *_menu(6), "Council approves the new winter budget",
                        "By Jane Doe | 30 September 2018", "In Featured Article Budget Schools Roads", BODY])
    assert extract(text, format="text").headline == "Council approves the new winter budget"


def test_the_rest_of_a_posted_in_line_under_the_date_is_no_headline():
    text = "\n\n".join(["Skip to content", "Share Search Menu", *_menu(6), "Posted by Jane Doe on 30 September 2018",
                        "in Featured Article Budget Schools Roads", BODY])
    assert extract(text, format="text").headline != "in Featured Article Budget Schools Roads"


def test_a_one_paragraph_article_over_its_date_line_keeps_its_paragraph():
    # The date line stands under the body's only paragraph: it separates no standfirst from the body.
    paragraph = ("The council approved the new budget on Monday after a long debate about schools, roads "
                 "and the cost of heating public buildings during the winter months, and promised repairs.")
    text = "\n\n".join(["World", "Politics", "Council approves the new winter budget", paragraph,
                        "By Jane Doe on 07.08.2013 in Politics", "No comments yet", "Write a comment"])
    a = extract(text, format="text")
    assert a.headline == "Council approves the new winter budget"
    assert paragraph in a.body


def test_form_controls_drawn_by_text_browsers_are_no_headline():
    for control in ("____________________ (BUTTON) Search", "(BUTTON) Toggle navigation menu",
                    "[ ] Remember me on this computer", "( ) Yes ( ) No (*) Maybe",
                    "IFRAME: https://www.example.com/embed/player"):
        text = "\n\n".join(["World", "Politics", control, BODY])
        assert extract(text, format="text").headline is None, control


def test_the_headline_under_the_date_line_when_nothing_title_like_stands_above():
    text = "\n\n".join(["World", "Politics", "Sunday, May 8, 2016", "Council approves the new winter budget",
                        "The vote in pictures from the city hall", BODY])
    assert extract(text, format="text").headline == "Council approves the new winter budget"


def test_a_headline_the_title_says_in_other_words():
    # The <title> rewrites the headline; a menu row stands nearer above the body than the
    # headline does, and no line repeats the title.
    text = "\n\n".join(["Council backs winter budget for schools and roads - Daily Courier",
                        "Home", "The council backs the winter budget for its schools and its roads",
                        "Autoshop News Neuvorstellung Test Thema Tuning Automarken", BODY])
    assert extract(text, format="text").headline == "The council backs the winter budget for its schools and its roads"


def test_a_headline_holding_every_word_of_the_title_stays():
    # "How to Care for Hydrangeas | Real Simple": the headline says more than the title, a
    # teaser below shares a larger part of its words with the title.
    text = "\n\n".join(["How to Care for Hydrangeas | Real Simple", "Home", "Gardening",
                        "How to Care for Hydrangeas to Get the Most Beautiful Blooms on the Block", BODY,
                        "Related", "How to Care for Hydrangeas in Vases"])
    assert extract(text, format="text").headline == \
        "How to Care for Hydrangeas to Get the Most Beautiful Blooms on the Block"


def test_a_menu_printed_first_is_no_title_to_echo():
    # A converter printing no <title> opens with the menu; a line sharing its words is no headline.
    text = "\n\n".join(["Toggle navigation Frau Sabienes sagt", "Frau Sabienes sagt",
                        "Mein Motto Konsumsparen: Fazit und Pläne", BODY])
    assert extract(text, format="text").headline != "Frau Sabienes sagt"
