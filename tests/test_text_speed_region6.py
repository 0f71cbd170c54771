"""The body region's round-6 shortcuts give the answers of the plain checks they replace:
the page's digit lines found with one ``map`` of the `re` gate (``count_digit_lines``) equal
``has_count_digit`` line by line; the comment-header test given the line split at most
COMMENT_HEADER_MAX_WORDS times equals ``is_comment_start``; the lines read one by one are
those the plain loop (written out below) picks. The whole loop is held against its
line-by-line definition in ``test_text_speed_region.py``.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract.features import first_normalized_word
from articlextract.rules import region
from articlextract.rules.phrases import label_first_words
from articlextract.rules.region_lines import folded_longer_lines, lines_to_read
from articlextract.rules.text_shapes import (_DIGIT_GATE_END, COMMENT_HEADER_MAX_WORDS, comment_header,
                                             count_digit_lines, has_count_digit, is_comment_start,
                                             may_start_comments)
from articlextract.segment_text import segment_text

_LINES = st.text(st.one_of(st.sampled_from(list("aZé09²½①١٤中\u3000\u3007１𝟘 .:(),/")),
                           st.characters(blacklist_categories=("Cs",))), max_size=30)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=12))
def test_the_page_digit_lines_are_the_lines_with_a_count_digit(texts):
    assert count_digit_lines(texts) == frozenset(i for i, text in enumerate(texts) if has_count_digit(text))


def test_the_page_digit_lines_on_every_character_below_the_gate_end_and_a_few_beyond():
    texts = [prefix + chr(code) for code in range(_DIGIT_GATE_END + 64) for prefix in ("", "é", "中")]
    texts += ["中文 text 二〇二三", "x\u3000y", "𝟘", "𑁦", "١٤٢ تعليقات", "Комментарии (12)", ""]
    assert count_digit_lines(texts) == frozenset(i for i, text in enumerate(texts) if has_count_digit(text))


_HEADER_PIECES = st.sampled_from(["3", "142", "(74)", "Comments", "comments:", "Antworten", "zu", "says:", "Jane",
                                  "Doe", "Die", "sagt:", "There", "are", "Kommentare", "word", "¹", " ", "  ", "\t",
                                  ":", "\u00a0", "Responses", "to", "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_HEADER_PIECES, max_size=20).map(" ".join))
def test_the_comment_header_test_on_a_line_split_at_most_so_often_equals_is_comment_start(text):
    tokens = text.split(None, COMMENT_HEADER_MAX_WORDS)
    region_answer = may_start_comments(text) and len(tokens) <= COMMENT_HEADER_MAX_WORDS \
        and comment_header(text, tokens)
    assert region_answer == is_comment_start(text)


def test_comment_headers_by_hand():
    for text in ("3 Comments", "Comments (74)", "Jane Doe says:", "142 Antworten zu Würde des Lebens – ein Projekt",
                 "There are 13 comments"):
        assert comment_header(text, text.split()) and is_comment_start(text), text
    twelve = "1 comments " + " ".join(["word"] * 10)  # 12 words: a header still
    assert is_comment_start(twelve)
    assert not is_comment_start(twelve + " more")  # 13 words: no header
    assert len((twelve + " more").split(None, COMMENT_HEADER_MAX_WORDS)) > COMMENT_HEADER_MAX_WORDS


def _plain_lines_to_read(blocks, folded, digits, slides, first_chars, first_words):
    """The lines read one by one, as first written: a loop asking ``first_normalized_word``."""
    lines = []
    for i, key in enumerate(folded):
        text = blocks[i].text
        if key is not None or i in digits or blocks[i].index in slides or text.endswith(":") \
                or (len(text) <= first_chars and first_normalized_word(text) in first_words):
            lines.append(i)
    return lines


_PAGE_LINES = st.lists(st.sampled_from(["Related Stories", "Related: Ärger", "Über uns", "More", "3 Comments",
                                        "Jane says:", "1/3 A slide", "Ärger im Hafen", "(2) Ärger", "Home",
                                        "The ferry runs again from Monday, the harbour master said.", "ﬁne day",
                                        "Ｒｅｌａｔｅｄ news", "中文 新闻", "© 2023 Example", "x", "Read more »"]),
                       min_size=1, max_size=20)


@settings(max_examples=100, deadline=None)
@given(_PAGE_LINES)
def test_the_lines_read_are_those_the_plain_loop_picks(lines):
    blocks = segment_text("\n".join(["Ärger im Hafen | Example News", *lines]))
    texts = [b.text for b in blocks]
    folded, _ = folded_longer_lines(blocks, 4)
    digits, slides = count_digit_lines(texts), region.slide_counters(blocks)
    first_words = label_first_words() | {"ärger"}
    for first_chars in (80, 10):
        assert lines_to_read(blocks, texts, folded, digits, slides, first_chars, first_words) == \
            _plain_lines_to_read(blocks, folded, digits, slides, first_chars, first_words)

