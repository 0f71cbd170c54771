"""Captions and picture credits on hand-made pages whose right answer is obvious."""

from articlextract import explain
from htmlkit import decisions

PROSE = [
    "The committee met on Tuesday to discuss the new budget, and after a long debate it approved "
    "most of the proposals that the mayor had put forward last month.",
    "Residents who attended the meeting said they were pleased with the outcome, although several "
    "of them asked for more money to be spent on the parks in the north of town.",
    "The budget now goes to the council, which is expected to vote on it before the end of the "
    "year, after a public consultation that opens next week.",
]


def figure(caption: str) -> str:
    return f'<figure><img src="x.jpg"><figcaption>{caption}</figcaption></figure>'


def test_a_caption_beside_the_article_text_is_dropped():
    caption = "The mayor presents the budget to the press in the town hall on Tuesday morning."
    d = decisions("<article>" + "".join(f"<p>{p}</p>" for p in PROSE) + figure(caption) + "</article>")
    assert d[caption] == (False, "captions")
    assert all(d[p][0] for p in PROSE)


def test_the_captions_of_a_slideshow_are_its_text():
    slides = "".join(f"<div class='slide'><h2>Slide {i}</h2>{figure(p)}</div>" for i, p in enumerate(PROSE))
    d = decisions(f"<article>{slides}</article>")
    assert all(d[p][0] for p in PROSE)


def test_a_credit_line_in_a_plain_paragraph_is_dropped_but_a_sentence_naming_a_photo_is_not():
    body = PROSE[0] + " " + PROSE[1]
    d = decisions(f"<article><p>Foto: Jane Doe</p><p>(Credit: Clayton Aldern / Grist)</p><p>{body}</p>"
                  "<p>The photo was taken by a neighbour.</p></article>")
    assert d["Foto: Jane Doe"] == (False, "credit_line")
    assert d["(Credit: Clayton Aldern / Grist)"] == (False, "credit_line")
    assert d[body][0]
    assert d["The photo was taken by a neighbour."][1] != "credit_line"


def test_a_caption_marked_by_its_class_instead_of_figcaption_is_a_caption():
    caption = "The mayor presents the budget to the press in the town hall on Tuesday morning."
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    d = decisions(f'<article>{body}<div class="wp-caption"><img src="x.jpg">'
                  f'<p class="wp-caption-text">{caption}</p></div></article>')
    assert d[caption] == (False, "captions")
    assert all(d[p][0] for p in PROSE)


def test_an_item_whose_class_says_it_has_no_caption_is_not_one():
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    d = decisions(f'<article><div class="item image no_caption">{body}</div></article>')
    assert all(d[p][0] for p in PROSE)


def test_a_figure_is_never_the_article_container_even_with_a_long_caption():
    caption = ("The mayor, seen here in the town hall on Tuesday, presents the budget that the committee "
               "approved after a long debate about the parks in the north of town.")
    # A row of links in the same <div> weighs against it more than its one paragraph weighs for it.
    links = "".join(f'<li><a href="/topic/{i}">Another story about topic number {i}</a></li>' for i in range(6))
    page = f'<html><body><div class="body"><ul>{links}</ul><p>{PROSE[0]}</p>{figure(caption)}</div></body></html>'
    (report,) = [b for b in explain(page, format="html").blocks if b.text == PROSE[0]]
    assert report.keep and "container <div class=body>" in report.reason
