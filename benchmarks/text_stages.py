"""Where a text dump's extraction time goes: CPU time per stage, or instructions of one stage.

Runs the stages of ``api._text_stages`` one at a time on every page of the ``-text``
datasets (after ``text_speed.load_pages``), and prints the CPU time per page of each:
decode, segmentation, each rule of the chain, metadata, the final chain with rendering.
The line caches are emptied before every pass, as in ``text_speed.py``.

    .venv/bin/python benchmarks/text_stages.py --data ../shared/datasets [--passes 2]

CPU time swings with the machine's load; instruction counts do not. ``--only STAGE`` runs
that stage (``segment``, ``metadata``, ``final``, or a rule's name such as ``body_region``)
inside ``functools.reduce`` after untimed warm-up and preparation, so that callgrind can
count it alone:

    valgrind --tool=callgrind --toggle-collect=functools_reduce --callgrind-out-file=/dev/null \\
        .venv/bin/python benchmarks/text_stages.py --only body_region --every 4

(``--every N`` keeps every Nth page: callgrind runs Python about 50 times slower.)
"""

from __future__ import annotations

import argparse
import functools
import gc
import time
from pathlib import Path

from text_speed import bounded_caches, load_pages

from articlextract import decode as decoding
from articlextract import extract
from articlextract.metadata.text import extract_text_metadata
from articlextract.options import DEFAULT_OPTIONS
from articlextract.render import render_body
from articlextract.rules import DEFAULT_CHAIN, FINAL_CHAIN, Context, run_chain
from articlextract.segment_text import segment_text, split_crawl_stamp

NO_DEADLINE = float("inf")


def _context() -> Context:
    return Context(options=DEFAULT_OPTIONS, format="text", deadline=NO_DEADLINE)


def one_page(raw: bytes, add) -> str:
    """The text stages of ``extract()`` on one page, each timed into ``add(stage, seconds)``;
    returns the body (``extract()``'s, which a test checks)."""
    clock = time.process_time
    t0 = clock()
    text = decoding.decode(raw, DEFAULT_OPTIONS).text
    t1 = clock()
    add("decode", t1 - t0)
    crawl_date, text = split_crawl_stamp(text)
    blocks = segment_text(text)
    t2 = clock()
    add("segment", t2 - t1)
    ctx = _context()
    for rule in DEFAULT_CHAIN:
        start = clock()
        run_chain((rule,), blocks, ctx)
        add(rule.name, clock() - start)
    t3 = clock()
    extract_text_metadata(blocks, ctx.info.get("region", (0, -1)), crawl_date, DEFAULT_OPTIONS)
    t4 = clock()
    add("metadata", t4 - t3)
    run_chain(FINAL_CHAIN, blocks, ctx)
    body = render_body(blocks).strip()
    add("final", clock() - t4)
    return body


def stage_times(pages: list[bytes], passes: int) -> dict[str, float]:
    """Milliseconds per page of each stage (the minimum over the passes)."""
    caches = bounded_caches()
    best: dict[str, float] = {}
    for _ in range(passes):
        for cache in caches:
            cache.cache_clear()
        totals: dict[str, float] = {}

        def add(stage: str, seconds: float) -> None:
            totals[stage] = totals.get(stage, 0.0) + seconds

        gc.disable()  # as extract() does (Options.pause_gc)
        try:
            for raw in pages:
                one_page(raw, add)
        finally:
            gc.enable()
        for stage, seconds in totals.items():
            ms = seconds / len(pages) * 1000
            best[stage] = min(best.get(stage, ms), ms)
    return best


def prepared(pages: list[bytes], stage: str) -> list:
    """What ``stage`` takes as input, for every page: the stages before it run here, untimed."""
    out = []
    for raw in pages:
        crawl_date, text = split_crawl_stamp(decoding.decode(raw, DEFAULT_OPTIONS).text)
        if stage == "segment":
            out.append(text)
            continue
        blocks, ctx = segment_text(text), _context()
        for rule in DEFAULT_CHAIN:
            if rule.name == stage:
                break
            run_chain((rule,), blocks, ctx)
        if stage == "final":
            extract_text_metadata(blocks, ctx.info.get("region", (0, -1)), crawl_date, DEFAULT_OPTIONS)
        out.append((blocks, ctx, crawl_date))
    return out


def run_only(pages: list[bytes], stage: str) -> None:
    """Run ``stage`` alone on every page inside ``functools.reduce`` (callgrind's toggle)."""
    rules = {rule.name: rule for rule in DEFAULT_CHAIN}
    if stage not in (*rules, "segment", "metadata", "final"):
        raise SystemExit(f"unknown stage {stage!r}; one of segment, metadata, final, {', '.join(rules)}")

    def step(_, item) -> None:
        if stage == "segment":
            segment_text(item)
            return
        blocks, ctx, crawl_date = item
        if stage == "metadata":
            extract_text_metadata(blocks, ctx.info.get("region", (0, -1)), crawl_date, DEFAULT_OPTIONS)
        elif stage == "final":
            run_chain(FINAL_CHAIN, blocks, ctx)
            render_body(blocks)
        else:
            run_chain((rules[stage],), blocks, ctx)

    warm = prepared(pages[:8], stage)
    functools.reduce(step, warm, None)  # data files and patterns are loaded once per process
    inputs = prepared(pages, stage)
    for cache in bounded_caches():
        cache.cache_clear()
    gc.disable()
    functools.reduce(step, inputs, None)
    gc.enable()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/datasets")
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--every", type=int, default=1, metavar="N", help="keep every Nth page")
    parser.add_argument("--only", metavar="STAGE", help="run one stage alone, for callgrind")
    args = parser.parse_args()
    pages = [raw for raw, _ in load_pages(Path(args.data))][::args.every]
    for raw in pages[:20]:
        extract(raw)  # data files and patterns are built once per process, not per page
    if args.only:
        run_only(pages, args.only)
        return
    times = stage_times(pages, args.passes)
    for stage, ms in sorted(times.items(), key=lambda item: -item[1]):
        print(f"{stage:24s} {ms:.3f} ms/page")
    print(f"{'total':24s} {sum(times.values()):.3f} ms/page ({len(pages)} pages, min of {args.passes} passes, CPU)")


if __name__ == "__main__":
    main()
