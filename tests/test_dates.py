import datetime as dt

import pytest

from articlextract.metadata.dates import date_from_url, parse_date

TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize("text,iso", [
    ("2023-07-10T10:00:00+05:00", "2023-07-10"),
    ("Published July 10, 2023 | 10:00 AM", "2023-07-10"),
    ("Published : 3 May 2023, 03:45 PM", "2023-05-03"),
    ("TOKYO (UrduPoint News / Sputnik - 10th July, 2023)", "2023-07-10"),
    ("Jueves 28 de Abril de 2022 5:03 PM", "2022-04-28"),
    ("veröffentlicht am 3. März 2021", "2021-03-03"),
    ("le 14 février 2020 à 10h", "2020-02-14"),
    ("14.02.2020", "2020-02-14"),
    ("2022年4月28日", "2022-04-28"),
    ("3 мая 2023", "2023-05-03"),
])
def test_dates_in_many_forms_and_languages(text, iso):
    assert parse_date(text, TODAY) == iso


@pytest.mark.parametrize("text", ["0000-00-00", "2019 28 meh", "2024-02-30", "9000 taon", "2024-99-99",
                                  "2031-01-01", "copyright 1885"])
def test_invalid_or_future_dates_give_nothing(text):
    assert parse_date(text, TODAY) is None


def test_date_from_url():
    assert date_from_url("https://example.com/2021/03/04/story.html", TODAY) == "2021-03-04"
    assert date_from_url("https://example.com/story-123.html", TODAY) is None


@pytest.mark.parametrize("text,iso", [
    ("Publicado el 5 de mayo de 2021", "2021-05-05"),        # es
    ("pubblicato il 12 ottobre 2019", "2019-10-12"),         # it
    ("gepubliceerd op 3 maart 2020", "2020-03-03"),          # nl
    ("12 października 2018", "2018-10-12"),                  # pl
    ("5. června 2017", "2017-06-05"),                        # cs
    ("14 Şubat 2020", "2020-02-14"),                         # tr
    ("12 de março de 2022", "2022-03-12"),                   # pt
    ("Veröffentlicht am: 6. August 2009", "2009-08-06"),     # de
    ("2020-02-18T10:00:00.000Z", "2020-02-18"),              # ISO 8601 with fraction and Z
    ("20200218", "2020-02-18"),                              # compact
    ("May 19, 2020", "2020-05-19"),
    ("03/25/2021", "2021-03-25"),                            # month first when day first is impossible
])
def test_more_languages_and_formats(text, iso):
    assert parse_date(text, TODAY) == iso


def test_a_lone_year_is_never_a_date():
    assert parse_date("© 2019 Example Media", TODAY) is None
