"""More metadata sources and rules of an HTML page, on small hand-written pages whose answer
is obvious: XHTML-style JSON-LD, authors referenced by @id, collective authors, "Last
updated" lines and UTC timestamps of a local midnight."""

import pytest

from articlextract import extract
from articlextract.metadata.dates import parse_date

BODY = "<p>" + " ".join(["The council met on Tuesday and voted on the new budget for the town."] * 6) + "</p>"
TITLE = "<title>Council approves budget</title>"
H1 = "<h1>Council approves budget</h1>"


def page(head: str = "", body: str = "", url: str | None = None):
    html = f"<html><head>{head}</head><body>{body}{BODY}</body></html>"
    return extract(html, url=url, format="html")


def ld(json_text: str) -> str:
    return f'<script type="application/ld+json">{json_text}</script>'


def test_json_ld_wrapped_in_cdata_is_read():
    script = ld('\n<![CDATA[\n{"@type": "NewsArticle", "headline": "Council approves budget",'
                ' "datePublished": "2020-07-10T14:15:42+00:00"}\n]]>\n')
    a = page(TITLE + script, H1)
    assert a.date == "2020-07-10"
    assert a.sources["date"] == "json-ld datePublished"


def test_json_ld_wrapped_in_commented_cdata_is_read():
    script = ld('//<![CDATA[\n{"@type": "Article", "author": {"@type": "Person", "name": "Jane Doe"}}\n//]]>')
    a = page(TITLE + script, H1)
    assert a.authors == ("Jane Doe",)


def test_author_referenced_by_id_in_the_graph():
    script = ld('{"@graph": [{"@type": "Article", "headline": "Council approves budget",'
                ' "author": {"@id": "https://example.org/#/person/1"}},'
                ' {"@type": "Person", "@id": "https://example.org/#/person/1", "name": "Jane Doe"}]}')
    a = page(TITLE + script, H1)
    assert a.authors == ("Jane Doe",)
    assert a.sources["authors"] == "json-ld author"


def test_editorial_team_is_the_author_when_nothing_else_is_known():
    script = ld('{"@type": "Article", "author": {"@type": "Person", "name": "Redaktion"}}')
    a = page(TITLE + script, H1)
    assert a.authors == ("Redaktion",)


def test_a_person_in_the_byline_beats_the_editorial_team():
    script = ld('{"@type": "Article", "author": {"@type": "Person", "name": "Staff"}}')
    a = page(TITLE + script, H1 + '<p class="byline">By Jane Doe</p>')
    assert a.authors == ("Jane Doe",)


def test_last_updated_line_is_not_the_publication_date():
    head = TITLE + '<meta property="article:modified_time" content="2025-01-07T09:08:22+00:00">'
    body = H1 + "<div><em>Last Updated:</em> January 7, 2025</div><p>Posted 10 July 2020</p>"
    a = page(head, body)
    assert a.date != "2025-01-07"


@pytest.mark.parametrize("stamp, iso", [
    ("2022-11-06T23:00:00.000Z", "2022-11-07"),   # midnight in Berlin (UTC+1)
    ("2021-06-30T22:00:00Z", "2021-07-01"),       # midnight in Berlin in summer (UTC+2)
    ("2021-12-31T22:00+00:00", "2022-01-01"),
    ("2022-11-06T23:17:00Z", "2022-11-06"),       # a real publishing time
    ("2022-11-06T23:00:00+01:00", "2022-11-06"),  # already local
    ("2022-11-06T09:00:00Z", "2022-11-06"),       # morning in UTC
])
def test_utc_timestamp_of_a_local_midnight(stamp, iso):
    assert parse_date(stamp) == iso


def test_dublin_core_creator_beats_a_default_author_meta():
    head = TITLE + '<meta name="author" content="Site Admin"><meta property="dc:creator" content="Jane Doe">'
    assert page(head, H1).authors == ("Jane Doe",)


def test_property_attribute_beats_a_name_copy_of_the_same_key():
    head = TITLE + '<meta name="dc:creator" content="John Roe"><meta property="dc:creator" content="Jane Doe">'
    assert page(head, H1).authors == ("Jane Doe",)


def test_date_closing_the_meta_description_when_the_page_shows_none():
    head = TITLE + '<meta name="description" content="Council approves budget (Notizia del 14 Gennaio 2020)">'
    a = page(head, H1)
    assert a.date == "2020-01-14"
    assert a.sources["date"] == "date at an end of the description"


def test_date_inside_the_description_sentence_is_not_the_publication_date():
    head = TITLE + ('<meta name="description" content="On 14 January 2020 the council voted on a '
                    'budget that will shape the town for a decade.">')
    assert page(head, H1).date is None
