"""HTML: a list of links nested in a list item of the article whose own text announces it with a
colon ("In progress:" and the bugs' links) is a part of the text; a menu is not."""

from htmlkit import SENTENCES, decisions, paragraphs

BUGS = ["Bug 1677080 – Fullscreen window is affected by switching the video source",
        "Bug 1677107 – Add telemetry for tracking how many windows are open at once",
        "Bug 1681796 – Prevent superfluous actors from being associated with each tab"]


def _links(texts: list[str]) -> str:
    return "<ul>" + "".join(f"<li><a href='https://bugs.example.org/{i}'>{t}</a></li>" for i, t in enumerate(texts)) + "</ul>"


def _page(intro: str, after: str) -> dict[str, tuple[bool, str]]:
    items = (f"<li>{SENTENCES[1]}</li><li>{intro}{_links(BUGS)}</li>")
    return decisions("<article>" + paragraphs(SENTENCES[:1]) + f"<ul>{items}</ul>" + after + "</article>")


def test_a_link_list_announced_by_its_list_item_stays():
    d = _page("In progress:", paragraphs(SENTENCES[2:]))
    assert d["In progress:"][0]
    assert all(d[bug][0] for bug in BUGS)


def test_without_the_colon_the_links_are_a_menu():
    d = _page("In progress", paragraphs(SENTENCES[2:]))
    assert not any(d[bug][0] for bug in BUGS)


def test_at_the_end_of_the_article_the_announced_links_go():
    d = _page("In progress:", "")
    assert not any(d[bug][0] for bug in BUGS)
