"""CPU-time speed of articlextract vs trafilatura vs a bare lxml parse, on HTML pages.

The machine is shared, so wall-clock figures swing: this measures CPU time
(``time.process_time``) and runs the three systems in turn on each page (interleaved), so
load changes hit all three alike. Figures are ratios to the bare parse and to each other.

    .venv/bin/python benchmarks/speed.py --data ../shared/datasets --pages 250
    .venv/bin/python benchmarks/speed.py --profile 30   # cProfile of ours, top 30 functions
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import random
import time
from pathlib import Path

DATASETS = ("readability", "trafilatura-dev")


def load_pages(data: Path, count: int, seed: int) -> list[bytes]:
    pages = []
    for name in DATASETS:
        for line in (data / name / "index.jsonl").open(encoding="utf-8"):
            rec = json.loads(line)
            if rec["format"] == "html":
                pages.append(gzip.decompress((data / name / rec["path"]).read_bytes()))
    random.Random(seed).shuffle(pages)
    return pages[:count]


def systems() -> dict:
    import lxml.html
    import trafilatura
    from articlextract import extract
    return {
        "lxml": lambda raw: lxml.html.fromstring(raw),
        "articlextract": lambda raw: extract(raw),
        "trafilatura": lambda raw: trafilatura.extract(raw, with_metadata=True),
    }


def measure(pages: list[bytes]) -> dict[str, float]:
    runners = systems()
    cpu = dict.fromkeys(runners, 0.0)
    for raw in pages:
        for name, run in runners.items():
            start = time.process_time()
            run(raw)
            cpu[name] += time.process_time() - start
    return cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("../shared/datasets"))
    ap.add_argument("--pages", type=int, default=250)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--profile", type=int, metavar="N", help="profile ours instead; print top N")
    args = ap.parse_args()
    pages = load_pages(args.data, args.pages, args.seed)
    if args.profile:
        from articlextract import extract
        prof = cProfile.Profile()
        prof.runcall(lambda: [extract(raw) for raw in pages])
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)
        return
    systems()["articlextract"](pages[0])  # warm-up: lexicon files, lazy imports
    systems()["trafilatura"](pages[0])
    cpu = measure(pages)
    n = len(pages)
    for name, secs in cpu.items():
        print(f"{name:14s} {secs:7.2f} s CPU  {n / secs:8.1f} docs/s  {secs / cpu['lxml']:5.1f}x lxml parse")
    print(f"articlextract / trafilatura speed: {cpu['trafilatura'] / cpu['articlextract']:.2f}x")


if __name__ == "__main__":
    main()
