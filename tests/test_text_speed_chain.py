"""The fast paths of the rule chain after the body region, and of the stages around it, give
exactly the answers of their plain definitions.

``run_chain`` hands the rules that ``prunes_kept`` only the kept blocks; ``InterfaceText``,
``RelativeTimestamp`` and ``SectionEnd`` ask a line's first word before normalising it, and the
relative times and reading-time notes are looked up as keys instead of matched as one pattern;
``has_footer_phrase`` searches a European line folded instead of normalized; the credit-tail
patterns of ``is_picture_credit`` and ``TruncatedLink``'s pattern are searched only when the
line's end allows a match;
``_utf16_without_bom`` counts NULs once before slicing; ``sniff_format`` counts lines only when
it needs them; a text dump's body is not cleaned again. Each is held against the plain
expression it replaced, on hand-written input and on generated text.
"""

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract import decode, extract, lexicon
from articlextract.clean import _NEEDS_CLEANING, clean_article, clean_output
from articlextract.features import normalized
from articlextract.model import Article, Block
from articlextract.options import DEFAULT_OPTIONS
from articlextract.rules import DEFAULT_CHAIN, Context, run_chain
from articlextract.rules import phrases
from articlextract.rules.phrases import InterfaceText, is_relative_time
from articlextract.rules.text import (_CREDIT_TAIL, _SLASHED_TAIL, _TRUNCATED, _ends_with_bracket, _may_be_cut,
                                      _may_have_credit_tail)
from articlextract.segment_text import segment_text

_PIECES = st.sampled_from(list("aZé9 .,:;|/()!?…-–\u00a0\u2003\x1c²٣中ßﬁ①") + [
    "Foto", ": ", "Bild:", "(REUTERS/Denis Balibouse)", " / ", "iStock.com)", ").", ") .", "x" * 40, "y" * 90,
    "3", "42", "minutes ago", " vor 3 Stunden", "updated ", "yesterday", "Gestern", "٣ hours ago", "hace 2 días",
    "Tous droits réservés", "ALLE RECHTE VORBEHALTEN", "Política de privacidad", "все права защищены", "ﬁle",
    "Share", "Print", "Open Menu", "Related Stories", "Comments"])
_LINE = st.lists(_PIECES, max_size=16).map("".join)


def _numbered_alternation(name: str) -> str:
    alts = [r"\s+".join(r"\d+" if w == "n" else regex.escape(w) for w in phrase.split()) for phrase in lexicon.phrases(name)]
    return "|".join(sorted(alts, key=len, reverse=True))


_RELATIVE_TIME = regex.compile(r"^(?:(?:" + "|".join(r"\s+".join(map(regex.escape, p.split()))
                                                     for p in lexicon.phrases("relative_time_prefixes"))
                               + r")\s+)?(?:" + _numbered_alternation("relative_time") + r")$")
_READING_TIME = regex.compile(r"^(?:" + _numbered_alternation("reading_time") + r")$")


def _reference_relative_time(text: str) -> bool:
    """The plain definition: the length bound, then the pattern of all the phrases on the normalized line."""
    return len(text) <= phrases.RELATIVE_TIME_MAX_CHARS and bool(_RELATIVE_TIME.match(normalized(text)))


def _reference_reading_time(text: str) -> bool:
    return len(text) <= phrases.READING_TIME_MAX_CHARS and bool(_READING_TIME.match(normalized(text)))


@settings(max_examples=300, deadline=None)
@given(_LINE)
def test_relative_time_with_its_first_word_test_equals_the_pattern(text):
    assert is_relative_time(text) == _reference_relative_time(text)


@settings(max_examples=300, deadline=None)
@given(_LINE)
def test_reading_time_equals_the_pattern(text):
    assert phrases.is_reading_time(text) == _reference_reading_time(text)


def test_reading_time_on_every_phrase_of_the_list():
    for phrase in lexicon.lines("reading_time"):
        for number in ("3", "12", "٣"):
            line = phrase.replace("N", number)
            for text in (line, line.upper(), line + ".", "x " + line):
                assert phrases.is_reading_time(text) == _reference_reading_time(text), text
    assert phrases.is_reading_time("5 min read") and not phrases.is_reading_time("n min read")


def test_relative_time_on_every_phrase_of_the_list():
    for phrase in lexicon.lines("relative_time"):
        for number in ("3", "12", "٣"):
            line = phrase.replace("N", number).replace("n ", number + " ", 1)
            for text in (line, line.upper(), "Updated " + line, line + "."):
                assert is_relative_time(text) == _reference_relative_time(text), text
    assert is_relative_time("42 minutes ago") and is_relative_time("vor 3 Stunden")
    assert not is_relative_time("42 minutes of fame")


