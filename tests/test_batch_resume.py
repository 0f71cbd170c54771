"""kill -9 at a random point, then --resume: every input exactly once, nothing cut short,
and the same records as an uninterrupted run. The figure run does 20 tries
(benchmarks/resume_trials.py); CI does a few with the same code."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from scriptkit import load_script


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux processes")
def test_kill9_at_random_points_then_resume_loses_and_doubles_nothing(tmp_path):
    trials = load_script("resume_trials")
    corpus = tmp_path / "corpus"
    trials.make_corpus(corpus, 500)
    ref, run_secs = trials.reference(corpus, tmp_path, parallel=2)
    assert len(ref) == 500
    # COMPARED = status, reason, headline, ...: every generated page is an article "Story n"
    assert {v[0] for v in ref.values()} == {"ok"}
    assert len({v[2] for v in ref.values()}) == 500
    rng = random.Random(20261123)
    for n in range(4):  # two JSONL runs, two output-directory runs
        work = tmp_path / f"trial{n}"
        work.mkdir()
        trials.trial(n, corpus, work, ref, run_secs, 2, rng)
