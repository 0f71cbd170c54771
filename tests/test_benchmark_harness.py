"""benchmarks/evaluate.py times a system only after a few untimed warm-up pages, and still
scores and counts every page exactly once."""

from __future__ import annotations

import time

from scriptkit import load_script


def rows(n: int) -> list[dict]:
    return [{"id": f"p{i}", "raw": b"<p>x</p>", "format": "html", "url": None,
             "gold": {"body": "the article text of this page", "title": f"Title {i}"}}
            for i in range(n)]


def test_start_up_cost_is_not_timed_and_every_page_is_scored_once():
    evaluate = load_script("evaluate")
    calls = []

    def slow_first_call(raw, fmt, url):
        calls.append(url)
        if len(calls) == 1:
            time.sleep(0.5)  # a one-off start-up cost: loading word lists, imports
        return {"body": "the article text of this page", "title": "Title 0"}

    score, pages = evaluate.run_system(slow_first_call, rows(5))
    assert len(calls) == 5 + evaluate.WARM_UP_PAGES
    assert score.docs == 5 and [p["id"] for p in pages] == ["p0", "p1", "p2", "p3", "p4"]
    assert score.seconds < 0.5  # the sleep alone would be 0.5
    assert score.title == [True, False, False, False, False]


def test_a_crash_during_warm_up_is_counted_in_the_timed_run_only():
    evaluate = load_script("evaluate")

    def crashes(raw, fmt, url):
        raise RuntimeError("peer bug")

    score, _ = evaluate.run_system(crashes, rows(2))
    assert score.errors == 2 and score.docs == 2


def test_systems_take_turns():
    # A machine that slows down half-way through must not slow down only the system timed last.
    evaluate = load_script("evaluate")
    calls = []

    def system(name):
        def run(raw, fmt, url):
            calls.append(name)
            return {"body": "the article text of this page"}
        return run

    out = evaluate.run_systems({"a": system("a"), "b": system("b")}, rows(4), turn=2)
    timed = calls[2 * evaluate.WARM_UP_PAGES:]
    assert timed == ["a", "a", "b", "b", "b", "b", "a", "a"]  # turns of two pages, who starts rotates
    assert out["a"][0].docs == out["b"][0].docs == 4
    assert [p["id"] for p in out["b"][1]] == ["p0", "p1", "p2", "p3"]


def test_text_stages_run_the_stages_of_extract(monkeypatch):
    """benchmarks/text_stages.py times the text stages one by one: together they must still be
    extract(), or the times would describe another pipeline."""
    from pathlib import Path

    from scriptkit import BENCHMARKS

    from articlextract import extract

    monkeypatch.syspath_prepend(str(BENCHMARKS))  # it imports text_speed, its neighbour
    stages = load_script("text_stages")
    fixtures = sorted((Path(__file__).parent / "fixtures" / "text").glob("*.txt"))
    assert fixtures
    for path in fixtures:
        timed = {}
        body = stages.one_page(path.read_bytes(), lambda stage, s: timed.setdefault(stage, s))
        assert body == extract(path).body
        assert {"decode", "segment", "body_region", "metadata", "final"} <= set(timed)


def test_converted_dumps_keep_the_gold_and_a_failing_converter_gives_an_empty_dump(monkeypatch):
    converters = load_script("converters")
    monkeypatch.setitem(converters.CONVERTERS, "upper", lambda html: html.upper())
    monkeypatch.setitem(converters.CONVERTERS, "broken", lambda html: 1 / 0)
    page = [{"id": "p0", "raw": "<p>café</p>".encode("cp1252"), "format": "html", "url": None,
             "gold": {"title": "T"}}]
    dumped = converters.as_dumps(page, "upper", jobs=1)
    assert dumped[0]["format"] == "text" and dumped[0]["gold"] == {"title": "T"}
    assert "<P>CAFÉ</P>" in dumped[0]["raw"].decode("utf-8")  # decoded from cp1252 before converting
    assert converters.as_dumps(page, "broken", jobs=1)[0]["raw"] == b""
    monkeypatch.setitem(converters._NEEDS, "lynx", "program no-such-converter-here")
    assert not converters.available("lynx")
