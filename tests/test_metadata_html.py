"""Each metadata source of an HTML page, on small hand-written pages whose answer is obvious."""

from articlextract import extract

BODY = "<p>" + " ".join(["The council met on Tuesday and voted on the new budget for the town."] * 6) + "</p>"


def page(head: str = "", body: str = "", url: str | None = None):
    html = f"<html><head>{head}</head><body>{body}{BODY}</body></html>"
    return extract(html, url=url, format="html")


def test_json_ld_graph_gives_headline_authors_and_dates():
    ld = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Daily Planet"},
      {"@type": "NewsArticle", "headline": "Council approves budget",
       "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
       "datePublished": "2023-05-03T10:00:00+02:00", "dateModified": "2023-05-04T08:00:00+02:00"}]}</script>"""
    a = page(ld, "<h1>Council approves budget</h1>")
    assert a.headline == "Council approves budget"
    assert a.authors == ("Jane Doe", "John Roe")
    assert a.byline == "Jane Doe; John Roe"
    assert (a.date, a.date_modified) == ("2023-05-03", "2023-05-04")
    assert a.sources["date"] == "json-ld datePublished"
    assert a.sources["authors"] == "json-ld author"


def test_space_separated_meta_properties_and_dublin_core():
    head = ('<meta property="og:title dc:title" content="Preferred title">'
            '<meta property="dc:creator" content="Creator Name">'
            '<meta name="DC.date" content="2021-03-04">')
    a = page(head)
    assert a.headline == "Preferred title"
    assert a.authors == ("Creator Name",)
    assert a.date == "2021-03-04"


def test_h1_agreeing_with_title_wins_and_site_name_is_stripped():
    a = page("<title>Council approves budget | Daily Planet</title>",
             "<h1>Council approves budget</h1>")
    assert a.headline == "Council approves budget"
    assert a.sources["headline"] == "<h1> agreeing with <title>"


def test_logo_heading_is_not_the_headline():
    # The logo <h1> is one part of the title, the article's <h2> the other: the logo links home.
    a = page("<title>Krimiblog » Das schwulste Musikvideo der Welt</title>",
             '<h1><a href="/">Krimiblog</a></h1><h2>Das schwulste Musikvideo der Welt</h2>',
             url="http://www.krimiblog.de/?p=2895")
    assert a.headline == "Das schwulste Musikvideo der Welt"


def test_kicker_in_front_of_the_headline_is_left_out():
    a = page('<meta property="og:title" content="Daten von Rheinmetall gehackt">',
             "<h1><span>Interne Unterlagen im Netz</span> Daten von Rheinmetall gehackt</h1>")
    assert a.headline == "Daten von Rheinmetall gehackt"


def test_one_word_h1_loses_to_the_title():
    a = page("<title>Basic tag cleaning test</title>", "<h1>Lorem</h1>")
    assert a.headline == "Basic tag cleaning test"


def test_byline_element_after_the_headline():
    body = ('<div class="comments"><span class="author">Troll Commenter</span></div>'
            '<h1>Council approves budget</h1>'
            '<div class="entry-meta"><span class="byline">Veröffentlicht von Chris Jung</span></div>')
    a = page("<title>Council approves budget</title>", body)
    assert a.authors == ("Chris Jung",)


def test_link_to_an_author_page_is_a_byline():
    body = ('<h1>Council approves budget</h1>'
            '<p class="meta"><a href="https://example.org/author/jane-doe/">Jane Doe</a></p>')
    a = page("<title>Council approves budget</title>", body)
    assert a.authors == ("Jane Doe",)
    assert a.sources["authors"] == "link to an author page"


def test_site_name_is_the_author_only_when_nothing_else_is_known():
    head = '<meta property="og:site_name" content="Daily Planet"><meta name="author" content="Daily Planet">'
    with_person = page(head, '<h1>Council approves budget</h1><p class="byline">By Lois Lane</p>')
    assert with_person.authors == ("Lois Lane",)
    alone = page(head, "<h1>Council approves budget</h1>")
    assert alone.authors == ("Daily Planet",)


def test_site_name_from_the_host_is_not_an_author():
    head = '<meta name="author" content="finanztreff.de">'
    a = page(head, '<h1>Börse für junge Leute</h1><p>Von David Hutzler</p>',
             url="http://www.finanztreff.de/news/boerse/1")
    assert a.authors == ("David Hutzler",)


def test_time_element_after_the_headline_not_the_comment_dates():
    body = ('<h1>Council approves budget</h1><time datetime="2020-04-09T07:59:57+02:00">9. April</time>'
            '<div class="comments"><time datetime="2020-04-12T08:00:00+02:00">later</time></div>')
    a = page("<title>Council approves budget</title>", body)
    assert a.date == "2020-04-09"
    assert a.sources["date"] == "<time datetime>"


def test_modified_time_is_not_the_publication_date():
    body = ('<h1>Council approves budget</h1><time class="updated" datetime="2021-01-02">x</time>'
            '<span class="entry-date">1. Dezember 2020</span>')
    a = page("<title>Council approves budget</title>", body)
    assert a.date == "2020-12-01"


def test_labeled_date_line_in_the_page_text():
    body = "<h1>Council approves budget</h1>" + BODY + "<p>Datum: 26. Januar 2022</p>"
    a = page("<title>Council approves budget</title>", body)
    assert a.date == "2022-01-26"


def test_date_in_the_url_when_the_page_states_none():
    a = page("<title>Council approves budget</title>", "<h1>Council approves budget</h1>",
             url="https://example.org/2021/03/04/council-approves-budget/")
    assert a.date == "2021-03-04"
    assert a.sources["date"] == "date in the URL"


def test_press_release_dateline_opens_the_body():
    body = ("<h1>Council approves budget</h1><p>29.11.2022 – " + BODY[3:])
    a = page("<title>Council approves budget</title>", body)
    assert a.date == "2022-11-29"
    assert a.sources["date"] == "dateline at the start of the body"


def test_shown_date_beats_a_utc_timestamp_one_day_off():
    head = '<meta property="article:published_time" content="2022-11-06T23:00:00.000Z">'
    body = "<h1>Council approves budget</h1><p>7. November 2022</p>"
    a = page(head + "<title>Council approves budget</title>", body)
    assert a.date == "2022-11-07"


def test_user_name_with_digits_from_an_author_link():
    body = ('<h1>Council approves budget</h1><p>von <span class="author vcard">'
            '<a href="https://blog.example.org/author/freeman1984/">freeman1984</a></span></p>')
    a = page("<title>Council approves budget</title>", body, url="https://blog.example.org/2019/12/10/x/")
    assert a.authors == ("freeman1984",)
