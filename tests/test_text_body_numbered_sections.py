"""Text dumps: a listicle's numbered sections ("1. Take the blankets off the bed" and its
paragraph) are the article, not a teaser list, even where a video player's menu stands between
them. Hand-made dumps whose right answer is obvious."""

from articlextract import extract
from articlextract.options import DEFAULT_OPTIONS
from articlextract.rules.region import _teaser_blurbs, _weights
from articlextract.segment_text import segment_text

INTRO = [
    "Most people go to hotels for the pleasure of sleeping in a big bed with clean white sheets every night.",
    "But the sheets might not be as clean as they look, according to two hotel owners who answered questions online.",
]
SECTIONS = [
    ("Take the blankets off the bed",
     "Blankets are washed far less often than sheets, and some hotels wash them only when a guest complains about a stain."),
    ("Check the peep hole in the door",
     "It is rare, but a peep hole can be turned around, so stuff it with a strip of paper when you are not using it."),
    ("Do not use the wooden luggage rack",
     "Bedbugs love wood, so leave your bag on the floor and put what you need on a metal shelf or on the desk instead."),
]
PLAYER = ["Play Video", "Mute", "Fullscreen"]


def page(numbered: bool) -> str:
    lines = ["Hotel secrets - Example News", "Home", "Travel", *INTRO]
    for n, (title, paragraph) in enumerate(SECTIONS, 1):
        lines += [f"{n}. {title}" if numbered else title, paragraph, *PLAYER]
    return "\n\n".join(lines + ["Share", "Tweet", "Imprint"]) + "\n"


def test_paragraphs_under_counting_titles_are_no_teaser_blurbs():
    for numbered, expected in ((True, set()), (False, {6, 11, 16})):
        blocks = segment_text(page(numbered))
        blurbs = _teaser_blurbs(_weights(blocks, DEFAULT_OPTIONS), blocks, DEFAULT_OPTIONS)
        assert {i for i in blurbs if i > 4} == expected, numbered


def test_long_paragraphs_under_sub_headings_are_no_teaser_blurbs():
    # An article whose every paragraph stands under a sub-heading has the shape of a teaser
    # list, title / blurb / title / blurb; a teaser's blurb is a sentence or two, not this long.
    long_sections = [(title, " ".join([paragraph] * 3)) for title, paragraph in SECTIONS]
    lines = ["Hotel secrets - Example News", "Home", "Travel"]
    for title, paragraph in long_sections:
        lines += [title, paragraph]
    blocks = segment_text("\n\n".join(lines) + "\n")
    weights = _weights(blocks, DEFAULT_OPTIONS)
    assert not _teaser_blurbs(weights, blocks, DEFAULT_OPTIONS)
    assert _teaser_blurbs(weights, blocks, DEFAULT_OPTIONS.replace(teaser_blurb_max_words=1000)) == {4, 6, 8}


def test_a_listicle_keeps_its_numbered_sections_across_a_player_menu():
    body = extract(page(True), format="text").body
    assert body.startswith(INTRO[0])
    assert all(paragraph in body for _, paragraph in SECTIONS), body
    assert "Imprint" not in body and "Tweet" not in body
