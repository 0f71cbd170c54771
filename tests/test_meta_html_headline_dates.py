"""HTML headline and date sources added for issue 4, on hand-written pages whose answer is obvious."""

from htmlkit import META_BODY, meta_page
from articlextract.metadata.dates import date_from_url, find_dates, parse_date, states_current_time

page = meta_page


# --- headline ---------------------------------------------------------------------------

def test_dublin_core_title_beats_og_title_when_no_heading_agrees():
    head = ('<meta property="og:title" content="Social media wording">'
            '<meta name="DC.title" content="The deliberate title">')
    a = page(head, "<h1>Something else entirely here</h1>")
    assert a.headline == "The deliberate title"
    assert a.sources["headline"] == "dc.title"


def test_parsely_title_is_a_title_source():
    a = page('<meta name="parsely-title" content="Parsely says this">', "<h1>A heading</h1><h1>Another</h1>")
    assert a.headline == "Parsely says this"


def test_single_guillemet_separates_the_site_name():
    a = page('<meta property="og:title" content="Laufen im Winter › Nordish by Nature">',
             "<h1>Laufen im Winter</h1>")
    assert a.headline == "Laufen im Winter"
    assert a.sources["headline"] == "<h1> agreeing with og:title"


def test_entities_escaped_inside_json_ld_are_decoded():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", '
          '"headline": "Thermen- &#038; Vulkanland", "author": {"name": "Jane O&#8217;Doe"}}</script>')
    a = page(ld, "<h1>Thermen- &amp; Vulkanland</h1>")
    assert a.headline == "Thermen- & Vulkanland"
    assert a.authors == ("Jane O’Doe",)


def test_one_word_meta_title_is_a_section_when_the_only_h1_says_more():
    a = page('<meta property="og:title" content="Pressemitteilungen">',
             "<h1>Olafur Eliasson gestaltet Titelseite</h1>")
    assert a.headline == "Olafur Eliasson gestaltet Titelseite"
    assert a.sources["headline"] == "the page's only <h1>"


# --- dates: parsing ---------------------------------------------------------------------

def test_day_first_date_in_the_url():
    assert date_from_url("https://example.org/meldungen/29-10-2021") == "2021-10-29"
    assert date_from_url("https://example.org/a/10-31-2021.html") == "2021-10-31"  # day first impossible
    assert date_from_url("https://example.org/v1-2-2020-notes") is None  # a version, not a date


def test_a_date_range_is_dated_by_its_first_day():
    assert parse_date("Wochenbericht 14. - 20. Januar 2022") == "2022-01-14"
    assert parse_date("3–5 May 2023") == "2023-05-03"
    assert [iso for _, iso in find_dates("am 3. Mai 2023")] == ["2023-05-03"]


def test_current_time_lines_are_recognised():
    assert states_current_time("Aktuelle Zeit: 14.10.2020, 12:18")
    assert states_current_time("It is currently Mon Jan 21, 2009")
    assert not states_current_time("Published: 14.10.2020")


# --- dates: which source wins -------------------------------------------------------------

def test_shown_date_that_the_markup_states_as_modified_wins():
    head = ('<meta property="article:published_time" content="2021-11-29T14:13:37+00:00">'
            '<meta property="article:modified_time" content="2022-01-12T14:27:30+00:00">')
    a = page(head, "<h1>Können Fische Schmerzen spüren?</h1><p>12.01.2022</p>")
    assert a.date == "2022-01-12"
    assert a.sources["date"] == "date shown near the headline (stated in the markup too)"


def test_shown_date_labeled_as_an_update_does_not_win():
    head = ('<meta property="article:published_time" content="2017-12-15T08:50:02-05:00">'
            '<meta property="article:modified_time" content="2018-07-24T14:15:58-04:00">')
    a = page(head, "<h1>The best movies of the year</h1><p>By Jane Doe Updated Jul 24, 2018</p>")
    assert a.date == "2017-12-15"


def test_local_midnight_is_not_undone_by_a_date_rendered_in_utc():
    head = '<meta property="article:published_time" content="2022-11-06T23:00:00.000Z">'
    a = page(head, "<h1>Provence im Herbst</h1><p>6.11.22</p>")
    assert a.date == "2022-11-07"


def test_shown_local_date_beats_the_utc_markup_one_day_later():
    head = '<meta property="article:published_time" content="2022-05-04T03:37:37+00:00">'
    a = page(head, "<h1>Minister presents the show</h1><p>3 May, 2022, 11:37 pm</p>")
    assert a.date == "2022-05-03"


def test_date_element_just_above_the_headline_beats_a_later_one():
    body = ('<header><span class="posted-on"><time class="entry-date" datetime="2019-02-10T09:30:10+01:00">'
            '10. Februar 2019</time></span><h1>Laufen im Winter</h1></header>'
            + "<div>" + "<span>x</span>" * 60 + '<span class="date">3. Januar 2020</span></div>')
    a = page("", body)
    assert a.date == "2019-02-10"


def test_date_line_a_little_above_the_headline_when_nothing_else_dates_it():
    body = "<p>Home › Politik</p><p>14. Februar 2012</p><p>Drucken</p><p>Politik</p><h1>Der Prozess geht weiter</h1>"
    a = page("", body)
    assert a.date == "2012-02-14"


def test_teaser_of_the_same_article_dates_it():
    body = ("<h1>Menschenrechte achten</h1>"
            + META_BODY + '<div class="teaser-list"><p>10.11.2021</p><h3>Menschenrechte achten</h3>'
            "<p>Ein Appell an die Bundesregierung.</p></div>")
    assert page("", body).date == "2021-11-10"


def test_date_on_a_byline_line_below_the_article():
    paragraphs = "".join(f"<p>Paragraph {n} of the report tells what happened at the event.</p>" for n in range(12))
    a = page("", "<h1>Die Events der letzten Zeit</h1>" + paragraphs,
             footer="<p>Author: Bo2man am 29.12.2010, 13:36 Uhr</p>")
    assert a.date == "2010-12-29"
    assert a.sources["date"] == "date on a byline line"


def test_current_time_in_the_header_is_not_the_date():
    body = '<p class="time">Aktuelle Zeit: 14.10.2020, 12:18</p><h1>Was ist Freie Software</h1>'
    assert page("", body).date is None


def test_modification_date_when_no_publication_date_is_stated():
    a = page("", "<h1>Kinder und Arbeit</h1>", footer="<p>Aktualisiert: 30.12.2016</p>")
    assert (a.date, a.date_modified) == ("2016-12-30", "2016-12-30")


def test_copyright_stamp_dated_to_the_day_is_the_last_resort():
    footer = "<p>Copyright © 19.12.2019 - 12:14 h by Example GmbH. All rights reserved.</p>"
    a = page("", "<h1>Gefahrstoffmanagement für Hersteller</h1>", footer=footer)
    assert a.date == "2019-12-19"
    assert page("", "<h1>Gefahrstoffmanagement für Hersteller</h1>", footer="<p>© 2019 Example</p>").date is None
