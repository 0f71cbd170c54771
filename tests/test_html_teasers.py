"""Teaser cards (rules/teasers.py) on hand-made pages whose right answer is obvious."""

from articlextract import explain

ARTICLE = [
    "The committee met on Tuesday to discuss the new budget, and after a long debate it approved "
    "most of the proposals that the mayor had put forward last month.",
    "Residents who attended the meeting said they were pleased with the outcome, although several "
    "of them asked for more money to be spent on the parks in the north of town.",
    "The budget now goes to the council, which is expected to vote on it before the end of the "
    "year, after a public consultation that opens next week.",
]
SUMMARIES = [
    "A long summary of another story about the weather, written in full sentences so that it reads "
    "like prose and would count as article text if it were summed with the rest of the page here.",
    "A second summary about a football match that ended in a draw, again long enough to read like "
    "a paragraph of running text, which is what makes a stream of teasers so heavy on a page.",
    "A third summary about a new bridge over the river, which the city hopes to open next spring "
    "after three years of works and several delays caused by the floods of last winter.",
    "A fourth summary about the price of bread in the bakeries of the old town, which rose again "
    "this month for the third time this year according to the bakers' association.",
]


def page(body: str) -> str:
    return f"<html><head><title>t</title></head><body>{body}</body></html>"


def kept_texts(body: str) -> set[str]:
    return {b.text for b in explain(page(body), format="html").blocks if b.keep}


def card(i: int, href: str = "/other-story") -> str:
    return f'<li><h3><a href="{href}-{i}">Title of story number {i}</a></h3><p>{SUMMARIES[i]}</p></li>'


def article_html() -> str:
    return "<div>" + "".join(f"<p>{p}</p>" for p in ARTICLE) + "</div>"


def test_a_stream_of_teasers_neither_pulls_the_container_nor_stays_in_the_body():
    # Summed in full, the four summaries outweigh the article and the container becomes <main>.
    kept = kept_texts(f"<main>{article_html()}<ul>{''.join(card(i) for i in range(4))}</ul></main>")
    assert set(ARTICLE) <= kept
    assert not kept & set(SUMMARIES)


def test_two_linked_titles_are_not_a_stream():
    markup = f"<main>{article_html()}<ul>{card(0)}{card(1)}</ul></main>"
    assert {SUMMARIES[0], SUMMARIES[1]} <= kept_texts(markup)


def test_headings_linking_to_their_own_anchor_are_sections_not_teasers():
    sections = "".join(f'<div><h3><a href="#s{i}">Section number {i}</a></h3><p>{SUMMARIES[i]}</p></div>'
                       for i in range(4))
    assert set(SUMMARIES) <= kept_texts(f"<main>{sections}</main>")


def test_cards_with_long_bodies_are_the_posts_of_a_blog_index():
    long_body = " ".join(ARTICLE) + " " + " ".join(ARTICLE)
    posts = "".join(f'<article><h2><a href="/post-{i}">Post number {i}</a></h2><p>{long_body}</p></article>'
                    for i in range(3))
    assert long_body in kept_texts(f"<main>{posts}</main>")
