"""The cheap prechecks added for speed must give the same answers as the full definitions."""

import regex

from articlextract import lexicon
from articlextract.features import word_count
from articlextract.model import Block
from articlextract.rules.phrases import is_section_label
from articlextract.rules.text_shapes import is_comment_start
from articlextract.segment_text import segment_text

_FULL_WORD = regex.compile(r"[\p{L}\p{N}]+")


def test_word_count_counts_cjk_characters_and_ignores_latin_punctuation():
    assert word_count("台北市今天天氣晴朗氣溫攝氏三十度") == 8  # 16 Han characters, no spaces
    assert word_count("“Quoted” – text… with dashes") == 5  # punctuation above U+2000 is not CJK
    assert word_count("สวัสดีครับทุกคนวันนี้") == 10  # Thai, no spaces


def test_ascii_fast_path_of_normalize_phrase_matches_the_unicode_definition():
    for text in ("Related Stories:", "READ MORE >>", "Don't miss_this 2023!", "a\tb  c", "~`|^"):
        assert lexicon.normalize_phrase(text) == " ".join(_FULL_WORD.findall(text.casefold()))


def test_section_labels_still_match_exactly_and_as_prefix():
    assert is_section_label("Related Stories")
    assert is_section_label("RELATED STORIES")
    assert not is_section_label("Yesterday the minister said no")


def test_comment_start_needs_a_count_or_a_closing_colon():
    assert is_comment_start("3 Comments")
    assert is_comment_start("Comments (74)")
    assert is_comment_start("Jane Doe says:")
    assert not is_comment_start("Comments are a good thing")


def test_block_keep_follows_the_latest_mark():
    block = Block(index=0, text="Some text")
    assert block.keep is False and block.decision is None
    block.mark(True, "r1", "why")
    assert block.keep and block.decision.rule == "r1"
    block.mark(False, "r2", "why not")
    assert not block.keep and [d.rule for d in block.history] == ["r1", "r2"]


def test_segmentation_collapses_only_real_space_runs():
    blocks = segment_text("a\u00a0\u00a0b c\nx\u200by\nthin\u2009space\n")
    assert [b.text for b in blocks] == ["a b c", "x y", "thin\u2009space"]
