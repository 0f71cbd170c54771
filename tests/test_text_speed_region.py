"""The body region's per-page loop (``region._weights``) gives exactly the weights of its plain
definition: ``line_wall`` and ``line_weight`` asked line by line.

The loop computes once per line what several checks read (length, digits, first word,
casefolded text) and skips the line caches; ``plain_line_weight`` is ``line_weight`` for a
text-dump line. These tests hold the loop against the line-by-line definition on hand-written
pages and on generated ones, and the helpers against the functions they stand in for.
"""

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract.features import (_CJK, SHORT_LINE_MAX_CHARS, SHORT_LINE_WEIGHTS, first_normalized_word, normalized,
                                    short_line_weight, word_count)
from articlextract.model import HEADING, LINE, LIST_ITEM, Block
from articlextract.options import DEFAULT_OPTIONS
from articlextract.rules import region
from articlextract.rules.region_lines import has_count_digit, line_wall, line_weight, plain_line_weight
from articlextract.rules.text_shapes import consent_text, is_consent_text, is_list_like, line_key, list_shape
from articlextract.segment_text import segment_text


def _reference_weights(blocks, options, anchors):
    """``_weights`` as first written: each line asks ``line_wall`` and ``line_weight``."""
    short = options.short_block_words
    repeats = Counter([line_key(b.text) for b in blocks if b.words > short])
    weights, share, prose_seen, prose_total = [], 1.0, 0.0, 0.0
    cost = options.region_line_cost
    headline_keys = region._title_keys(blocks)
    title_chars = len(blocks[0].text) + region.TITLE_LENGTH_SLACK if blocks else 0
    slides, gallery_walled = region.slide_counters(blocks), None
    for block in blocks:
        text, index, words = block.text, block.index, block.words
        if index and words >= region.TITLE_PART_MIN_WORDS and len(text) <= title_chars \
                and normalized(text) in headline_keys:
            prose_seen = 0.0
            anchors.append(index)
        if index in slides and gallery_walled is None:
            gallery_walled = prose_total >= options.slideshow_after_prose_chars
        walled = 1 if gallery_walled and index in slides else line_wall(text, None)
        if walled:
            if walled == 2 and prose_seen >= options.comments_after_prose_chars:
                share = options.comment_weight_share
            weights.append(None)
        elif words <= short:
            weights.append(short_line_weight(text) - cost)
        else:
            w = line_weight(block, options, repeats)
            prose_seen += max(w, 0.0)
            prose_total += max(w, 0.0)
            weights.append(w * share if w > 0 else w - (cost if words < options.min_paragraph_words else 0.0))
    return weights


_TITLE = "Ärger im Hafen: Die Fähre fährt nicht mehr | Example News"
_PAGE = "\n".join([
    _TITLE, "Home", "News", "Related Stories", "Ärger im Hafen: Die Fähre fährt nicht mehr",
    "By Jane Doe", "12 March 2023",
    "Die Fähre zwischen den Inseln fährt seit Montag nicht mehr, sagte der Hafenmeister am Dienstag.",
    "The ferry between the islands has stopped running, and the harbour master said on Tuesday that it "
    "would not run again before the spring, when a new operator takes over the line.",
    "We use cookies to improve your experience. By continuing to use this site you agree to our cookie policy.",
    "Gold Rate in Pakistan Today - Today's ..", "Kit Harington Premieres 'Game of Thrones Season 5' in London",
    "KuroKitsune, Senpaku, jennyjenka, nicarose24, Devilspawn2002, fixatro, Felt, Ann",
    "Archive 2016 October (1) 2016 August (1) 2016 July (2) 2016 May (1) 2016 March (1)",
    "archive 2015 june (3) 2015 april (2) 2015 march (4) 2015 january (1) 2014 may (2)",
    "The new operator said the line would carry more passengers than before, and at lower fares.",
    "Kit Harington Premieres 'Game of Thrones Season 5' in London",
    "1/3 The first slide of a gallery, with a caption that reads like a sentence of prose.",
    "2/3 The second slide of a gallery, with a caption that reads like a sentence of prose.",
    "3/3 The third slide of a gallery, with a caption that reads like a sentence of prose.",
    "142 Antworten zu Würde des Lebens – ein Projekt", "Jane Doe says:",
    "I really liked this article about the ferry, thanks for writing it and for the photos.",
    "© 2023 Example Media. All rights reserved.", "Über uns", "«Impressum»", "中文 text 二〇二三 的 新闻",
])

