"""Digits that the ``regex`` module knows and Python's ``int()`` does not (Garay, U+10D40-U+10D49:
``regex`` has a newer Unicode) match the date and counter patterns' ``\\d``; such a page is read,
not reported as an internal error, and those digits make no date."""

from articlextract import extract
from articlextract.features import UNREADABLE_NUMBER, number
from articlextract.metadata.dates import date_from_url, find_dates, parse_date

GARAY_12 = "\U00010D41\U00010D42"  # "12" in Garay digits
PROSE = "\n".join(["This is a sentence of the article that goes on for a while, with words in it."] * 6)


def test_number_reads_what_int_reads_and_marks_the_rest():
    assert number("2023") == 2023 and number("٢٠٢٣") == 2023  # Arabic-Indic digits are Python's too
    assert number(GARAY_12) == UNREADABLE_NUMBER


def test_dates_written_with_unreadable_digits_are_no_dates():
    for text in (f"2023-{GARAY_12}-05", f"05.{GARAY_12}.2023", f"May {GARAY_12}, 2023", f"{GARAY_12}/05/23"):
        assert list(find_dates(text)) == [] and parse_date(text) is None, text
    assert date_from_url(f"https://example.org/2023/{GARAY_12}/05/story") is None
    assert parse_date(f"May {GARAY_12}, 2023, updated May 14, 2023") == "2023-05-14"


def test_an_html_page_with_such_a_date_is_read():
    html = (f'<html><head><meta property="article:published_time" content="2023-{GARAY_12}-05"></head>'
            f"<body><h1>Title</h1><p>{PROSE}</p></body></html>")
    article = extract(html.encode())
    assert article.status == "ok" and article.date is None and "goes on for a while" in article.text


def test_a_text_dump_with_such_slide_counters_is_read():
    slides = "\n".join(f"{i}/{GARAY_12} a caption of the gallery's slide" for i in range(1, 5))
    article = extract(f"Title of the page\n\n{slides}\n\n{PROSE}".encode())
    assert article.status == "ok" and "goes on for a while" in article.text
