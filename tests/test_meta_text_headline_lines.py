"""Which of the title-like lines above the body is the headline (metadata/text_headline.py
``_nearest_title_line``, ``_whole_heading``). Hand-made dumps whose right answer is obvious."""

from articlextract import extract
from textkit import BODY


def headline(*lines: str) -> str | None:
    return extract("\n\n".join(lines), format="text").headline


def test_the_heading_printed_whole_beats_its_split_kicker_and_title():
    assert headline("Sign in / Sign up", "The Open Budget Project: Better City Budgets", "Share on Twitter",
                    "Share by email", "Open Budget Project:", "Better City Budgets",
                    BODY) == "The Open Budget Project: Better City Budgets"


def test_a_headline_longer_than_its_standfirst_is_still_the_headline():
    # 14 words over 12: the lower line is the standfirst, sentence-cased, under the headline.
    assert headline("Home", "News", "Mayor says he was wrong to take the council budget to the ministry in 2012",
                    "On that occasion, the mayor handed a copy of the plan to the former minister",
                    "21.12.2018 12:55", BODY) == \
        "Mayor says he was wrong to take the council budget to the ministry in 2012"


def test_the_heading_printed_whole_over_its_kicker_and_title_lines_wins():
    assert headline("Home", "News", "Mayor Jane Doe's $150K Winter Budget -- APPROVED!!!", "Mayor Jane Doe",
                    "$150K Winter Budget ... APPROVED!!!!", "2/26/2015 7:11 AM PST BY STAFF",
                    BODY) == "Mayor Jane Doe's $150K Winter Budget -- APPROVED!!!"


def test_a_teaser_over_an_unrelated_kicker_is_not_the_whole_heading():
    assert headline("Home", "News", "Snow closes the mountain roads for a week", "Mayor Jane Doe",
                    "$150K Winter Budget ... APPROVED!!!!", "2/26/2015 7:11 AM PST BY STAFF",
                    BODY) == "$150K Winter Budget ... APPROVED!!!!"
