"""The HTML rules on tiny hand-made pages whose right answer is obvious."""

from lxml import html

from articlextract import explain
from articlextract.features import word_count
from articlextract.model import CELL, LIST_ITEM, Block
from articlextract.options import DEFAULT_OPTIONS
from articlextract.parse import parse_html
from articlextract.rules.base import Context
from articlextract.rules.html import LinkDense, class_tokens, is_unlikely
from articlextract.segment_html import segment_html

PROSE = ("The committee met on Tuesday to discuss the new budget, and after a long debate "
         "it approved most of the proposals that the mayor had put forward last month.")
OTHER = ("Residents who attended the meeting said they were pleased with the outcome, although "
         "several of them asked for more money to be spent on the parks in the north of town.")
SIDEBAR = ("This is a long sidebar paragraph about something else entirely, written in full "
           "sentences so that it reads like prose even though it is not part of the article.")


def page(body: str) -> str:
    return f"<html><head><title>t</title></head><body>{body}</body></html>"


def decisions(markup: str) -> dict[str, tuple[bool, str]]:
    """Block text -> (kept, rule) for every block of the page."""
    return {b.text: (b.keep, b.rule) for b in explain(page(markup), format="html").blocks}


def el(markup: str):
    return html.fragment_fromstring(markup)


# --- class/id tokens ------------------------------------------------------------------

def test_class_tokens_split_words_case_and_separators():
    tokens = class_tokens(el('<div class="shareBar-top"></div>'))
    assert {"share", "bar", "top", "sharebar-top"} <= tokens


def test_an_id_made_from_a_heading_is_not_a_class_name():
    assert "sharing" not in class_tokens(el('<div id="sharing-with-a-single-developer"></div>'))
    assert "sharing" in class_tokens(el('<div id="sharing-box"></div>'))


def test_unlikely_elements_are_marked_and_not_saved_by_a_content_token():
    assert is_unlikely(el('<aside class="widget"></aside>'))
    assert is_unlikely(el('<div class="sidebar"></div>'))
    assert not is_unlikely(el('<div class="post tag-travel"></div>'))  # saved by "post"
    assert not is_unlikely(el('<div class="comment-content"></div>'))  # saved by "content"
    assert not is_unlikely(el('<div class="story"></div>'))


# --- main_container -------------------------------------------------------------------

def test_sidebar_prose_does_not_pull_the_container_away_from_the_article():
    # Counted in full, the sidebar would pull the choice up to the <div> holding both.
    d = decisions(f'<div><article><p>{PROSE}</p><p>{OTHER}</p><p>{OTHER} Again.</p></article>'
                  f'<div class="sidebar"><p>{SIDEBAR}</p><p>{SIDEBAR} Again.</p></div></div>')
    assert d[PROSE][0] and d[OTHER][0]
    assert d[SIDEBAR] == (False, "main_container")


def test_a_single_long_paragraph_is_not_the_container_its_parent_is():
    standfirst = "A short summary of the story that ends without a full stop"
    d = decisions(f'<nav><a href="/">Home</a> <a href="/a">News</a></nav>'
                  f'<div class="story"><div class="intro">{standfirst}</div><p>{PROSE} {OTHER}</p></div>')
    assert d[f"{PROSE} {OTHER}"][0]
    assert d[standfirst][0], "the container is the <div>, not the lone <p>"


def test_an_article_split_over_sibling_divs_is_kept_whole():
    d = decisions(f'<div class="body"><div class="part"><p>{PROSE}</p><p>{OTHER}</p></div>'
                  f'<div class="ad-slot"><a href="/x">Buy now</a></div>'
                  f'<div class="part"><p>{SIDEBAR}</p></div></div>'
                  f'<footer><p>{OTHER} Footer copy.</p></footer>')
    assert d[PROSE][0] and d[SIDEBAR][0]


def test_a_post_whose_classes_carry_tag_words_keeps_its_text():
    d = decisions(f'<div class="post tag-travel tag-share"><p>{PROSE}</p><p>{OTHER}</p></div>'
                  f'<div class="share"><a href="/f">Facebook</a> <a href="/t">Twitter</a></div>')
    assert d[PROSE][0] and d[OTHER][0]


# --- boilerplate_container ------------------------------------------------------------

def test_share_box_inside_the_article_is_dropped():
    d = decisions(f'<article><p>{PROSE}</p><div class="share-box"><p>Share this article with your friends '
                  f'and family today</p></div><p>{OTHER}</p></article>')
    assert d["Share this article with your friends and family today"] == (False, "boilerplate_container")
    assert d[OTHER][0]


def test_a_marked_element_holding_most_of_the_prose_is_the_article_itself():
    # An ASP.NET page wraps everything in a <form>; the article inside must survive.
    d = decisions(f'<form><div><p>{PROSE}</p><p>{OTHER}</p></div></form>')
    assert d[PROSE][0] and d[OTHER][0]


# --- lead_paragraph -------------------------------------------------------------------

