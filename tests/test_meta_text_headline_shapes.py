"""Headlines of text dumps without a <title> line to compare with: which title-like line
near the body is the headline. Hand-made dumps whose right answer is obvious."""

import pytest

from articlextract import extract
from articlextract.options import Options
from textkit import BODY, PARAGRAPHS



def headline(*lines: str) -> str | None:
    return extract("\n\n".join(lines), format="text").headline


def test_a_title_printed_twice_around_the_body_start():
    assert headline("Ready to publish?", "Featured Close Publish changes", "Sign in / Sign up",
                    PARAGRAPHS[0], "Inside the Deep Web Drug Lab", "Share on Twitter",
                    "Inside the Deep Web Drug Lab", *PARAGRAPHS[1:]) == "Inside the Deep Web Drug Lab"


def test_a_menu_printed_twice_far_above_the_body_is_not_the_headline():
    menu = "San Francisco East Bay South Bay"
    more = ["Traffic", "Opinion", "Obituaries", "Events", "Weather", "Sports", "Business", "Puzzles"]
    assert headline("Daily Courier", menu, "Weather", "Sports", menu, *more,
                    "Council Approves The Winter Budget", BODY) == "Council Approves The Winter Budget"


def test_a_title_cased_line_under_a_menu_is_the_headline_not_a_standfirst():
    assert headline("Home", "Places near me Random place",
                    "The Deck of Cards That Made Tarot A Global Phenomenon",
                    "by Laura June Topolsky July 10, 2015", BODY) == \
        "The Deck of Cards That Made Tarot A Global Phenomenon"


def test_a_sentence_cased_standfirst_under_the_headline_still_yields_the_headline():
    assert headline("Home", "Council approves the winter budget",
                    "Schools and roads get more, heating of public buildings gets less than planned",
                    "By Jane Doe", BODY) == "Council approves the winter budget"


def test_the_headline_after_the_titles_kicker_beats_the_kicker_line():
    title = "100. Geburtstag: Zeitzeugin Margot Friedländer wird hundert Jahre alt"
    assert headline(title, "Menü öffnen", "100. Geburtstag",
                    "Zeitzeugin Margot Friedländer wird hundert Jahre alt", BODY) == \
        "Zeitzeugin Margot Friedländer wird hundert Jahre alt"


def test_a_breadcrumb_trail_is_not_the_headline():
    assert headline("Mac & i > News > 2015 > 1Password für Mac generiert Einmal-Passwörter",
                    "08.04.2015 12:46", "1Password für Mac generiert Einmal-Passwörter",
                    BODY) == "1Password für Mac generiert Einmal-Passwörter"


@pytest.mark.parametrize("trail", ["Home ›› Politik im Überblick ›› Politik", "home / Betrieb / IT / Sicherheit",
                                   "Start >> Ratgeber >> Geld und Recht"])
def test_breadcrumb_trails_of_other_separators_are_not_the_headline(trail):
    assert headline("Home", "Council Approves The Winter Budget", trail, BODY) == "Council Approves The Winter Budget"


def test_a_name_next_to_its_reading_time_is_not_the_headline():
    assert headline("Open in app", "Council Approves The Winter Budget", "John C. Welch", "Follow",
                    "Oct 15, 2015 · 18 min read", BODY) == "Council Approves The Winter Budget"


def test_a_reviewer_line_under_the_byline_is_not_the_headline():
    assert headline("Home", "Superbugs: What They Are and How You Get Them", "By Kelli Miller",
                    "Health News", "Reviewed by Hansa D. Bhargava, MD", BODY) == \
        "Superbugs: What They Are and How You Get Them"


def test_text_metadata_thresholds_are_options_with_a_reason():
    for name in ("text_meta_body_lines", "standfirst_min_words", "title_line_min_words", "lone_name_distance",
                 "time_line_max_words", "teaser_card_lines", "author_box_reach", "copyright_line_max_words"):
        assert Options.why(name)
    # A smaller reach of the byline search changes the result: the option is read.
    text = "\n\n".join(["Home", "Council Approves The Winter Budget", PARAGRAPHS[0], "Dave Steer", *PARAGRAPHS[1:]])
    assert extract(text, format="text").authors == ("Dave Steer",)
    assert extract(text, format="text", options=Options().replace(lone_name_distance=1)).authors == ()


def test_a_line_repeating_the_titles_site_name_is_not_the_headline():
    # The <title> line "Headline - Site", the site's name again in the header, an <h1> that
    # words the headline otherwise: the site's name must not win because it repeats the title.
    assert headline("Winter budget passes after a long debate - Daily Courier",
                    "Skip to main content", "Daily Courier", "News", "Sports",
                    "Council Approves The Winter Budget", "By Jane Doe", BODY) == \
        "Council Approves The Winter Budget"


