"""HTML body, round 4: a player's error message is not the standfirst; the first short items of
the list the article opens with are the article's; a gallery's title goes with its slides; a
line of counters under the post ("Comments (42) Views (23925)") is not the article's last line."""

from htmlkit import SENTENCES, decisions, paragraphs

STANDFIRST = "The city will spend more on parks and less on roads next year, after a vote that surprised most."
BODY = "<div class='article-body'>" + paragraphs(SENTENCES * 3) + "</div>"
LINKS = "".join(f"<li><a href='/{i}'>Another story title number {i}</a></li>" for i in range(30))
REGION = "Unfortunately, this video is not available in your region, please try another one."


def _page_with_header(header_lines: str) -> dict[str, tuple[bool, str]]:
    return decisions(f"<div class='page'><header><h1>Budget approved</h1><p class='lead'>{STANDFIRST}</p>"
                     f"{header_lines}</header>{BODY}<div class='more'><ul>{LINKS}</ul></div></div>")


def test_a_players_error_message_is_not_the_standfirst():
    d = _page_with_header(f"<div class='player'><div class='yvp-error-title'>Video Not Available</div>"
                          f"<div class='yvp-error-desc'>{REGION}</div></div>")
    assert not d[REGION][0]
    assert d[STANDFIRST] == (True, "lead_paragraph")  # the walk goes on past the message


def test_a_standfirst_beside_an_unmarked_player_is_still_kept():
    d = _page_with_header(f"<div class='player'><p>{REGION}</p></div>")
    assert d[REGION] == (True, "lead_paragraph")  # no mark says it is a message: read as prose


def test_the_short_first_items_of_the_list_the_article_opens_with_stay():
    items = ("<li><a href='/review'>Here is our year in review!</a></li>"
             "<li><a href='/perf'>Here is our performance review!</a></li>"
             + "".join(f"<li>{s}</li>" for s in SENTENCES))
    d = decisions(f"<article><h2>Highlights</h2><ul>{items}</ul>{paragraphs(SENTENCES)}</article>")
    assert d["Here is our year in review!"][0]
    assert d["Here is our performance review!"][0]


def test_short_lines_in_another_list_before_the_article_still_go():
    d = decisions("<article><ul><li>Share</li><li>Print</li></ul>"
                  "<ul>" + "".join(f"<li>{s}</li>" for s in SENTENCES) + "</ul></article>")
    assert not d["Share"][0]


def _gallery(slides: int) -> str:
    caption = "Shares in the company rose by {} per cent on Monday after it reported record profits for the year."
    items = "".join(f"<li><h2><span>{i}/{slides}</span> Slide number {i}</h2><p>{caption.format(i)}</p></li>"
                    for i in range(1, slides + 1))
    return ("<div class='teaser-grid'><h2>Business news in pictures</h2><a href='#'>50 show all</a></div>"
            f"<div class='full-gallery'><h2>Business news in pictures</h2><ul class='legends'>{items}</ul></div>")


def test_a_gallerys_title_goes_with_its_slides():
    closing = "Closing paragraph: the council meets again in May to vote on the final version of the plan."
    d = decisions("<article><div class='body'><h2>What the plan says</h2>" + paragraphs(SENTENCES[:3])
                  + _gallery(5) + f"<p>{closing}</p></div></article>")
    assert d["1/5 Slide number 1"] == (False, "embedded_gallery")
    assert d["Business news in pictures"] == (False, "embedded_gallery")
    assert d["What the plan says"][0]  # a sub-heading above prose is not the gallery's
    assert d[SENTENCES[2]][0]


def _post(footer: str) -> dict[str, tuple[bool, str]]:
    return decisions(f"<div class='post'><h1>Budget approved</h1>{paragraphs(SENTENCES * 2)}"
                     f"<p class='author'>{footer}</p></div>")


def test_a_line_of_the_posts_counters_goes():
    footer = "Posted by the autumn traveller of the hills on the Pixnet blog network Comments (42) Views (23925)"
    assert _post(footer)[footer] == (False, "trim_edges")


def test_a_cjk_line_of_counters_goes():
    footer = "史蒂文的家_藍天 發表在 痞客邦 PIXNET 留言(42) 人氣(23925)"
    assert _post(footer)[footer] == (False, "trim_edges")


def test_a_closing_paragraph_with_a_bracketed_year_stays():
    closing = ("The old bridge (1952) and the new library (2024) will both be paid for out of the budget "
               "approved on Tuesday by the council")
    assert _post(closing)[closing][0]


def test_an_article_sub_heading_right_above_a_gallery_stays():
    caption = "Shares in the company rose by {} per cent on Monday after it reported record profits for the year."
    items = "".join(f"<li><h2><span>{i}/5</span> Slide number {i}</h2><p>{caption.format(i)}</p></li>"
                    for i in range(1, 6))
    closing = "Closing paragraph: the council meets again in May to vote on the final version of the plan."
    d = decisions("<article><div class='body'>" + paragraphs(SENTENCES[:3]) + "<h2>The new town hall</h2>"
                  f"<div class='full-gallery'><ul class='legends'>{items}</ul></div><p>{closing}</p></div></article>")
    assert d["1/5 Slide number 1"] == (False, "embedded_gallery")  # the gallery is found
    assert d["The new town hall"][0]  # printed once, in the article's own wrapper