def test_standfirst_above_the_body_container_is_kept():
    lead = ("The city will spend more on parks and less on roads next year, "
            "after a vote that surprised most observers.")
    links = "".join(f'<li><a href="/{i}">Another story title number {i}</a></li>' for i in range(8))
    d = decisions(f'<div class="page"><header><h1>Budget approved</h1><p class="lead">{lead}</p>'
                  f'<div class="byline"><a href="/jane">Jane Roe</a></div></header>'
                  f'<div class="article-body"><p>{PROSE}</p><p>{OTHER}</p><p>{SIDEBAR}</p><p>{PROSE} Again.</p>'
                  f'<p>{OTHER} Again.</p></div><div class="more"><ul>{links}</ul></div></div>')
    assert d[PROSE] == (True, "main_container")
    assert d[lead] == (True, "lead_paragraph")


def test_lead_walk_stops_at_a_link_list():
    teaser = "Another story that has nothing to do with this article, but reads well enough."
    d = decisions(f'<div class="teasers"><p>{teaser}</p><ul><li><a href="/1">First related story title here</a></li>'
                  f'<li><a href="/2">Second related story title here</a></li></ul></div>'
                  f'<div class="article-body"><p>{PROSE}</p><p>{OTHER}</p></div>')
    assert not d[teaser][0]


# --- link_dense -----------------------------------------------------------------------

def _block(text: str, kind: str, links: int, ancestors: tuple) -> Block:
    b = Block(index=0, text=text, kind=kind, link_chars=links, ancestors=ancestors)
    b.mark(True, "test", "start kept")
    return b


def test_linked_cells_of_a_data_table_are_kept_but_a_menu_list_is_dropped():
    table = el("<table><tr><td>x</td></tr></table>")
    menu = el("<ul><li>x</li></ul>")
    title = _block("Groundhog Day", CELL, 13, (table,))
    year = _block("1993", CELL, 0, (table,))
    summary = _block("A weatherman relives the same day over and over again.", CELL, 0, (table,))
    items = [_block(t, LIST_ITEM, len(t), (menu,)) for t in ("Home", "News", "Sport")]
    LinkDense().apply([title, year, summary, *items], Context(DEFAULT_OPTIONS, "html"))
    assert title.keep
    assert not any(b.keep for b in items)


# --- segmentation ---------------------------------------------------------------------

def test_soft_hyphens_are_removed_and_cjk_text_counts_its_characters():
    root = parse_html(page("<p>auto\u00adnome Re\u00adcherche</p><p>一波波接續性低溫寒流報到已將新竹尖石鄉後山一帶層層山巒</p>"))
    blocks, _ = segment_html(root)
    assert blocks[0].text == "autonome Recherche"
    assert blocks[1].words == word_count(blocks[1].text) >= 10


def test_an_affiliate_disclosure_and_a_call_to_action_inside_the_article_are_dropped():
    disclosure = "This post contains affiliate links, and we may receive a commission when you buy through them."
    cta = "Would you like to write for us? Join our contributor programme and share your voice with readers."
    d = decisions(f'<article><p>{PROSE}</p><p class="editorial-disclosure">{disclosure}</p><p>{OTHER}</p>'
                  f'<div class="cta-box"><p>{cta}</p></div><p>{OTHER} Again.</p></article>')
    assert d[PROSE][0] and d[OTHER][0]
    assert d[disclosure] == (False, "boilerplate_container")
    assert d[cta] == (False, "boilerplate_container")


def test_a_standfirst_in_a_box_marked_only_teaser_is_kept_but_one_in_a_sidebar_is_not():
    lead = "The mayor's budget passed after a long night of debate in the council chamber on Tuesday."
    body = f'<div class="body"><p>{PROSE}</p><p>{OTHER}</p><p>{OTHER} Again.</p></div>'
    d = decisions(f'<div class="news"><h1>Budget passes</h1><div class="news-teaser">{lead}</div>{body}</div>')
    assert d[lead] == (True, "lead_paragraph")
    d = decisions(f'<div class="news"><h1>Budget passes</h1><div class="sidebar">{lead}</div>{body}</div>')
    assert not d[lead][0]


def test_a_sibling_holding_only_an_author_box_does_not_join_the_article():
    bio = ("Jane Doe writes about city politics and has covered the council for ten years; before that "
           "she reported on schools, courts and the weather for several regional papers in the north.")
    d = decisions(f'<div class="post"><div class="entry-content"><p>{PROSE}</p><p>{OTHER}</p></div>'
                  f'<div class="entry-footer"><div class="author-info"><p>{bio}</p></div></div></div>')
    assert d[PROSE][0] and d[OTHER][0]
    assert not d[bio][0]


def test_a_sidebar_longer_than_the_article_beside_it_is_still_a_sidebar():
    blurbs = "".join(f"<p>{SIDEBAR} Number {i}.</p>" for i in range(4))
    d = decisions(f'<div id="container"><div id="content"><article><p>{PROSE}</p><p>{OTHER}</p></article></div>'
                  f'<div id="sidebar">{blurbs}</div></div>')
    assert d[PROSE][0] and d[OTHER][0]
    assert not d[f"{SIDEBAR} Number 0."][0]


def test_a_wrapper_marked_like_a_sidebar_but_holding_the_whole_article_is_not_one():
    d = decisions(f'<nav><a href="/">Home</a></nav><div class="two-col-sidebar-right">'
                  f'<p>{PROSE}</p><p>{OTHER}</p><p>{OTHER} Again.</p></div>')
    assert d[PROSE][0] and d[OTHER][0]
