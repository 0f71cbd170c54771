#!/usr/bin/env python3
"""How much of the annotated metadata a plain-text dump can give at all.

    python benchmarks/text_ceilings.py --data ../shared/datasets

A dump holds only the page's visible text, so a gold value that is not in it cannot be
extracted. For each ``-text`` dataset this counts the pages whose gold

- headline equals a whole line of the dump (scored like the benchmark: NFKC, casefolded
  ``\\w+`` tokens), or is contained in one ("Headline | Site" lines);
- byline tokens (without "by", "and"…) all occur in the dump, in one line, in three lines;
- date is the crawl stamp, or is any date written anywhere in the dump.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from scoring import BYLINE_STOPWORDS, _tokens  # noqa: E402

from articlextract.metadata.dates import find_dates  # noqa: E402
from articlextract.segment_text import split_crawl_stamp  # noqa: E402


def ceilings(rows: list[dict]) -> dict[str, tuple[int, int]]:
    counts = {k: [0, 0] for k in ("title as a line", "title inside a line", "byline tokens in dump",
                                  "byline in one line", "byline in three lines", "date is the stamp",
                                  "date anywhere")}
    for row in rows:
        stamp, text = split_crawl_stamp(row["text"])
        lines = [_tokens(line) for line in text.splitlines() if line.strip()]
        gold = row["gold"]
        if gold.get("title"):
            title = _tokens(gold["title"])
            _count(counts, "title as a line", any(line == title for line in lines))
            joined = " ".join(title)
            _count(counts, "title inside a line", bool(title) and any(joined in " ".join(line) for line in lines))
        if gold.get("byline"):
            names = {t for t in _tokens(gold["byline"]) if t not in BYLINE_STOPWORDS}
            _count(counts, "byline tokens in dump", names <= set(_tokens(text)))
            _count(counts, "byline in one line", any(names <= set(line) for line in lines))
            _count(counts, "byline in three lines",
                   any(names <= set(sum(lines[i:i + 3], [])) for i in range(len(lines))))
        if gold.get("date"):
            _count(counts, "date is the stamp", stamp == gold["date"])
            _count(counts, "date anywhere", stamp == gold["date"] or
                   any(iso == gold["date"] for _, iso in find_dates(text)))
    return {k: (v[0], v[1]) for k, v in counts.items()}


def _count(counts: dict[str, list[int]], key: str, hit: bool) -> None:
    counts[key][0] += hit
    counts[key][1] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="../shared/datasets")
    parser.add_argument("--datasets", default="readability-text,trafilatura-dev-text")
    args = parser.parse_args()
    for name in args.datasets.split(","):
        folder = Path(args.data) / name
        rows = []
        with open(folder / "index.jsonl", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                row["text"] = gzip.decompress((folder / row["path"]).read_bytes()).decode("utf-8", "replace")
                rows.append(row)
        print(f"== {name}")
        for key, (hit, total) in ceilings(rows).items():
            print(f"  {key:<24} {hit:4d}/{total:<4d} {hit / total if total else 0:.3f}")


if __name__ == "__main__":
    main()
