"""The text segmenter's fast loop makes exactly the blocks of its plain definition.

``segment_text`` on an unwrapped dump runs one fused loop per line (``_line_blocks``): it
counts an ASCII line's words from its spaces and builds blocks without the constructor. The
reference below is the straightforward reading of the module's docstring: one block per
non-empty line, white space runs collapsed, a bullet taken off, the words counted by
``word_count``, the block made by the dataclass constructor.
"""

import dataclasses

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from articlextract.features import word_count
from articlextract.model import LINE, LIST_ITEM, PARAGRAPH, Block
from articlextract.segment_text import _BULLET, _starts_with_date, _wrap_width, segment_text

_SPACES = regex.compile(r"[ \t\u00a0\u200b]+")


def _reference_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    blank = True
    for raw in text.splitlines():
        line = _SPACES.sub(" ", raw.strip()).strip()  # a line of zero-width spaces is blank
        if not line:
            blank = True
            continue
        expanded = raw.expandtabs(4)
        indent = len(expanded) - len(expanded.lstrip(" "))
        kind = LINE
        m = _BULLET.match(line)
        if m and not _starts_with_date(line, m):
            kind, line = LIST_ITEM, (line if line[0].isdigit() else line[m.end():])
        blocks.append(Block(index=len(blocks), text=line, kind=kind, indent=indent, blank_before=blank,
                            words=word_count(line) or 0))
        blank = False
    return blocks


def _fields(blocks: list[Block]) -> list[dict]:
    return [dataclasses.asdict(b) | {"keep": b.keep} for b in blocks]


# Words, bullets, numbers, every white space a line can hold (tab, no-break, zero-width, the
# unit separator \x1f, ideographic space) and the line breaks splitlines() knows.
_ALPHABET = st.sampled_from(
    ["word", "Wörter", "中文字", "1.", "100)", "*", "•", "o", "-", "–", " ", "  ", "\t", "\u00a0", "\u200b",
     "\x1f", "\u3000", "\u2003", "\n", "\n\n", "\r\n", "\x0c", "\u2028", "November", "2023", ":", "x"])
_DUMP = st.lists(_ALPHABET, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(_DUMP)
def test_unwrapped_segmentation_equals_the_reference(text):
    if _wrap_width(text.splitlines()):  # (generated dumps are never hard-wrapped)
        return
    made = segment_text(text)
    assert _fields(made) == _fields(_reference_blocks(text))
    # Rules read a block's first word (``text.split()[0]``): every block has one.
    assert all(b.text.split() and b.text == b.text.strip() for b in made)


def test_segmentation_on_hand_written_lines():
    text = ("Title\n\n  * Home\n\t- News\nA\x1fB c\n1. November 2023\n1. First step\nPrice:\t 10\u00a0 euros\n"
            "\u200b\nword\u2003word\u3000word\n中文字中文字 ok\n")
    made = segment_text(text)
    assert _fields(made) == _fields(_reference_blocks(text))
    assert [b.words for b in made][:5] == [1, 1, 1, 3, 3]  # "A\x1fB c" is three words
    assert made[1].kind == LIST_ITEM and made[1].text == "Home" and made[1].indent == 2


def test_line_block_equals_the_constructed_block():
    made = Block.line(3, "Some words here", LIST_ITEM, 4, False, 0)
    built = Block(index=3, text="Some words here", kind=LIST_ITEM, indent=4, blank_before=False)
    assert vars(made) == vars(built)
    assert list(vars(made)) == list(vars(built))  # the same order: the layout __init__ makes
    assert Block.line(0, "a", PARAGRAPH, 0, True, 1).history is not made.history  # a fresh list per block
