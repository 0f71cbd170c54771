"""Text dumps, body round 7: a list the article introduces with a colon, the standfirst, and the
press contact that closes a press release. Hand-made dumps whose right answer is obvious."""

from articlextract import explain, extract
from articlextract.options import DEFAULT_OPTIONS
from articlextract.rules.phrases import is_section_label

ARTICLE = [
    "The harbour authority opened the new ferry terminal on Monday after three years of building work.",
    "About two thousand passengers are expected to use the terminal every day once the summer timetable starts.",
    "The old terminal, built in the nineteen sixties, will be turned into a market hall for local producers.",
]
INTRO = "Passengers who arrive early will find the following services in the new hall downstairs:"
ITEMS = ["A left luggage office", "Two cafes and a bakery", "Showers for cyclists", "A waiting room",
         "Tickets and timetables", "A first aid room", "Lockers for bicycles", "A lost property desk"]
AFTER = ("All of these services open an hour before the first ferry leaves and close when the last "
         "ferry of the day has docked in the evening, the authority said.")


def dump(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def body_lines(text: str) -> list[str]:
    return extract(text, format="text").body.split("\n\n")


def test_a_list_the_article_introduces_with_a_colon_is_crossed_to_the_paragraph_after_it():
    page = dump("Ferry terminal opens - Example News", "Home", "News", *ARTICLE, INTRO, *ITEMS, AFTER,
                "Share", "Tweet", "Imprint")
    assert body_lines(page) == [*ARTICLE, INTRO, *ITEMS, AFTER]


def test_without_the_colon_the_same_list_is_a_gap_too_long_to_cross():
    # The control: the paragraph before the list introduces nothing, and eight short lines
    # outweigh the paragraph after them and are more than region_gap_blocks.
    assert len(ITEMS) > DEFAULT_OPTIONS.region_gap_blocks
    page = dump("Ferry terminal opens - Example News", "Home", "News", *ARTICLE, INTRO[:-1] + ".", *ITEMS,
                AFTER, "Share", "Tweet", "Imprint")
    assert AFTER not in body_lines(page)


def test_a_list_longer_than_the_limit_is_not_crossed():
    items = [f"Service number {n} of the hall" for n in range(DEFAULT_OPTIONS.introduced_list_max_lines + 2)]
    page = dump("Ferry terminal opens - Example News", "Home", *ARTICLE, INTRO, *items, AFTER, "Share")
    assert AFTER not in body_lines(page)


HEADLINE = "Ferry terminal opens after three years of building work"
LEAD = "The new terminal in the harbour will serve two thousand passengers a day, the authority says."
CAPTION = "The new ferry terminal seen from the harbour wall on a grey Monday morning in November"


def _standfirst_page(standfirst: str) -> str:
    return dump(f"{HEADLINE} - Example News", "Home", "News", HEADLINE, standfirst, "12 May 2023", *ARTICLE,
                "Share", "Imprint")


def test_a_standfirst_that_ends_like_a_sentence_stays_in_the_body():
    explanation = explain(_standfirst_page(LEAD), format="text")
    assert [b.role for b in explanation.blocks if b.text == LEAD] == ["standfirst"]  # claimed as standfirst,
    assert explanation.article.description == LEAD
    assert explanation.article.body.split("\n\n") == [LEAD, *ARTICLE]  # and kept as the first paragraph


def test_a_standfirst_without_a_sentence_end_is_dropped_with_the_headline():
    explanation = explain(_standfirst_page(CAPTION), format="text")
    assert [b.role for b in explanation.blocks if b.text == CAPTION] == ["standfirst"]
    assert explanation.article.body.split("\n\n") == ARTICLE


def test_press_contact_labels_are_section_labels_in_several_languages():
    for label in ("Pressekontakt", "Press contact", "Media contacts", "Contact presse", "Contacto de prensa",
                  "Contatti stampa", "Perscontact", "Kontakt für Medien:"):
        assert is_section_label(label), label
    assert not is_section_label("Kontakt")  # a menu entry, and a heading some articles hold


def test_the_press_contact_under_a_press_release_is_cut_off():
    contact = ["Pressekontakt", "Jane Doe, Pressesprecherin", "Tel.: 030 123 456", "E-Mail: presse@example.org",
               ("Die Hafenbehörde ist eine öffentliche Einrichtung und betreibt seit über hundert Jahren "
               "die Fähranleger der Stadt und ihrer Inseln.")]
    page = dump("Ferry terminal opens - Example News", "Home", *ARTICLE, *contact, "Imprint")
    assert body_lines(page) == ARTICLE


def test_a_comments_button_with_its_count_is_the_start_of_the_comments():
    from articlextract.rules.text_shapes import is_comment_start
    for line in ("View comments (27)", "See all comments (3)", "Comments (74)", "Kommentare: 5", "(3) Kommentare"):
        assert is_comment_start(line), line
    for line in ("View all 27 photos", "Comments are closed", "Read the comments"):
        assert not is_comment_start(line), line


def test_comments_under_a_view_comments_button_are_not_the_article():
    comments = ["Anonymous", ("This is a very interesting article about the terminal, thank you for writing it up "
                "so clearly, I will take the ferry next week and see for myself."), "reply", "April 5, 2018",
                "Lars", ("I still think the old terminal was nicer and closer to the town centre, and nobody asked "
                "the people who live in the harbour district what they wanted."), "reply"]
    page = dump("Ferry terminal opens - Example News", "Home", *ARTICLE, "View comments (27)", "Your name *",
                "Comment *", *comments)
    assert body_lines(page) == ARTICLE


def test_a_box_set_inside_the_article_does_not_cut_off_the_part_above_it():
    # The headline, two paragraphs, a "Most Read" box (a label and five titles, one of them the
    # headline again), then the longer rest of the article.
    above = [ARTICLE[0] + " " + ARTICLE[1], ARTICLE[2]]
    below = [f"Paragraph {n} of the rest of the article goes on about the ferries, the timetables, the "
             f"tickets and the passengers who will use the terminal once it is open for good." for n in range(5)]
    box = ["Most Read Stories", "Bus strike ends after two weeks", HEADLINE, "Market hall plans approved",
           "Storm closes the coast road", "New mayor sworn in"]
    page = dump(f"{HEADLINE} - Example News", "Home", "News", HEADLINE, "By Jane Doe", *above, *box, *below,
                "Share", "Imprint")
    assert body_lines(page) == [*above, *below]


def test_appeals_for_donations_and_subscriptions_are_consent_text_in_several_languages():
    from articlextract.rules.text_shapes import consent_text
    for line in ("Jede kleine Spende hilft den Menschen in Not, vielen Dank!",
                 "Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.",
                 "Immediate online access to all issues from 2019. Subscription will auto renew annually.",
                 "Faites un don pour que notre rédaction reste indépendante."):
        assert consent_text(line), line
    # The single words are news: a donation reported, a subscription discussed.
    for line in ("Die Spende des Unternehmens ging an die freiwillige Feuerwehr des Ortes.",
                 "Readers can cancel their subscription to the paper by letter.",
                 "Die Jury lobte den unabhängigen Journalismus der kleinen Redaktion.",
                 "Jede Spende wurde vom Verein sorgfältig verbucht und veröffentlicht."):
        assert not consent_text(line), line


def test_a_title_repeated_in_every_card_of_a_list_anchors_only_its_first_copy_with_prose_under_it():
    # A shop's page about a wine region: the region's name is the headline, and the "origin" field
    # of every product card far below. The cards' descriptions outweigh the article, and the copy
    # in each card stands right over a description.
    region = "Rioja wines from northern Spain"
    article = ["The Rioja region lies in the north of Spain along the Ebro river and is known for its red "
               "wines made mostly from Tempranillo grapes.",
               "The rules of the region allow four red and three white grape varieties, and set how long a "
               "wine must age in the barrel before it is sold."]
    cards = []
    for n in range(6):
        cards += [f"Bottle number {n}", "Origin:", region, "Price: 12 EUR",
                  f"A young red wine with notes of cherry and vanilla, aged for {n + 6} months in oak barrels and "
                  f"sold in the year after the harvest at a friendly price for everyday drinking with friends."]
    filters = [f"Sort by {key}" for key in ("price", "name", "year", "grape", "rating", "origin")]
    page = dump(f"{region} - Wine Shop Berlin", "Menu", "Red", "White", region, *article, "Recommended",
                *filters, *filters, *cards, "Imprint")
    assert body_lines(page) == article


def test_a_list_of_cards_under_a_short_article_is_no_article_cut_by_a_box():
    from articlextract.rules.region_headline import headline_part_above
    from articlextract.segment_text import segment_text
    lines = ["Title", HEADLINE, ARTICLE[0], ARTICLE[1], "Most Read Stories", "Bus strike ends", "Storm closes road",
             ARTICLE[2], "Bottle number 1", ARTICLE[0] + " (card)", "Bottle number 2"]
    blocks = segment_text("\n\n".join(lines))
    # weights: prose positive, short lines negative, the label a wall
    weights = [-10.0, -10.0, 100.0, 100.0, None, -10.0, -10.0, 100.0, -10.0, 100.0, -10.0]
    alternating = headline_part_above(blocks, weights, [1], (180.0, 7, 9), DEFAULT_OPTIONS)
    assert alternating == (7, range(0))  # a paragraph, then a card's title: not an article going on
    weights[8] = 100.0  # two paragraphs in a row below the box: the article goes on
    assert headline_part_above(blocks, weights, [1], (280.0, 7, 9), DEFAULT_OPTIONS) == (2, range(4, 7))


def test_a_box_inside_an_article_without_a_title_line_does_not_cut_it_in_two():
    # No line repeats the title (the dump's first line is the site's name): the part above the
    # "Share this article" / "Newsletter" box is found from the weights alone.
    above = [ARTICLE[0] + " " + ARTICLE[1], ARTICLE[2], AFTER]
    below = [f"Paragraph {n} of the rest of the article goes on about the ferries, the timetables, the "
             f"tickets and the passengers who will use the terminal once it is open for good." for n in range(5)]
    page = dump("Example News", "Home", "News", *above, "Share this article", "Facebook", "Newsletter",
                "Sign up", *below, "Share", "Imprint")
    assert body_lines(page) == [*above, *below]