_PIECES = st.sampled_from(list("aZé9 .,:|·•/!?…-–()\u00a0²٣中Ça") + [
    "Comments", "Related Stories", "says", "By", "More", "Ärger", "cookies", "We use cookies", "2016", " (1)",
    "..", "Title Case Words Here", " and the ferry ran on.", "Jane Doe says:", "3 Comments", "Ärger im Hafen"])
_LINE = st.lists(_PIECES, min_size=1, max_size=40).map("".join).filter(str.strip)


def _assert_same(blocks, options=DEFAULT_OPTIONS):
    anchors, reference_anchors = [], []
    assert region._weights(blocks, options, anchors) == _reference_weights(blocks, options, reference_anchors)
    assert anchors == reference_anchors


def test_the_region_loop_equals_its_definition_on_a_hand_written_page():
    blocks = segment_text(_PAGE)
    _assert_same(blocks)
    _assert_same(blocks, DEFAULT_OPTIONS.replace(short_block_words=0, max_link_density=0.0))
    _assert_same(blocks, DEFAULT_OPTIONS.replace(min_paragraph_words=3, teaser_max_words=50))


def test_headings_and_linked_lines_take_the_general_weight():
    blocks = segment_text(_PAGE)
    blocks[8].kind, blocks[9].link_chars = HEADING, 40
    _assert_same(blocks)


@settings(max_examples=60, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=25))
def test_the_region_loop_equals_its_definition_on_generated_pages(lines):
    _assert_same(segment_text("\n".join([_TITLE, *lines])))
    _assert_same([Block(index=i, text=t, kind=LIST_ITEM if i % 3 else LINE) for i, t in enumerate(lines)])


@settings(max_examples=200, deadline=None)
@given(_LINE)
def test_the_line_helpers_equal_the_functions_they_stand_in_for(text):
    digits = has_count_digit(text)
    assert list_shape(text, digits) == is_list_like(text)
    block = Block(index=1, text=text)
    repeats = Counter([line_key(text)])
    if block.words > DEFAULT_OPTIONS.short_block_words:
        verdicts = {}
        assert plain_line_weight(text, block.words, text.casefold(), digits, DEFAULT_OPTIONS, repeats, verdicts) == \
            line_weight(block, DEFAULT_OPTIONS, repeats)
        assert verdicts.get(text, consent_text(text)) == consent_text(text)
    head = text.split(" ", 1)[0]
    if head.isascii() and head.isalnum():  # the fast path the loop inlines
        assert head.lower() == first_normalized_word(text) == normalized(text).split(" ", 1)[0]


def test_short_line_weights_by_length():
    for n in range(SHORT_LINE_MAX_CHARS + 20):
        assert SHORT_LINE_WEIGHTS[min(n, SHORT_LINE_MAX_CHARS)] == short_line_weight("x" * n)


def test_first_normalized_word_of_lines_opening_with_an_ascii_word():
    for text in ("Über alles", "2023 年 新闻", "Related: more", "abc\u0301 def", "e\u0301t\u00e9 plage", "ﬁne day",
                 "Ｒｅｌａｔｅｄ news", "word\u00a0next", "A", "x\u2028y z", "l’été", " leading space",
                 "E-Mail: über", "(2) Ärger", "Related: Ärger", "( Ärger", "© 2023 Ärger", "a_b c", "_x y"):
        assert first_normalized_word(text) == normalized(text).split(" ", 1)[0], text
    assert is_consent_text("We use cookies to improve your experience.")


_CJK_ALPHABET = st.sampled_from(list("中文字ひらがなカタカナ한국어ไทย a1.，。「」–“") + ["\u3000", "\U00020000"])


@settings(max_examples=200, deadline=None)
@given(st.text(_CJK_ALPHABET, max_size=40))
def test_word_count_counts_cjk_characters_by_runs_as_one_by_one(text):
    n = len(text.split())
    cjk = len(_CJK.findall(text))
    assert word_count(text) == (max(n, cjk // 2) if cjk else n)
