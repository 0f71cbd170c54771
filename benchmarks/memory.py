"""Resident memory over a long run: does extract() leak?

Cycles the dev datasets through ``extract()`` in one process (each page as the gzip bytes
stored in the dataset, so the gzip path runs too), and prints the resident set size after a
warm-up of 1,000 pages and after 10,000 more. Growth over the 10,000 must stay <= 50 MB
(issue 6); the exit status is 1 when it does not. ``--distinct`` makes every page unique
(a serial number in each paragraph and line), so bounded caches fill up as they would
on a crawl of distinct pages, instead of hitting on the repeated dev pages.

    .venv/bin/python benchmarks/memory.py --data ../shared/datasets
"""

from __future__ import annotations

import argparse
import gc
import gzip
import itertools
import json
import sys
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/datasets"))
    ap.add_argument("--datasets", default=",".join(DEV_DATASETS))
    ap.add_argument("--warmup", type=int, default=1_000)
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--max-growth-mb", type=float, default=50.0)
    ap.add_argument("--distinct", action="store_true",
                    help="number every paragraph and line so that text caches never hit")
    args = ap.parse_args(argv)
    pages = load_pages(args.data, args.datasets.split(","))
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