def test_interface_text_drops_every_entry_of_its_list_and_only_those():
    entries = [e for e in lexicon.lines("boilerplate_lines") if len(e) <= 60]
    blocks = [Block(index=i, text=t) for i, t in enumerate(entries + ["Open the menu of the day.", "Share this"])]
    for block in blocks:
        block.mark(True, "test", "kept")
    InterfaceText().apply(blocks, Context(DEFAULT_OPTIONS, "text"))
    table = lexicon.phrases("boilerplate_lines")
    for block in blocks:
        assert block.keep == (normalized(block.text) not in table), block.text


@settings(max_examples=300, deadline=None)
@given(_LINE)
def test_footer_phrases_in_folded_lines_equal_the_normalized_search(text):
    norm = normalized(text)
    expected = any(p in norm for p in lexicon.phrases("footer_phrases") if " " in p)
    assert phrases.has_footer_phrase(text) == expected


def test_footer_phrases_of_every_script_and_case():
    for phrase in lexicon.lines("footer_phrases"):
        if " " not in phrase:
            continue
        for text in (phrase, phrase.upper(), f"© 2023 – {phrase.title()}.", phrase.replace(" ", " – "), f"x{phrase}y"):
            norm = normalized(text)
            expected = any(p in norm for p in lexicon.phrases("footer_phrases") if " " in p)
            assert phrases.has_footer_phrase(text) == expected, text
    assert phrases.has_footer_phrase("© Société Générale — TOUS DROITS RÉSERVÉS.")
    assert not phrases.has_footer_phrase("Tous les droits sont réservés aux lecteurs.")


@settings(max_examples=300, deadline=None)
@given(_LINE, st.sampled_from(["", ".", ")", ") .", " ", "\u2003", ":", "\x1c"]))
def test_the_credit_tail_first_tests_are_necessary_conditions(text, end):
    line = text + end
    assert _may_have_credit_tail(line) or not _CREDIT_TAIL.search(line), line
    assert _ends_with_bracket(line) or not _SLASHED_TAIL.search(line), line


def test_the_credit_tails_on_hand_written_lines():
    for line in ("Die Brücke bei Nacht (Foto: V. Bühl)", "Tanker im Hafen. Bild: TebNad/Shutterstock.com",
                 "Protest in Genf (REUTERS/Denis Balibouse).", "He said: " + "a long quote goes on " * 6,
                 "Foto:" + " " * 200 + "Andina", "A (b/c) d", "Title: " + "x" * 82, "Title: " + "x" * 83):
        assert _may_have_credit_tail(line) or not _CREDIT_TAIL.search(line), line
        assert _ends_with_bracket(line) or not _SLASHED_TAIL.search(line), line
    assert _may_have_credit_tail("Die Brücke (Foto: V. Bühl)") and not _may_have_credit_tail("He said: " + "xx " * 50)


def test_the_cut_off_first_test_on_hand_written_lines():
    for line in ("Currency Rate In Pakistan - Dollar, R ..", "Weiter lesen …\u00a0", "Read more...", "Done.",
                 "Lire la suite…", "Etc. ..\u2003", "Title ..)", "Hm…x", "Wait . .", ""):
        assert _may_be_cut(line) or not _TRUNCATED.search(line), line
    assert _may_be_cut("Currency Rate In Pakistan - Dollar, R ..") and not _may_be_cut("A sentence.")


@settings(max_examples=300, deadline=None)
@given(_LINE, st.sampled_from(["", ".", "..", "...", " …", "… ", "\u2003", "\x1c", ". .", "…x"]))
def test_the_cut_off_first_test_is_a_necessary_condition(text, end):
    assert _may_be_cut(text + end) or not _TRUNCATED.search(text + end)


# Lines of every kind the rules after the body region look at, for whole pages of them.
PAGE_LINES = (
    "Open Menu", "Home", "Share", "42 minutes ago", "Related Stories", "More Stories From World",
    "© 2023 Example Media. All rights reserved.", "Foto: Christof Stache", "NATO Australia Ukraine China France Tokyo",
    "Lesen Sie auch: Die Brücke bei Nacht", "We use cookies to improve your experience on our site, you agree.",
    "Currency Rate In Pakistan - Dollar, R ..", "Comments (74)", "By Jane Doe", "10 July 2023",
    "The alliance will delay making a decision on the office until the autumn, the newspaper reports.",
    "NATO initially planned to confirm the establishment of the office during the summit, officials said.",
    "France opposed the idea in fear of it having a negative effect on its relations with China, they said.",
    "The office would be the first of its kind in Asia, and talks continue with the partners in the region.",
    "")
