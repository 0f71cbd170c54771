"""Resident memory over a long run: does extract() leak?

Cycles the dev datasets through ``extract()`` in one process (each page as the gzip bytes
stored in the dataset, so the gzip path runs too), and prints the resident set size after a
warm-up of 1,000 pages and after 10,000 more. Growth over the 10,000 must stay <= 50 MB
(issue 6); the exit status is 1 when it does not. ``--distinct`` makes every page unique
(a serial number in each paragraph and line), so bounded caches fill up as they would
on a crawl of distinct pages, instead of hitting on the repeated dev pages.

    .venv/bin/python benchmarks/memory.py --data ../shared/datasets
    .venv/bin/python benchmarks/memory.py --data ../shared/datasets --cli

``--cli`` measures the same in the batch command: it writes the cycled pages as files into a
temp directory, runs ``articlextract DIR --parallel 1`` on them, and samples the resident
memory of the command and its worker process as the output grows.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from articlextract import extract

DEV_DATASETS = ("readability", "trafilatura-dev", "readability-text", "trafilatura-dev-text")


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status (Linux only)")


def load_pages(data: Path, datasets: list[str]) -> list[tuple[bytes, str]]:
    """The raw (still gzip-compressed) page bytes and their format, for every page."""
    pages = []
    for name in datasets:
        folder = data / name
        for line in (folder / "index.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            pages.append(((folder / record["path"]).read_bytes(), record["format"]))
    return pages


def made_distinct(raw: bytes, fmt: str, n: int) -> bytes:
    """The page with a serial number in every paragraph and line, so that no text cache can
    hit, as on a crawl of distinct pages (class names are left alone: they repeat per site)."""
    tag = b"u%d " % n
    page = gzip.decompress(raw)
    if fmt == "text":
        return b"\n".join(tag + line if line.strip() else line for line in page.split(b"\n"))
    return page.replace(b"<p>", b"<p>" + tag).replace(b"<li>", b"<li>" + tag)


def run(pages: list[tuple[bytes, str]], count: int, cycle: itertools.cycle, distinct: bool) -> dict[str, int]:
    statuses: dict[str, int] = {}
    for n in range(count):
        raw, fmt = next(cycle)
        article = extract(made_distinct(raw, fmt, n) if distinct else raw, format=fmt)
        key = article.status if article.status == "ok" else f"{article.status}:{article.reason.split(':')[0]}"
        statuses[key] = statuses.get(key, 0) + 1
    return statuses


def tree_rss_mb(pid: int) -> float:
    """RSS of a process and its children (the CLI and its workers)."""
    total = 0.0
    try:
        with open(f"/proc/{pid}/status") as fh:
            total += next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:")) / 1024
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            children = [int(c) for c in fh.read().split()]
    except (OSError, StopIteration):
        return total
    return total + sum(tree_rss_mb(child) for child in children)


def count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as fh:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
    except OSError:
        return 0


def run_cli(pages: list[tuple[bytes, str]], warmup: int, count: int) -> tuple[float, float]:
    """RSS of the CLI tree after ``warmup`` pages and at the end of ``warmup + count``."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        cycle = itertools.cycle(pages)
        for n in range(warmup + count):
            raw, fmt = next(cycle)
            (folder / f"{n:06d}.{'html' if fmt == 'html' else 'txt'}.gz").write_bytes(raw)
        out = Path(tmp) / "out.jsonl"
        cmd = [sys.executable, "-m", "articlextract", str(folder), "--parallel", "1", "--output", str(out)]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        after_warmup = last = 0.0
        while proc.poll() is None:
            done = count_lines(out)
            rss = tree_rss_mb(proc.pid)
            if done >= warmup and not after_warmup:
                after_warmup = rss
            if rss:
                last = rss
            time.sleep(0.5)
        written = count_lines(out)
        if written != warmup + count:
            raise SystemExit(f"the CLI wrote {written} records for {warmup + count} pages")
        return after_warmup, last


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/datasets"))
    ap.add_argument("--datasets", default=",".join(DEV_DATASETS))
    ap.add_argument("--warmup", type=int, default=1_000)
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--max-growth-mb", type=float, default=50.0)
    ap.add_argument("--distinct", action="store_true",
                    help="number every paragraph and line so that text caches never hit")
    ap.add_argument("--cli", action="store_true", help="measure the articlextract command instead")
    args = ap.parse_args(argv)
    pages = load_pages(args.data, args.datasets.split(","))
    if args.cli:
        before, after = run_cli(pages, args.warmup, args.pages)
        growth = after - before
        print(f"CLI (main + worker) RSS after {args.warmup:,} pages: {before:.1f} MB; "
              f"after {args.pages:,} more: {after:.1f} MB; growth {growth:+.1f} MB "
              f"(limit {args.max_growth_mb:.0f} MB)")
        return 0 if growth <= args.max_growth_mb else 1
    if args.cli:
        before, after = run_cli(pages, args.warmup, args.pages)
        growth = after - before
        print(f"CLI (main + worker) RSS after {args.warmup:,} pages: {before:.1f} MB; after {args.pages:,} more: "
              f"{after:.1f} MB; growth {growth:+.1f} MB (limit {args.max_growth_mb:.0f} MB)")
        return 0 if growth <= args.max_growth_mb else 1
    cycle = itertools.cycle(pages)
    print(f"{len(pages)} distinct pages; RSS at start {rss_mb():.1f} MB", flush=True)
    t0 = time.monotonic()
    run(pages, args.warmup, cycle, args.distinct)
    gc.collect()
    after_warmup = rss_mb()
    print(f"after {args.warmup:,} pages: RSS {after_warmup:.1f} MB", flush=True)
    statuses = run(pages, args.pages, cycle, args.distinct)
    gc.collect()
    after_run = rss_mb()
    growth = after_run - after_warmup
    elapsed = time.monotonic() - t0
    print(f"after {args.pages:,} more: RSS {after_run:.1f} MB; growth {growth:+.1f} MB "
          f"(limit {args.max_growth_mb:.0f} MB); statuses {statuses}; "
          f"{(args.warmup + args.pages) / elapsed:.1f} pages/s")
    return 0 if growth <= args.max_growth_mb else 1


if __name__ == "__main__":
    sys.exit(main())
