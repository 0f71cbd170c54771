"""HTML byline sources added for issue 4, on hand-written pages whose answer is obvious."""

from articlextract import extract
from articlextract.metadata.authors import clean_authors, collective_author
from articlextract.metadata.site import SiteName

BODY = "<p>" + " ".join(["The council met on Tuesday and voted on the new budget for the town."] * 6) + "</p>"


def page(head: str = "", body: str = "", url: str | None = None):
    html = f"<html><head>{head}</head><body>{body}{BODY}</body></html>"
    return extract(html, url=url, format="html")


# --- cleaning ---------------------------------------------------------------------------

def test_name_after_a_byline_word_inside_the_text():
    assert clean_authors("Alles von Martin Junker") == ["Martin Junker"]
    assert clean_authors("Zeige alle Beiträge von Creeny") == ["Creeny"]
    assert clean_authors("Tech Industry by Steven Musil") == ["Steven Musil"]


def test_particles_inside_names_are_kept():
    assert clean_authors("Ursula von der Leyen") == ["Ursula von der Leyen"]
    assert clean_authors("Hans von Storch") == ["Hans von Storch"]
    assert clean_authors("Karl Theodor von Guttenberg") == ["Karl Theodor von Guttenberg"]


def test_a_leading_marker_keeps_the_name_that_follows_it():
    # "von Jane Doe Über … von <e-mail> Schließen": the name came first, the rest is an author box.
    assert "Schließen" not in clean_authors("von Birgit Posselt Über Autorenseite von a@b.de Schließen")


def test_quotes_around_the_whole_author_field_are_dropped():
    assert clean_authors("'Luana Patriolino, Raphael Felice'") == ["Luana Patriolino", "Raphael Felice"]
    assert clean_authors("Sadhbh O'Sullivan") == ["Sadhbh O'Sullivan"]


def test_a_domain_with_its_team_word_is_kept_whole():
    assert clean_authors("auto-motor.at Redaktion") == ["auto-motor.at Redaktion"]
    assert clean_authors("Adam Aaronson Staff") == ["Adam Aaronson"]


def test_vom_introduces_a_byline():
    assert clean_authors("vom Krimiblogger") == ["Krimiblogger"]


def test_collective_author_as_written():
    assert collective_author("von Redaktion,") == ["Redaktion"]
    assert collective_author("By Staff Writer") == ["Staff Writer"]
    assert collective_author("Jane Doe") == []


# --- the site's own name ------------------------------------------------------------------

def test_site_name_parts_initials_and_host():
    site = SiteName(["LN - Lübecker Nachrichten"], "https://www.ln-online.de/lokales/x")
    assert site.matches("LN", loose=False)
    assert site.matches("Lübecker Nachrichten", loose=False)
    assert site.matches("ln-online.de", loose=False)
    assert not site.matches("Cosima Künzel", loose=False)
    assert SiteName([], "https://www.mdr.de/x").matches("mdr.de", loose=False)


def test_site_name_set_apart_before_the_author():
    a = page('<meta property="og:site_name" content="unocero"><meta name="author" content="unocero - Alberto Ávila">',
             "<h1>Apps in the background</h1>", url="https://www.unocero.com/x/")
    assert a.authors == ("Alberto Ávila",)


# --- which source wins --------------------------------------------------------------------

def test_microdata_naming_the_publisher_yields_to_the_visible_author():
    body = ('<div itemprop="author" itemscope><meta itemprop="name" content="El Colombiano"></div>'
            "<h1>Buses de la Alcaldía</h1>"
            '<div class="autor">Jacobo Betancur Peláez</div>')
    a = page('<meta property="og:site_name" content="El Colombiano">', body, url="https://www.elcolombiano.com/x")
    assert a.authors == ("Jacobo Betancur Peláez",)


def test_site_named_byline_is_kept_when_nothing_names_a_person():
    body = '<h1>Nebelsuppe</h1><span class="author vcard"><a href="https://creeny.example.com/about">Creeny</a></span>'
    a = page("", body, url="https://creeny.example.com/2020/01/24/nebelsuppe/")
    assert a.authors == ("Creeny",)


def test_editorial_team_in_a_byline_element_is_the_last_resort():
    a = page("", '<h1>Festspiel-Reisen kosteten 57.000 Euro</h1><span class="author">Redaktion</span>')
    assert a.authors == ("Redaktion",)
    assert a.sources["authors"].endswith("(the editorial team)")
    b = page("", '<h1>Festspiel-Reisen</h1><span class="author">Redaktion</span><span class="byline">Von Jane Doe</span>')
    assert b.authors == ("Jane Doe",)


def test_date_and_name_line_under_the_headline_is_a_byline():
    a = page("", "<h1>Variables for kids</h1><p>11.12.2019 - Amelie Loevenich</p>")
    assert a.authors == ("Amelie Loevenich",)
    assert a.date == "2019-12-11"
    b = page("", "<h1>Variables for kids</h1><p>11.12.2019 Neue Regeln für Schulen</p>")
    assert b.authors == ()


def test_author_link_inside_a_heading_less_page_uses_the_first_h1():
    # The headline comes from JSON-LD worded unlike the <h1>; the author box follows the <h1>.
    ld = '<script type="application/ld+json">{"@type": "Article", "headline": "Leasen oder Finanzieren?"}</script>'
    body = ('<a href="https://shop.example.de/author/anna">Anna Account</a>'
            "<h1>Firmenwagen: Leasing oder Finanzierung?</h1>"
            '<p><a href="https://shop.example.de/author/martin">Alles von Martin Junker</a></p>')
    a = page(ld, body, url="https://shop.example.de/firmenwagen")
    assert a.authors == ("Martin Junker",)


def test_first_name_from_the_markup_is_completed_by_the_line_near_the_headline():
    ld = '<script type="application/ld+json">{"@type": "Article", "author": {"name": "Nils"}}</script>'
    a = page(ld, "<h1>Das Patriarchat als Kulturtechnik</h1><p>Eine Kolumne von Nils Pickert</p>")
    assert a.authors == ("Nils Pickert",)
    b = page(ld, "<h1>Das Patriarchat als Kulturtechnik</h1><p>Nils Ein Kommentar</p>")
    assert b.authors == ("Nils",)
