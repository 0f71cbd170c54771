"""What converters print that the page does not show: lynx opens its dump with the page's
<link> titles after a "#" ("#alternate Afrikaans aragonés …"), and lynx, w3m and BeautifulSoup
print a picture's file name where it has no alt text ("[logo.png]")."""

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


def test_a_line_of_picture_file_names_is_dropped_and_a_sentence_naming_a_file_is_not():
    lines = ["   " + FEATURES[2], "   performance.jpg", "   " + FEATURES[3], "   [logo-white-2.png] [rss.png]",
             "   Save the chart as results.png and send it to the team before Friday, the manager wrote."]
    page = "\n\n".join(lines) + "\n"
    report = {b.text: (b.keep, b.reason) for b in explain(page, format="text").blocks}
    assert report["performance.jpg"] == (False, "a picture's file name, printed where it has no alt text")
    assert not report["[logo-white-2.png] [rss.png]"][0]
    body = extract(page, format="text").body
    assert ".jpg" not in body and "rss.png" not in body
    assert "results.png and send it" in body and FEATURES[3] in body


def test_w3m_picture_stubs_before_a_line_are_taken_off():
    # w3m prints a picture without alt text as its file name's first ten characters in brackets
    from articlextract.segment_text import segment_text
    texts = [b.text for b in segment_text("[6eef5bc5-c] James Akinaka • 8h\n\n"
                                          "[arrow_drop] [icon_feed1] Posts\n\n"
                                          "[1] The first numbered paragraph of the essay stays whole.\n\n"
                                          "[Rezi] Love is War - a review\n")]
    assert texts == ["James Akinaka • 8h", "Posts", "[1] The first numbered paragraph of the essay stays whole.",
                     "[Rezi] Love is War - a review"]
