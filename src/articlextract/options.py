"""Every threshold the extractor uses, in one frozen object, each with the reason it exists.

Rules read their numbers from here and nowhere else, so a user can tune a run with
``Options().replace(min_paragraph_words=5)`` and a reader can see why a number was chosen
(``Options.why("min_paragraph_words")``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


def _opt(default: Any, why: str) -> Any:
    return field(default=default, metadata={"why": why})


@dataclass(frozen=True)
class Options:
    # --- limits (hardening) -------------------------------------------------------------
    max_input_bytes: int = _opt(
        20_000_000, "Pages above 20 MB are almost never articles; refusing them keeps time and memory bounded.")
    max_decompressed_bytes: int = _opt(
        50_000_000, "A gzip bomb must stop early: no real page decompresses to more than this.")
    max_tree_depth: int = _opt(
        256, "Deeper markup is re-parsed flattened to this depth (text kept, warning depth_flattened): "
             "libxml2 drops everything after 2048 levels, and rules walk every block's ancestors, so "
             "blocks x depth must stay small. libxml2's own default; real pages stay under 50.")
    max_attributes: int = _opt(
        1000, "libxml2 checks attributes for duplicates in quadratic time (100k take minutes); a tag "
              "keeps its first ones (warning attributes_truncated). Real tags have a few dozen.")
    max_seconds: float = _opt(
        10.0, "CPU-time budget per page inside extract() (calling thread), checked between stages and "
              "after every rule; no signals, so it works in threads. The batch CLI adds a wall-clock limit.")

    pause_gc: bool = _opt(
        True, "Python's cyclic collector is paused while one page is extracted, and resumed after (unless "
              "the caller had paused it). A page allocates ~100k short-lived objects that reference counting "
              "frees; mid-page collections free nothing, yet each full one walks every live object, the "
              "line caches' entries included. Measured in evaluate.py after both -text datasets: "
              "trafilatura-dev 72 -> 94 docs/s. Turn off to leave the collector alone.")

    # --- block features ----------------------------------------------------------------
    min_paragraph_words: int = _opt(
        8, "A block of at least this many words that ends like a sentence reads as prose.")
    max_link_density: float = _opt(
        0.5, "Blocks whose text is mostly link text are navigation or teasers.")
    short_block_words: int = _opt(
        4, "Blocks this short carry no prose on their own (labels, buttons, bylines).")

    # --- main-content selection (HTML) --------------------------------------------------
    container_min_score: float = _opt(
        25.0, "Below this the best container is not clearly an article; keep the whole page's good blocks.")
    lead_max_blocks: int = _opt(
        6, "The standfirst sits within this many blocks above the body's container (headline, byline, "
           "date and a share row may stand between).")
    boilerplate_max_prose_share: float = _opt(
        0.5, "A share/tag/comment-marked element holding at least this share of the article's prose is the "
             "article itself (WordPress puts 'tag-x' classes on the post), so its mark is ignored.")
    boilerplate_max_prose_before: float = _opt(
        0.25, "Such an element is still a box when more than this share of the kept prose comes before it: "
              "the article's wrapper starts where the text starts (at most a standfirst above it); a comment "
              "box under a short post holds more prose than the post, but after it. Measured on the datasets: "
              "wrappers 0-0.19, a comment section 0.30.")
    sibling_score_share: float = _opt(
        0.2, "A sibling of the chosen container joins it when it scores at least this share of it.")
    wrapper_rival_share: float = _opt(
        0.3, "HTML: a sidebar/comment-marked element holding most of the page's prose is still unlikely when "
             "a sibling holds this share of its prose (the article beside a long sidebar); alone, it is "
             "the layout wrapper around the article (0.2-0.5 all helped on trafilatura-dev, 0.3 best).")
    teaser_min_cards: int = _opt(
        3, "HTML: a linked title with a short summary is a teaser card (rules/teasers.py) only when at "
           "least this many sibling elements hold one each: one linked heading is a post's permalink.")
    chart_label_min_run: int = _opt(
        8, "HTML: this many blocks in a row of at most chart_label_max_words words, half of them "
           "holding a digit, are the labels of a chart drawn in HTML (axis ticks, figures), not text; "
           "a sub-heading or a byline stands alone, a date line with a few others.")
    chart_label_max_words: int = _opt(
        3, "HTML: a chart label ('$900', 'billion', '’17', 'Net interest') is a word or a figure.")
    counter_line_min_counters: int = _opt(
        2, "HTML: a line after the article's last paragraph holding this many 'label (number)' counters "
           "('Comments (42) Views (23925)', '留言(42) 人氣(23925)') is the post's footer of counters; one "
           "alone may be a sentence's parenthesis ('born in (1952)').")
    embedded_gallery_prose_chars: int = _opt(
        300, "HTML: a gallery ('1/50 Caption…' slides) is a widget inside the article, dropped, when at "
             "least this much article prose stands above it (and some below it); a page that is a gallery "
             "has only an intro above its slides. Same figure as slideshow_after_prose_chars for text dumps.")
    section_continuation_paragraphs: int = _opt(
        2, "HTML: a section label ('Mehr zum Thema', 'Comments (3 posted)') followed by this many "
           "paragraphs in the same element as the article's paragraphs is a box inside the article, "
           "not its end (one paragraph after it is often an author bio or a teaser; on the HTML datasets 1 and "
           "2 scored the same, 3 lost a page).")
    teaser_card_max_words: int = _opt(
        80, "HTML: a teaser card's summary, outside its linked title, stays under this many words "
            "(streams cut it at two or three sentences); a blog index's posts run longer.")

    # --- body region selection (text dumps) ---------------------------------------------
    region_gap_blocks: int = _opt(
        3, "How many boilerplate lines may separate two runs of prose before they are different regions.")
    inline_box_max_lines: int = _opt(
        8, "Text dumps: a box set inside the article ('Most Read Business Stories' and five titles) is a "
           "section label and at most this many lines; when the heaviest run starts just below such a "
           "box with two paragraphs in a row, the run above it (under the headline, if a line repeats "
           "the title) is the article too (readability-text: 6 pages, body F1 0.927 -> 0.936).")
    inline_box_part_share: float = _opt(
        0.25, "Text dumps: the part of the article above an inline box joins the run below it when it "
              "weighs at least this share of it (a caption or an author's line under the headline does "
              "not; 0.1 also joined a page's lead paragraph that the run held already, 0.5 the same pages).")
    introduced_list_max_lines: int = _opt(
        12, "Text dumps: the body run grows across this many lines that are no paragraph under a paragraph "
            "ending with a colon ('… the following services:'), to the paragraph after the list it "
            "introduces (region_gap_blocks is too short for a list of items; 5 pages of the -text "
            "datasets gain their list, none loses text).")
    region_line_cost: float = _opt(
        15.0, "Text dumps: subtracted from the weight of every short non-prose line before the body run is "
              "chosen, so a run must be dense in prose to grow: sidebars of one-line blurbs stop "
              "adding to the article (15 was best of 0-50 on both -text datasets).")
    comment_weight_share: float = _opt(
        0.2, "Text dumps: prose after the start of the comments ('12 responses to …') counts for this share "
             "of its weight, so a long discussion does not outweigh the article it discusses.")
    comments_after_prose_chars: int = _opt(
        200, "Text dumps: a comment count ('2 comments') opens the comments only below this much prose; "
             "above the article it is a link in the header.")
    slideshow_after_prose_chars: int = _opt(
        300, "Text dumps: the slides of a gallery ('3/50 Caption…') are walls between their captions only "
             "when this much prose stands above the first slide, i.e. after an article; a page that is a "
             "gallery has none above it.")
    teaser_blurb_share: float = _opt(
        0.5, "Text dumps: a paragraph alone under a teaser title (a page showing that shape twice or more) "
             "counts for this share of its weight when the article run is chosen, so a teaser list "
             "does not outweigh a short article (0.5 was best of 0.25-1 on both -text datasets).")
    consent_weight_share: float = _opt(
        0.25, "Text dumps: a sentence of a cookie banner, consent dialog, log-in form or newsletter box "
              "(data/phrases_consent.txt) counts for this share of its weight when the article run is "
              "chosen: such boxes are long and well-formed, and outweighed short articles.")
    consent_box_reach: int = _opt(
        3, "Text dumps: a prose line naming cookies (data/consent_box_words.txt) this many lines or "
           "fewer from a consent line is part of the same dialog, and counts as a consent line does: a "
           "cookie dialog's settings explain each kind of cookie in words no phrase list holds.")
    headline_run_share: float = _opt(
        0.1, "Text dumps: the run of prose right under the headline (a line repeating the page title) is "
             "the article when it weighs at least this share of the heaviest run elsewhere (a cookie "
             "dialog, a subscription box or a teaser list below a short article); a run holding the "
             "headline starts under it when what it holds above weighs less than this share "
             "(0.05-0.25 on trafilatura-dev-text: 0.1 best by 3 snippets, readability-text unchanged).")
    tail_gap_lines: int = _opt(
        2, "Text dumps: an island of prose after at least this many non-prose lines at the end of the "
           "article run may be a box (author bio, appeal, newsletter form, teaser; see tail_island_share).")
    tail_island_max_lines: int = _opt(
        2, "Text dumps: a box after the article holds at most this many prose lines (a bio, an appeal); "
           "more is the article's last section.")
    tail_island_share: float = _opt(
        0.07, "Text dumps: the island after a gap at the end of the article run is cut off when it weighs "
              "under this share of the run (trafilatura-dev-text: 15 leaked snippets fewer for 6 found "
              "fewer; readability-text body F1 unchanged. 0.1 cut 6 more leaks but lost readability-text "
              "recall: a last section after a picture credit or a code block; 0.05 cut 5 fewer).")
    tag_row_capitalised_share: float = _opt(
        0.85, "Text dumps: a line of at least five words with no punctuation is a row of tags or menu "
              "entries (\"NATO Australia Ukraine China\") when at least this share of its words is "
              "capitalised; a title-cased heading has small words (\"of\", \"the\") below it.")
    interface_text_max_chars: int = _opt(
        60, "Blocks longer than this are never menu, button or share-bar text (data/boilerplate_lines.txt "
            "holds entries of a few words), so they are not looked up.")
    teaser_blurb_max_words: int = _opt(
        60, "Text dumps: a teaser's blurb is a summary of a sentence or two; a paragraph alone under a "
            "title and longer than this many words is an article's, under its sub-heading (60 was best "
            "of 45-90 on trafilatura-dev-text and its converter dumps).")
    teaser_max_words: int = _opt(
        25, "Text dumps: a line printed twice on the page and shorter than this is a teaser title "
            "(title, then its link); a paragraph is not repeated.")

    # --- metadata -----------------------------------------------------------------------
    headline_search_blocks: int = _opt(
        12, "The headline of a text dump stands within this many blocks above the body.")
    set_out_margin_min: int = _opt(
        2, "Text dumps: a margin that sets a page's text in (lynx: 3 spaces) is wider than one space, which a "
           "dump of the text nodes keeps from its HTML source before most lines.")
    set_out_margin_max: int = _opt(
        3, "Text dumps: a margin that sets a page's text in (lynx: 3 spaces) is small; deeper indents are a "
           "converter's nesting depth (inscriptis), whose lines at column 0 are skip links, not headings, "
           "or a dump's own indent (the seeds set every line in by 4, their first line after the crawl stamp).")
    set_out_margin_min_share: float = _opt(
        0.5, "Text dumps: at least this share of the lines other than list items stand at the margin in a dump "
             "set in by one (lynx: median 0.79, tenth percentile 0.5 of a page's lines).")
    byline_max_words: int = _opt(
        12, "A byline is short: 'By Jane Doe and John Roe, Reuters'.")
    text_meta_body_lines: int = _opt(
        6, "Text dumps: datelines, bylines and the headline's repeat may sit in this many first lines of the "
           "body region (under a picture, its caption and a share row).")
    text_meta_after_body_lines: int = _opt(
        4, "Text dumps: blogs print 'Posted on … by …' right under the post; metadata-only lines are read "
           "this far below the body region.")
    text_meta_below_start_cost: int = _opt(
        2, "Text dumps: metadata candidates are taken nearest to the body start first; a line below the "
           "start counts this many times as far as one above (the byline stands above the body).")
    far_date_line_lead_words: int = _opt(
        2, "Text dumps: a date line away from the body opens with its date or with a label or a weekday "
           "('Datum: 19.11.2021', 'Samstag, 9. September 2017'); more words before the date make it a "
           "teaser's title ('Gold Rate in Pakistan Today 10 July 2023').")
    far_date_line_reach: int = _opt(
        60, "Text dumps: the last-resort date line is looked for this many lines above the body start "
            "and twice as many below it (the body comes first there); farther lines are rarely the "
            "post's, and reading a whole long page costs ~0.5 % of the text path's instructions.")
    standfirst_min_words: int = _opt(
        10, "Text dumps: a line under the headline this long is its standfirst, not a second title.")
    headline_max_digit_share: float = _opt(
        0.2, "Text dumps: '653,817 VIEWS', '1:39 PM ET' are counters and times; a headline has fewer digits.")
    doubled_line_min_chars: int = _opt(
        5, "Text dumps: a line that is one text printed twice ('woman kingwoman king', a picture's alt and "
           "title text) is no headline; shorter halves are a word said twice ('Bye Bye').")
    one_word_headline_min_chars: int = _opt(
        4, "Text dumps: a one-word headline ('Penny', 'Impressum') is the <title>'s first part and at least "
           "this long; shorter words are menu entries ('FAQ').")
    kicker_max_words: int = _opt(
        6, "Text dumps: a kicker printed before the headline on its line ('Olympische Spiele in Paris') is "
           "at most this long; the <title> tells the two apart.")
    kicker_min_headline_words: int = _opt(
        3, "Text dumps: what is left of a line after its kicker must be at least this long to read as a headline.")
    title_echo_min_share: float = _opt(
        0.5, "Text dumps: a line sharing more than this share of its and the page title's words (a Jaccard "
             "index) says what the title says in other words: the headline, when no line repeats the title.")
    headline_meta_gap: int = _opt(
        3, "Text dumps: a headline stands at most this many lines over its byline or date line (a "
           "'Follow' button, a photo credit between); a title-like line farther up is a menu's, and a "
           "title-like line right under that byline or date line is the headline.")
    title_line_min_words: int = _opt(
        3, "Text dumps: a headline found as the title-like line above the body has at least this many words; "
           "'Deal Professor', 'Server Software' above a body are section names.")
    breadcrumb_list_max_steps: int = _opt(
        8, "Text dumps: a trail printed as list items ('• Startseite' / '• Handel' / '• Headline') has at most "
           "this many steps after its home link; a longer run of items is a menu.")
    breadcrumb_repeat_lines: int = _opt(
        4, "Text dumps: a trail's last step is the headline when the page prints it again within this many "
           "lines under the trail (the article's heading); a menu's last entry is not printed again there.")
    breadcrumb_min_steps: int = _opt(
        2, "Text dumps: a line with this many '>'/'»' steps is a breadcrumb trail ('Mac & i > News > "
           "2015 > 1Password …'), not the headline; one '>' may be a headline's own.")
    lone_name_distance: int = _opt(
        3, "Text dumps: a line holding only a person's name is the byline when it stands this close under "
           "the headline (a standfirst may come between); farther down it is a caption or a teaser's.")
    time_line_max_words: int = _opt(
        5, "Text dumps: a reading time or age next to a name line ('11 min read', 'on Mar 17 11 min', "
           "'8h') is at most this long.")
    role_line_max_words: int = _opt(
        3, "Text dumps: a writer's role between their name and the publisher's date line ('Games Editor') "
           "is at most this long.")
    teaser_card_lines: int = _opt(
        3, "Text dumps: a teaser card is title, author, time; a name next to a time line is a teaser's when "
           "another time line stands this many lines above or below.")
    widget_label_min_copies: int = _opt(
        3, "Text dumps: a byline-shaped line printed this many times on the page ('by Taboola by Taboola' "
           "under every sponsored card) is a widget's label; a post's own byline appears once or twice.")
    author_box_label_max_words: int = _opt(
        6, "Text dumps: an author box's label ('About the author', 'Über den Autor/ die Autorin') is a "
           "short line of its own; longer lines are sentences that mention an author.")
    author_box_reach: int = _opt(
        3, "Text dumps: the author's name stands on one of this many lines under an author box's label "
           "(a 'Feed' or 'Zeige alle Artikel' button may come first).")
    copyright_line_max_words: int = _opt(
        25, "Text dumps: a footer's copyright line ('Archive – RSS – Impressum – 2009-2020 by Jane Doe – "
            "Powered by Nikola') stays under this many words; longer lines are prose about copyright.")
    copyright_given_name_max_chars: int = _opt(
        11, "Text dumps: the first word of a copyright holder taken as the author is a given name, and "
            "given names are short ('Christopher' is 11); 'Informationsdienst Wissenschaft' or "
            "'Evangelische Kirche' are organisations written like a person's name.")

    # --- output -------------------------------------------------------------------------
    include_tables: bool = _opt(True, "Tables inside the article are part of it.")
    include_captions: bool = _opt(False, "Image captions are usually not part of annotated article text.")
    slideshow_caption_share: float = _opt(
        0.5, "HTML: when captions hold at least this share of the kept prose, the page is a slideshow "
             "told in its captions, and they stay whatever include_captions says.")
    caption_box_max_chars: int = _opt(
        400, "HTML: an element whose class says caption or credit ('wp-caption-text') is a caption only "
             "while it holds at most this much prose; more is a content item ('item no_caption').")
    credit_line_max_words: int = _opt(
        6, "HTML: a picture credit alone in a <p> ('Foto: dpa', '(Credit: Jane Doe / Grist)') is at most "
           "this long; a longer line describes the picture (a caption, which some annotations keep).")

    def replace(self, **changes: Any) -> "Options":
        return dataclasses.replace(self, **changes)

    @classmethod
    def why(cls, name: str) -> str:
        for f in dataclasses.fields(cls):
            if f.name == name:
                return str(f.metadata.get("why", ""))
        raise KeyError(name)


DEFAULT_OPTIONS = Options()
