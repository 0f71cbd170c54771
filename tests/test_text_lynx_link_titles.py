"""Text dumps made by lynx open with the page's <link> titles after a "#" ("#alternate
Afrikaans aragonés …"): not the page's text, whatever its length."""

from articlextract import explain, extract

LANGUAGES = ("Afrikaans aragonés Asturianu Azərbaycanca Brezhoneg Català Čeština Cymraeg Dansk Deutsch "
             "Ελληνικά English Esperanto Español Eesti keel Euskara suomi Français Frysk Gaeilge Galego "
             "Hrvatski magyar Bahasa Indonesia íslenska Italiano lietuvių kalba Latviešu Melayu Nederlands "
             "Polski Português română Русский slovenčina Slovenščina Shqip Svenska Türkçe Українська").split()
FEATURES = ["Firefox", "Make your Firefox your own",
            "Get fast and easy access to the features you use most. Add them to your toolbar and menu.",
            "Try a new theme, a new search engine or an add-on: there are thousands of them to choose."]


def lynx(first: list[str], margin: str = "   ") -> str:
    wrapped = [" ".join(first[i:i + 9]) for i in range(0, len(first), 9)]
    return "\n".join(margin + line for line in wrapped) + "\n\n" + "\n\n".join(margin + line for line in FEATURES) + "\n"


def test_lynx_link_titles_are_dropped_with_their_reason():
    page = lynx(["#alternate"] + LANGUAGES)
    body = extract(page, format="text").body
    assert "Deutsch" not in body and "alternate" not in body
    assert "Add them to your toolbar" in body
    first = explain(page, format="text").blocks[0]
    assert not first.keep and "<link> titles" in first.reason


def test_a_hashtag_opening_a_plain_dump_is_text():
    # A dump with no margin is no lynx dump: its first line is the page's own text.
    page = "#MeToo marches fill the city centre as thousands gather\n\n" + "\n\n".join(FEATURES[2:] * 3) + "\n"
    article = extract(page, format="text")
    assert all(not b.reason.startswith("the page's <link>") for b in explain(page, format="text").blocks)
    assert "Add them to your toolbar" in article.body
