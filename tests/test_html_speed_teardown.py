"""Per-page work around the stages, cut without changing an answer.

extract() frees a page's blocks before it resumes the cyclic collector (Options.pause_gc):
alive at that moment, they would make the collector's first pass walk every one of them.
explain() keeps them (it reports on them), and both give the same article. While a page is
extracted, each element's class tokens are read once (``rules.html.page_token_memo``)."""

from __future__ import annotations

import gc
import types

from articlextract import api, explain, extract
from articlextract.model import Block

PAGE = ("<html><head><title>Council votes on the budget</title></head><body><nav><a href='/'>Home</a></nav>"
        "<article><h1>Council votes on the budget</h1><p>By Jane Doe</p><p>"
        + "A sentence of the article about the budget. " * 20 + "</p></article></body></html>")


def _live_blocks() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, Block))


def _spy_on_resume(monkeypatch) -> list[int]:
    """The number of live blocks each time api resumes the collector."""
    seen: list[int] = []

    def enable() -> None:
        seen.append(_live_blocks())
        gc.enable()

    monkeypatch.setattr(api, "gc", types.SimpleNamespace(enable=enable, disable=gc.disable, isenabled=gc.isenabled))
    return seen


def test_extract_frees_the_blocks_before_the_collector_resumes(monkeypatch):
    gc.enable()
    before = _live_blocks()
    seen = _spy_on_resume(monkeypatch)
    assert extract(PAGE).status == "ok"
    assert seen == [before]
    assert gc.isenabled()


def test_explain_keeps_the_blocks_and_reports_the_same_article(monkeypatch):
    gc.enable()
    before = _live_blocks()
    seen = _spy_on_resume(monkeypatch)
    explanation = explain(PAGE)
    assert len(seen) == 1 and seen[0] > before  # alive: the report is made from them
    assert len(explanation.blocks) > 2
    assert extract(PAGE) == explanation.article


def test_class_tokens_read_once_per_page_are_the_tokens_read_each_time():
    from lxml import etree

    from articlextract.rules import html as html_rules

    root = etree.HTML("<html><body><div class='post-body shareBar-top' id='main'><p role='note'>x</p>"
                      "<span>y</span></div></body></html>")
    elements = list(root.iter())
    plain = [html_rules.class_tokens(el) for el in elements]
    assert html_rules.current_page_memo() is None
    with html_rules.page_token_memo():
        assert [html_rules.class_tokens(el) for el in elements] == plain
        assert [html_rules.class_tokens(el) for el in elements] == plain  # from the memo
        assert set(html_rules.current_page_memo()) == set(elements)
        assert html_rules.class_tokens(None) == frozenset()  # not an element: not remembered
    assert html_rules.current_page_memo() is None  # nothing outlives the page
    assert {"post", "body", "share", "bar", "share-bar", "main"} <= plain[2]


def test_the_memo_is_dropped_when_a_page_fails():
    from articlextract.rules import html as html_rules

    try:
        with html_rules.page_token_memo():
            raise ValueError("a bug in a stage")
    except ValueError:
        pass
    assert html_rules.current_page_memo() is None


def test_pages_in_two_threads_keep_their_own_memo():
    import threading

    from articlextract.rules import html as html_rules

    seen: dict[str, object] = {}
    inside = threading.Barrier(2)

    def page(name: str) -> None:
        with html_rules.page_token_memo():
            inside.wait()  # both pages are being extracted at once
            seen[name] = html_rules.current_page_memo()
            inside.wait()
        seen[name + " after"] = html_rules.current_page_memo()

    threads = [threading.Thread(target=page, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen["a"] == {} and seen["b"] == {} and seen["a"] is not seen["b"]
    assert seen["a after"] is None and seen["b after"] is None
