"""Dates of text dumps without a crawl stamp: a year glued to what follows it, and a date
line away from the body. Hand-made lines and dumps whose right answer is obvious."""

import pytest

from articlextract import extract
from articlextract.metadata.text_lines import read_line
from textkit import BODY

HEADLINE = "Council approves the winter budget"
MENU = ["Home", "News", "Sport", "Culture", "Weather", "Contact", "Archive", "Events", "Jobs", "Shop",
        "About us", "Newsletter", "Podcasts", "Video", "Opinion", "Local", "World", "Business"]


def page(*lines: str) -> str:
    return "\n\n".join(lines)


@pytest.mark.parametrize("line, date", [
    ("Veröffentlicht am 19. Dezember 202219. Dezember 2022 von Redaktion", "2022-12-19"),
    ("miércoles, 4 de mayo de 202200:00 hs", "2022-05-04"),
    ("19.11.202119.11.2021", "2021-11-19"),
    ("Posted on June 3, 20213:45 pm", "2021-06-03"),
])
def test_a_year_glued_to_the_next_date_or_a_time_is_read(line, date):
    assert read_line(line).date == date


def test_a_glued_date_keeps_the_name_after_it():
    assert read_line("3. April 20223. April 2022 by mady").names == ("mady",)


@pytest.mark.parametrize("line, date, names", [
    ("Associated PressDecember 2, 2016", "2016-12-02", ("Associated Press",)),
    ("Yahoo FinanceOctober 13, 2016", "2016-10-13", ("Yahoo Finance",)),
    ("Von Jana SchmidtMärz 3, 2020", "2020-03-03", ("Jana Schmidt",)),
])
def test_a_month_glued_to_the_name_before_it_is_read(line, date, names):
    # an agency's or an author's name and the date's element printed with no space between
    meta = read_line(line)
    assert (meta.date, meta.names) == (date, names)


def test_a_capital_inside_a_word_before_a_number_is_no_glued_month():
    assert read_line("McDonald 5").date is None and read_line("iPhone 12 Mini").date is None


def test_a_long_number_is_no_glued_date():
    assert read_line("Hotline 0800 201912 34").date is None


def test_a_date_line_far_below_the_body_dates_the_article():
    sidebar = [f"Related story number {n} about something else" for n in range(25)]
    text = page(*MENU, HEADLINE, BODY, *sidebar, "18.05.2014 22:38", "Share this page")
    assert extract(text, format="text").date == "2014-05-18"


def test_the_date_line_nearest_to_the_body_wins_over_a_farther_one():
    sidebar = [f"Related story number {n} about something else" for n in range(25)]
    text = page(*MENU, HEADLINE, BODY, *sidebar, "18.05.2014", *sidebar, "02.03.2011")
    assert extract(text, format="text").date == "2014-05-18"


def test_a_line_showing_the_current_time_does_not_date_the_article():
    sidebar = [f"Related story number {n} about something else" for n in range(25)]
    text = page(*MENU, HEADLINE, BODY, *sidebar, "Aktuelle Zeit: 14.10.2020, 12:18")
    assert extract(text, format="text").date is None


def test_a_press_release_dates_its_first_paragraph():
    first = ("29.11.2022 – Mehrfach und vehement hatte die Branche die Nachteile des Gesetzes dargelegt, "
             "doch der Entwurf blieb in den entscheidenden Punkten unverändert und wird nun beraten.")
    text = page(*MENU, HEADLINE, first, BODY)
    assert extract(text, format="text").date == "2022-11-29"


def test_a_date_mentioned_inside_the_first_paragraph_does_not_date_it():
    first = ("The council said on Monday that the plan agreed on 3 May 2021 would be reviewed, and that "
             "repairs to schools and roads would come first when the winter budget is spent.")
    text = page(*MENU, HEADLINE, first, BODY)
    assert extract(text, format="text").date is None


def test_a_date_line_beyond_the_reach_of_the_last_resort_is_not_read():
    sidebar = [f"Related story number {n} about something else" for n in range(150)]
    text = page(*MENU, HEADLINE, BODY, *sidebar, "18.05.2014 22:38")
    assert extract(text, format="text").date is None


FACTS = ["Buchinfos:", "ISBN: 9783453580565", "Verlag: Heyne", "Übersetzer: Sonja Häußler"]


def test_a_date_among_a_records_fields_is_the_records():
    # A book review: the post's date over its headline, then the book's facts with its
    # release date, nearer to the body.
    text = page("Home", "Samstag, 9. September 2017", HEADLINE, *FACTS, "Erscheinungsdatum: 14.08.2017",
                "Preis: 12,99 €", BODY)
    assert extract(text, format="text").date == "2017-09-09"


@pytest.mark.parametrize("field", ["Datum: 14.08.2017", "Erscheinungsdatum: 14.08.2017"])
def test_a_dated_field_next_to_the_byline_field_dates_the_article(field):
    # The article's own facts: its author's field next to the date ("Datum:" dates a
    # publication whatever is around it).
    text = page("Home", "Samstag, 9. September 2017", HEADLINE, "Autor: Jane Doe", field, "Rubrik: Politik", BODY)
    assert extract(text, format="text").date == "2017-08-14"
