"""extract() pauses Python's cyclic collector for one page and always leaves it as it found it
(Options.pause_gc): on, off, after an error."""

import gc

import pytest

from articlextract import api, extract
from articlextract.options import Options

PAGE = "<html><body><article><p>" + "A sentence of the article. " * 20 + "</p></article></body></html>"


@pytest.fixture
def seen(monkeypatch):
    """The collector's state while the pipeline runs, one entry per page."""
    states = []
    real = api._pipeline

    def spy(*args, **kwargs):
        states.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "_pipeline", spy)
    yield states
    gc.enable()


def test_the_collector_is_paused_during_a_page_and_resumed_after(seen):
    gc.enable()
    assert extract(PAGE).status == "ok"
    assert seen == [False]
    assert gc.isenabled()


def test_a_collector_the_caller_paused_stays_paused(seen):
    gc.disable()
    extract(PAGE)
    assert not gc.isenabled()


def test_the_option_off_leaves_the_collector_alone(seen):
    gc.enable()
    extract(PAGE, options=Options(pause_gc=False))
    assert seen == [True]
    assert gc.isenabled()


def test_the_collector_is_resumed_after_a_page_that_fails(monkeypatch):
    def boom(*args, **kwargs):
        raise ValueError("a bug in a stage")

    monkeypatch.setattr(api, "_pipeline", boom)
    gc.enable()
    assert extract(PAGE).status == "error"
    assert gc.isenabled()