def test_a_line_with_icon_font_glyphs_is_not_the_headline():
    assert headline("Home", "Council Approves The Winter Budget", "\ue060 \ue05c Next video starts in : 7 Play",
                    BODY) == "Council Approves The Winter Budget"


@pytest.mark.parametrize("drawn", ["[Save my details for next time]", "Daily Courier Logo ━━━━━━━━━━━━━━━━━━━━",
                                   "not known to the editors )", "Share Tweet Share", "Politics & Money —",
                                   "Twitter Facebook LinkedIn Email Reddit Digg Print",
                                   "status │ period │ alert", "[Suchbegriff ] Suchen", "Dark Mode Go Top"])
def test_what_w3m_draws_is_no_headline(drawn):
    # The title-like line nearest above the body would be each of these: w3m's submit
    # button, its rule glued to a logo's alt text, the rest of a parenthesis cut by a line, a
    # row of share buttons, a section's name before the headline, a table's row between its borders,
    # a search field holding its value, a row of page controls.
    assert headline("Home", "Council Approves The Winter Budget", drawn, BODY) == "Council Approves The Winter Budget"


@pytest.mark.parametrize("credit", ["© Karina Hessland-Wissel", "(Bild: Dieter Stork)",
                                    "Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian",
                                    "...or, why do I bother. © 2002, 2003", "Lesezeit: 3 Min.", "vor 4 Monaten",
                                    "Política de cookies"])
def test_a_credit_a_copyright_or_a_timing_note_is_no_headline(credit):
    # Each stands where a picture, a copyright note or a reading time stands: between the
    # headline and the body, as short and unpunctuated as a title.
    assert headline("Home", "Council Approves The Winter Budget", credit, BODY) == "Council Approves The Winter Budget"


def test_a_headline_whose_only_number_is_a_year():
    # (a counter's or a date's digits keep a line out: "653,817 VIEWS", "16. Dezember 2019")
    assert headline("Home", "Recht", "Five HR Trends 2023", "Arne Example | HR-Welt", BODY) == "Five HR Trends 2023"
    assert headline("Home", "Council Approves The Winter Budget", "653,817 VIEWS", BODY) \
        == "Council Approves The Winter Budget"
    assert headline("Home", "Council Approves The Winter Budget", "2015 2016 2017", BODY) \
        == "Council Approves The Winter Budget"


def test_a_first_line_of_widgets_is_not_read_as_the_page_title():
    # w3m prints no <title>: its first line here is a search field, which the menu repeats
    assert headline("[                    ] Search Advanced search", "Menu", "Search Advanced search",
                    "Council Approves The Winter Budget", BODY) == "Council Approves The Winter Budget"


def test_a_long_headline_opening_the_body_region():
    # A menu far above, then a headline long enough to weigh as prose: the body region opens
    # with it, and nothing title-like stands above it.
    menu = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Weather", "Video", "Puzzles", "Jobs", "Podcasts",
            "Newsletters", "Events", "Shop"]
    long_headline = "Zimbabwe coup: Robert Mugabe and wife Grace insisting he finishes his term, as priest steps in to mediate"
    assert headline("Daily Courier", *menu, long_headline, "*", BODY) == long_headline


def test_the_first_line_near_the_body_beats_a_line_opening_the_region():
    standfirst = "For 2023 the company expects sales of 3.9 billion dollars, but not every line of business does well"
    assert headline("Cowboy Boots Now Too: Crocs Makes Billions With Strange Releases", "Jane Doe 3.11.2023",
                    standfirst, "*", BODY) == "Cowboy Boots Now Too: Crocs Makes Billions With Strange Releases"


@pytest.mark.parametrize("line", ["Christoph beim AngelnChristoph beim Angeln", "ohneQ Podcast ohneQ Podcast",
                                  "( Pescasseroli, 14 Gennaio 20 )",
                                  "& Sylvia Torres-Guillén, Director of Education Equity",
                                  "FinCompare Logo Finanzierung"])
def test_a_text_printed_twice_an_aside_or_a_lines_rest_is_no_headline(line):
    # a picture's alt and title text (or a logo link's label and image) printed side by side;
    # a dateline in parentheses; the second author of a line cut after the first; a logo's alt
    # text before a menu entry
    assert headline("Home", "Council Approves The Winter Budget", line, BODY) == "Council Approves The Winter Budget"


def test_a_word_said_twice_can_still_be_a_headline():
    assert headline("Home", "Bye Bye Berlin Office Tower", BODY) == "Bye Bye Berlin Office Tower"


def test_a_list_of_fields_is_no_headline_but_a_kicker_line_is():
    facts = ["ISBN: 9783453580565", "Verlag: Heyne", "Übersetzer: Sonja Häußler"]
    assert headline("Home", "Love is War: Sehnsucht", *facts, BODY) == "Love is War: Sehnsucht"
    # a headline with a kicker, over its dateline, and printed twice in a row
    kicker = "Tagung: Institutionen revolutionärer Macht in Europa"
    assert headline("Home", "Artikel", kicker, "Veröffentlicht: 24. Oktober 2022", BODY) == kicker
    assert headline("Home", "Artikel", kicker, kicker, BODY) == kicker


