"""trim_edges on HTML: the author's short closing line stays, a widget's label does not."""

from htmlkit import decisions

PROSE = [
    "The committee met on Tuesday to discuss the new budget, and after a long debate it approved "
    "most of the proposals that the mayor had put forward last month.",
    "Residents who attended the meeting said they were pleased with the outcome, although several "
    "of them asked for more money to be spent on the parks in the north of town.",
]


def article(after: str) -> str:
    return "<article><div class='body'>" + "".join(f"<p>{p}</p>" for p in PROSE) + after + "</div></article>"


def test_a_short_closing_sentence_in_the_article_text_is_kept():
    d = decisions(article("<p>I hope you enjoyed it.</p>"))
    assert d["I hope you enjoyed it."][0]


def test_a_short_question_or_label_after_the_last_paragraph_is_dropped():
    d = decisions(article("<p>Want to ride along?</p><p>See the map</p>"))
    assert d["Want to ride along?"] == (False, "trim_edges")
    assert d["See the map"] == (False, "trim_edges")


def test_a_short_sentence_outside_the_paragraphs_element_is_dropped():
    d = decisions(article("<div class='box'><p>Sign up now.</p></div>"))
    assert d["Sign up now."] == (False, "trim_edges")


def test_a_short_opening_sentence_in_the_article_text_is_kept_but_a_dateline_is_not():
    body = "<article><div class='body'><p>Here is our year in review!</p><p>March 3, 2021</p>" + \
        "".join(f"<p>{p}</p>" for p in PROSE) + "</div></article>"
    d = decisions(body)
    assert d["Here is our year in review!"][0]
    assert d["March 3, 2021"] == (False, "trim_edges")
