#!/usr/bin/env python3
"""Run extractors over the annotated datasets and print the peers' metrics.

    python benchmarks/evaluate.py --data ../shared/datasets --datasets readability,trafilatura-dev \
        --systems articlextract,trafilatura --json results.json --explain-failures 10

Datasets are read in place (never copied). Peers come from the ``bench`` extra and are
skipped with a note when missing. Speed is measured on extraction alone (pages are read
and decompressed beforehand) and, for articlextract, also given as a multiple of a bare
``lxml.html`` parse of the same bytes: the floor for any lxml-based extractor.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from scoring import Score  # noqa: E402
from systems import SYSTEMS  # noqa: E402

DEFAULT_DATASETS = "seeds,readability,readability-text,trafilatura-dev,trafilatura-dev-text"


def load_dataset(root: Path, name: str, limit: int | None) -> list[dict]:
    rows = []
    with open(root / name / "index.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            row["raw"] = gzip.decompress((root / name / row["path"]).read_bytes())
            rows.append(row)
            if limit and len(rows) >= limit:
                break
    return rows


def lxml_parse_seconds(rows: list[dict]) -> float:
    import lxml.html
    start = time.perf_counter()
    for row in rows:
        if row["format"] == "html":
            try:
                lxml.html.fromstring(row["raw"])
            except Exception:  # noqa: BLE001 - timing only
                pass
    return time.perf_counter() - start


WARM_UP_PAGES = 3  # untimed: the first calls load word lists, compile patterns, import lazily


def warm_up(adapter, rows: list[dict]) -> None:
    """Run a system on a few pages before timing it, so that docs/s measures extraction, not
    the one-off start-up costs that otherwise land on whichever dataset runs first."""
    for row in rows[:WARM_UP_PAGES]:
        try:
            adapter(row["raw"], row["format"], row.get("url"))
        except Exception:  # noqa: BLE001 - a crash is counted in the timed run
            pass


def run_system(adapter, rows: list[dict]) -> tuple[Score, list[dict]]:
    """One system on every page (after its warm-up)."""
    return run_systems({"system": adapter}, rows)["system"]


TURN_PAGES = 25  # pages a system does in one turn (see run_systems)


def run_systems(adapters: dict, rows: list[dict], turn: int = TURN_PAGES) -> dict[str, tuple[Score, list[dict]]]:
    """Every system on every page, taking turns of ``turn`` pages (who starts rotates), so that
    a shared machine slowing down or speeding up during the run (other jobs, CPU frequency)
    hits every system alike: run one system over the whole dataset after the other, the
    docs/s ratio swung by 30% from run to run. Turns, not single pages: a system that runs
    right after another starts with cold CPU caches, which costs the faster one more.
    Each system is warmed up first."""
    for adapter in adapters.values():
        warm_up(adapter, rows)
    out = {name: (Score(), []) for name in adapters}
    names = list(adapters)
    for n, first in enumerate(range(0, len(rows), turn)):
        for name in names[n % len(names):] + names[:n % len(names)]:
            score, pages = out[name]
            for row in rows[first:first + turn]:
                pred, seconds = _timed(adapters[name], row)
                score.errors += "error" in pred
                score.seconds += seconds
                score.docs += 1
                page = score.add(pred, row["gold"])
                pages.append({"id": row["id"], "pred": pred, "gold": row["gold"], **page})
    return out


def _timed(adapter, row: dict) -> tuple[dict, float]:
    start = time.perf_counter()
    try:
        pred = adapter(row["raw"], row["format"], row.get("url")) or {}
    except Exception as exc:  # noqa: BLE001 - a peer's crash is a result
        pred = {"error": f"{type(exc).__name__}: {exc}"}
    return pred, time.perf_counter() - start


def fmt(value, pct=False) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


COLUMNS = (("body_f1", "body F1"), ("body_precision", "body P"), ("body_recall", "body R"),
           ("snippet_f1", "snip F1"), ("snippet_precision", "snip P"), ("snippet_recall", "snip R"),
           ("title_accuracy", "headline"), ("byline_accuracy", "byline"), ("date_accuracy", "date"),
           ("docs_per_s", "docs/s"), ("errors", "errors"))


def print_table(dataset: str, results: dict[str, dict]) -> None:
    cols = [(k, h) for k, h in COLUMNS if any(r.get(k) is not None for r in results.values())]
    print(f"\n== {dataset} ({next(iter(results.values()))['docs']} pages)")
    header = f"{'system':<14}" + "".join(f"{h:>10}" for _, h in cols)
    print(header)
    print("-" * len(header))
    for name, r in results.items():
        line = f"{name:<14}" + "".join(f"{fmt(r.get(k)):>10}" for k, _ in cols)
        print(line)
    ours = results.get("articlextract")
    if ours and ours.get("lxml_multiple"):
        print(f"articlextract time = {ours['lxml_multiple']:.1f}x a bare lxml.html parse of the same bytes")
    if ours and "trafilatura" in results and results["trafilatura"].get("docs_per_s"):
        print(f"articlextract speed = {ours['docs_per_s'] / results['trafilatura']['docs_per_s']:.1f}x trafilatura")


def explain_failures(dataset: str, pages: list[dict], n: int) -> None:
    def badness(p: dict) -> float:
        if "body_f1" in p:
            return p["body_f1"]
        tp, fn, fp, _ = p.get("snippets", (0, 0, 0, 0))
        return -(fn + fp)
    worst = sorted(pages, key=badness)[:n]
    print(f"\n-- {dataset}: {n} worst pages for articlextract")
    for p in worst:
        gold, pred = p["gold"], p["pred"]
        print(f"* {p['id']}  body_f1={fmt(p.get('body_f1'))} snippets(tp,fn,fp,tn)={p.get('snippets')}"
              f"  {pred.get('error', '')}")
        body = " ".join((pred.get("body") or "").split())
        for s in gold.get("with") or []:
            if " ".join(s.split()) not in body:
                print(f"    missed: {s[:110]!r}")
        for s in gold.get("without") or []:
            if " ".join(s.split()) in body:
                print(f"    leaked: {s[:110]!r}")
        for key in ("title", "byline", "date"):
            if gold.get(key) and p.get(key) is False:
                print(f"    {key}: got {pred.get(key)!r}, want {gold[key]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(HERE.parent.parent / "shared" / "datasets"))
    ap.add_argument("--datasets", default=DEFAULT_DATASETS)
    ap.add_argument("--systems", default="articlextract")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages of each dataset")
    ap.add_argument("--json", dest="json_out", help="write all figures to this file")
    ap.add_argument("--explain-failures", type=int, default=0, metavar="N")
    args = ap.parse_args(argv)

    root = Path(args.data)
    adapters = {}
    for name in args.systems.split(","):
        if name not in SYSTEMS:
            ap.error(f"unknown system {name!r}; known: {', '.join(SYSTEMS)}")
        try:
            adapters[name] = SYSTEMS[name]()
        except ImportError as exc:
            print(f"note: {name} skipped ({exc}); install the 'bench' extra", file=sys.stderr)
    all_results: dict = {}
    for dataset in args.datasets.split(","):
        if not (root / dataset / "index.jsonl").exists():
            print(f"note: dataset {dataset!r} not found under {root}", file=sys.stderr)
            continue
        rows = load_dataset(root, dataset, args.limit)
        results: dict[str, dict] = {}
        for name, (score, pages) in run_systems(adapters, rows).items():
            results[name] = score.summary()
            if name == "articlextract":
                parse = lxml_parse_seconds(rows)
                if parse > 0 and any(r["format"] == "html" for r in rows):
                    results[name]["lxml_multiple"] = score.seconds / parse
                if args.explain_failures:
                    explain_failures(dataset, pages, args.explain_failures)
        print_table(dataset, results)
        all_results[dataset] = results
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            json.dump(all_results, fh, indent=2)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
