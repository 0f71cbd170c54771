"""Authors of text dumps named away from the byline's usual place, and lines that only look
like bylines. Hand-made dumps whose right answer is obvious from reading them."""

import pytest

from articlextract import extract
from articlextract.metadata.text_lines import is_person_name, read_line
from articlextract.metadata.text_names import is_time_line
from textkit import BODY, PARAGRAPHS

HEADLINE = "Council approves the winter budget"


def page(*lines: str) -> str:
    return "\n\n".join(lines)


def authors(text: str) -> list[str]:
    return list(extract(text, format="text").authors)


def test_author_box_under_the_article():
    text = page("Home", "News", HEADLINE, BODY, "About the author", "Sarah Archer",
                "Sarah Archer writes about cities and their budgets.")
    assert authors(text) == ["Sarah Archer"]


def test_author_box_label_in_german_with_a_button_first():
    bio = "Medizinstudent, Papa, Krankenpfleger auf einer großen Intensivstation sowie leidenschaftlicher Blogger."
    text = page("Home", HEADLINE, BODY, "Über den Autor", "Zeige alle Artikel", "Matthias", bio)
    assert authors(text) == ["Matthias"]


def test_author_box_label_with_a_gender_slash():
    # "AUTOR/IN" (and "Autor*in") normalise to "autor in", a label of its own
    text = page("Home", HEADLINE, "STAND", "21.4.2021, 16:41 Uhr", "AUTOR/IN", "Julius Richter",
                "auf Whatsapp teilen", BODY)
    assert authors(text) == ["Julius Richter"]


HEADER = [HEADLINE + " in the old town hall", "Jane Doe", "Editor Example News", "25.01.2022 14:47"]
CONTENTS = ["Contents", *(f"Part {n}: what the council decided on {topic}" for n, topic in enumerate(
    ("schools", "roads", "parks", "heating", "buses", "bridges", "libraries", "pools", "markets", "housing"), 1))]


def test_name_under_the_first_copy_of_a_header_printed_twice():
    # The page prints its header (headline, name, role, date), then a long table of contents
    # and the headline again over the body: the name stands by its date under the first copy.
    text = page(HEADER[0] + " - Example News", "Home", *HEADER, *CONTENTS, HEADER[0], BODY)
    assert authors(text) == ["Jane Doe"]


@pytest.mark.parametrize("between", ["Editor Example News", "jane.doe@example.com"])
def test_a_role_or_an_e_mail_line_may_stand_between_a_name_and_its_date(between):
    text = page("Home", "News", "Jane Doe", between, "25.01.2022 14:47", HEADLINE, BODY)
    assert authors(text) == ["Jane Doe"]


def test_a_date_label_between_is_no_role():
    # "Business Buzz" (a category) / "Posted on" / the date: the label belongs to the date.
    text = page("Home", "News", "Business Buzz", "Posted on", "April 29, 2022", HEADLINE, BODY)
    assert authors(text) == []


def test_under_a_copy_of_the_headline_a_name_needs_its_date():
    # A teaser card printing the headline again over a two-word label: no byline.
    text = page(HEADER[0] + " - Example News", "Home", HEADER[0], "Anzeige", "Aktuelle Produkte", *CONTENTS,
                HEADER[0], BODY)
    assert authors(text) == []


@pytest.mark.parametrize("link, name", [("Alles von Martin Junker", "Martin Junker"),
                                        ("More articles by Jane Doe", "Jane Doe"),
                                        ("Weitere Artikel von Yirou Chen Alle Autoren", "Yirou Chen")])
def test_a_link_to_the_authors_other_articles_names_them(link, name):
    text = page("Home", HEADLINE, BODY, "Related", "Bus strike ends", link, "Contact")
    assert authors(text) == [name]


@pytest.mark.parametrize("link", ["More from KXAN Austin", "Mehr von uns", "More articles by our team"])
def test_a_link_to_a_sites_articles_names_no_author(link):
    text = page("Home", HEADLINE, BODY, "Related", "Bus strike ends", link, "Contact")
    assert authors(text) == []


def test_one_word_under_an_author_box_needs_the_bio_under_it():
    text = page("Home", HEADLINE, BODY, "About the author", "Feed", "Newsletter", "Contact")
    assert authors(text) == []


def test_a_button_alone_under_an_author_box_is_no_name():
    text = page("Home", HEADLINE, BODY, "About the author", "Follow", "Share")
    assert authors(text) == []


@pytest.mark.parametrize("footer, name", [
    ("© 2012 Jane Mitchell — Tweet at me — Contact me", "Jane Mitchell"),
    ("© Haki Benita 2016-2020", "Haki Benita"),
    ("(c) Johannes Wolf • Weitere Rechte siehe Impressum", "Johannes Wolf"),
    ("Archive – RSS – Impressum – 2009-2020 by Florian Posdziech – Powered by Nikola", "Florian Posdziech"),
    ("Archiv – Impressum – 2009-2020 von Florian Posdziech", "Florian Posdziech"),  # the marker from the data
    ("COPYRIGHT Haki Benita", "Haki Benita"),
])
def test_a_person_holding_the_copyright_is_the_author(footer, name):
    assert authors(page("Home", HEADLINE, BODY, "Contact", footer)) == [name]


