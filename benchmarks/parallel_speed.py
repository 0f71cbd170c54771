"""Pages per second of the CLI with --parallel 1 and --parallel 2, measured alternately.

    .venv/bin/python benchmarks/parallel_speed.py --data ../shared/datasets --rounds 3

Decompresses the trafilatura-dev HTML pages into a temp directory (never into the repo),
then runs ``articlextract DIR --parallel N --output FILE`` for N = 1, 2, 1, 2, ... and prints
pages/s (from the run's own summary line, which excludes interpreter start-up) and the
speed-up of each round, with the load average and the cores each run actually got (its CPU
seconds over its wall seconds), since other processes share the cores.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SUMMARY = re.compile(r"(\d+) pages: .* in ([\d.]+) s \(([\d.]+) pages/s\)")


def unpack(dataset: Path, into: Path) -> int:
    n = 0
    for line in (dataset / "index.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        src = dataset / entry["path"]
        (into / src.name.removesuffix(".gz")).write_bytes(gzip.decompress(src.read_bytes()))
        n += 1
    return n


def pages_per_second(pages: Path, parallel: int, out: Path) -> tuple[float, float]:
    """pages/s from the run's summary, and the cores it got (CPU seconds / wall seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "articlextract", str(pages), "--parallel", str(parallel),
                           "--output", str(out), "--overwrite", "--no-progress"],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    match = SUMMARY.search(done.stderr)
    if not match:
        raise SystemExit(f"no summary line: {done.stderr[-500:]}")
    return float(match.group(3)), cpu / wall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "datasets")
    ap.add_argument("--dataset", default="trafilatura-dev")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    ratios, one, two = [], [], []
    with tempfile.TemporaryDirectory(prefix="ax-speed-") as tmp:
        pages = Path(tmp) / "pages"
        pages.mkdir()
        print(f"{unpack(args.data / args.dataset, pages)} pages of {args.dataset}; {os.cpu_count()} cores")
        for r in range(args.rounds):
            load = os.getloadavg()[0]
            p1, cores1 = pages_per_second(pages, 1, Path(tmp) / "p1.jsonl")
            p2, cores2 = pages_per_second(pages, 2, Path(tmp) / "p2.jsonl")
            one.append(p1)
            two.append(p2)
            ratios.append(p2 / p1)
            print(f"round {r + 1}: load {load:4.2f}  --parallel 1: {p1:6.1f} pages/s ({cores1:.2f} cores)  "
                  f"--parallel 2: {p2:6.1f} pages/s ({cores2:.2f} cores)  speed-up {p2 / p1:.2f}x")
    print(f"median: --parallel 1 {statistics.median(one):.1f} pages/s, --parallel 2 {statistics.median(two):.1f} "
          f"pages/s, speed-up {statistics.median(ratios):.2f}x (best round {max(ratios):.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
