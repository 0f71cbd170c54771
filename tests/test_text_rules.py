"""Rules for text dumps, each on hand-made lines whose right answer is obvious."""

import pytest

from articlextract import extract
from articlextract.options import DEFAULT_OPTIONS
from articlextract.rules import DEFAULT_CHAIN, Context, run_chain
from articlextract.rules.phrases import is_interface_row, is_reading_time, is_relative_time, is_section_label
from articlextract.rules.text_shapes import is_comment_start, is_list_like, is_title_like, is_truncated
from articlextract.segment_text import segment_text

PARAGRAPH = ("The council approved the new budget on Monday after a long debate about schools, "
             "roads and the cost of heating public buildings during the winter months.")


def run_rules(text: str):
    blocks = segment_text(text)
    ctx = Context(options=DEFAULT_OPTIONS, format="text")
    run_chain(DEFAULT_CHAIN, blocks, ctx)
    return {b.text: b for b in blocks}, ctx


@pytest.mark.parametrize("line", ["Currency Rate In Pakistan - Dollar, Euro, Pound, R ..",
                                  "UAE is employing AI in various fields to accelerat …", "Lire la suite…"])
def test_truncated_teaser_titles(line):
    assert is_truncated(line)


@pytest.mark.parametrize("line", ["He paused for a moment...", "The vote passed.", "Price: 10 euros"])
def test_sentences_are_not_truncated(line):
    assert not is_truncated(line)


def test_title_case_line_is_title_like_and_prose_is_not():
    assert is_title_like("Kit Harington Premieres 'Game of Thrones Season 5' in London!")
    assert is_title_like("NATO To Postpone Decision On Establishing Liaison Office In Tokyo")
    assert not is_title_like(PARAGRAPH)
    assert not is_title_like("Die Regierung hat am Montag einen neuen Haushalt beschlossen.")


def test_list_of_names_is_list_like():
    assert is_list_like("KuroKitsune, Senpaku, jennyjenka, nicarose24, Devilspawn2002, fixatro, Felt, Ann")
    assert not is_list_like(PARAGRAPH)


@pytest.mark.parametrize("line", ["142 Antworten zu Würde des Lebens – ein Projekt", "11 responses to “A Song”",
                                  "3 Kommentare", "Badenraser-1018 schreibt:", "Jane Doe says:",
                                  "{ 38 comments… read them below or add one }"])
def test_comment_section_starts(line):
    assert is_comment_start(line)


@pytest.mark.parametrize("line", ["He says: the plan is good and it will pass.", "2023 was a good year", "Summary:"])
def test_other_lines_do_not_start_comments(line):
    assert not is_comment_start(line)


@pytest.mark.parametrize("line", ["Related Topics", "RELATED STORIES", "Recent Stories", "More Stories From World",
                                  "Ähnliche Beiträge", "Lesen Sie auch", "Schreibe einen Kommentar", "Notas relacionadas",
                                  "Weitere Informationen zum Thema", "Haftungshinweis"])
def test_section_labels_in_several_languages(line):
    assert is_section_label(line)


@pytest.mark.parametrize("line", ["Die meistgelesenen Artikel bei SWR.de/Sport", "More Stories From The Example Daily News",
                                  "Lo más visto de La República"])
def test_a_long_label_may_name_where_its_links_lead(line):
    assert is_section_label(line)


@pytest.mark.parametrize("line", ["See also: New Zealand place names", "Most popular dog breeds in America"])
def test_a_short_label_word_opening_a_longer_line_is_no_label(line):
    # A note or a sub-heading inside the article: two label words, then a subject of its own.
    assert not is_section_label(line)


def test_a_sentence_opening_like_a_label_is_no_label():
    # "Weitere Informationen zum Thema" is a box's label; a paragraph's sentence is not
    assert not is_section_label("Weitere Informationen finden Sie auf der Seite des Ministeriums.")


@pytest.mark.parametrize("line", ["Advertisement", "Read more", "The council approved the budget."])
def test_interface_lines_inside_articles_are_not_walls(line):
    assert not is_section_label(line)


@pytest.mark.parametrize("line", ["42 minutes ago", "10 hours ago", "vor 3 Stunden", "před 2 hodinami", "3 godziny temu",
                                  "vor 4 Monaten", "vor einem Jahr", "il y a 2 mois", "hace 3 meses", "há 2 anos",
                                  "2 mesi fa", "3 maanden geleden", "3 года назад", "5 lat temu",
                                  "Publicado hace 3 horas", "aktualisiert vor 2 Stunden", "publié il y a 3 jours"])
def test_relative_timestamps(line):
    assert is_relative_time(line)


@pytest.mark.parametrize("line", ["5 min read", "Lesezeit: 1 Min.", "Lesedauer ca. 7 Minuten", "Temps de lecture : 4 min",
                                  "Tempo di lettura: 3 minuti", "Reading time: 12 minutes", "Leestijd 3 minuten"])
def test_reading_time_notes(line):
    assert is_reading_time(line)
    assert not is_relative_time(line)


@pytest.mark.parametrize("line", ["I read it in 5 min", "5 min", "Reading time matters more than length.",
                                  "The 5 min read that changed my mind about reading time"])
def test_lines_about_reading_are_no_reading_time_note(line):
    assert not is_reading_time(line)


def test_a_reading_time_note_is_dropped_and_never_the_headline():
    # (between two paragraphs, inside the body region: the note's own rule decides it)
    text = "\n\n".join(["Council Approves Budget", "By Jane Doe", PARAGRAPH, "Lesezeit: 3 Min.",
                         PARAGRAPH.replace("Monday", "Tuesday")])
    by_text, _ = run_rules(text)
    assert not by_text["Lesezeit: 3 Min."].keep
    assert by_text["Lesezeit: 3 Min."].decision.rule == "reading_time"
    assert extract("\n\n".join(["Council Approves Budget", "4 min read", PARAGRAPH]), format="text").headline \
        == "Council Approves Budget"