@pytest.mark.parametrize("footer", [
    "© 2024 Daily Courier Media Group. All rights reserved.",
    "Copyright © The Daily Courier",
    "Powered by WordPress",
    "© 2020 Alle Rechte vorbehalten",             # rights words, not a holder
    "© 2019 Free Blogger Templates",              # three capitalised words: a site's name
    "Copyright 2021 AWO Bundesverband",           # an acronym is not a given name
    "© 2018 Informationsdienst Wissenschaft",     # no given name is that long
    "© 2017 Vergleich.de Gesellschaft",           # a domain is not a name
])
def test_a_company_holding_the_copyright_is_not_an_author(footer):
    assert authors(page("Home", HEADLINE, BODY, "Contact", footer)) == []


def test_a_byline_nearer_the_body_beats_the_copyright_holder():
    text = page("Home", HEADLINE, "By Tom Baker", BODY, "© 2012 Jane Mitchell")
    assert authors(text) == ["Tom Baker"]


def test_name_with_its_age_glued_to_it():
    assert read_line("Alex Perry 1 day ago").names == ("Alex Perry",)
    assert authors(page("Home", HEADLINE, "Alex Perry 1 day ago", BODY)) == ["Alex Perry"]


def test_a_sponsored_widget_label_repeated_under_the_body_is_no_byline():
    cards = [line for i in range(3) for line in (f"Sponsored story number {i} about gadgets", "by Taboola by Taboola")]
    assert authors(page("Home", HEADLINE, BODY, *cards)) == []


def test_reviewer_is_not_the_author():
    assert read_line("Reviewed by Hansa D. Bhargava, MD").names == ()
    text = page("Home", HEADLINE, "By Kelli Miller", "Health News", "Reviewed by Hansa D. Bhargava, MD", BODY)
    assert authors(text) == ["Kelli Miller"]


def test_writer_above_the_agency_and_date():
    text = page("Home", HEADLINE, "NATALIYA VASILYEVA", "Associated Press December 2, 2016", BODY)
    assert authors(text) == ["NATALIYA VASILYEVA"]


def test_writer_and_role_above_the_publisher_and_date():
    text = page("Home", HEADLINE, "Ben Silverman", "Games Editor", "Yahoo Finance October 13, 2016", BODY)
    assert authors(text) == ["Ben Silverman"]


def test_a_name_before_a_date_alone_is_still_the_byline():
    assert authors(page("Home", HEADLINE, "Dan Goodin - Apr 16, 2015", BODY)) == ["Dan Goodin"]


def test_name_and_date_of_teaser_cards_are_not_the_byline():
    cards = ["Why neon lights came back", "Tanvi Misra", "Mar 9, 2018",
             "The twists of making a sign", "Linda Poon", "Aug 23, 2017"]
    assert authors(page(HEADLINE + " | Daily Courier", "Home", *cards, HEADLINE, BODY)) == []


def test_name_and_date_of_the_article_are_its_byline():
    assert authors(page(HEADLINE + " | Daily Courier", "Home", HEADLINE, "Linda Poon", "Aug 23, 2017",
                        BODY)) == ["Linda Poon"]


def test_marker_byline_a_little_further_into_the_body():
    caption = ("A worker repairing underground cables this month in the east of the city, where "
               "water and salt had seeped into the ducts.")
    text = page("Home", "Today's Paper", HEADLINE, PARAGRAPHS[0], "Image", caption, "Advertisement",
                "Share", "Print", "By Corey Kilgannon", "Feb. 21, 2019", *PARAGRAPHS[1:])
    assert authors(text) == ["Corey Kilgannon"]


def test_name_under_the_headline_and_standfirst_inside_the_body():
    text = page("Home", HEADLINE, PARAGRAPHS[0], "Dave Steer", "budget council city", *PARAGRAPHS[1:])
    assert authors(text) == ["Dave Steer"]


@pytest.mark.parametrize("text", ["Today’s Paper", "Editor's Picks"])
def test_a_possessive_makes_a_label_not_a_name(text):
    assert not is_person_name(text)


def test_reading_time_with_the_day_is_a_time_line():
    assert is_time_line("on Mar 17 11 min")
    assert not is_time_line("Top stories of the week")


@pytest.mark.parametrize("line, names", [
    ("Ein Interview von Eugen Zentner mit Sonja Silberhorn.", ("Eugen Zentner",)),
    ("Text von Christian Seiler Illustration von Markus Roost", ("Christian Seiler",)),
    ("Auf den Spuren von Rafael Nadal in Mallorca heute", ()),  # a title: three words before "von"
    ("Mary Magdalene by Titian at the museum today", ()),  # a painter, not a person's full name
])
def test_a_marker_after_a_word_or_two_in_a_longer_line(line, names):
    assert read_line(line).names == names


@pytest.mark.parametrize("message", ["Video Not Available", "Seite Nicht Gefunden", "Page Not Found"])
def test_a_capitalised_message_is_not_a_person_name(message):
    assert not is_person_name(message)
    assert authors(page("Home", HEADLINE, message, BODY)) == []


def test_a_name_under_the_headline_is_still_a_name():
    assert is_person_name("Gillian Mohney")
    assert authors(page("Home", HEADLINE, "Gillian Mohney", BODY)) == ["Gillian Mohney"]


@pytest.mark.parametrize("name", ["Nie Haisheng", "No Hong-chul", "Daniel Non"])
def test_family_names_that_are_negations_elsewhere_stay_names(name):
    assert is_person_name(name)
