"""HTML: the title and legend of a chart drawn with positioned <div>s go with its labels (each label
in a box of its own, all in the chart's element); a sub-heading of the text beside it stays."""

from htmlkit import SENTENCES, decisions, paragraphs

TITLE = "Interest payments on the national debt, projected"
TICKS = ["$900", "billion", "600", "300", "0", "’17", "’18", "’19", "’20", "’21"]


def _chart(lines: list[str]) -> str:
    boxes = "".join(f"<div class='g-aiAbs'><p>{line}</p></div>" for line in lines)
    return f"<div class='g-artboard'>{boxes}</div>"


def test_the_title_above_a_charts_ticks_goes_with_them():
    d = decisions("<article>" + paragraphs(SENTENCES[:2]) + _chart(["$915", "billion", TITLE] + TICKS)
                  + paragraphs(SENTENCES[2:]) + "</article>")
    assert d[TITLE] == (False, "chart_labels")
    assert d["$915"] == (False, "chart_labels")
    assert d[SENTENCES[2]][0]


def test_a_sub_heading_outside_the_chart_stays():
    d = decisions("<article>" + paragraphs(SENTENCES[:2]) + "<h3>What the debt will cost</h3>"
                  + _chart(TICKS) + paragraphs(SENTENCES[2:]) + "</article>")
    assert d["$900"] == (False, "chart_labels")
    assert d["What the debt will cost"][0]


def test_a_sentence_inside_the_chart_is_not_a_title():
    note = "Figures for the years after 2018 are projections of the budget office."
    d = decisions("<article>" + paragraphs(SENTENCES[:2]) + _chart([note] + TICKS)
                  + paragraphs(SENTENCES[2:]) + "</article>")
    assert d[note] == (True, "main_container")
