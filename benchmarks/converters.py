#!/usr/bin/env python3
"""Text dumps made by other HTML-to-text converters than the ``-text`` datasets' own.

    python benchmarks/converters.py --data ../shared/datasets --datasets readability,trafilatura-dev \
        --converters inscriptis,html2text,lynx,w3m --systems articlextract,trafilatura

A scraper's dump looks like the converter that made it: inscriptis indents by nesting depth,
html2text writes Markdown hard-wrapped at 78 columns ("html2text" without the link targets
and pictures, "markdown" with them, as its defaults give, but for ``unicode_snob``: its
default writes entities in ASCII, "f&uuml;r" as "fur"), lynx and w3m wrap at 72-80 columns and
indent paragraphs and list items, BeautifulSoup's ``get_text("\\n")`` puts every text node
on a line of its own. The ``-text`` datasets hold one converter's dumps; this script makes
the others' from the HTML datasets, in memory (nothing is written), and scores every
system on them with the same gold, as ``evaluate.py`` does.

Converters come from the ``bench`` extra (inscriptis, html2text, beautifulsoup4) or from
the system (``lynx``, ``w3m`` on PATH); a missing one is skipped with a note. The HTML is
decoded by articlextract's own decoder first, so each converter reads the right charset.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from evaluate import load_dataset, print_table, run_systems  # noqa: E402
from systems import SYSTEMS  # noqa: E402

CONVERTER_SECONDS = 60  # a converter stuck on one page gives an empty dump for it


def _html(raw: bytes) -> str:
    from articlextract.decode import decode
    from articlextract.options import DEFAULT_OPTIONS
    return decode(raw, DEFAULT_OPTIONS).text


def _inscriptis(html: str) -> str:
    import inscriptis
    return inscriptis.get_text(html)


def _html2text_converter():
    import html2text
    converter = html2text.HTML2Text()
    # Without it html2text writes a character the page gives as an entity in ASCII ("f&uuml;r"
    # -> "fur", "&ndash;" -> "-"): text no extractor can give back, which measured the converter.
    converter.unicode_snob = True
    return converter


def _html2text(html: str) -> str:
    converter = _html2text_converter()
    converter.ignore_links = converter.ignore_images = True  # link targets are not the page's text
    return converter.handle(html)


def _markdown(html: str) -> str:
    return _html2text_converter().handle(html)  # its defaults: links and pictures kept, wrapped at 78


def _command(*argv: str) -> Callable[[str], str]:
    def run(html: str) -> str:
        done = subprocess.run(argv, input=html.encode("utf-8"), capture_output=True, timeout=CONVERTER_SECONDS)
        return done.stdout.decode("utf-8", "replace")
    return run


def _soup(html: str) -> str:
    import warnings

    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
    with warnings.catch_warnings():  # an XHTML page read as HTML, as a scraper's converter would
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "lxml")
    for element in soup(["script", "style", "noscript", "template"]):
        element.decompose()
    return soup.get_text("\n")


CONVERTERS: dict[str, Callable[[str], str]] = {
    "inscriptis": _inscriptis,
    "html2text": _html2text,
    "markdown": _markdown,
    "lynx": _command("lynx", "-dump", "-nolist", "-stdin", "-assume_charset=utf-8", "-display_charset=utf-8"),
    "w3m": _command("w3m", "-dump", "-T", "text/html", "-I", "utf-8", "-O", "utf-8"),
    "bs4": _soup,
}
_NEEDS = {"inscriptis": "module inscriptis", "html2text": "module html2text", "markdown": "module html2text",
          "lynx": "program lynx",
          "w3m": "program w3m", "bs4": "module bs4"}


def available(name: str) -> bool:
    kind, what = _NEEDS[name].split()
    if kind == "program":
        return shutil.which(what) is not None
    try:
        __import__(what)
    except ImportError:
        return False
    return True


def _convert(job: tuple[str, bytes]) -> str:
    name, raw = job
    try:
        return CONVERTERS[name](_html(raw))
    except Exception:  # noqa: BLE001 - a converter's failure on one page is an empty dump
        return ""


def as_dumps(rows: list[dict], name: str, jobs: int) -> list[dict]:
    """The rows with each page replaced by the converter's dump of it (UTF-8, format text)."""
    work = [(name, row["raw"]) for row in rows]
    if jobs <= 1:
        texts = list(map(_convert, work))
    else:
        with ProcessPoolExecutor(jobs) as pool:
            texts = list(pool.map(_convert, work, chunksize=8))
    return [{**row, "raw": text.encode("utf-8"), "format": "text"} for row, text in zip(rows, texts)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(HERE.parent.parent / "shared" / "datasets"))
    ap.add_argument("--datasets", default="readability,trafilatura-dev", help="HTML datasets to convert")
    ap.add_argument("--converters", default=",".join(CONVERTERS))
    ap.add_argument("--systems", default="articlextract")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages of each dataset")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes converting pages")
    args = ap.parse_args(argv)

    adapters = {}
    for name in args.systems.split(","):
        try:
            adapters[name] = SYSTEMS[name]()
        except ImportError as exc:
            print(f"note: {name} skipped ({exc}); install the 'bench' extra", file=sys.stderr)
    converters = [c for c in args.converters.split(",") if c]
    for name in converters:
        if name not in CONVERTERS:
            ap.error(f"unknown converter {name!r}; known: {', '.join(CONVERTERS)}")
    for dataset in args.datasets.split(","):
        rows = load_dataset(Path(args.data), dataset, args.limit)
        for name in converters:
            if not available(name):
                print(f"note: converter {name} skipped ({_NEEDS[name]} not found)", file=sys.stderr)
                continue
            results = {system: score.summary() for system, (score, _) in
                       run_systems(adapters, as_dumps(rows, name, args.jobs)).items()}
            print_table(f"{dataset} dumped by {name}", results)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
