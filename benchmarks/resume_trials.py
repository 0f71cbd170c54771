"""Kill -9 the CLI at a random moment, resume, and check that nothing was lost or doubled.

Each trial: start ``articlextract CORPUS --parallel 2`` writing JSON Lines (odd trials) or
an output directory (even trials), SIGKILL it at a random point of the run, run it again
with ``--resume``, then check that every input has exactly one record, that no record or
output file is cut short, that no temp file is left, and that the records equal those of
an uninterrupted run.

    .venv/bin/python benchmarks/resume_trials.py --trials 20                   # generated pages
    .venv/bin/python benchmarks/resume_trials.py --trials 20 --corpus DIR      # e.g. decompressed dev pages
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMPARED = ("status", "reason", "headline", "byline", "date", "body")


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "articlextract", *args]


def make_corpus(root: Path, n: int) -> None:
    sentence = "The council met on Tuesday to review the plan, and members asked for the costs in detail."
    for i in range(n):
        sub = root / f"part{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        body = "".join(f"<p>Paragraph {k} of story {i}. {sentence}</p>" for k in range(4))
        (sub / f"page-{i // 3:04d}.html").write_text(
            f"<html><head><title>Story {i}</title></head><body><nav>Home News</nav>"
            f"<article><h1>Story {i}</h1>{body}</article></body></html>", encoding="utf-8")


def records(work: Path, target: str, finished: bool = True) -> list[dict]:
    """The records of a run; once the run finished, raises AssertionError on a truncated line
    or a leftover temp file. A killed run may leave both: a temp file, and a last record cut
    short (Linux stops a write to a file between two pages of memory once SIGKILL is pending,
    so a record that straddles a page boundary of the file can be cut even though it went out
    in one write); its resume removes the one and cuts off the other. A run killed before it
    wrote anything has no output yet: no records."""
    first = work / "out.jsonl" if target == "jsonl" else work / "out" / ".articlextract" / "manifest.jsonl"
    if not finished and not first.exists():
        return []
    if target == "jsonl":
        data = _whole_lines((work / "out.jsonl").read_bytes(), finished, "truncated last record")
        return [json.loads(line) for line in data.splitlines()]
    out = work / "out"
    data = _whole_lines((out / ".articlextract" / "manifest.jsonl").read_bytes(), finished,
                        "truncated last manifest line")
    recs = []
    for entry in map(json.loads, data.splitlines()):
        page = json.loads((out / entry["output"]).read_text(encoding="utf-8")) if entry["output"] else entry
        assert page["source"] == entry["source"]
        recs.append(page)
    leftovers = [p for p in out.rglob(".tmp-*")]
    assert not (finished and leftovers), f"temp files left: {leftovers[:3]}"
    return recs


def _whole_lines(data: bytes, finished: bool, message: str) -> bytes:
    """``data`` without an unfinished last line, which only a killed run may leave."""
    if data and not data.endswith(b"\n"):
        assert not finished, message
        return data[:data.rfind(b"\n") + 1]
    return data


def _code(reason: str | None) -> str:
    return (reason or "").split(":", 1)[0]


def snapshot_package(into: Path) -> None:
    """Run a frozen copy of the package, so edits to the tree during the trials don't count."""
    src = Path(__file__).resolve().parents[1] / "src" / "articlextract"
    shutil.copytree(src, into / "articlextract", ignore=shutil.ignore_patterns("__pycache__"))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(into), os.environ.get("PYTHONPATH")]))


def output_args(work: Path, target: str) -> list[str]:
    return ["--output", str(work / "out.jsonl")] if target == "jsonl" else ["-o", str(work / "out")]


def reference(corpus: Path, work: Path, parallel: int) -> tuple[dict, float]:
    start = time.monotonic()
    subprocess.run(cli(str(corpus), "--output", str(work / "ref.jsonl"), "--parallel", str(parallel), "-q"),
                   check=False, stdin=subprocess.DEVNULL)
    secs = time.monotonic() - start
    recs = [json.loads(line) for line in (work / "ref.jsonl").read_bytes().splitlines()]
    return {r["source"]: tuple(r[k] for k in COMPARED) for r in recs}, secs


def trial(n: int, corpus: Path, work: Path, ref: dict, run_secs: float, parallel: int, rng: random.Random) -> str:
    target = "jsonl" if n % 2 else "dir"
    args = cli(str(corpus), *output_args(work, target), "--parallel", str(parallel), "-q")
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    delay = rng.uniform(0.5, max(0.6, run_secs * 0.95))
    time.sleep(delay)
    killed = proc.poll() is None
    proc.kill()
    proc.wait()
    before = len(records(work, target, finished=False)) if killed else None
    resumed = subprocess.run(args + ["--resume"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    recs = records(work, target)
    got = sorted(r["source"] for r in recs)
    assert got == sorted(ref), f"{len(got)} records for {len(ref)} inputs ({len(set(got))} distinct)"
    for r in recs:
        want = dict(zip(COMPARED, ref[r["source"]]))
        if "timeout" in (_code(r["reason"]), _code(want["reason"])):
            continue  # how long a page takes depends on the machine's load, not on resuming
        diff = {k: (r[k], want[k]) for k in COMPARED if r[k] != want[k]}
        assert not diff, f"differs from a clean run: {r['source']}: {str(diff)[:300]}"
    assert resumed.returncode in (0, 1), resumed.stderr
    return f"{target:5s} killed at {delay:5.2f} s " + (f"after {before} records" if killed else "(run had finished)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--corpus", type=Path, help="a directory of pages (default: 1000 generated pages)")
    ap.add_argument("--parallel", type=int, default=2)
    ap.add_argument("--seed", type=int, default=None)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    passed = 0
    with tempfile.TemporaryDirectory(prefix="ax-resume-") as tmp:
        snapshot_package(Path(tmp) / "snapshot")
        corpus = args.corpus or Path(tmp) / "corpus"
        if not args.corpus:
            make_corpus(corpus, 1000)
        ref, run_secs = reference(corpus, Path(tmp), args.parallel)
        print(f"{len(ref)} inputs; an uninterrupted run takes {run_secs:.1f} s")
        for n in range(args.trials):
            work = Path(tmp) / f"trial{n}"
            work.mkdir()
            try:
                print(f"trial {n + 1:2d}: ok, {trial(n, corpus, work, ref, run_secs, args.parallel, rng)}")
                passed += 1
            except AssertionError as exc:
                print(f"trial {n + 1:2d}: FAILED: {exc}")
    print(f"{passed}/{args.trials} trials: every input exactly once, no truncated record, same as a clean run")
    return 0 if passed == args.trials else 1


if __name__ == "__main__":
    sys.exit(main())
