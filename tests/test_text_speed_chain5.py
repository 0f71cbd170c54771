"""Round 5 of the rule chain's speed: each fast path gives exactly the answer of the plain
definition it replaces.

``footer_phrase_flags`` folds and scans a page's lines at once instead of one by one;
``is_picture_credit`` asks for a credit word before the last colon before searching its
colon tail; ``first_words`` remembers per page the first words three rules ask in turn;
``run_chain`` filters the kept blocks once per run of rules that only prune (the chain's own
test, ``tests/test_text_speed_chain.py``, holds it against every rule on every block);
``TagRow``'s punctuation test runs on `re` instead of `regex`; ``capitalised_share`` reads
the words' initials in one string.
"""

import re
import time
import unicodedata

import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from articlextract import lexicon
from articlextract.features import capitalised_share, first_normalized_word
from articlextract.model import Block
from articlextract.options import DEFAULT_OPTIONS
from articlextract.rules import Context
from articlextract.rules import phrases, text
from articlextract.rules.base import first_words

# Pieces of lines of several scripts, with the footer phrases' words and separators, the
# characters that NFKC or casefolding change ("ﬁ", "ß", "Ⅻ", NBSP, "…"), combining marks and
# line breaks inside a text (which the page-wide scan must notice).
_PIECES = st.sampled_from(list("aZé9 .,:;|/()!?…-–_\u00a0\u2003\u0301\n\r²٣中ßﬁⅫ①ΣςИ") + [
    "All rights reserved", "ALL-RIGHTS_RESERVED", "all rights\nreserved", "Tous droits réservés",
    "tous droits re\u0301serve\u0301s", "Privacy Policy", "privacy\u00a0policy", "Contact us", "contact usa",
    "Terms of Use", "Alle Rechte vorbehalten", "Vervielfältigung nur mit Genehmigung", "все права защищены",
    "ВСЕ ПРАВА ЗАЩИЩЕНЫ", "Política de privacidad", "newsletter", "Subscribe to our newsletter", "© 2023",
    "Foto", "Foto:", "Photo by", "(Foto: V. Bühl)", "Bild : Andina", "FOTO:", "Fotoß:", "Credits :", "x" * 90,
    " Abbildung 4: ", "said: ", "中文 版权所有", "حقوق", "uses akismet to reduce spam"])
_LINE = st.lists(_PIECES, max_size=10).map("".join)


def _plain_footer_flags(texts):
    return [phrases.has_footer_phrase(t) for t in texts]


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINE, max_size=12))
def test_footer_flags_of_a_page_equal_each_line_asked_alone(texts):
    assert phrases.footer_phrase_flags(texts) == _plain_footer_flags(texts)


@settings(max_examples=400, deadline=None)
@given(st.lists(_LINE.filter(lambda line: lexicon.is_european(unicodedata.normalize("NFKC", line).casefold())),
                max_size=12))
def test_footer_flags_of_a_european_page_equal_each_line_asked_alone(texts):
    """The pages the one scan answers (a line of other scripts sends the page line by line)."""
    assert phrases.footer_phrase_flags(texts) == _plain_footer_flags(texts)


def test_footer_flags_on_hand_written_pages():
    page = ["A paragraph about the policy of the privacy office.", "© 2023 Example Media. All rights reserved.",
            "Impressum | Datenschutz | Kontakt", "Tous droits réservés – Le Monde", "все права защищены",
            "版权所有 all rights reserved", "Our terms of use changed.", "", "contact-us"]
    assert phrases.footer_phrase_flags(page) == _plain_footer_flags(page) == [
        False, True, False, True, True, True, True, False, True]
    european = [line for line in page if not line.startswith("版权")]
    assert phrases.footer_phrase_flags(european) == _plain_footer_flags(european) == [
        False, True, False, True, True, True, False, True]
    assert phrases.footer_phrase_flags([]) == []
    # Many lines holding a phrase's later word: each match's line was counted from the page's
    # start (40,000 such lines took 10 s); counted on from the last match, the answer is the same.
    many = [f"Line {n}, all rights reserved" if n % 3 == 0 else f"Line {n}, reserved for later" for n in range(40000)]
    started = time.process_time()
    flags = phrases.footer_phrase_flags(many)
    assert time.process_time() - started < 3
    assert flags == [n % 3 == 0 for n in range(40000)] == _plain_footer_flags(many)
    # a text holding a line break of its own (an HTML <pre>): asked line by line
    broken = ["all rights\nreserved", "x"]
    assert phrases.footer_phrase_flags(broken) == _plain_footer_flags(broken) == [True, False]


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=8))
def test_folding_a_page_folds_each_line(texts):
    """What footer_phrase_flags relies on: NFKC and casefolding do not act across a newline."""
    texts = [t.replace("\n", " ").replace("\r", " ") for t in texts]
    folded = unicodedata.normalize("NFKC", "\n".join(texts)).casefold()
    assert folded.split("\n") == [unicodedata.normalize("NFKC", t).casefold() for t in texts]


