"""Metadata of text dumps: datelines and bylines in several languages, headline, standfirst."""

import pytest

from articlextract import extract
from articlextract.metadata.text_lines import is_person_name, read_line

BODY = ("The council approved the new budget on Monday after a long debate about schools, roads "
        "and the cost of heating public buildings during the winter months.\n\n"
        "Opposition members said the plan leaves too little for repairs, and promised to bring "
        "the question back to the council before the end of the year.")


@pytest.mark.parametrize("line, iso", [
    ("Published July 10, 2023 | 10:00 AM", "2023-07-10"),
    ("Published : 3 May 2023, 03:45 PM", "2023-05-03"),
    ("Veröffentlicht am 13. März 2019", "2019-03-13"),
    ("Publié le 3 mai 2023", "2023-05-03"),
    ("Publicado el 28 de abril de 2022", "2022-04-28"),
    ("Pubblicato il 19 Febbraio 2020", "2020-02-19"),
    ("Datum: 19.11.2021", "2021-11-19"),
    ("2017-03-10 09:58:03 来源： 网易科学人", "2017-03-10"),
])
def test_published_and_plain_datelines(line, iso):
    meta = read_line(line)
    assert meta.date == iso
    assert meta.date_kind in ("published", "plain")


@pytest.mark.parametrize("line", ["Updated : 3 May 2023, 03:45 PM", "Aktualisiert am 28.01.2020 - 15:49",
                                  "Mis à jour le 5 mai 2015"])
def test_updated_datelines_are_modified_dates(line):
    assert read_line(line).date_kind == "modified"


@pytest.mark.parametrize("line", ["42 minutes ago", "vor 3 Stunden"])
def test_relative_times_give_no_date(line):
    assert read_line(line).date is None


@pytest.mark.parametrize("line, names", [
    ("By Jane Doe", ["Jane Doe"]),
    ("Fahad Shabbir (@FahadShabbir) Published July 10, 2023 | 10:00 AM", ["Fahad Shabbir"]),
    ("Posted on 2015-04-05 by marc | Leave a comment", ["marc"]),
    ("Veröffentlicht am 13. März 2019 von Michael Veeser-Dombrowski", ["Michael Veeser-Dombrowski"]),
    ("Geschrieben von Cooper am 25.08.2015 22:30", ["Cooper"]),
    ("Par Loïc Le Clerc | 30 septembre 2018", ["Loïc Le Clerc"]),
    ("Von David Hutzler, dpa", ["David Hutzler"]),
    ("Dan Goodin - Apr 16, 2015 8:02 pm UTC", ["Dan Goodin"]),
    ("Reuters", ["Reuters"]),
    ("By Erin Cunningham March 3, 2015", ["Erin Cunningham"]),
    ("Alissa Wilkinson Updated Jul 5, 2017, 10:00am", ["Alissa Wilkinson"]),
    ("Par Loïc Le Clerc le 3 mai 2018", ["Loïc Le Clerc"]),
    ("26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar", ["Ulrike Stockhausen"]),
])
def test_bylines(line, names):
    assert list(read_line(line).names) == names


@pytest.mark.parametrize("line", ["Foto von Josh Willink von Pexels",
                                  "Die Preise wurden von einem Baum beeinflusst und so weiter"])
def test_picture_credits_and_prose_are_not_bylines(line):
    assert read_line(line).names == ()


def test_person_names():
    assert is_person_name("Tasneem Hossain") and is_person_name("John C. Welch")
    assert not is_person_name("Related Topics") and not is_person_name("Open Menu")
    assert not is_person_name("The council approved the budget")


def test_seed_shape_headline_standfirst_byline_dates():
    text = ("বাংলা\n\nCouncil approves the winter budget\n\n"
            "The vote ends a month of debate about schools and roads in the city\n\n"
            "Reuters\n\nPublished : 3 May 2023, 03:45 PM\n\nUpdated : 4 May 2023, 09:00 AM\n\n" + BODY)
    a = extract(text, format="text")
    assert a.headline == "Council approves the winter budget"
    assert a.byline == "Reuters"
    assert a.date == "2023-05-03" and a.date_modified == "2023-05-04"
    assert a.description.startswith("The vote ends")
    assert a.body == BODY


def test_crawl_stamp_date_and_headline_repeating_the_title_line():
    text = (" date 2022-11-07 Council approves the winter budget - City News\n\nHome\n\nNews\n\n"
            "Council approves the winter budget\n\nBy Jane Doe\n\n" + BODY)
    a = extract(text)
    assert a.format == "text"
    assert a.headline == "Council approves the winter budget"
    assert a.byline == "Jane Doe"
    assert a.date == "2022-11-07"
    assert "date 2022" not in a.body and "Jane Doe" not in a.body and a.body.startswith("The council")


def test_teaser_dates_below_the_article_are_not_the_date():
    text = ("Council approves the winter budget\n\n" + BODY + "\n\nRecent Stories\n\n"
            "Gold Rate in Pakistan Today 10 July 2023\n\n42 minutes ago\n")
    assert extract(text, format="text").date is None


def test_updated_date_is_used_only_when_nothing_else_states_one():
    text = "Council approves the winter budget\n\nLast updated 04 Jun 2020\n\n" + BODY
    assert extract(text, format="text").date == "2020-06-04"


def test_explain_reports_text_lines_and_metadata_roles():
    from articlextract import explain
    exp = explain("Council approves the winter budget\n\nBy Jane Doe\n\n" + BODY, format="text")
    roles = {b.text: b.role for b in exp.blocks}
    assert roles["By Jane Doe"] == "byline"
    assert all(b.rule and b.reason for b in exp.blocks)