def test_region_stops_at_section_label_and_drops_teasers_timestamps_and_tags():
    text = "\n\n".join([
        "Open Menu", "Council Approves Budget", PARAGRAPH, PARAGRAPH.replace("Monday", "Tuesday"),
        "Related Topics", "Budget Council Schools Roads Heating Winter",
        "Recent Stories", "Currency Rate In Pakistan - Dollar, R ..", "42 minutes ago",
    ])
    by_text, ctx = run_rules(text)
    assert by_text[PARAGRAPH].keep
    for line in ("Open Menu", "Related Topics", "Budget Council Schools Roads Heating Winter",
                 "Currency Rate In Pakistan - Dollar, R ..", "42 minutes ago"):
        assert not by_text[line].keep, line


def test_advertisement_inside_the_article_does_not_cut_it():
    second = PARAGRAPH.replace("Monday", "Friday")
    by_text, _ = run_rules("\n\n".join([PARAGRAPH, "Advertisement", second]))
    assert by_text[PARAGRAPH].keep and by_text[second].keep
    assert not by_text["Advertisement"].keep


def test_a_comment_count_above_the_article_is_not_its_end():
    body = extract("\n\n".join(["2 comments", PARAGRAPH, PARAGRAPH.replace("Monday", "Friday")]), format="text").body
    assert PARAGRAPH in body


def test_comments_after_the_article_are_not_body():
    comment = "I completely disagree with this decision, the schools needed the money far more than the roads did."
    second = PARAGRAPH.replace("Monday", "Friday")
    comments = [comment.replace("roads", word) for word in ("roads", "parks", "trams", "bridges")]
    text = "\n\n".join([PARAGRAPH, second, "4 Comments", "Jane Doe says:", *comments])
    body = extract(text, format="text").body
    assert PARAGRAPH in body and "disagree" not in body


def test_page_without_prose_is_kept_whole():
    article = extract("abc\n\ndef\n\nghi\n", format="text")
    assert article.body == "abc\n\ndef\n\nghi"


def test_repeated_teaser_titles_are_not_prose():
    teaser = "Gold Rate in Pakistan Today 10 July 2023 - Today's Gold Price in Pakistan is out now!"
    text = "\n\n".join([PARAGRAPH, PARAGRAPH.replace("Monday", "Sunday"), "Recent", teaser, teaser, "10 hours ago"])
    body = extract(text, format="text").body
    assert "Gold Rate" not in body


def test_captions_credits_and_inline_teasers_are_dropped():
    caption = "Die Freistadt Rust am Westufer des Sees (Foto: Christof Stache)"
    teaser = "Lesen Sie auch: Der Haushalt der Stadt steigt um zehn Prozent"
    second = PARAGRAPH.replace("Monday", "Friday")
    by_text, _ = run_rules("\n\n".join([PARAGRAPH, "Foto: Christof Stache", caption, teaser, second]))
    assert by_text[PARAGRAPH].keep and by_text[second].keep
    for line in ("Foto: Christof Stache", caption, teaser):
        assert not by_text[line].keep, line
    assert by_text[teaser].decision.rule == "inline_teaser"


def _rule_of(line: str, options=DEFAULT_OPTIONS) -> str:
    """The rule that decided ``line`` printed between two paragraphs of an article."""
    blocks = segment_text("\n\n".join([PARAGRAPH, line, PARAGRAPH.replace("Monday", "Friday")]))
    run_chain(DEFAULT_CHAIN, blocks, Context(options=options, format="text"))
    return next(b.decision.rule for b in blocks if b.text == line)


def test_tag_row_share_comes_from_options():
    row = "Budget Council Schools Roads Heating Winter"
    assert _rule_of(row) == "tag_row"
    assert _rule_of(row, DEFAULT_OPTIONS.replace(tag_row_capitalised_share=1.01)) != "tag_row"


def test_interface_text_length_limit_comes_from_options():
    assert _rule_of("Print") == "interface_text"
    assert _rule_of("Print", DEFAULT_OPTIONS.replace(interface_text_max_chars=4)) != "interface_text"


@pytest.mark.parametrize("line", ["Zurück zur Übersicht", "Forgot your password? Get help", "Sign up to Newsletters",
                                  "Únete a nuestro canal de Telegram", "Recherche avancée", "Wachtwoord vergeten"])
def test_back_links_and_account_or_search_prompts_are_interface_text(line):
    assert _rule_of(line) == "interface_text"


@pytest.mark.parametrize("line", ["Share Tweet Share", "Log out Sign in", "Skip to contentSkip to site index",
                                  "Zum Inhalt springen Menü"])
def test_a_row_of_interface_entries_is_interface_text(line):
    assert is_interface_row(line)
    assert _rule_of(line) == "interface_text"


@pytest.mark.parametrize("line", ["Menu", "Share the road", "Home is where the council meets",
                                  "Search for the missing boy goes on"])
def test_one_entry_or_a_sentence_opening_with_one_is_no_row(line):
    # one entry alone is is_phrase_line's; an entry's word opening a sentence is text
    assert not is_interface_row(line)


def test_a_liability_disclaimer_is_a_footer_line():
    line = ("Trotz sorgfältiger inhaltlicher Kontrolle übernehme ich keine Haftung für die Inhalte externer Links. "
            "Für den Inhalt der verlinkten Seiten sind ausschließlich deren Betreiber verantwortlich.")
    assert _rule_of(line) == "footer_line"
