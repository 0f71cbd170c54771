"""HTML: where the article ends. A label of a box inside the text does not end it, "See also" of
a reference work does not either; a table of a list article is a part of it; a gallery set
between the paragraphs is dropped."""

from articlextract import explain
from htmlkit import SENTENCES, decisions, paragraphs


LINKS = "<ul><li><a href='/a'>Budget talks stall again</a></li><li><a href='/b'>Mayor under fire</a></li></ul>"


def test_a_related_box_inside_the_text_does_not_end_the_article():
    body = ("<article><div class='body'>" + paragraphs(SENTENCES[:3]) + "<h3>Related stories</h3>"
            + "<div class='box'><p>Read our coverage of the budget</p>" + LINKS + "</div>"
            + "<h2>What happens next</h2>" + paragraphs(SENTENCES[3:] + [SENTENCES[0]]) + "</div></article>")
    d = decisions(body)
    assert d["Related stories"] == (False, "section_end")
    assert d["Read our coverage of the budget"] == (False, "section_end")  # the rest of the box
    assert d["What happens next"][0]
    assert d[SENTENCES[3]][0]


def test_a_related_box_after_the_article_still_ends_it():
    teasers = "".join(f"<div class='card'><p>{t}</p></div>" for t in SENTENCES[2:])
    body = ("<article><div class='body'>" + paragraphs(SENTENCES[:2] * 2) + "<h3>Related stories</h3>"
            + teasers + "</div></article>")
    d = decisions(body)
    assert d["Related stories"] == (False, "section_end")
    assert d[SENTENCES[3]] == (False, "section_end")  # teaser summaries, each in its own card


def test_one_paragraph_after_the_label_is_not_a_continuation():
    body = ("<article><div class='body'>" + paragraphs(SENTENCES[:3]) + "<h3>Related stories</h3>"
            + paragraphs(SENTENCES[3:]) + "</div></article>")
    assert decisions(body)[SENTENCES[3]] == (False, "section_end")


def test_see_also_of_a_reference_work_stays_with_the_article():
    refs = "<ol><li>Smith, J. (2004). The Geometry of Budgets. Cambridge University Press. p. 652.</li></ol>"
    body = ("<div class='content'>" + paragraphs(SENTENCES) + "<h2>See also[edit]</h2>"
            + "<ul><li>Municipal budget</li><li>Local taxation</li></ul><h2>References</h2>" + refs + "</div>")
    d = decisions(body)
    assert d["See also[edit]"][0]
    assert d["Local taxation"][0]


def test_see_also_still_ends_a_text_dump():
    text = "\n\n".join(SENTENCES) + "\n\nSee also\n\nMunicipal budget explained in ten charts today"
    blocks = {b.text: b.keep for b in explain(text, format="text").blocks}
    assert not blocks["See also"]


def test_a_list_articles_table_comes_with_its_intro_and_header_row():
    rows = "".join(f"<tr><td>Film {i}</td><td>19{50 + i}</td><td>{SENTENCES[i % 4]}</td></tr>" for i in range(8))
    body = ("<div class='mw-body'><p>" + SENTENCES[0] + "</p><table><thead><tr><th>Film</th><th>Year</th>"
            "<th>Description</th></tr></thead><tbody>" + rows + "</tbody></table>"
            "<p>" + SENTENCES[1] + "</p>" + LINKS * 15 + "</div>")  # link lists weigh against the article
    d = decisions(body)
    assert d["Description"][0]
    assert d[SENTENCES[1]][0]


def gallery(slides: int) -> str:
    caption = "Shares in the company rose by {} per cent on Monday after it reported record profits for the year."
    items = "".join(f"<li><h2><span>{i}/{slides}</span> Slide number {i}</h2><p>{caption.format(i)}</p></li>"
                    for i in range(1, slides + 1))
    return f"<div class='full-gallery'><h2>Business in pictures</h2><ul class='legends'>{items}</ul></div>"


def test_a_gallery_between_the_paragraphs_is_dropped():
    body = "<article><div class='body'>" + paragraphs(SENTENCES[:3]) + gallery(5) + \
        "<p>Closing paragraph: the council meets again in May to vote on the final version of the plan.</p>" \
        "</div></article>"
    d = decisions(body)
    assert d["1/5 Slide number 1"] == (False, "embedded_gallery")
    assert d[SENTENCES[2]][0]
    assert d["Closing paragraph: the council meets again in May to vote on the final version of the plan."][0]


def test_a_page_that_is_a_gallery_keeps_its_slides():
    body = "<article><div class='body'><p>Browse the gallery below.</p>" + gallery(5) + "</div></article>"
    d = decisions(body)
    assert d["Shares in the company rose by 2 per cent on Monday after it reported record profits for the year."][0]


def test_a_linked_sub_heading_between_paragraphs_stays_but_a_menu_does_not():
    body = ("<article><div class='body'>" + paragraphs(SENTENCES[:2]) + "<h3><a href='/store/thumper'>Thumper ($20)</a></h3>"
            + paragraphs(SENTENCES[2:]) + "<h3><a href='/more'>More stories</a></h3>" + LINKS + "</div></article>")
    d = decisions(body)
    assert d["Thumper ($20)"][0]
    assert d["More stories"] == (False, "link_dense")


def test_a_czech_live_feed_label_ends_the_article():
    feed = "<p>Praha postaví podél Radlické ulice téměř tři stovky družstevních bytů, schválili to radní.</p>"
    body = ("<div class='page'><div class='article'>" + paragraphs(SENTENCES) + "</div>"
            "<div class='timeline'><h3>Právě se děje</h3>" + feed + "</div></div>")
    d = decisions(body)
    assert d["Právě se děje"] == (False, "section_end")
    assert not d["Praha postaví podél Radlické ulice téměř tři stovky družstevních bytů, schválili to radní."][0]
