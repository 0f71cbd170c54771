"""Helpers for the batch CLI tests: a generated corpus whose right answers are obvious,
a fault-injection hook, and running the real ``articlextract`` command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HOOK_MODULE = '''
import os, signal, time

def inject(task, data):
    delay = float(os.environ.get("AX_TEST_DELAY", "0"))
    if delay:
        time.sleep(delay)
    if b"POISON-SLEEP" in data:
        time.sleep(600)
    if b"POISON-SEGV" in data:
        os.kill(os.getpid(), signal.SIGSEGV)
    if b"POISON-ALLOC" in data:
        hog = bytearray(4 * 1024 ** 3)
'''

SENTENCE = ("The committee met on Tuesday to review the proposal in detail, and members asked "
            "for a fuller account of the costs before the final vote next month.")


def page_html(n: int, marker: str = "") -> str:
    """An article page whose headline and body are unmistakable: 'Story n' and its marker."""
    paras = "".join(f"<p>Paragraph {k} of story {n}. {SENTENCE}</p>" for k in range(3))
    return (f"<html><head><title>Story {n}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<article><h1>Story {n}</h1><p>Unique marker story-{n}-body. {marker} {SENTENCE}</p>{paras}</article>"
            f"<footer>Copyright 2024 Example News</footer></body></html>")


def make_corpus(root: Path, n: int, dirs: int = 2) -> list[Path]:
    """n pages spread over ``dirs`` subdirectories, with the same basenames in each."""
    paths = []
    for i in range(n):
        sub = root / f"part{i % dirs}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"page-{i // dirs:04d}.html"
        path.write_text(page_html(i), encoding="utf-8")
        paths.append(path)
    return paths


def hook_env(tmp: Path, delay: float = 0.0) -> dict[str, str]:
    hook_dir = tmp / "hookmod"
    hook_dir.mkdir(exist_ok=True)
    (hook_dir / "ax_test_hook.py").write_text(HOOK_MODULE, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(hook_dir), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["ARTICLEXTRACT_FAULT_HOOK"] = "ax_test_hook:inject"
    env["AX_TEST_DELAY"] = str(delay)
    return env


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "articlextract", *args]


def run_cli(*args: str, env=None, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cli(*args), env=env, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL, **kw)


def start_cli(*args: str, env=None, **kw) -> subprocess.Popen:
    return subprocess.Popen(cli(*args), env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def read_jsonl(path: Path) -> list[dict]:
    """Every line must be a complete JSON record: a truncated record fails the test."""
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), "the last record is cut short"
    return [json.loads(line) for line in data.splitlines()]


def count_lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def wait_for_lines(path: Path, at_least: int, proc: subprocess.Popen, limit: float = 60) -> int:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        n = count_lines(path)
        if n >= at_least:
            return n
        time.sleep(0.02)
    return count_lines(path)


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def sources(records: list[dict]) -> list[str]:
    return sorted(r["source"] for r in records)
