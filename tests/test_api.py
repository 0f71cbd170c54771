import gzip
import json

import pytest

from articlextract import Options, explain, extract
from articlextract.errors import EmptyDocument


def test_extract_from_path_bytes_str_and_gzip(example_html, tmp_path):
    raw = example_html.read_bytes()
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress(raw))
    results = [extract(example_html), extract(str(example_html)), extract(raw),
               extract(raw.decode("utf-8")), extract(gz)]
    bodies = {a.body for a in results}
    assert len(bodies) == 1
    a = results[0]
    assert a.status == "ok" and a.format == "html"
    assert a.headline == "City council approves new bike lanes"
    assert a.authors == ("Maria Lopez",) and a.byline == "Maria Lopez"
    assert a.date == "2024-03-14"
    assert a.sitename == "The Riverside Gazette"


def test_html_body_keeps_article_and_drops_boilerplate(example_html):
    body = extract(example_html).body
    assert body.startswith("The city council voted on Wednesday")
    assert "A long debate" in body
    assert "Phase one: university district to the old town\nPhase two" in body
    assert body.endswith("before the end of next year.")
    for leak in ("Home", "Share on Facebook", "Related stories", "New tram line", "Great news",
                 "All rights reserved", "By Maria Lopez"):
        assert leak not in body
    assert "\n\n\n" not in body


def test_article_is_frozen_and_json_ready(example_html):
    a = extract(example_html)
    with pytest.raises(Exception):
        a.body = "x"  # type: ignore[misc]
    d = json.loads(json.dumps(a.to_dict()))
    assert d["headline"] == a.headline and d["authors"] == ["Maria Lopez"]
    assert set(d) >= {"headline", "byline", "authors", "date", "body", "url", "format", "status", "reason"}


def test_missing_values_are_none_not_placeholders():
    a = extract("<html><body><p>" + "Plain words in a paragraph that goes on. " * 5 + "</p></body></html>")
    assert a.headline is None and a.byline is None and a.date is None and a.authors == ()


def test_caller_mistakes_raise(tmp_path):
    with pytest.raises(TypeError):
        extract(12345)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        extract("<p>x</p>", format="pdf")
    with pytest.raises(FileNotFoundError):
        extract(tmp_path / "missing.html")


def test_strict_mode_raises_page_problems():
    with pytest.raises(EmptyDocument):
        extract(b"   ", strict=True)


def test_explain_gives_rule_and_reason_for_every_block(example_html):
    exp = explain(example_html)
    assert exp.article == extract(example_html)
    assert all(b.rule and b.reason for b in exp.blocks)
    by_text = {b.text: b for b in exp.blocks}
    assert by_text["New tram line delayed again"].keep is False
    assert by_text["New tram line delayed again"].rule in ("main_container", "boilerplate_container", "link_dense",
                                                           "section_end")
    assert by_text["A long debate"].keep is True
    text = exp.to_text()
    assert "KEEP" in text and "DROP" in text


def test_options_carry_their_reasons():
    assert "prose" in Options.why("min_paragraph_words")
    assert Options().replace(min_paragraph_words=3).min_paragraph_words == 3