def test_the_separator_class_is_the_non_word_characters_of_european_text():
    separators = re.compile(phrases.european_separators())
    for low, high in lexicon.EUROPEAN_RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            assert bool(separators.fullmatch(char)) == bool(re.fullmatch(r"[\W_]", char)), hex(code)
    assert separators.fullmatch(" ") and separators.fullmatch("_") and not separators.fullmatch("é")


def _plain_picture_credit(line: str) -> bool:
    """``is_picture_credit`` as it was: the colon tail searched whenever the cheap first test allows."""
    credits = text._credit_words()
    words = line.split(None, 2)
    first = words[0].rstrip(":.").casefold()
    if first in credits and (words[0][-1:] in ":." or (len(words) > 1 and (
            words[1].casefold() in text._CREDIT_OPENERS or words[1].rstrip(":.").isdigit()))):
        return True
    tail = text._CREDIT_TAIL.search(line) if text._may_have_credit_tail(line) else None
    if tail and tail["word"].casefold() in credits and text._words(tail["who"]) <= text.CREDIT_MAX_WORDS:
        return True
    slashed = text._SLASHED_TAIL.search(line) if "/" in line and text._ends_with_bracket(line) else None
    return bool(slashed) and text._words(slashed["who"]) <= text.SLASHED_CREDIT_MAX_WORDS and \
        (" " in slashed["who"].strip() or "." in slashed["who"])


@settings(max_examples=400, deadline=None)
@given(_LINE.filter(str.strip), st.sampled_from(["", ".", ")", " Andina", " Jane Doe)", ": x", "\u2003"]))
# (a slashed tail of seven words: the plain rule had kept CREDIT_MAX_WORDS for it)
@example(line="(All rights reservedAll rights reserved/All rights reserved", end=")")
def test_picture_credit_with_the_word_before_the_colon_first_equals_the_plain_rule(line, end):
    line = line + end
    if line.split():
        assert text.is_picture_credit(line, text._credit_words()) == _plain_picture_credit(line), line


def test_picture_credit_tails_on_hand_written_lines():
    credits = text._credit_words()
    for line, expected in (("Die Brücke bei Nacht (Foto: V. Bühl)", True),
                           ("Tanker. Bild: TebNad/Shutterstock.com", True),
                           ("Ein Bild im FOTO : Andina", True), ("He said: it was late", False),
                           ("Update: the bridge is open", False), ("Titelbild:Jane", True),
                           ("Strasse: Jane Doe", False)):
        assert text.is_picture_credit(line, credits) == _plain_picture_credit(line) == expected, line


_BLOCK_TEXTS = st.sampled_from(["Open Menu", "Related Stories", "42 minutes ago", "Ärger: Über uns", "— Share —", "",
                                "A sentence of the article that is long enough to count as prose here.",
                                "Eight words here but no full stop at end", "Short line.", "ﬁle the report"])


@settings(max_examples=100, deadline=None)
@given(st.lists(_BLOCK_TEXTS, max_size=12))
def test_the_page_memo_of_first_words_answers_as_the_function(texts):
    blocks = [Block(index=i, text=t) for i, t in enumerate(texts)]
    ctx = Context(DEFAULT_OPTIONS, "text")
    for _ in range(2):  # the second time from the memo
        first = first_words(ctx)
        assert [first[b.text] for b in blocks] == [first_normalized_word(b.text) for b in blocks]
    assert first_words(ctx) is first_words(ctx) and first_words(Context(DEFAULT_OPTIONS, "text")) is not first


@settings(max_examples=300, deadline=None)
@given(_LINE)
def test_the_tag_row_punctuation_test_on_re_equals_regex(line):
    assert bool(text._PUNCT.search(line)) == bool(regex.search(text._PUNCT.pattern, line))


_LETTER, _CAPITALISED = regex.compile(r"\p{L}"), regex.compile(r"^\p{Lu}")


def _plain_capitalised_share(line: str) -> float:
    words = [w for w in line.split() if _LETTER.match(w)]
    if not words:
        return 0.0
    return sum(1 for w in words if _CAPITALISED.match(w)) / len(words)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["NATO", "nato", "Ärger", "élan", "ǅemal", "ⅫI", "9to5", "(Paris)", "_x", "Σ", "𝐀bc",
                                 "中文", "\u0301e", " ", "\u2003", "\x1c", "\n", "Ukraine", "and"]),
                max_size=12).map("".join))
def test_capitalised_share_from_the_initials_equals_counting_words(line):
    assert capitalised_share(line) == _plain_capitalised_share(line)

