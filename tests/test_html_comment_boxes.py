"""HTML: a comment box under a short post holds more prose than the post, yet it is not the
article; a marked element that wraps the article text (a standfirst above it at most) still is.
(``BoilerplateContainer`` and ``Options.boilerplate_max_prose_before``.)"""

from articlextract import Options, explain
from htmlkit import SENTENCES, paragraphs

COMMENTS = [
    "I went there last autumn with my children and we all loved the red maple trees along the river path.",
    "Thank you for sharing these lovely pictures, they remind me of the trip we made with my parents.",
    "The road up to the camp is narrow and steep, so drive slowly and watch out for the trucks coming down.",
    "We stayed two nights in the cabins near the entrance and the owners were very kind and helpful to us.",
]


def _decisions(body: str, options: Options | None = None) -> dict[str, tuple[bool, str]]:
    page = f"<html><head><title>t</title></head><body>{body}</body></html>"
    return {b.text: (b.keep, b.rule) for b in explain(page, format="html", options=options).blocks}


def _comment_box(n: int) -> str:
    items = "".join(f"<ul class='single-post'><li class='post-info'>#{i} Jane on 2013/12/28</li>"
                    f"<li class='post-text'>{COMMENTS[i % len(COMMENTS)]}</li></ul>" for i in range(n))
    return f"<div id='comment-box' class='user-post-box'><h3>Comments ({n})</h3>{items}</div>"


def _post_with_comments() -> str:
    return "<div id='article-area'><div class='entry'>" + paragraphs(SENTENCES) + "</div>" + _comment_box(12) + "</div>"


def test_a_comment_box_longer_than_the_post_is_dropped():
    d = _decisions(_post_with_comments())
    assert all(d[s][0] for s in SENTENCES)
    for comment in COMMENTS:
        assert d[comment] == (False, "boilerplate_container")
    assert d["#3 Jane on 2013/12/28"] == (False, "boilerplate_container")


def test_the_share_of_text_before_the_box_decides():
    # With the limit raised above the post's share of the prose, the box counts as the article
    # again because it holds most of the prose (the behaviour before the limit existed).
    d = _decisions(_post_with_comments(), Options().replace(boilerplate_max_prose_before=0.9))
    assert d[COMMENTS[0]][0]


def test_a_marked_wrapper_of_the_article_with_a_standfirst_above_it_stays():
    standfirst = "The council approved the budget for next year after a long and heated debate on Tuesday."
    body = ("<div id='main'><p class='intro'>" + standfirst + "</p>"
            "<div class='content__sharing-container'>" + paragraphs(SENTENCES * 2) + "</div></div>")
    d = _decisions(body)
    assert d[standfirst][0]
    assert all(d[s][0] for s in SENTENCES)
