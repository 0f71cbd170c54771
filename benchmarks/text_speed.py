"""CPU time of extract() on the plain-text dumps (issue 3: 1,000 docs/s on one core).

Reads the ``-text`` datasets (pages decompressed beforehand), extracts every page once per
pass and prints the CPU time per page (``time.process_time``: a loaded machine slows a
pass less than it slows the wall clock). Before every pass the bounded line caches are
emptied, so each pass sees the pages as new, like the single pass of ``evaluate.py``.

    .venv/bin/python benchmarks/text_speed.py --data ../shared/datasets [--passes 5]
    .venv/bin/python benchmarks/text_speed.py --profile 30      # cProfile of one pass instead

To compare two trees on a shared machine, alternate them in one session, e.g. with a copy
of the old package in /tmp/old: ``PYTHONPATH=/tmp/old .venv/bin/python benchmarks/text_speed.py``
then the same without PYTHONPATH, twice.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import importlib
import json
import pkgutil
import pstats
import statistics
import time
from pathlib import Path

import articlextract
from articlextract import extract

TEXT_DATASETS = ("trafilatura-dev-text", "readability-text")
SKIPPED_MODULES = ("ray", "batch", "cli")  # optional dependencies; no line caches there


def load_pages(data: Path) -> list[tuple[bytes, str | None]]:
    pages = []
    for name in TEXT_DATASETS:
        folder = data / name
        for line in (folder / "index.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            pages.append((gzip.decompress((folder / record["path"]).read_bytes()), record.get("url")))
    return pages


def bounded_caches() -> list:
    """The package's bounded caches (of lines, class names…); unbounded ones hold data files."""
    found = []
    for info in pkgutil.walk_packages(articlextract.__path__, "articlextract."):
        if any(part in info.name for part in SKIPPED_MODULES):
            continue
        for value in vars(importlib.import_module(info.name)).values():
            params = getattr(value, "cache_parameters", None)
            if callable(params) and params()["maxsize"] is not None and hasattr(value, "cache_clear"):
                found.append(value)
    return found


def one_pass(pages: list[tuple[bytes, str | None]], caches: list) -> float:
    for cache in caches:
        cache.cache_clear()
    start = time.process_time()
    for raw, url in pages:
        extract(raw, url=url)
    return (time.process_time() - start) / len(pages) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/datasets")
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--profile", type=int, metavar="N", help="print the N costliest functions of one pass")
    args = parser.parse_args()
    pages = load_pages(Path(args.data))
    caches = bounded_caches()
    one_pass(pages[:20], caches)  # data files and regexes are built once per process: not per page
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(one_pass, pages, caches)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
        return
    times = [one_pass(pages, caches) for _ in range(args.passes)]
    best, median = min(times), statistics.median(times)
    print(f"{len(pages)} text pages, {args.passes} passes: min {best:.3f} ms/page ({1000 / best:.0f} docs/s), "
          f"median {median:.3f} ms/page ({1000 / median:.0f} docs/s) CPU")


if __name__ == "__main__":
    main()
