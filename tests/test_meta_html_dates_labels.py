"""HTML dates (issue 4, margin on trafilatura-dev): spaced numeric dates, account dates, labels
on a line of their own, captions, and pages that state only their last change. Hand-written
pages whose right answer is obvious."""

from articlextract import extract
from articlextract.metadata.dates import parse_date, states_membership

PROSE = " ".join(["The council met on Tuesday and voted on the new budget for the town."] * 6)


def page(head: str = "", body: str = "", url: str | None = None):
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return extract(html, url=url, format="html")


# --- parsing ------------------------------------------------------------------------------

def test_numeric_date_with_spaced_parts_is_day_first():
    assert parse_date("4. 2. 2022") == "2022-02-04"
    assert parse_date("Von Deutscher Tennis Bund 4.\u20092.\u20092022.") == "2022-02-04"  # thin spaces
    assert parse_date("4.2. 2022") == "2022-02-04"


def test_spaced_numbers_without_a_full_year_are_no_date():
    assert parse_date("1. 2. 3") is None
    assert parse_date("Punkte 1. 2. 22") is None


def test_spaced_date_on_a_byline_line_dates_the_page():
    a = page(body=f"<h1>Davis Cup: zwei Neulinge nominiert</h1><p>Von Deutscher Tennis Bund 4. 2. 2022.</p>"
                  f"<p>{PROSE}</p>")
    assert a.date == "2022-02-04"


# --- a member's account date is not the article's ---------------------------------------------

def test_registration_line_is_an_account_date():
    assert states_membership("Registriert: 18.09.2008, 05:56")
    assert states_membership("Joined: 3 May 2011")
    assert not states_membership("Veröffentlicht: 18.09.2008")


def test_forum_author_box_does_not_date_the_post():
    a = page(body="<h1>Was ist Freie Software</h1><p>r23</p><p>Registriert: 18.09.2008, 05:56</p>"
                  f"<p>Wohnort: Hagen</p><p>{PROSE}</p>")
    assert a.date is None  # nothing else on the page dates the post


# --- labels on a line of their own ------------------------------------------------------------

FACTS = ("<dl><dt>Erschienen am:</dt><dd>13.10.2021</dd>"
         "<dt>Zuletzt geändert am:</dt><dd>15.10.2021</dd></dl>")


def test_markup_date_labeled_as_the_change_gives_way_to_the_labeled_publication():
    a = page('<meta name="DC.date" content="2021-10-15">',
             f"<h1>Neue Präsidentin gewählt</h1><p>{PROSE}</p>{FACTS}")
    assert a.date == "2021-10-13"
    assert a.date_modified == "2021-10-15"
    assert a.sources["date"].startswith("labeled publication date")


def test_markup_date_not_labeled_as_the_change_stays():
    facts = "<dl><dt>Erschienen am:</dt><dd>13.10.2021</dd></dl>"
    a = page('<meta name="DC.date" content="2021-10-15">', f"<h1>Neue Präsidentin gewählt</h1><p>{PROSE}</p>{facts}")
    assert a.date == "2021-10-15"


def test_page_stating_only_its_change_on_a_label_line_is_dated_by_it():
    body = f"<p>{PROSE}</p>" * 10  # the fact table sits under the article, far from the headline
    a = page(body=f"<h1>Hochauflösende Schneekarten im Netz</h1>{body}<p>Letzte Änderung:</p><p>14.01.2022 um 09:25</p>")
    assert a.date == "2022-01-14"
    assert a.date_modified == "2022-01-14"


# --- a date inside a sentence is not a date line ---------------------------------------------------

def test_caption_mentioning_a_date_does_not_date_the_page():
    caption = ("Abbildung: Ausschnitt eines Sentinel-2 Satellitenbildes bei St. Moritz vom 31.05.2021 (links) "
               "und die Klassifizierung (rechts)")
    a = page(body=f"<h1>Hochauflösende Schneekarten im Netz</h1><p>{PROSE}</p><p>{caption}</p><p>{PROSE}</p>")
    assert a.date is None  # nothing else on the page dates it


def test_date_after_a_label_and_a_name_is_still_a_date_line():
    a = page(body=f"<h1>Hochauflösende Schneekarten im Netz</h1><p>Accueil | Par Loïc Le Clerc | 30 septembre 2018</p><p>{PROSE}</p>")
    assert a.date == "2018-09-30"


# --- markup that states only the last change --------------------------------------------------

def test_markup_modification_date_dates_a_page_without_any_other_date():
    a = page('<meta itemprop="dateUpdate" content="2020-02-14 10:47:36">', f"<h1>Ein Lexikonartikel</h1><p>{PROSE}</p>")
    assert a.date == "2020-02-14"
    assert a.sources["date"].startswith("markup's modification date")


def test_a_servers_last_modified_stamp_does_not_date_the_page():
    # "last-modified" and og:updated_time are often the time the page was rendered or crawled.
    for meta in ('<meta name="last-modified" content="2024-05-01">',
                 '<meta property="og:updated_time" content="2024-05-01T10:00:00+00:00">'):
        a = page(meta, f"<h1>Ein Lexikonartikel</h1><p>{PROSE}</p>")
        assert a.date is None and a.date_modified == "2024-05-01", meta


def test_markup_modification_date_does_not_beat_a_publication_date():
    head = ('<meta property="article:published_time" content="2020-01-03T09:48:24Z">'
            '<meta property="article:modified_time" content="2020-01-06T09:22:36Z">')
    a = page(head, f"<h1>Wild goats</h1><p>{PROSE}</p>")
    assert a.date == "2020-01-03"


def test_a_labeled_publication_date_in_a_related_list_does_not_replace_the_date():
    sidebar = "<div class='related'><ul><li>Erschienen am: 01.02.2019</li><li>Ein anderer Artikel</li></ul></div>"
    a = page('<meta name="DC.date" content="2021-10-15">',
             f"<h1>Neue Präsidentin gewählt</h1><p>{PROSE}</p><p>Zuletzt geändert am: 15.10.2021</p>{sidebar}")
    assert a.date == "2021-10-15"
