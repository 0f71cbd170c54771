"""The twelve fault scenarios of robustness.md (F1-F12), each against a real process.

Corpus pages are generated (their right answer is obvious: 'Story n'); faults come from a
fault-injection hook (ARTICLEXTRACT_FAULT_HOOK) that sleeps, crashes or allocates on a
marker, from signals, from a file-size limit and from a read-only mount.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from batchkit import (alive, children, cli, hook_env, make_corpus, page_html, read_jsonl, run_cli, sources,
                      start_cli, wait_for_lines)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not Path("/proc/self").exists(),
                                reason="fault tests need Linux processes")


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return make_corpus(tmp_path / "corpus", 60)


def manifest(out: Path) -> list[dict]:
    return read_jsonl(out / ".articlextract" / "manifest.jsonl")


def assert_exactly_once(recs: list[dict], paths: list[Path]) -> None:
    expected = sorted(os.path.relpath(p) for p in paths)
    assert sources(recs) == expected


def assert_no_temp_or_empty_files(out: Path, allow_temps: bool = False) -> None:
    """No empty output file; no temp file either, unless a kill -9 may have cut a write
    (a temp file is never an output: the next run removes it)."""
    for path in out.rglob("*"):
        if path.is_file():
            if path.name.startswith(".tmp-"):
                assert allow_temps, path
                continue
            assert path.name == "manifest.jsonl" or path.stat().st_size > 0, path


def assert_outputs_match_inputs(out: Path) -> None:
    """Every output file is complete and belongs to the input it names."""
    for rec in manifest(out):
        if rec["output"]:
            page = json.loads((out / rec["output"]).read_text(encoding="utf-8"))
            assert page["source"] == rec["source"]
            assert page["sha256"] == hashlib.sha256(Path(rec["source"]).read_bytes()).hexdigest()
            n = int(page["headline"].split()[-1])
            assert f"story-{n}-body" in page["body"]


def test_f1_kill9_main_leaves_no_orphans_or_partial_files_and_resume_finishes(corpus, tmp_path):
    env = hook_env(tmp_path, delay=0.03)
    proc = start_cli("corpus", "-o", "out", "--parallel", "2", env=env)
    assert wait_for_lines(tmp_path / "out/.articlextract/manifest.jsonl", 10, proc) >= 10
    workers = children(proc.pid)
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 5
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert workers and not any(alive(w) for w in workers), "orphaned workers"
    assert_no_temp_or_empty_files(tmp_path / "out", allow_temps=True)
    assert_outputs_match_inputs(tmp_path / "out")
    done_before = len(manifest(tmp_path / "out"))
    assert 10 <= done_before < len(corpus)
    resumed = run_cli("corpus", "-o", "out", "--resume", env=hook_env(tmp_path))
    assert resumed.returncode == 0, resumed.stderr
    assert_exactly_once(manifest(tmp_path / "out"), corpus)
    assert_outputs_match_inputs(tmp_path / "out")
    assert_no_temp_or_empty_files(tmp_path / "out")
    assert f"{done_before} already done" in resumed.stderr


@pytest.mark.parametrize("signum, status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_f2_sigint_sigterm_flush_and_exit_130_143(corpus, tmp_path, signum, status):
    proc = start_cli("corpus", "--output", "out.jsonl", "--parallel", "2", env=hook_env(tmp_path, delay=0.03))
    assert wait_for_lines(tmp_path / "out.jsonl", 5, proc) >= 5
    proc.send_signal(signum)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == status, err
    assert "pages:" in err  # the summary still comes out
    partial = read_jsonl(tmp_path / "out.jsonl")
    assert len(partial) < len(corpus)
    assert run_cli("corpus", "--output", "out.jsonl", "--resume").returncode == 0
    assert_exactly_once(read_jsonl(tmp_path / "out.jsonl"), corpus)


def test_f3_crashing_page_and_killed_worker(corpus, tmp_path):
    crash = tmp_path / "corpus" / "crash.html"
    crash.write_text(page_html(999, marker="POISON-SEGV"), encoding="utf-8")
    proc = start_cli("corpus", "--output", "out.jsonl", "--parallel", "2", env=hook_env(tmp_path, delay=0.03))
    assert wait_for_lines(tmp_path / "out.jsonl", 5, proc) >= 5
    os.kill(children(proc.pid)[0], signal.SIGKILL)  # a worker dies mid-page: its page is retried
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, err
    recs = read_jsonl(tmp_path / "out.jsonl")
    assert_exactly_once(recs, [*corpus, crash])
    by_source = {r["source"]: r for r in recs}
    crashed = by_source.pop("corpus/crash.html")
    assert crashed["status"] == "error" and crashed["reason"].startswith("worker_crashed:")
    assert "SIGSEGV" in crashed["reason"]
    assert {r["status"] for r in by_source.values()} == {"ok"}


def test_f4_hanging_page_becomes_a_timeout_record(corpus, tmp_path):
    hang = tmp_path / "corpus" / "hang.html"
    hang.write_text(page_html(998, marker="POISON-SLEEP"), encoding="utf-8")
    start = time.monotonic()
    done = run_cli("corpus", "--output", "out.jsonl", "--timeout", "1.5", "--parallel", "2",
                   env=hook_env(tmp_path))
    elapsed = time.monotonic() - start
    assert done.returncode == 1
    recs = {r["source"]: r for r in read_jsonl(tmp_path / "out.jsonl")}
    assert recs["corpus/hang.html"]["reason"].startswith("timeout:")
    assert all(r["status"] == "ok" for s, r in recs.items() if s != "corpus/hang.html")
    assert len(recs) == len(corpus) + 1
    assert elapsed < 1.5 + 15  # the timeout plus a normal run, not the 600 s the page asks for


def test_f5_memory_blowup_is_a_memory_limit_record(corpus, tmp_path):
    hog = tmp_path / "corpus" / "hog.html"
    hog.write_text(page_html(997, marker="POISON-ALLOC"), encoding="utf-8")
    done = run_cli("corpus", "--output", "out.jsonl", "--memory-limit", "1024", env=hook_env(tmp_path))
    assert done.returncode == 1
    recs = {r["source"]: r for r in read_jsonl(tmp_path / "out.jsonl")}
    assert recs["corpus/hog.html"]["reason"].startswith("memory_limit:")
    assert sum(r["status"] == "ok" for r in recs.values()) == len(corpus)


def _limit_file_size(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_f6_disk_full_stops_cleanly_and_resume_finishes(corpus, tmp_path):
    full = run_cli("corpus", "--output", "out.jsonl", preexec_fn=_limit_file_size(30_000))
    assert full.returncode == 1
    assert "cannot write" in full.stderr and "--resume" in full.stderr
    partial = read_jsonl(tmp_path / "out.jsonl")  # no truncated record
    assert 0 < len(partial) < len(corpus)
    assert run_cli("corpus", "--output", "out.jsonl", "--resume").returncode == 0
    assert_exactly_once(read_jsonl(tmp_path / "out.jsonl"), corpus)


def test_f6_disk_full_in_output_dir_leaves_no_temp_files(corpus, tmp_path):
    big = tmp_path / "corpus" / "big.html"
    big.write_text(page_html(996, marker="word " * 20_000), encoding="utf-8")
    full = run_cli("corpus", "-o", "out", "--parallel", "1", preexec_fn=_limit_file_size(60_000))
    assert full.returncode == 1
    assert_no_temp_or_empty_files(tmp_path / "out")
    assert run_cli("corpus", "-o", "out", "--resume").returncode == 0
    assert_exactly_once(manifest(tmp_path / "out"), [*corpus, big])
    assert_outputs_match_inputs(tmp_path / "out")


def test_f7_read_only_output_fails_fast_with_exit_2(corpus, tmp_path):
    ro = tmp_path / "ro"
    ro.mkdir()
    wrapper: list[str] = []
    if os.geteuid() != 0:
        ro.chmod(0o555)
    elif shutil.which("unshare"):  # root writes through permissions: a read-only mount, private to the run
        wrapper = ["unshare", "-m", "sh", "-c", f'mount -t tmpfs -o ro,size=64k tmpfs {ro} && exec "$@"', "sh"]
    else:
        pytest.skip("needs unshare to make a read-only mount as root")
    start = time.monotonic()
    done = subprocess.run([*wrapper, *cli("corpus", "-o", str(ro / "out"))], capture_output=True, text=True,
                          timeout=30, stdin=subprocess.DEVNULL)
    elapsed = time.monotonic() - start
    if wrapper and done.returncode != 2 and "articlextract" not in done.stderr:
        pytest.skip(f"cannot make a read-only mount here: {done.stderr.strip()[:200]}")
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "read-only" in done.stderr.lower()
    assert not (ro / "out").exists()
    assert elapsed < 3  # well within a second of work, plus interpreter start on a loaded machine


def test_f8_input_deleted_mid_run(corpus, tmp_path):
    proc = start_cli("corpus", "--output", "out.jsonl", "--parallel", "2", env=hook_env(tmp_path, delay=0.03))
    assert wait_for_lines(tmp_path / "out.jsonl", 5, proc) >= 5
    doomed = sorted(corpus)[-10:]
    for path in doomed:
        path.unlink()
    proc.communicate(timeout=60)
    recs = {r["source"]: r for r in read_jsonl(tmp_path / "out.jsonl")}
    assert sorted(recs) == sorted(os.path.relpath(p) for p in corpus)
    doomed_names = {os.path.relpath(p) for p in doomed}
    missing = {s for s, r in recs.items() if r["status"] != "ok"}
    assert missing and missing <= doomed_names
    assert all(recs[s]["reason"].startswith("input_missing:") for s in missing)


def test_f9_fifo_device_directory_and_symlink_loop_are_skipped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make_corpus(tmp_path / "in", 4, dirs=1)
    os.mkfifo(tmp_path / "in" / "pipe.html")
    (tmp_path / "in" / "null.html").symlink_to("/dev/null")
    (tmp_path / "in" / "loop-a.html").symlink_to("loop-b.html")
    (tmp_path / "in" / "loop-b.html").symlink_to("loop-a.html")
    (tmp_path / "in" / "x.html").mkdir()
    (tmp_path / "in" / "zero.html").write_bytes(b"")
    done = run_cli("in", "in/*.html", "--output", "out.jsonl", timeout=60)
    recs = {r["source"]: r for r in read_jsonl(tmp_path / "out.jsonl")}
    for name in ("pipe.html", "null.html", "loop-a.html", "loop-b.html", "x.html"):
        assert recs[f"in/{name}"]["status"] == "skipped", name
        assert recs[f"in/{name}"]["reason"].startswith("not_regular_file:"), name
    assert recs["in/zero.html"]["status"] == "empty"
    assert recs["in/zero.html"]["reason"].startswith("empty_document")
    assert sum(r["status"] == "ok" for r in recs.values()) == 4
    assert done.returncode == 0  # skipped and empty pages are not failures


def test_f10_second_run_on_the_same_output_exits_75(corpus, tmp_path):
    first = start_cli("corpus", "-o", "out", "--parallel", "1", env=hook_env(tmp_path, delay=0.03))
    assert wait_for_lines(tmp_path / "out/.articlextract/manifest.jsonl", 2, first) >= 2
    second = run_cli("corpus", "-o", "out", "--resume")
    assert second.returncode == 75, second.stderr
    assert "another articlextract run" in second.stderr
    assert first.wait(timeout=60) == 0
    assert_exactly_once(manifest(tmp_path / "out"), corpus)


def test_f11_same_basename_in_two_directories_never_collides(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for n, sub in enumerate(("a", "b/c")):
        (tmp_path / sub).mkdir(parents=True)
        (tmp_path / sub / "index.html").write_text(page_html(n), encoding="utf-8")
    assert run_cli("a", "b", "-o", "out").returncode == 0
    assert json.loads((tmp_path / "out/a/index.html.json").read_text())["headline"] == "Story 0"
    assert json.loads((tmp_path / "out/b/c/index.html.json").read_text())["headline"] == "Story 1"


@pytest.mark.parametrize("target", ["jsonl", "dir"])
def test_f12_truncated_last_line_is_ignored_and_redone(corpus, tmp_path, target):
    args = ("--output", "out.jsonl") if target == "jsonl" else ("-o", "out")
    log = tmp_path / ("out.jsonl" if target == "jsonl" else "out/.articlextract/manifest.jsonl")
    assert run_cli("corpus", *args).returncode == 0
    lines = log.read_bytes().splitlines(keepends=True)
    last = json.loads(lines[-1])
    log.write_bytes(b"".join(lines[:-1]) + lines[-1][: len(lines[-1]) // 2])  # a crash mid-write
    resumed = run_cli("corpus", *args, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    recs = read_jsonl(log)
    assert_exactly_once(recs, corpus)
    assert recs[-1]["source"] == last["source"]  # the cut record was done again
    assert "1 pages" in resumed.stderr
