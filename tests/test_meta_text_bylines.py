"""Bylines and datelines of text dumps: shapes read from hand-made lines and dumps.

Each case is a line or a small dump whose right answer is obvious from reading it.
"""

import pytest

from articlextract import extract
from articlextract.metadata.text_lines import is_person_name, read_line, unglued_names
from articlextract.metadata.text_names import is_time_line, name_on_line
from textkit import BODY, PARAGRAPHS



def dump(*lines: str, body: str = BODY, after: tuple[str, ...] = ()) -> str:
    return "\n\n".join(["Home", "News", "Council approves the winter budget", *lines, body, *after])


@pytest.mark.parametrize("line, names", [
    ("Frank Hahn am 18. September 2019", ["Frank Hahn"]),
    ("Marie Merlet | lundi 9 décembre 2019 à 09h08", ["Marie Merlet"]),
    ("Evgenia Karp Zuletzt geändert am 06.11.2023", ["Evgenia Karp"]),
    ("By Erin Cunningham March 18 at 3:57 PM", ["Erin Cunningham"]),
    ("Von Jule Radeck Vom 3. Februar 2022", ["Jule Radeck"]),
    ("Veröffentlicht am 19. Dezember 2022 von Redaktion", ["Redaktion"]),
    ("By Staff Writer", ["Staff Writer"]),
    ("28. Januar 2015 karstenruppert Schreibe einen Kommentar", ["karstenruppert"]),
    ("Home | By Jane Doe", ["Jane Doe"]),
    ("1. Januar 2016 von KleineGrüneMonster Ein Kommentar", ["KleineGrüneMonster"]),
    ("von Mathilda Trausch, Online-Redaktion Veröffentlicht: 26.12.2022", ["Mathilda Trausch"]),
    ("By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project",
     ["Daniel Kahn Gillmor"]),
    ("Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR",
     ["Volkmar Kabisch", "Jan Lukas Strozyk", "Benedikt Strunz"]),
])
def test_names_around_dates_and_markers(line, names):
    assert list(read_line(line).names) == names


def test_a_long_byline_that_describes_its_author():
    line = ("By Alex Heath, a deputy editor and author of the Command Line newsletter. He has covered "
            "the tech industry for over a decade at several outlets.")
    assert list(read_line(line).names) == ["Alex Heath"]


@pytest.mark.parametrize("line", [
    "Leasing von Firmenfahrzeugen",  # a title with "von" inside
    "Auf den Spuren von Rafael Nadal",
    "Mit Material von MDR",
    "Mary Magdalene by Titian",
    "sur facebook sur twitter par newsletter",
])
def test_a_marker_inside_a_title_is_no_byline(line):
    assert read_line(line).names == ()


@pytest.mark.parametrize("text", ["Die Werbeagentur", "Le Grand Continent", "Share Tweet Share",
                                  "Home Johannes", "Keine Kommentare", "Rechtliches und Gesetze", "Jetzt Spenden",
                                  "FINA Weltmeisterschaften VERSCHOBEN", "Hochauflösende Schneekarten auf Gipfelbuch.ch"])
def test_titles_and_buttons_are_not_person_names(text):
    assert not is_person_name(text)


def test_name_particles_inside_a_name_are_fine():
    assert is_person_name("Loïc Le Clerc") and is_person_name("Verónica De Vita")
    assert is_person_name("José Ortega y Gasset") and is_person_name("ET Online")
    assert is_person_name("Sabine Leutheusser-Schnarrenberger")  # a double name's parts are short


@pytest.mark.parametrize("line, name", [
    ("Amelie Siekmann,", "Amelie Siekmann"),
    ("ET Online |", "ET Online"),
    ("James Akinaka • 8h", "James Akinaka"),
    ("Inga Hoeltmann Follow", "Inga Hoeltmann"),
    ("Benjamin Hoff | Community 1", None),  # what follows the name is not a time or a button
])
def test_name_lines(line, name):
    assert name_on_line(line) == name


@pytest.mark.parametrize("line, expected", [
    ("11 min read", True), ("8h", True), ("Oct 18, 2019 · 8 min read", True),
    ("24", False), ("EMTB #6/21", False), ("Seite 1", False),
])
def test_time_lines(line, expected):
    assert is_time_line(line) is expected


def test_marker_line_then_name_line():
    a = extract(dump("By", "Benjamin Romano", "March 3, 2023"), format="text")
    assert a.byline == "Benjamin Romano"
    assert a.date == "2023-03-03"
    assert "Benjamin Romano" not in a.body


def test_label_line_then_name_line_is_not_read_across_a_menu():
    a = extract(dump("Von:", "Filter Suche"), format="text")
    assert a.byline is None


def test_name_then_button_then_reading_time():
    a = extract(dump("Vincent Vallet", "Follow", "Oct 18, 2019 · 8 min read"), format="text")
    assert a.byline == "Vincent Vallet"
    assert a.date == "2019-10-18"


def test_name_glued_to_a_date_line_by_a_comma():
    a = extract(dump("Amelie Siekmann,", "am Sonntag, 11.12.2022 - 05:00"), format="text")
    assert a.byline == "Amelie Siekmann"
    assert a.date == "2022-12-11"


def test_author_box_below_the_article():
    after = ("Tags", "Budget", "Council", "Share this article", "Related stories",
             "Schools get new roofs", "Roads to be repaired in spring", "About the author",
             "Author: Jacopo Cascioli")
    a = extract(dump(after=after), format="text")
    assert a.byline == "Jacopo Cascioli"


def test_a_capitalised_noun_after_von_far_from_the_article_is_no_author():
    after = ("Tags", "Budget", "Council", "Share this article", "Related stories",
             "Schools get new roofs", "Roads to be repaired in spring", "Mehr",
             "von Stubenhockern")
    a = extract(dump(after=after), format="text")
    assert a.byline is None


