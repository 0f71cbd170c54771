"""The ``articlextract`` command: argument handling over the library and the batch runner.

See docs/cli.md for every flag, the exit statuses and what ``--resume`` guarantees.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from . import __version__
from .api import FORMATS, explain
from .batch import runner
from .batch.files import WriteError, atomic_write
from .batch.inputs import read_path_list
from .batch.report import explain_html
from .batch.sinks import DIR_FORMATS, STREAM_FORMATS


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="articlextract", description="Extract clean articles from scraped pages (HTML or text dumps).",
        epilog="Exit status: 0 all pages processed, 1 some page failed or output could not be written, "
               "2 usage error, 75 output locked by another run, 130/143 interrupted. See docs/cli.md.")
    ap.add_argument("inputs", nargs="*", help="files, directories (recursive), glob patterns, WARC files; "
                                              "'-' reads paths from standard input")
    ap.add_argument("-i", "--input-file", action="append", default=[], metavar="FILE",
                    help="a file listing input paths, one per line")
    ap.add_argument("--input-dir", action="append", default=[], metavar="DIR", help="a directory to read (recursive)")
    ap.add_argument("--output", metavar="FILE", help="write JSON Lines (or CSV) to FILE instead of stdout")
    ap.add_argument("-o", "--output-dir", metavar="DIR", help="one file per page under DIR, mirroring the inputs")
    ap.add_argument("--output-format", choices=sorted({"jsonl", *STREAM_FORMATS, *DIR_FORMATS}),
                    help="jsonl (default), csv; with --output-dir: json (default), txt, markdown")
    ap.add_argument("--resume", action="store_true", help="skip pages an earlier run on this output already did")
    ap.add_argument("--overwrite", action="store_true", help="discard the records already in the output")
    ap.add_argument("--parallel", type=int, default=0, metavar="N", help="worker processes (default: all cores)")
    ap.add_argument("--timeout", type=float, default=5.0, metavar="SECONDS",
                    help="stop a page after this long and record a timeout (default: 5)")
    ap.add_argument("--memory-limit", type=int, default=2048, metavar="MB",
                    help="address-space limit per worker; 0 for none (default: 2048)")
    ap.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                    help="progress bar (default: on a terminal)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no summary line")
    ap.add_argument("--ray", nargs="?", const="", default=None, metavar="ADDRESS",
                    help="run on a Ray cluster (ADDRESS, or a local one when omitted)")
    ap.add_argument("--explain", action="store_true", help="print every block of a page with KEEP/DROP, rule and reason")
    ap.add_argument("--explain-html", metavar="REPORT.html", help="write an HTML report of one page's blocks")
    ap.add_argument("--input-format", choices=FORMATS, default=None, help="force html or text (default: detect)")
    ap.add_argument("--url", default=None, help="the page's URL (helps dates and links)")
    ap.add_argument("--version", action="version", version=f"articlextract {__version__}")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_intermixed_args(argv)
    inputs = _gather_inputs(args)
    if inputs is None:
        ap.print_usage(sys.stderr)
        print("articlextract: error: no inputs (give files, directories, -i FILE, or paths on stdin)", file=sys.stderr)
        return runner.EXIT_USAGE
    if args.explain or args.explain_html:
        return _explain(args, inputs)
    if args.parallel < 0 or args.timeout <= 0:
        runner.error("--parallel must be >= 0 and --timeout > 0")
        return runner.EXIT_USAGE
    fmt = args.output_format or ("json" if args.output_dir else "jsonl")
    return runner.run(runner.RunConfig(
        inputs=inputs, output=args.output, output_dir=args.output_dir, output_format=fmt,
        resume=args.resume, overwrite=args.overwrite, parallel=args.parallel, timeout=args.timeout,
        memory_limit_mb=args.memory_limit, input_format=args.input_format, progress=args.progress,
        quiet=args.quiet, ray_address=args.ray))


def _gather_inputs(args: argparse.Namespace) -> list[str] | None:
    """Inputs from arguments, lists and stdin; None when nothing was given at all."""
    inputs = [p for p in args.inputs if p != "-"] + list(args.input_dir)
    for listing in args.input_file:
        try:
            with open(listing, encoding="utf-8") as fh:
                inputs += read_path_list(fh)
        except OSError as exc:
            runner.error(f"cannot read input list {listing}: {exc.strerror or exc}")
            return None
    wants_stdin = "-" in args.inputs or (not args.inputs and not args.input_file and not args.input_dir
                                         and sys.stdin is not None and not _isatty(sys.stdin))
    if wants_stdin:
        inputs += read_path_list(sys.stdin)
        return inputs
    return inputs or None


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (ValueError, OSError):
        return True  # closed: nothing to read


def _explain(args: argparse.Namespace, inputs: list[str]) -> int:
    if args.explain_html:
        if len(inputs) != 1:
            runner.error("--explain-html takes exactly one page")
            return runner.EXIT_USAGE
        exp = explain(inputs[0], url=args.url, format=args.input_format)
        try:
            atomic_write(args.explain_html, explain_html(exp, inputs[0]).encode("utf-8"))
        except WriteError as exc:
            runner.error(str(exc))
            return runner.EXIT_FAILED
        print(f"articlextract: wrote {args.explain_html} ({len(exp.blocks)} blocks)", file=sys.stderr)
        if not args.explain:
            return 0
    try:
        for path in inputs:
            exp = explain(path, url=args.url, format=args.input_format)
            a = exp.article
            print(f"# {path}: status={a.status} headline={a.headline!r} byline={a.byline!r} date={a.date!r}")
            for field, source in sorted(a.sources.items()):
                print(f"#   {field} from {source}")
            print(exp.to_text(), flush=True)
    except BrokenPipeError:
        # `articlextract --explain page.html | head`: the reader has all it wanted. Point
        # stdout at /dev/null so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
