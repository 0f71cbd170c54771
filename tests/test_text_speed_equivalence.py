"""The fast paths of the text pipeline give exactly the answers of their plain definitions.

Each speed-up replaced a straightforward expression (a regex over the whole line, a
per-character generator, the dataclass constructor) by a cheaper one; these tests hold the two
side by side on hand-written edge cases and on generated text.
"""

import re
import unicodedata

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract import lexicon
from articlextract.features import (
    _SENTENCE_END,
    _TERMINAL,
    digit_runs,
    ends_like_sentence,
    ends_with_punctuation,
    first_normalized_word,
    has_digit,
    normalized,
)
from articlextract.model import Block, mark_all
from articlextract.rules.base import Rule

_FULL_WORD = regex.compile(r"[\p{L}\p{N}]+")

# Letters, digits, punctuation and spaces of several scripts, and the characters the fast paths
# single out (sentence ends, closing quotes, white space of all kinds, full-width forms).
_ALPHABET = st.sampled_from(list(
    "aZé9 .!?…。！？:;»\"”’)]([«“‘-–—,\t\u00a0\u2009\u3000\n\u2028"
    "ßſǅΣςДж中文ｃｏ①²½ﬁ٣"))
_TEXT = st.text(_ALPHABET, max_size=30)


def _reference_normalize(text: str) -> str:
    return " ".join(_FULL_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def test_the_re_word_class_equals_the_regex_one_on_every_european_code_point():
    word = re.compile(r"[^\W_]")
    for lo, hi in lexicon.EUROPEAN_RANGES:
        for code in range(lo, hi + 1):
            c = chr(code)
            assert bool(word.fullmatch(c)) == bool(_FULL_WORD.fullmatch(c)), hex(code)


def test_normalize_phrase_of_european_and_other_scripts():
    for text in ("Ça “va” – très bien € 5", "ΣΟΦΙΑ σοφία", "Москва́ — столица", "中文 text 二〇二三",
                 "ﬁnal ｃｏｏｋｉｅｓ ①", "Straße", "l’été", "  "):
        assert lexicon.normalize_phrase(text) == _reference_normalize(text), text


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_normalize_phrase_matches_its_definition(text):
    assert lexicon.normalize_phrase(text) == _reference_normalize(text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_line_end_tests_match_their_patterns(text):
    assert ends_with_punctuation(text) == bool(_TERMINAL.search(text))
    assert ends_like_sentence(text) == bool(_SENTENCE_END.search(text))


def test_line_end_tests_on_edge_cases():
    for text in ("", ".", "Done.", "Done. ", "Done.\n", "Done.”", "Done”", "“Done?”  ", "Hm)", "end:", "a\u3000",
                 "Wait…\u00a0", "x.\u2028"):
        assert ends_with_punctuation(text) == bool(_TERMINAL.search(text)), repr(text)
        assert ends_like_sentence(text) == bool(_SENTENCE_END.search(text)), repr(text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_first_normalized_word_is_the_first_word_of_the_normalized_text(text):
    assert first_normalized_word(text) == normalized(text).split(" ", 1)[0]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_digit_tests_match_their_definitions(text):
    assert has_digit(text) == any(c.isdigit() for c in text)
    assert digit_runs(text) == len(regex.findall(r"\d+", text))


def test_has_digit_knows_superscripts_and_other_scripts():
    assert has_digit("x²") and has_digit("٣ comments") and has_digit("page 2")
    assert not has_digit("½ cup") and not has_digit("no digits here")


def test_line_block_equals_the_constructed_block():
    made = Block.line(3, "Hello world", "line", 2, False, 2)
    built = Block(index=3, text="Hello world", kind="line", indent=2, blank_before=False, words=2)
    assert made.__dict__ == built.__dict__
    assert Block.line(0, "two words", "line", 0, True, 0).words == 2  # 0 words: counted, as __post_init__ does
    other = Block.line(4, "x", "line", 0, True, 1)
    made.mark(True, "r", "why")
    assert other.history == [] and other.decision is None  # no state shared between blocks


def test_mark_all_marks_every_block_like_mark():
    blocks = [Block(index=i, text=f"line {i}") for i in range(3)]

    class Dropper(Rule):
        name = "dropper"

    Dropper().drop_all(blocks[1:], "because")
    assert [b.keep for b in blocks] == [False, False, False]
    assert blocks[0].decision is None
    assert [(d.keep, d.rule, d.reason) for d in blocks[2].history] == [(False, "dropper", "because")]
    mark_all(blocks, True, "keeper", "all of them")
    assert all(b.keep and b.decision.rule == "keeper" for b in blocks)
    assert len(blocks[1].history) == 2


def test_time_checks_read_the_cpu_clock_only_near_the_budget(monkeypatch):
    from articlextract.errors import ExtractTimeout
    from articlextract.options import DEFAULT_OPTIONS
    from articlextract.rules import base

    reads = []
    monkeypatch.setattr(base, "page_clock", lambda: reads.append(1) or 100.0)
    ctx = base.Context(DEFAULT_OPTIONS, "text", deadline=110.0)  # 10 s of CPU time left
    for _ in range(50):
        ctx.check_time()
    assert len(reads) == 1  # once, when the context was made: the wall clock answers the rest
    spent = base.Context(DEFAULT_OPTIONS, "text", deadline=99.0)  # over budget already
    try:
        spent.check_time()
    except ExtractTimeout:
        pass
    else:
        raise AssertionError("a spent budget must raise")


def test_line_cache_keeps_paragraphs_only_for_about_a_page():
    from articlextract import features

    calls = []

    @features.line_cache
    def shape(text):
        calls.append(text)
        return len(text)

    label, paragraph = "Related stories", "x" * (features.LINE_CACHE_MAX_CHARS + 1)
    assert shape(label) == len(label) and shape(label) == len(label)
    assert shape(paragraph) == len(paragraph) and shape(paragraph) == len(paragraph)
    assert calls == [label, paragraph]  # both asked twice, computed once
    for i in range(features.LONG_LINE_CACHE_SIZE):  # a page's worth of other paragraphs…
        shape(f"{i} " + paragraph)
    shape(label)
    shape(paragraph)
    assert calls[-1] == paragraph and calls.count(label) == 1  # …pushed the paragraph out, not the label
    shape.cache_clear()
    shape(label)
    assert calls.count(label) == 2
