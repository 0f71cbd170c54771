"""The cheap first tests asked before the text checks' caches give exactly the plain answers.

Each prefilter is a necessary condition of the check it guards (``region.wall``, the
separator count of ``is_list_like``, the first-word test of ``_repeated_title``); these tests
hold both sides on hand-written lines and on generated text.
"""

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract.features import first_normalized_word, normalized
from articlextract.metadata.headline import split_title
from articlextract.rules import region
from articlextract.rules.phrases import is_section_label, may_be_section_label
from articlextract.rules.text_shapes import _SEPARATORS, is_comment_start, may_start_comments

_ALPHABET = st.sampled_from(list("aZé9 .,:|·•/!?…-–()\u00a0²٣中Ça") + ["Comments", "Related", "says", "By", "More"])
_LINE = st.lists(_ALPHABET, max_size=12).map("".join)
_LINES = ("3 Comments", "142 Antworten zu Würde des Lebens", "Jane Doe says:", "Related Stories",
          "Related", "More from the author", "Comments (74)", "Plain prose without a label.", "", "²", "٣ comments")


def _reference_wall(text: str) -> int:
    if is_comment_start(text):
        return 2
    return 1 if is_section_label(text) else 0


@settings(max_examples=300, deadline=None)
@given(_LINE)
def test_walls_with_prefilters_equal_the_plain_checks(text):
    assert region.wall(text) == _reference_wall(text)
    assert may_start_comments(text) or not is_comment_start(text)
    assert may_be_section_label(text) or not is_section_label(text)


def test_walls_on_hand_written_lines():
    for text in _LINES:
        assert region.wall(text) == _reference_wall(text), text
    assert region.wall("3 Comments") == 2 and region.wall("Related Stories") == 1
    assert region.wall("Plain prose without a label.") == 0


@settings(max_examples=300, deadline=None)
@given(_LINE)
def test_separator_count_equals_the_regex_count(text):
    assert sum(map(text.count, _SEPARATORS)) == len(regex.findall(r"[,|·•/]", text))


@settings(max_examples=300, deadline=None)
@given(_LINE, _LINE)
def test_a_line_matching_the_title_shares_a_first_word_with_it(title, line):
    """``_repeated_title`` skips a line whose first normalised word starts none of its keys."""
    first = normalized(title)
    split = [normalized(p) for p in split_title(title)]
    after_kicker = normalized(title.partition(": ")[2])
    key = normalized(line)
    first_words = {k.split(" ", 1)[0] for k in (first, after_kicker, *split)}
    matches = key == first or key in split or key == after_kicker or first.startswith(key + " ")
    assert first_normalized_word(line) in first_words or not matches
