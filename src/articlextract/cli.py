"""The ``articlextract`` command: thin argument handling over the library."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

from . import __version__
from .api import FORMATS, explain, extract


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="articlextract", description="Extract clean articles from scraped pages.")
    ap.add_argument("inputs", nargs="*", help="page files (HTML or text dumps, .gz allowed)")
    ap.add_argument("--explain", action="store_true", help="print every block of one page with KEEP/DROP, rule and reason")
    ap.add_argument("--input-format", choices=FORMATS, default=None, help="force html or text (default: detect)")
    ap.add_argument("--url", default=None, help="the page's URL (helps dates and links)")
    ap.add_argument("--version", action="version", version=f"articlextract {__version__}")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.inputs:
        build_parser().print_usage(sys.stderr)
        return 2
    if args.explain:
        for path in args.inputs:
            exp = explain(path, url=args.url, format=args.input_format)
            a = exp.article
            print(f"# {path}: status={a.status} headline={a.headline!r} byline={a.byline!r} date={a.date!r}")
            for field, source in sorted(a.sources.items()):
                print(f"#   {field} from {source}")
            print(exp.to_text())
        return 0
    failed = 0
    for path in args.inputs:
        try:
            record = {"source": path, **extract(path, url=args.url, format=args.input_format).to_dict()}
        except OSError as exc:
            record = {"source": path, "status": "error", "reason": f"unreadable: {exc}"}
        failed += record["status"] == "error"
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
