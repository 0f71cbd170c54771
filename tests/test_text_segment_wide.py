"""Text dumps of pages in Chinese, Japanese or Korean: w3m wraps them by terminal columns (a
wide character takes two), html2text and lynx by characters; either way a paragraph comes
back whole, and a line broken inside Chinese or Japanese text is joined without a space."""

import pytest

from articlextract.rules.region_lines import is_markup_source
from articlextract.rules.text_shapes import has_sentence_inside, title_shape
from articlextract.segment_text import _display_width, segment_text

# Sentences of Chinese prose (made up for the test), each ending with a full stop.
_SENTENCES = ["研究人员在地面和一间模拟高海拔的房间内进行了多次测试。", "他们被要求完成各种任务，包括心算问题和跟踪灯光。",
              "结果表明海拔高度与测试的表现没有明显的关系。", "这项研究在当时引起了很多人的兴趣和广泛的讨论。",
              "专家认为还需要更多的数据才能得出可靠的结论。", "一些人对这个结论表示怀疑，并提出了不同的看法。"]


def _wrap(text: str, columns: int, measure) -> list[str]:
    """``text`` cut into lines of at most ``columns`` as ``measure`` counts, as a converter does."""
    lines, line = [], ""
    for char in text:
        if measure(line + char) > columns:
            lines.append(line)
            line = ""
        line += char
    return lines + [line]


def _paragraphs(n: int) -> list[str]:
    return ["".join(_SENTENCES[(i + k) % len(_SENTENCES)] for k in range(4)) for i in range(n)]


@pytest.mark.parametrize("measure", [_display_width, len], ids=["columns (w3m)", "characters (html2text)"])
def test_wrapped_chinese_paragraphs_come_back_whole_without_spaces(measure):
    paragraphs = _paragraphs(4)
    dump = "\n\n".join("\n".join(_wrap(p, 80 if measure is _display_width else 76, measure)) for p in paragraphs)
    assert [b.text for b in segment_text(dump + "\n")] == paragraphs


def test_a_heading_over_wrapped_chinese_text_stays_apart():
    paragraphs = _paragraphs(3)
    dump = "宇航员在太空中喝酒会怎么样\n" + "\n\n".join("\n".join(_wrap(p, 80, _display_width)) for p in paragraphs)
    assert [b.text for b in segment_text(dump + "\n")] == ["宇航员在太空中喝酒会怎么样", *paragraphs]


def test_wrapped_korean_is_joined_with_its_spaces():
    words = ["연구진은", "지상과", "높은", "고도를", "흉내", "낸", "방에서", "여러", "차례", "실험을", "진행했다."] * 4
    paragraph = " ".join(words)
    lines, line = [], ""
    for word in words:  # (Korean wraps at its spaces, as Latin text does)
        if line and _display_width(line + " " + word) > 80:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    dump = "\n\n".join(["\n".join(lines + [line])] * 3)
    assert [b.text for b in segment_text(dump + "\n")] == [paragraph] * 3


def test_a_chinese_full_stop_inside_a_line_ends_a_sentence():
    assert has_sentence_inside("研究人员进行了多次测试。结果表明没有关系")
    assert not has_sentence_inside("研究人员进行了多次测试。")
    # (Latin words among glued CJK sentences do not make a line title-cased)
    assert not title_shape("トレンドマイクロは発表した。App Store および Google Play にて販売され Trend Micro Smart Protection Network")


def test_a_line_of_html_source_is_markup():
    assert is_markup_source('<div class="alertBox"> <div class="alert"> <i></i><p>現在<em>JavaScriptが無効</em>です。')
    assert not is_markup_source("Use the <b> tag sparingly, and x < y > z holds in this paragraph of prose.")


def test_a_heading_over_chinese_text_wrapped_by_characters_stays_apart():
    paragraphs = _paragraphs(3)
    dump = "宇航员在太空中喝酒会怎么样\n" + "\n\n".join("\n".join(_wrap(p, 76, len)) for p in paragraphs)
    assert [b.text for b in segment_text(dump + "\n")] == ["宇航员在太空中喝酒会怎么样", *paragraphs]
