"""HTML: a list of links the article presents under a sub-heading of its own stays; the labels
of a chart drawn in HTML go; an author's note box after a chapter goes."""

from htmlkit import SENTENCES, decisions, paragraphs


def links(*titles: str) -> str:
    return "<ul>" + "".join(f"<li><a href='/{t}'>{t}</a></li>" for t in titles) + "</ul>"


def test_a_list_of_links_under_a_sub_heading_inside_the_article_stays():
    body = ("<div class='article'>" + paragraphs(SENTENCES[:2]) + "<h3>Tools I use</h3>"
            + links("BBEdit", "Acorn", "Transmit") + "<h3>Hosting</h3>" + paragraphs(SENTENCES[2:]) + "</div>")
    d = decisions(body)
    assert d["BBEdit"][0] and d["Transmit"][0]
    assert d["Hosting"][0]


def test_a_list_of_links_closing_the_article_is_still_a_menu():
    body = ("<div class='article'>" + paragraphs(SENTENCES) + "<h3>Tools I use</h3>"
            + links("BBEdit", "Acorn", "Transmit") + "</div>")
    assert decisions(body)["BBEdit"] == (False, "link_dense")


def test_a_list_of_links_under_a_linked_heading_is_a_teaser_list():
    body = ("<div class='article'>" + paragraphs(SENTENCES[:2]) + "<h3><a href='/more'>More news</a></h3>"
            + links("Budget talks stall", "Mayor under fire") + paragraphs(SENTENCES[2:]) + "</div>")
    assert decisions(body)["Budget talks stall"] == (False, "link_dense")


CHART = "".join(f"<div class='g-label'>{label}</div>" for label in
                ["Interest payments", "$900", "billion", "600", "300", "0", "’17", "’18", "’19", "’20"])


def test_the_labels_of_a_chart_between_paragraphs_go():
    d = decisions("<article>" + paragraphs(SENTENCES[:2]) + "<div class='graphic'>" + CHART + "</div>"
                  + paragraphs(SENTENCES[2:]) + "</article>")
    assert d["$900"] == (False, "chart_labels")
    assert d["Interest payments"] == (False, "chart_labels")
    assert d[SENTENCES[2]][0]


def test_a_few_short_lines_or_a_list_of_figures_are_not_a_chart():
    short = "".join(f"<p>{t}</p>" for t in ["Update", "3 June 2021", "Photo: AP"])
    prices = "<ul>" + "".join(f"<li>{n} eggs</li>" for n in range(1, 11)) + "</ul>"
    d = decisions("<article>" + paragraphs(SENTENCES[:2]) + short + prices
                  + paragraphs(SENTENCES[2:]) + "</article>")
    assert d["3 June 2021"][1] != "chart_labels"
    assert d["4 eggs"][1] != "chart_labels"


def test_an_authors_note_box_after_the_chapter_goes():
    note = ("<div class='portlet author-note-portlet'><div class='portlet-body author-note'>"
            "<p>Thanks for reading this chapter so far, it took me a long while to write it and I "
            "hope you enjoyed the scene at the lake as much as I did.</p></div></div>")
    d = decisions("<div class='chapter'>" + paragraphs(SENTENCES) + note + "</div>")
    assert not d["Thanks for reading this chapter so far, it took me a long while to write it and I "
                 "hope you enjoyed the scene at the lake as much as I did."][0]
    assert d[SENTENCES[3]][0]


def test_a_heading_linking_back_to_the_contents_of_its_page_stays():
    body = ("<div class='section'>" + paragraphs(SENTENCES[:2])
            + "<div class='section'><h2><a href='#id3'>Setting up</a><a href='#setting-up'>¶</a></h2>"
            + paragraphs(SENTENCES[2:]) + "</div></div>")
    assert decisions(body)["Setting up¶"][0]


def test_a_heading_linking_to_another_page_outside_the_text_goes():
    body = ("<div class='section'>" + paragraphs(SENTENCES[:2])
            + "<div class='section'><h2><a href='/setting-up'>Setting up</a></h2>"
            + paragraphs(SENTENCES[2:]) + "</div></div>")
    assert decisions(body)["Setting up"] == (False, "link_dense")
