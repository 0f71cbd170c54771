"""Choosing the article run of a text dump (rules/region.py), on hand-made dumps whose
right answer is obvious: which lines are the article is written into each dump."""

from articlextract import extract
from articlextract.options import DEFAULT_OPTIONS
from articlextract.rules.region import slide_counters
from articlextract.rules.text_shapes import is_consent_text, is_list_like
from articlextract.segment_text import segment_text

# Sentences of an article, each distinct so that a dump never repeats a line.
ARTICLE = [
    "The harbour authority opened the new ferry terminal on Monday after three years of building work.",
    "About two thousand passengers are expected to use the terminal every day once the summer timetable starts.",
    "The old terminal, built in the nineteen sixties, will be turned into a market hall for local producers.",
    "Local shops hope that the new passengers will stop in the old town before they board their ferries.",
]


def dump(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def body_lines(text: str) -> list[str]:
    return extract(text, format="text").body.split("\n\n")


def test_comment_count_under_the_headline_is_a_header_link():
    # Teaser blurbs above the headline, then the header's "74 comments" link: the article
    # under it is not "the comments", so it keeps its full weight and wins.
    page = dump(
        "Ferry terminal opens in the harbour - Example News",
        "Yesterday the mayor opened the new market hall in the old town, where forty local producers now "
        "sell fruit, cheese and bread six days a week, and the first customers queued from early morning "
        "to buy the bread of a bakery that had closed its own shop in the high street last year.",
        "Home", "News", "Local",
        "Ferry terminal opens in the harbour",
        "New, 74 comments",
        "By Jane Doe",
        *ARTICLE,
        "Related", "Bus strike ends", "Market hall plans approved",
    )
    assert body_lines(page) == ARTICLE


def test_teaser_list_does_not_outweigh_a_short_article():
    # Five teasers above the article, each a title and a blurb, are more text than the short
    # article, but a paragraph alone under a teaser title counts for less.
    teasers = []
    for n, topic in enumerate(("bridge", "school", "library", "stadium", "hospital")):
        teasers += [f"City plans a new {topic} downtown",
                    f"The council will decide next month whether the {topic} is built near the river, "
                    f"where residents have asked for it for years, or on the old factory site in the north "
                    f"of the town, which is cheaper but harder to reach (item {n}).",
                    "Read more"]
    article = [ARTICLE[0] + " " + ARTICLE[1], ARTICLE[2], ARTICLE[3],
               "Tickets for the first crossings sold out within hours, the operator said."]
    page = dump("Ferry terminal opens", "Top stories", *teasers, "Latest news", "Home", "Ferry terminal opens",
                *article, "Share", "Tweet")
    assert body_lines(page) == article


def test_cookie_banner_is_consent_text_and_is_dropped_beside_the_article():
    banner = ("This website uses cookies to improve your experience. By continuing to use the site you "
              "agree to our cookie policy.")
    assert is_consent_text(banner)
    assert is_consent_text("Mit Absenden meiner E-Mail-Adresse willige ich ein, den Newsletter zu erhalten; "
                           "meine Einwilligung kann ich jederzeit widerrufen.")
    # An article about passwords or privacy is not consent text.
    assert not is_consent_text("A strong password is long, and the new law gives users the right to delete "
                               "their data, the privacy commissioner said on Monday.")
    body = body_lines(dump("Ferry terminal opens", *ARTICLE, banner, "Accept"))
    assert body == ARTICLE


def test_archive_line_with_counts_is_a_list():
    assert is_list_like("Archive 2016 October (1) 2016 August (1) 2016 July (2) 2016 May (1) 2016 March (1)")
    assert is_list_like("文章精選 2016 十月 (1) 2016 八月 (1) 2016 七月 (2) 2016 五月 (1) 2016 三月 (1)")
    assert not is_list_like("In 2016 the port handled 1.2 million passengers, 4 percent more than in 2015, "
                            "and the new terminal should raise that to 2 million by 2020.")


def test_article_goes_on_past_an_inline_related_box():
    page = dump("Ferry terminal opens", "Menu", ARTICLE[0], ARTICLE[1],
                "Related", "Bus strike ends after two weeks",
                ARTICLE[2], ARTICLE[3], "Share this", "Comments", "Jane says:",
                "I have waited for this terminal for years and I am glad it is finally open.")
    body = body_lines(page)
    assert ARTICLE[0] in body and ARTICLE[3] in body
    assert not any("waited for this terminal" in line for line in body)


def test_gallery_after_the_article_is_walled_slide_by_slide():
    slides = []
    for n in range(1, 7):
        slides += [f"{n}/6 Harbour in pictures",
                   f"Picture {n} of the harbour shows the boats, the cranes and the crowds that came to see "
                   f"the opening of the terminal on a bright and windy Monday morning in spring, slide {n}."]
    page = dump("Ferry terminal opens", *ARTICLE, "Business in pictures", *slides)
    assert body_lines(page) == ARTICLE
    counters = slide_counters(segment_text(page))
    assert len(counters) == 6


def test_a_page_that_is_a_gallery_keeps_its_slides():
    slides = []
    for n in range(1, 5):
        slides += [f"{n} / 4", f"Slide {n} shows how the new terminal was built over three years, from the "
                               f"first pile in the harbour mud to the glass roof that was lifted in last spring."]
    body = body_lines(dump("The terminal in pictures", "Menu", *slides))
    assert [line for line in body if line.startswith("Slide")] == slides[1::2]


def test_slide_counters_need_three_slides_with_one_total():
    blocks = segment_text(dump("1/2 cup of sugar", "2/3 of the voters", ARTICLE[0]))
    assert not slide_counters(blocks)
    assert DEFAULT_OPTIONS.slideshow_after_prose_chars > 0


def test_paragraph_cut_off_by_a_paywall_is_still_the_article():
    cut = ("Gesine from Tübingen is running out of time. The student enrolled at the university weeks ago "
           "and has been looking for a room in a shared flat for more than a month, but the two hundred "
           "applicants for every free room make it hard to …")
    teasers = []
    for n, topic in enumerate(("bridge", "school", "library")):
        teasers += [f"City plans a new {topic}",
                    f"The council will decide next month where the new {topic} is built, how much it may "
                    f"cost and who will pay for it, the mayor told reporters on Friday."]
    body = body_lines(dump("Students look for rooms", "Menu", "Login", cut, "Subscribe now", "More articles",
                           *teasers))
    assert body == [cut]


def test_appeals_and_affiliate_disclosures_are_consent_text():
    assert is_consent_text("If you enjoyed reading this post, would you consider supporting our work? Thanks!")
    assert is_consent_text("Für Links auf dieser Seite erhält der Verlag ggf. eine Provision vom Händler.")
    assert is_consent_text("Dołącz do naszej społeczności i czytaj więcej.")
    assert not is_consent_text("The company said it would support the work of the new commission next year.")


MORE = [
    "The operator will add a night crossing in July if the first weeks show enough demand for it.",
    "A second terminal for freight ships is planned on the other side of the harbour basin by 2030.",
]


def test_article_goes_on_past_a_read_also_box_inside_it():
    # "Lue myös:" ("Read also") and one teaser's title set inside the article: the paragraphs
    # under the box are the article's; the label and the title are not.
    page = dump("Ferry terminal opens", "Menu", *ARTICLE, "Lue myös:",
                "Tällä listalla Suomi on sijalla 7 – lauttaliikenne kasvaa", *MORE,
                "Recent stories", "Bus strike ends after two weeks")
    assert body_lines(page) == ARTICLE + MORE


def test_a_related_list_of_teasers_under_the_article_is_not_the_article():
    # The same label shape, then titles and blurbs in turn: a teaser list, ending the article.
    teasers = []
    for topic in ("bridge", "school", "library"):
        teasers += [f"City plans a new {topic}",
                    f"The council will decide next month where the new {topic} is built, how much it may "
                    f"cost and who will pay for it, the mayor told reporters on Friday."]
    page = dump("Ferry terminal opens", "Menu", *ARTICLE, "Related stories", *teasers)
    assert body_lines(page) == ARTICLE


def test_prose_right_under_a_related_label_is_what_it_announces():
    # No title between the label and the prose: the prose lines are the box's teasers.
    teasers = [f"Pets benefit our mental health A systematic review of studies lists the many ways ({n}) "
               f"in which owning a dog or a cat helps people who live alone in a big city." for n in range(2)]
    page = dump("Ferry terminal opens", "Menu", *ARTICLE, "Related coverage", *teasers, "email", "print")
    assert body_lines(page) == ARTICLE