def test_the_last_step_of_a_breadcrumb_list_printed_again_is_the_headline():
    # w3m and inscriptis print a trail of links as list items; the page prints its last step
    # again as its heading, here after a kicker (no <title> line tells the two apart)
    trail = ["• Startseite", "• Handel", "• Getränke per Schiff ins Stadtzentrum"]
    assert headline("Lebensmittel Zeitung", *trail, "Olympische Spiele in Paris Getränke per Schiff ins Stadtzentrum",
                    "Beitrag teilen", BODY) == "Getränke per Schiff ins Stadtzentrum"


def test_a_menus_last_entry_printed_again_far_below_is_not_the_headline():
    menu = ["• Home", "• Projekte", "• Über mich und meine Arbeit"]
    assert headline("Anna Example", *menu, "Council Approves The Winter Budget", BODY,
                    "Über mich und meine Arbeit") == "Council Approves The Winter Budget"


@pytest.mark.parametrize("title", ["FINA Weltmeisterschaften VERSCHOBEN",
                                   "Verkündung des Tabaksteuermodernisierungsgesetzes"])
def test_a_title_over_a_date_line_is_no_name_when_a_word_is_a_long_compound(title):
    # two or three capitalised words over a date read as a name next to its date; a word
    # longer than any name's makes a noun of them
    article = extract("\n\n".join(["Home", "Aktuelles", title, "01.02.2022 Allgemein", BODY]), format="text")
    assert article.headline == title and article.byline is None


def test_a_headline_under_a_slideshows_captions_opening_the_body_region():
    # the region opens with the captions of a slideshow (dropped as captions) and a video's
    # controls; the headline stands over the first paragraph, with its dateline between
    captions = []
    for n, text in enumerate(["Am Freitagabend krachte ein junger Neulenker mit seinem Sportwagen in die Leitplanke.",
                              "Er verlor aus unbekannten Gründen die Kontrolle über das Fahrzeug und prallte gegen die Mauer.",
                              "Der Sachschaden am Auto und an der Leitplanke beträgt rund hunderttausend Franken.",
                              "Ebenfalls am Freitag verunfallte in der Stadt ein weiterer Lenker mit seinem Auto."], 1):
        captions += [f"{n}/4 {text} (Bild: Kantonspolizei)", "[1x1]"]
    assert headline("*", *captions, "Featured Video Play Icon", "Region",
                    "Junge Lenker schrotten Corvette und Audi in einer Nacht", "19.10.2019 11:36 telebasel",
                    *PARAGRAPHS) == "Junge Lenker schrotten Corvette und Audi in einer Nacht"


def test_a_header_block_at_the_end_of_the_search_is_found():
    # The title may stand on the last line the search reaches, its byline and date under it
    # (the lines the pairs are read from reach one further): "take the tour" / a donation
    # box's thanks / headline / dateline / byline, twelve lines into the body region.
    from articlextract.metadata.text_headline import _header_block
    from articlextract.model import Block
    from articlextract.options import DEFAULT_OPTIONS
    start = 1
    reach = DEFAULT_OPTIONS.headline_search_blocks
    filler = [f"Paragraph {n} of a cookie notice that the region took for the body, as it often does." for n in range(reach - 1)]
    texts = ["Daily Courier", *filler, "Thank you for supporting Daily Courier",
             "How does the brain turn unconscious information into conscious thought?",
             "Published Thursday 27 July 2017", "By Ana Sandoiu", *PARAGRAPHS]
    blocks = [Block(index=i, text=t, words=len(t.split())) for i, t in enumerate(texts)]
    assert blocks[start + reach].text.startswith("How does")
    assert _header_block(blocks, start, len(blocks) - 1, DEFAULT_OPTIONS) is blocks[start + reach]


def test_the_last_step_of_a_trail_on_one_line_printed_again_is_the_headline():
    # the picture's alt text printed twice right above the body had stood in for the headline
    alt = "Olive & Herb Focaccia pinterest picture"
    assert headline("Flawless Food", "Home » Recipes » Sharing » Olive & Herb Focaccia Bread",
                    "Olive & Herb Focaccia Bread", "Jump to Recipe", alt, alt, BODY) == "Olive & Herb Focaccia Bread"


@pytest.mark.parametrize("names", ["Sadhbh O'Sullivan, Elisabeth Kochan", "Jane Doe & John Roe"])
def test_a_list_of_names_is_a_byline_not_the_headline(names):
    title = "Ich habe es satt, an Weihnachten gefragt zu werden"
    assert headline("Home", title, names, BODY) == title
