"""HTML: the lead walk (``LeadParagraph``) keeps the standfirst above the article container, but
not a dateline holding a <time> nor the caption of the lead picture, which read like prose too."""

from htmlkit import SENTENCES, decisions, paragraphs

STANDFIRST = "The city will spend more on parks and less on roads next year, after a vote that surprised most."
BODY = "<div class='article-body'>" + paragraphs(SENTENCES * 3) + "</div>"
LINKS = "".join(f"<li><a href='/{i}'>Another story title number {i}</a></li>" for i in range(30))


def _page(header_lines: str) -> dict[str, tuple[bool, str]]:
    return decisions(f"<div class='page'><header><h1>Budget approved</h1>{header_lines}"
                     f"<p class='lead'>{STANDFIRST}</p></header>{BODY}<div class='more'><ul>{LINKS}</ul></div></div>")


def test_the_standfirst_is_kept():
    assert _page("")[STANDFIRST] == (True, "lead_paragraph")


def test_a_dateline_with_a_time_element_is_not_the_standfirst():
    dateline = ("Daily Courier | <time datetime='2015-05-04T13:36'>04.05.2015 at 13:36</time> "
                "• Updated 05.05.2015 at 20:13 | By Jane Roe and John Doe, with the newsroom staff.")
    text = "Daily Courier | 04.05.2015 at 13:36 • Updated 05.05.2015 at 20:13 | By Jane Roe and John Doe, with the newsroom staff."
    d = _page(f"<p>{dateline}</p>")
    assert not d[text][0]
    assert d[STANDFIRST] == (True, "lead_paragraph")  # the walk goes on past it


def test_the_caption_of_the_lead_picture_is_not_the_standfirst():
    caption = ("The mayor and two councillors leave the town hall after the vote on Tuesday evening "
               "<span class='photoCredit'>(Credit: Jane Roe/Daily Courier)</span>")
    text = ("The mayor and two councillors leave the town hall after the vote on Tuesday evening "
            "(Credit: Jane Roe/Daily Courier)")
    d = _page(f"<div><img src='a.jpg'><span class='caption'>{caption}</span></div>")
    assert not d[text][0]
    assert d[STANDFIRST] == (True, "lead_paragraph")


def test_a_line_ending_with_a_picture_credit_is_not_the_standfirst():
    line = "Police officers stand outside the school in the north of the city on Monday. (Foto: Jane Roe/dpa)"
    d = _page(f"<h6>{line}</h6><p>{'A short line of the header that also reads like a full sentence of text.'}</p>")
    assert not d[line][0]



def test_a_standfirst_that_holds_a_time_element_stays_the_lead():
    lead = ('On <time datetime="2024-03-04">Monday</time> the council voted for the new budget, which '
            'gives schools and roads more money than planned last year.')
    text = ("On Monday the council voted for the new budget, which gives schools and roads more money "
            "than planned last year.")
    d = decisions(f"<div class='page'><header><h1>Budget approved</h1><p class='lead'>{lead}</p></header>"
                  f"{BODY}<div class='more'><ul>{LINKS}</ul></div></div>")
    assert d[text] == (True, "lead_paragraph")
