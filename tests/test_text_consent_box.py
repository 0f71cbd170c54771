"""Text dumps: a cookie dialog's settings, printed under the article, explain each kind of
cookie in long sentences no phrase list holds; next to a consent line ("Wir verwenden
Cookies, um …") they are the dialog's, and the article is what stays."""

import time

from articlextract import extract
from articlextract.options import DEFAULT_OPTIONS
from articlextract.rules.region import _discount_consent_box, _weights
from articlextract.segment_text import segment_text

ARTICLE = [
    "Ultium Cells investiert weitere 275 Millionen US-Dollar in seine Fabrik in Spring Hill, um die "
    "Kapazität des Werks um mehr als vierzig Prozent auf insgesamt fünfzig Gigawattstunden zu erhöhen.",
    "Die Anlage soll das benachbarte Montagewerk mit Batteriezellen für die Produktion eines neuen "
    "Elektroautos beliefern, dessen Fertigung im kommenden Jahr beginnen soll.",
]
DIALOG = [
    "Wie wir Cookies verwenden",
    "Wir verwenden Cookies, um uns mitzuteilen, wenn Sie unsere Websites besuchen, wie Sie mit uns "
    "interagieren, und um Ihre Erfahrung als Benutzer zu verbessern.",
    "Notwendige Website Cookies",
    "Da diese Cookies für die auf unserer Webseite verfügbaren Dienste und Funktionen unbedingt erforderlich "
    "sind, hat die Ablehnung Auswirkungen auf die Funktionsweise unserer Webseite. Sie können sie jederzeit "
    "in Ihrem Browser sperren, aber manche Bereiche der Seite werden dann nicht mehr richtig funktionieren.",
    "Wir stellen Ihnen eine Liste der von Ihrem Computer auf unserer Domain gespeicherten Cookies zur "
    "Verfügung, damit Sie sehen können, was gespeichert wurde, und aus Sicherheitsgründen nur diese Liste.",
    "Aktivieren, damit die Nachrichtenleiste dauerhaft ausgeblendet wird und alle Cookies, denen nicht "
    "zugestimmt wurde, abgelehnt werden, wobei wir zwei Cookies benötigen, um diese Einstellung zu speichern.",
]


def page() -> str:
    return "\n\n".join(["Ultium Cells erhöht Kapazität", "Suche", *ARTICLE, "Artikel teilen", "Datenschutz",
                        *DIALOG]) + "\n"


def test_lines_naming_cookies_beside_a_consent_line_weigh_as_consent_lines():
    blocks = segment_text(page())
    consent: list[int] = []
    weights = _weights(blocks, DEFAULT_OPTIONS, consent=consent)
    before = list(weights)
    _discount_consent_box(blocks, weights, consent, DEFAULT_OPTIONS)
    changed = [blocks[i].text[:20] for i, (a, b) in enumerate(zip(before, weights)) if a != b]
    assert changed == ["Da diese Cookies für", "Wir stellen Ihnen ei", "Aktivieren, damit di"]


def test_the_article_above_a_cookie_dialog_is_the_body():
    body = extract(page(), format="text").body
    assert body == "\n\n".join(ARTICLE)


def test_an_article_about_cookies_keeps_its_weight():
    # No consent line on the page: its paragraphs naming cookies are the article.
    text = "\n\n".join(["Browsers block third-party cookies", *[p.replace("Dienste", "cookies") for p in ARTICLE],
                       "Browser makers say third-party cookies will be blocked by default for every user next "
                       "year, and advertisers are looking for other ways to measure their campaigns."]) + "\n"
    blocks = segment_text(text)
    consent: list[int] = []
    weights = _weights(blocks, DEFAULT_OPTIONS, consent=consent)
    before = list(weights)
    _discount_consent_box(blocks, weights, consent, DEFAULT_OPTIONS)
    assert weights == before


def test_a_page_that_is_one_long_cookie_dialog_is_read_in_linear_time():
    # 20,000 lines naming cookies under one consent line: the box grows in two passes (growing
    # it ring by ring took time quadratic in the lines), and nothing of the page is an article.
    page = "We use cookies to improve your experience on this site and to show you relevant advertising.\n\n" + \
        "\n\n".join(f"These cookies number {n} are used by the site to remember what you chose in the dialog."
                    for n in range(20000))
    started = time.process_time()
    article = extract(page, format="text")
    assert time.process_time() - started < 5
    assert article.status == "empty" and article.body == ""


def test_a_page_feedback_box_under_the_article_is_dropped():
    text = "\n\n".join(["Ultium Cells erhöht Kapazität", *ARTICLE, "Feedback zu dieser Seite geben",
                       "Wie gefällt Ihnen unsere Website? Teilen Sie es uns mit!", "Zum Meinungsformular"]) + "\n"
    assert extract(text, format="text").body == "\n\n".join(ARTICLE)
