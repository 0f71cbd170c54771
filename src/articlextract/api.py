"""The public entry points. This module wires the stages together and holds no heuristics:

decode -> segment into blocks -> mark blocks with the rule chain -> metadata -> render.
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator, Sequence, Union

from . import decode as decoding
from .clean import clean_article, clean_output
from .errors import EmptyDocument, ExtractError, InputTooLarge, InternalError, NoContent
from .metadata import Metadata
from .metadata.claims import claim_html_lines
from .metadata.html import extract_html_metadata
from .metadata.text import extract_text_metadata
from .model import Article, Block, BlockReport
from .options import DEFAULT_OPTIONS, Options
from .render import render_body
from .rules import DEFAULT_CHAIN, FINAL_CHAIN, Context, run_chain
from .rules.base import page_clock
from .rules.html import page_token_memo
from .parse import parse_html
from .segment_html import segment_html
from .segment_text import segment_text, split_crawl_stamp

Source = Union[str, bytes, bytearray, "os.PathLike[str]"]
FORMATS = ("html", "text")
EMPTY_REASONS = frozenset({EmptyDocument.reason, NoContent.reason})


@dataclass(frozen=True)
class Explanation:
    """The article plus, for every block of the page, what the rules decided and why."""

    article: Article
    blocks: tuple[BlockReport, ...]

    def to_text(self, width: int = 100) -> str:
        lines = []
        for b in self.blocks:
            verdict = "KEEP" if b.keep else "DROP"
            role = f" [{b.role}]" if b.role else ""
            snippet = b.text.replace("\n", " ")
            if len(snippet) > width:
                snippet = snippet[: width - 1] + "…"
            lines.append(f"{b.index:4d} {verdict} {b.rule:<22} {b.reason}{role}\n       {snippet}")
        return "\n".join(lines)


def extract(source: Source, *, url: str | None = None, format: str | None = None,
            options: Options | None = None, strict: bool = False) -> Article:
    """Extract the article from a page.

    ``source`` is a path (``.gz`` read transparently), raw ``bytes`` in any charset, or a
    ``str`` of markup or text. Problems with the page come back as ``status``/``reason``
    (or, with ``strict=True``, as an :class:`~articlextract.errors.ExtractError`); only
    the caller's mistakes (wrong type, unreadable path, unknown format) raise otherwise.
    """
    return _extract(source, url, format, options, strict, keep_blocks=False)[0]


def explain(source: Source, *, url: str | None = None, format: str | None = None,
            options: Options | None = None) -> Explanation:
    """Like :func:`extract`, and say for every block whether it was kept, by which rule and why."""
    article, blocks = _extract(source, url, format, options, strict=False)
    reports = tuple(BlockReport(b.index, b.kind, b.keep, b.decision.rule if b.decision else "none",
                                b.decision.reason if b.decision else "no rule decided", b.text, b.role)
                    for b in blocks)
    return Explanation(article, reports)


def _extract(source: Source, url: str | None, format: str | None, options: Options | None,
             strict: bool, keep_blocks: bool = True) -> tuple[Article, list[Block]]:
    options = options or DEFAULT_OPTIONS
    if format not in (None, *FORMATS):
        raise ValueError(f"format must be one of {FORMATS} or None, not {format!r}")
    try:
        raw, path = decoding.read_source(source, options)  # caller mistakes (TypeError, OSError) raise here
    except InputTooLarge as exc:  # a page problem, found from the file's size before reading it
        if strict:
            raise
        return _failed(exc, url, format), []
    try:
        with _collector_paused(options.pause_gc):
            article, blocks = _pipeline(raw, url, format, options)
            if not keep_blocks:  # freed while the collector sleeps: alive when it wakes, the
                blocks = []  # page's thousands of objects would make its first collection walk them
        return article, blocks
    except ExtractError as exc:
        if strict:
            raise
        return _failed(exc, url, format), []
    except RecursionError as exc:  # defensive: every walk is iterative
        err = InternalError(f"recursion limit: {exc}")
    except Exception as exc:  # noqa: BLE001 - the contract: nothing else escapes
        err = InternalError(f"{type(exc).__name__}: {exc}")
    if strict:
        raise err
    return _failed(err, url, format), []


@contextmanager
def _collector_paused(pause: bool) -> Iterator[None]:
    """Pause the cyclic garbage collector for one page (see ``Options.pause_gc``)."""
    resume = pause and gc.isenabled()
    if resume:
        gc.disable()
    try:
        yield
    finally:
        if resume:
            gc.enable()


def _failed(exc: ExtractError, url: str | None, fmt: str | None) -> Article:
    status = "empty" if exc.reason in EMPTY_REASONS else "error"
    reason = clean_output(f"{exc.reason}: {exc}")  # a message may quote the page
    return Article(url=url, format=fmt, status=status, reason=reason)


def _pipeline(raw: bytes | str, url: str | None, fmt: str | None,
              options: Options) -> tuple[Article, list[Block]]:
    deadline = page_clock() + options.max_seconds
    decoded = decoding.decode(raw, options)
    fmt = fmt or decoding.sniff_format(decoded.text)
    ctx = Context(options=options, format=fmt, deadline=deadline)
    warnings = list(decoded.warnings)
    if fmt == "html":
        blocks, meta = _html_stages(decoded.text, url, ctx, warnings, decoded.utf8)
    else:
        blocks, meta = _text_stages(decoded.text, ctx)
    body = render_body(blocks)
    if fmt == "html":  # the parser turns references such as &#1; back into control characters
        body = clean_output(body)  # before status: &#1; alone is empty
    # A text dump's blocks are pieces of lines of the decoded text, which decode() cleaned and
    # splitlines() cut at every line end: its body has nothing to clean (tests hold it so).
    body = body.strip()
    return clean_article(_article(meta, body, url, fmt, warnings), body_cleaned=True), blocks


def _html_stages(text: str, url: str | None, ctx: Context, warnings: list[str],
                 utf8: bytes | None = None) -> tuple[list[Block], Metadata]:
    root = parse_html(text, ctx.options, warnings, utf8)  # utf8: the page's bytes, when they are ``text``
    ctx.check_time()
    with page_token_memo():  # the stages ask for the same elements' class tokens: read once
        meta = extract_html_metadata(root, url)
        ctx.check_time()
        blocks, seg_warnings = segment_html(root, ctx.options.max_tree_depth)
        warnings.extend(seg_warnings)
        ctx.check_time()
        run_chain(DEFAULT_CHAIN, blocks, ctx)
        claim_html_lines(blocks, meta, ctx.options)
        run_chain(FINAL_CHAIN, blocks, ctx)
    return blocks, meta


def _text_stages(text: str, ctx: Context) -> tuple[list[Block], Metadata]:
    crawl_date, text = split_crawl_stamp(text)
    blocks = segment_text(text)
    run_chain(DEFAULT_CHAIN, blocks, ctx)
    region = ctx.info.get("region", (0, -1))
    meta = extract_text_metadata(blocks, region, crawl_date, ctx.options)
    run_chain(FINAL_CHAIN, blocks, ctx)
    return blocks, meta


def _article(meta: Metadata, body: str, url: str | None, fmt: str, warnings: Sequence[str]) -> Article:
    authors = tuple(meta.authors)
    status, reason = ("ok", None) if body else ("empty", f"{NoContent.reason}: no article text found")
    return Article(
        headline=meta.headline, byline="; ".join(authors) or None, authors=authors,
        date=meta.date, date_modified=meta.date_modified, body=body,
        description=meta.description, sitename=meta.sitename, language=meta.language,
        canonical_url=meta.canonical_url, image=meta.image, tags=tuple(meta.tags),
        categories=tuple(meta.categories), url=url, format=fmt, status=status, reason=reason,
        warnings=tuple(warnings), sources=dict(meta.sources),
    )
