"""A title-like line right over a marked byline and a date line is the article's header,
wherever the body region starts (metadata/text_headline.py ``_header_block``).
Hand-made dumps whose right answer is obvious."""

from articlextract import extract
from textkit import BODY, PARAGRAPHS

NEWSLETTER_BOX = ["Share this article", "Copied!", "Newsletter", "Get the Daily Courier delivered to your inbox",
                  "Subscribe now", "Most recent newsletter"]
TAGS = ["City Hall", "Budget", "Schools", "Roads", "Heating", "Winter", "Council", "Mayor", "Reserve Fund",
        "Opposition", "Repairs", "Services", "Taxes", "Elections", "Weather", "Sports", "Traffic"]
CONSENT = ("We use cookies and similar technologies to improve your browsing experience, personalize content "
           "and ads, and analyze our traffic. By continuing to use the site you agree to our use of cookies "
           "and our privacy policy, which you can read at any time.")


def headline(*lines: str) -> str | None:
    return extract("\n\n".join(lines), format="text").headline


def test_a_header_far_above_a_body_split_by_a_newsletter_box_gives_the_headline():
    # The body region starts under the box, far below the header; a photo credit stands right above it.
    assert headline("Daily Courier", "News", "Sports", "Council Approves The Winter Budget", "By Jane Doe",
                    "May 20, 2019", PARAGRAPHS[0], *NEWSLETTER_BOX, *TAGS, "Jane Roe/Daily Courier",
                    *PARAGRAPHS * 3) == "Council Approves The Winter Budget"


def test_a_header_under_a_cookie_dialog_beats_the_dialogs_title():
    # Date line first, byline second: either order makes a header.
    assert headline("Daily Courier", "Search Go", "Login", "Please accept our privacy terms", CONSENT,
                    CONSENT.replace("We use", "Our partners use"), "Scroll to Accept", "Sign in",
                    "Log in with your Daily Courier account to create or edit your custom homepage, catch up "
                    "on your reading and more.", "Register",
                    "Sign up for a free Daily Courier account to customize your news experience and more.",
                    "Council Approves The Winter Budget", "Published Thursday 27 July 2017", "By Jane Doe",
                    BODY) == "Council Approves The Winter Budget"


def teaser_cards() -> list[str]:
    cards = []
    for title, name in (("Mayor opens the new bridge over the river", "By John Roe"),
                        ("School year starts a week early in the city", "By Ann Poe"),
                        ("Snow closes the mountain roads for a week", "By Tom Low")):
        cards += [title, name, "May 19, 2019"]
    return cards


def test_teaser_cards_of_the_same_shape_are_not_the_header():
    # Far above the body (beyond the reach of the title line search), like a header would be.
    assert headline("Daily Courier", "More stories", *teaser_cards(), *TAGS, *NEWSLETTER_BOX,
                    "Council Approves The Winter Budget", BODY) == "Council Approves The Winter Budget"


def test_a_related_story_under_the_body_is_not_the_header():
    # A short article, then a related story within the reach of the header search.
    assert headline("Daily Courier", "Council Approves The Winter Budget", BODY, "More stories",
                    *teaser_cards()[:3]) == "Council Approves The Winter Budget"


def test_a_header_with_a_standfirst_and_a_handle_byline_beats_a_score_box_above_the_body():
    # Title / standfirst / "Name, @handle" / date, then a product box far above the review's body.
    specs = ["Key Specs", "Game format Optical, Downloadable", "Drive capacity 1000", "Video outputs HDMI",
             "From $499.00", "Buy Now"]
    assert headline("Daily Courier", *TAGS, "Console review: A machine that keeps up with gaming PCs",
                    "But only hardcore gamers will appreciate it.", "Jane Doe, @janedoe", "11.03.17 in Gadgets",
                    "Comments", "Share", *NEWSLETTER_BOX, *TAGS, "Scores", "87", "Critic 10 Reviews", "8.3",
                    "Users 1 Reviews", *specs, *PARAGRAPHS * 3) == "Console review: A machine that keeps up with gaming PCs"


def test_a_header_with_a_dated_byline_line_beats_a_player_label_above_the_body():
    player = ["Captions", "Aa", "Shadow", "Aa", "Outline", "Captions will look like this", "Video Not Available",
              "Now watching", "Photo of the council budget seen as unfair"]
    assert headline("Daily Courier", "Council Approves The Winter Budget",
                    "By JANE DOE March 11, 2015 3:46 PM Daily Courier", *TAGS, *NEWSLETTER_BOX, *player,
                    *PARAGRAPHS * 2) == "Council Approves The Winter Budget"


def test_a_section_label_over_a_question_headline_is_not_taken_for_a_header():
    # Only a sentence stands between a header's title and its byline (the standfirst); the
    # line over "How … fast? The 8 best tips" is a section label.
    assert headline("Daily Courier", "News", "Health & Fitness Tips", "How do I lose weight fast? The 8 best tips",
                    "By Jane Doe, published on 1 May 2019", *TAGS, *NEWSLETTER_BOX,
                    *PARAGRAPHS * 2) != "Health & Fitness Tips"


def test_the_byline_under_a_header_far_above_the_body_gives_the_name_without_its_marker():
    article = extract("\n\n".join(["Daily Courier", "News", "Sports", "Council Approves The Winter Budget",
                                   "By Jane Doe", "May 20, 2019", PARAGRAPHS[0], *NEWSLETTER_BOX, *TAGS,
                                   "Jane Roe/Daily Courier", *PARAGRAPHS * 3]), format="text")
    assert list(article.authors) == ["Jane Doe"]
