"""The body region's cheap gates (round 5) give the answers of the plain definitions they stand
in front of: the digit test (a `re` class before the `regex` one), the sentence-inside test (its
scan started at the first stop), the consent test (a line none of whose words, cut out as
Latin-1 bytes, is a phrase's chosen word is not scanned), and the consent verdicts the region
leaves for ``ConsentLine``.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract import lexicon
from articlextract.options import DEFAULT_OPTIONS
from articlextract.rules import region
from articlextract.rules.region_lines import folded_longer_lines
from articlextract.rules.text_shapes import (_DIGIT_GATE_END, _SENTENCE_INSIDE, COUNT_DIGIT, _consent_anchors,
                                             _consent_pattern, _sentence_inside, consent_text, folded_consent_text,
                                             has_count_digit, is_consent_text, line_key)
from articlextract.segment_text import segment_text


def _digit_definition(text):
    return COUNT_DIGIT.search(text) is not None


def test_every_character_below_the_gate_end_is_told_a_digit_as_count_digit_tells_it():
    # Each character alone and after a non-ASCII letter (so the `re` gate, not the ASCII path, answers).
    for code in range(_DIGIT_GATE_END + 64):
        ch = chr(code)
        for text in (ch, "é" + ch, ch + "中", "中" + ch):
            assert has_count_digit(text) == _digit_definition(text), hex(code)


def test_digits_of_many_scripts():
    for text in ("١٤٢ تعليقات", "²", "½ cup", "①", "Ⅻ", "〇", "十二", "１２", "٣", "٫", "𝟘", "𑁦", "Ümlaut", "é", "",
                 "中文 text 二〇二三", "x\u3000y", "Комментарии (12)"):
        assert has_count_digit(text) == _digit_definition(text), text


_MIXED = st.text(st.one_of(st.sampled_from(list("aZé09²½①١٤中\u3000\u3007１𝟘 .:(),")),
                           st.characters(blacklist_categories=("Cs",))), max_size=30)


@settings(max_examples=400, deadline=None)
@given(_MIXED)
def test_the_digit_gate_equals_count_digit(text):
    assert has_count_digit(text) == _digit_definition(text)


_SENTENCE_PIECES = st.sampled_from([".", "!", "?", "…", " ", "  ", "\t", "\u00a0", "\u2003", "\n", "a", "Z", "É", "İ",
                                    "ǅ", "x", "1", "Der", "die", ".Z", ". Z", "… Ä"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=12).map("".join) | st.text(max_size=20))
def test_sentence_inside_equals_its_pattern(text):
    assert _sentence_inside(text) == (_SENTENCE_INSIDE.search(text) is not None)


def _consent_definition(folded):
    return _consent_pattern().search(folded) is not None


def test_consent_phrases_are_whole_words_so_the_anchor_gate_applies():
    assert _consent_anchors() is not None  # else the gate is off and every line is scanned


def test_every_consent_phrase_is_found_in_any_surrounding_and_not_inside_a_word():
    for phrase in lexicon.phrases("phrases_consent"):
        if not phrase:
            continue
        for text in (phrase, f"({phrase}).", f"We said: {phrase}, then left", phrase.replace(" ", "-"),
                     phrase.replace(" ", " \t "), f"x{phrase}", f"{phrase}x", f"_{phrase}", phrase.upper()):
            folded = text.casefold()
            assert folded_consent_text(folded) == _consent_definition(folded), text
            for around in ("«{}»", "¿{}?", "\u00a0{}\u00a0", "é{}", "{}ª", "’{}’", "x\u00ad{}", "中{}中", "ł{}", "{}ś",
                           "„{}“", "–{}—", "Ω {} Ω", "ǅ{}"):
                folded = around.format(text).casefold()
                assert folded_consent_text(folded) == _consent_definition(folded), folded


_CONSENT_PIECES = st.sampled_from(["we", "use", "cookies", "cookie", " ", "-", "_", ".", "(", ")", "your", "email",
                                   "address", "e", "mail", "sign", "up", "for", "our", "newsletter", "x", "9",
                                   "privacy", "policy", "settings", "'", "\u00e9", "datenschutzerklärung", "we'll",
                                   "«", "»", "\u00a0", "¿", "ª", "²", "’", "política", "privacidad", "de", "utilisons",
                                   "des", "ß", "prywatności", "polityka", "\u00ad", "\u00b7", "ł", "ś", "ą", "中", "„",
                                   "“", "–", "polityką", "społeczności", "dołącz", "naszej", "Ω", "ǅ", "\u2028"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_CONSENT_PIECES, max_size=14).map("".join) | st.text(max_size=30))
def test_the_consent_gate_equals_the_scan(text):
    folded = text.casefold()
    assert folded_consent_text(folded) == _consent_definition(folded)
    assert consent_text(text) == _consent_definition(folded)


def test_the_region_leaves_consent_verdicts_that_equal_the_definition():
    page = "\n".join([
        "Ferry news | Example", "Home",
        "The ferry between the islands has stopped running, the harbour master said on Tuesday.",
        "We use cookies to improve your experience. By continuing to use this site you agree to our policy.",
        "Enter your email address below to get our newsletter every morning, free of charge.",
        "The new operator said the line would carry more passengers than before, and at lower fares.",
    ])
    blocks = segment_text(page)
    region._weights(blocks, DEFAULT_OPTIONS, [])
    for block in blocks:
        assert is_consent_text(block.text) == consent_text(block.text), block.text
    assert is_consent_text(blocks[3].text) and not is_consent_text(blocks[2].text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(max_codepoint=127), max_size=40) | _MIXED)
def test_the_region_keys_equal_line_key(text):
    """``folded_longer_lines`` gives each longer line its ``line_key`` and counts them."""
    blocks = segment_text(f"Title\n{text} and five more words here")
    folded, repeats = folded_longer_lines(blocks, DEFAULT_OPTIONS.short_block_words)
    for block, key in zip(blocks, folded):
        assert key == (line_key(block.text) if block.words > DEFAULT_OPTIONS.short_block_words else None)
    assert sum(repeats.values()) == sum(1 for key in folded if key is not None)
