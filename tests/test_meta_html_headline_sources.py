"""Which headline source wins on an HTML page: the visible <h1> or the title metadata.

Hand-written pages whose right answer is the headline a reader sees (issue 4).
"""

from htmlkit import meta_page

page = meta_page


def og(title: str) -> str:
    return f'<meta property="og:title" content="{title}">'


# --- an <h1> inside a longer metadata title ----------------------------------------------

def test_h1_inside_an_og_title_that_adds_a_place():
    a = page(og("Fake report: courier flies to Singapore, Thailand"),
             "<h1>Fake report: courier flies to Singapore</h1>")
    assert a.headline == "Fake report: courier flies to Singapore"
    assert a.sources["headline"] == "<h1> inside og:title"


def test_h1_inside_an_og_title_that_puts_a_kicker_in_front():
    a = page(og("Strengths-based leadership: Why you should build on what your team does best"),
             "<h1>Why you should build on what your team does best</h1>")
    assert a.headline == "Why you should build on what your team does best"


def test_h1_inside_a_json_ld_headline_that_adds_the_author_and_site():
    ld = ('<script type="application/ld+json">{"@type": "BlogPosting", '
          '"headline": "Energy Rising - 33 Days of Yoga - Mady Morrison - Yoga Lifestyle"}</script>')
    a = page(ld, "<h1>Energy Rising – 33 Days of Yoga</h1>")
    assert a.headline == "Energy Rising – 33 Days of Yoga"
    assert a.sources["headline"] == "<h1> inside json-ld headline"


def test_h1_inside_the_title_beats_an_h2_that_repeats_the_title():
    # The <h2> is the article's own teaser further down, worded as the og:title.
    a = page(og("Dead bumblebees under lime trees: the explanation"),
             "<h1>Dead bumblebees under lime trees</h1><h2>Dead bumblebees under lime trees: the explanation</h2>")
    assert a.headline == "Dead bumblebees under lime trees"


def test_a_short_phrase_of_the_title_is_not_the_headline():
    # Two words out of nine: a topic label, not the headline the title was written around.
    a = page(og("How climate change is reshaping farming in the northern plains"),
             "<h1>Climate change</h1>")
    assert a.headline == "How climate change is reshaping farming in the northern plains"
    assert a.sources["headline"] == "og:title"


def test_an_h2_inside_a_title_does_not_count():
    a = page(og("Council votes on the budget, with all the reactions"),
             "<h2>Council votes on the budget</h2>")
    assert a.headline == "Council votes on the budget, with all the reactions"


# --- the page's only <h1> against promotional titles ---------------------------------------

def test_only_h1_beats_an_og_title_worded_otherwise():
    head = og("VW boss Diess warns of Tesla and 'Golf from China'")
    a = page(head, '<h1>VW boss warns of Tesla and "Golf from China"</h1>')
    assert a.headline == 'VW boss warns of Tesla and "Golf from China"'
    assert a.sources["headline"] == "the page's only <h1> (worded otherwise in og:title)"


def test_only_h1_beats_a_json_ld_headline_worded_otherwise():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", '
          '"headline": "Brexit: war of nerves enters next round"}</script>')
    a = page(ld, "<h1>The war of nerves over Brexit enters the next round</h1>")
    assert a.headline == "The war of nerves over Brexit enters the next round"


def test_dublin_core_title_still_beats_the_only_h1():
    head = '<meta name="DC.title" content="The catalogued title">' + og("A social wording")
    a = page(head, "<h1>The heading on the page</h1>")
    assert a.headline == "The catalogued title"
    assert a.sources["headline"] == "dc.title"


def test_og_title_wins_when_the_only_h1_runs_a_dek_into_it():
    head = og("Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh")
    a = page(head, "<h1>Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh Welcome to the Flavor Capital</h1>")
    assert a.headline == "Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh"
    assert a.sources["headline"] == "og:title"


def test_og_title_wins_when_the_page_has_several_h1s():
    a = page(og("The council adopts the budget"), "<h1>Town news</h1><h1>Weather today</h1>")
    assert a.headline == "The council adopts the budget"


def test_og_title_wins_over_a_one_word_h1():
    a = page(og("Professional design for companies"), "<h1>Design</h1>")
    assert a.headline == "Professional design for companies"


def test_the_chosen_h1_is_not_repeated_in_the_body():
    a = page(og("VW boss Diess warns of Tesla"), "<h1>VW boss warns of Tesla</h1>")
    assert a.headline == "VW boss warns of Tesla"
    assert not a.body.startswith("VW boss warns of Tesla")


def test_site_suffix_is_still_removed_from_a_winning_og_title():
    head = (og("The council adopts the budget | Daily Courier")
            + '<meta property="og:site_name" content="Daily Courier">')
    a = page(head, "<h1>Town news</h1><h1>Weather today</h1>")
    assert a.headline == "The council adopts the budget"


def test_only_h1_that_is_a_section_label_does_not_beat_the_og_title():
    a = page(og("Council approves the 2024 city budget after a long debate"), "<h1>Latest News Updates</h1>")
    assert a.headline == "Council approves the 2024 city budget after a long debate"
