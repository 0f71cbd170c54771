"""Line rules for text dumps (rules/text.py, data/*.txt): captions, inline teasers, labels.

Hand-made lines whose right answer is obvious."""

import pytest

from articlextract import extract
from articlextract.lexicon import phrases
from articlextract.rules.phrases import is_section_label
from articlextract.rules.text import is_picture_credit
from articlextract.rules.text_shapes import is_comment_start

CREDITS = phrases("photo_credits")
ARTICLE = [
    "The harbour authority opened the new ferry terminal on Monday after three years of building work.",
    "About two thousand passengers are expected to use the terminal every day once the summer timetable starts.",
    "The old terminal, built in the nineteen sixties, will be turned into a market hall for local producers.",
]


def body_lines(*lines: str) -> list[str]:
    return extract("\n\n".join(lines) + "\n", format="text").body.split("\n\n")


@pytest.mark.parametrize("line", [
    "Foto: Christof Stache",
    "Fot. Lukasz Nowaczyk / Agencja Gazeta",
    "Photo by Joan Bardeletti",
    "Abbildung 4: Die grösste Lawine dieser Berichtsperiode",
    "Son tres los periodos de vacaciones durante el año escolar. Foto: Andina",
    "Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com",
    "Cristina Kirchner y Alberto Fernández en el Congreso (Foto: Natacha Pisarenko/Pool via REUTERS).",
    "Dmitry Muratov, periodista ruso y Premio Nobel de la Paz (REUTERS/Denis Balibouse)",
    "Das Hermelin ist im Winter mit seinem weißen Fell gut getarnt. (mlharing / iStock.com)",
    "Nicht labern, ranklotzen! Foto: Timur | flickr | CC BY 2.0",
    "In Gottesdiensten gilt FFP2-Maskenpflicht. Foto: ccnull/Marco Verch/cc by sa 2.0",
])
def test_picture_credits(line):
    assert is_picture_credit(line, CREDITS)


@pytest.mark.parametrize("line", [
    "Das Fragen-Board ist live moderierbar (Whitelist/Blacklist).",
    "The photo shows the harbour at dawn, when the first ferry leaves.",
    "Photography is his hobby: he takes pictures of ships every weekend.",
    "Der Preis liegt bei 20 Euro (Stand: Juni 2016, laut Hersteller und Händlern in der ganzen Region).",
    '"Thank you for putting it into words." (This was about 1/3 of the replies.)',
])
def test_sentences_are_not_picture_credits(line):
    assert not is_picture_credit(line, CREDITS)


@pytest.mark.parametrize("teaser", [
    "Lea más: Juan Pérez propone una nueva ley de puertos",
    "MIRA: Madre se acerca a conocer los motivos de captura de su hijo",
    "Lesen Sie hier: Spielabbruch in der Kreisliga",
    "À lire aussi » Quel est votre profil digestif ?",
    "Lesen Sie auch: Neue Fähre für die Insel",
])
def test_inline_teasers_inside_the_article_are_dropped(teaser):
    body = body_lines("Ferry terminal opens", ARTICLE[0], teaser, ARTICLE[1], ARTICLE[2])
    assert body == ARTICLE


def test_a_sentence_after_a_short_label_stays():
    sentence = "Read: the council's report says the terminal cost less than planned."
    body = body_lines("Ferry terminal opens", ARTICLE[0], sentence, ARTICLE[1], ARTICLE[2])
    assert sentence in body


@pytest.mark.parametrize("label", ["Article précédent", "Beitragsnavigation", "Lo más visto hoy",
                                   "Pour approfondir", "Ezek is érdekelhetnek", "Post navigation"])
def test_labels_after_an_article(label):
    assert is_section_label(label)
    body = body_lines("Ferry terminal opens", *ARTICLE, label, "Bus strike ends after two weeks of talks",
                      "The drivers accepted the offer of the city on Friday night after a long meeting.")
    assert body == ARTICLE


def test_a_verdict_is_not_the_start_of_the_comments():
    # "Jane Doe says:" opens a comment; a label that starts with an article does not.
    assert is_comment_start("Jane Doe says:")
    assert not is_comment_start("Die CHIP Redaktion sagt:")
    assert not is_comment_start("The editors say:")