_PAGE_LINES = st.sampled_from(PAGE_LINES)


def _chain_applied_to_all_blocks(blocks, ctx):
    """The plain definition of run_chain: every rule sees every block."""
    for rule in DEFAULT_CHAIN:
        if ctx.format in rule.formats:
            rule.apply(blocks, ctx)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PAGE_LINES, min_size=1, max_size=40))
def test_run_chain_marks_exactly_as_every_rule_on_every_block(lines):
    text = "\n".join(lines)
    fast, plain = segment_text(text), segment_text(text)
    run_chain(DEFAULT_CHAIN, fast, Context(DEFAULT_OPTIONS, "text"))
    _chain_applied_to_all_blocks(plain, Context(DEFAULT_OPTIONS, "text"))
    assert [b.history for b in fast] == [b.history for b in plain]


def test_a_rule_that_prunes_kept_blocks_leaves_the_dropped_ones_alone():
    for fmt in ("text", "html"):
        for rule in DEFAULT_CHAIN:
            if not rule.prunes_kept or fmt not in rule.formats:
                continue
            blocks = [Block(index=i, text=t) for i, t in enumerate([t for t in PAGE_LINES if t] * 2)]
            for i, block in enumerate(blocks):
                block.mark(i % 3 != 0, "test", "given")
            rule.apply(blocks, Context(DEFAULT_OPTIONS, fmt))
            assert all(len(b.history) == 1 for i, b in enumerate(blocks) if i % 3 == 0), rule.name
    assert sum(rule.prunes_kept for rule in DEFAULT_CHAIN) >= 10


def test_utf16_detection_counts_nuls_before_slicing():
    for head in (b"", b"abc", "Hello world, plain text".encode("utf-16-le"), "Hello".encode("utf-16-be") * 9,
                 b"\x00" * 100, b"a\x00" * 40 + b"bb" * 60, b"a\x00" * 41 + b"bb" * 59, "Grüße".encode("utf-8") * 20):
        assert decode._utf16_without_bom(head) == _reference_utf16(head), head


def _reference_utf16(head: bytes):
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=64).map(lambda b: b.replace(b"\x01", b"\x00").replace(b"\x02", b"\x00")))
def test_utf16_detection_equals_its_definition(head):
    assert decode._utf16_without_bom(head) == _reference_utf16(head)


def test_sniff_format_of_text_dumps_and_markup():
    assert decode.sniff_format("Just a line of text\nand another") == "text"
    assert decode.sniff_format("<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert decode.sniff_format("<div>a</div>\n<p>b</p>\n<span>c</span>\n<a>d</a>\n<p>e</p>") == "html"
    assert decode.sniff_format("<img src=x>\n" + "A line of the dump.\n" * 60) == "text"
    tags = "A post about tags: <div> <p> <span> <a> <table> in one line.\n"
    assert decode.sniff_format(tags + "A line of prose.\n" * 30) == "text"


_DIRTY = st.text(st.sampled_from(list("ab .\n\r\t\x00\x01\x0b\x0c\x1c\x7f\x85\x96\u00ad\u2060\ufffe\ud800é")), max_size=80)


@settings(max_examples=200, deadline=None)
@given(_DIRTY)
def test_a_text_dump_body_needs_no_cleaning(text):
    page = "A line of the article that is long enough to be kept as prose, surely.\n" + text + \
        "\nAnother line of the article that is long enough to be kept as prose, too."
    for source in (page, page.encode("utf-8", "surrogatepass")):
        article = extract(source, format="text")
        assert clean_output(article.body) == article.body
        assert _NEEDS_CLEANING.search(article.body) is None and "\r" not in article.body


def test_clean_article_with_a_cleaned_body_scans_only_the_rest():
    clean = Article(headline="Title", body="Body text.", authors=("Jane",))
    assert clean_article(clean, body_cleaned=True) is clean
    dirty = Article(headline="Ti\x00tle", body="Body text.", sources={"headline": "x\x01"})
    assert clean_article(dirty, body_cleaned=True) == clean_article(dirty)
    assert clean_article(dirty, body_cleaned=True).headline == "Title"