def test_dateline_a_few_lines_into_the_article():
    # Under the lead paragraphs and a share row, past the first lines searched for metadata.
    lines = PARAGRAPHS * 2 + ["Share", "Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024"] + PARAGRAPHS
    a = extract("\n\n".join(["Home", "Council approves the winter budget", *lines]), format="text")
    assert a.date == "2024-12-06"


def test_a_marker_glued_to_the_name_after_it_is_read():
    # a converter printing a marker and a link's text side by side
    meta = read_line("Veröffentlicht vonChris Jung 28. Februar 2016")
    assert (meta.names, meta.date) == (("Chris Jung",), "2016-02-28")
    assert read_line("Posted byJane Doe").names == ("Jane Doe",)


def test_a_surname_particle_glued_to_a_name_is_no_marker():
    # "di" and "de" are markers, and particles of surnames written glued
    for line in ("Leonardo DiCaprio Foundation", "DeSantis Signs Bill", "Ron DeSantis"):
        assert read_line(line).names == ()


def test_a_name_printed_twice_without_a_space_is_one_name():
    assert unglued_names("Ophélie OstermannOphélie Ostermann") == "Ophélie Ostermann"
    assert unglued_names("Council approves the budget") == "Council approves the budget"


def test_the_byline_and_date_under_a_headline_far_above_the_body():
    # A video player's controls (dozens of short lines) stand between the header and the body:
    # the byline and date right under the headline are its own, however far up it stands.
    player = ["Play", "Settings", "Full Screen", "Embed", "Captions", "Quality", "Auto", "Speed", "Normal"] * 6
    text = "\n\n".join(["Veteran Wraps Baby in American Flag, Photo Sparks Controversy",
                        "By GILLIAN MOHNEY March 11, 2015 3:46 PM Good Morning America", *player, BODY])
    article = extract(text, format="text")
    assert article.headline == "Veteran Wraps Baby in American Flag, Photo Sparks Controversy"
    assert article.authors == ("GILLIAN MOHNEY",) and article.date == "2015-03-11"


@pytest.mark.parametrize("line", ["Alternativen zur Konsumgesellschaft", "Síguenos en Google News", "Henry In Aktuell",
                                  "Medien Kommentieren", "Artikel Galerie", "Fecha Relevancia"])
def test_a_preposition_or_an_interface_word_makes_no_name(line):
    assert not is_person_name(line)


@pytest.mark.parametrize("name", ["Ursula von der Leyen", "Verónica De Vita", "Jan van der Berg", "Karl zu Guttenberg"])
def test_the_particles_of_names_stay_names(name):
    assert is_person_name(name)


@pytest.mark.parametrize("line, name", [("Interview: Julia Lauter", "Julia Lauter"), ("Text: Ursula Eggers", "Ursula Eggers"),
                                        ("Protokoll: Johannes Mahler", "Johannes Mahler"),
                                        ("Aufgezeichnet von Jane Doe", "Jane Doe")])
def test_a_magazines_credit_for_the_writer_is_a_byline(line, name):
    assert read_line(line).names == (name,) and read_line(line).name_source == "marker"


def test_a_possessive_opens_no_name():
    assert not is_person_name("Mein Motto Konsumsparen") and not is_person_name("My Favourite Things")


def test_a_blogs_own_byline_outranks_the_credit_of_the_piece_it_reposts():
    # The credit stands nearer the body than the blog's dated byline, between the standfirst
    # and the picture credit of the piece.
    standfirst = "Qualität war bei Führungskräften mal groß in Mode, und der Hype hatte Nebenwirkungen"
    head = ["Was wurde eigentlich aus Six Sigma?", "Dezember 10, 2019 · von freeman1984 · in Uncategorized", standfirst]
    piece = ["Interview: Jens Bergmann", "Foto: Michael Hudler", *PARAGRAPHS]
    assert extract("\n\n".join(head + piece), format="text").authors == ("freeman1984",)
    # (alone, the credit is the byline)
    assert extract("\n\n".join([head[0], head[2], *piece]), format="text").authors == ("Jens Bergmann",)


def test_every_credit_marker_is_a_byline_marker():
    # (data/byline_credits.txt only ranks some markers of data/byline_markers.txt: each must be one)
    from articlextract import lexicon
    assert set(lexicon.lines("byline_credits")) <= set(lexicon.lines("byline_markers"))


@pytest.mark.parametrize("lines, name", [
    (("FOCUS-Online-Experte Robin Tschöpe", "12.03.2021"), "Robin Tschöpe"),   # a name line next to its date
    (("Ophélie OstermannOphélie Ostermann", "12 mars 2021"), "Ophélie Ostermann"),
    (("Avatar Frank Hahn am 18. September 2019",), "Frank Hahn"),              # a profile picture's alt text
])
def test_a_name_found_without_a_marker_is_cleaned_like_every_byline(lines, name):
    assert extract(dump(*lines), format="text").byline == name


def test_a_long_row_of_metadata_parts_is_read_part_by_part():
    row = ("Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | "
           "Par Martin Untersinger (avec Damien Leloup et Morgane Tual)")
    meta = read_line(row)
    assert (meta.date, meta.names, meta.only_meta) == ("2015-05-04", ("Martin Untersinger",), True)
    # a menu row says nothing; a row with a sentence in it is not metadata only
    assert read_line("Home | News | Sport | Business | Culture | Travel | Weather | Video | Puzzles | Jobs") \
        .date is None
    teaser = ("Council approves the winter budget after a long debate about heating | 04.05.2015 | "
              "By Jane Doe")
    assert read_line(teaser).only_meta is False
