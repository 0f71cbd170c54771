"""Adapters: each system takes the raw page bytes and returns body/title/byline/date.

Peers are imported lazily; a missing one is reported and skipped. Text dumps are given
to HTML-only peers as one ``<p>`` per line, the fairest HTML a dump can become.
"""

from __future__ import annotations

import html as html_lib
from typing import Callable

Adapter = Callable[[bytes, str, "str | None"], dict]


def _as_html(raw: bytes, fmt: str) -> str:
    text = raw.decode("utf-8", "replace")
    if fmt == "html":
        return text
    paras = "".join(f"<p>{html_lib.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><body>{paras}</body></html>"


def articlextract_adapter() -> Adapter:
    from articlextract import extract

    def run(raw: bytes, fmt: str, url: str | None) -> dict:
        a = extract(raw, url=url)
        return {"body": a.body, "title": a.headline, "byline": a.byline, "date": a.date}
    return run


def trafilatura_adapter() -> Adapter:
    import trafilatura

    def run(raw: bytes, fmt: str, url: str | None) -> dict:
        src = raw if fmt == "html" else _as_html(raw, fmt)
        doc = trafilatura.bare_extraction(src, url=url, with_metadata=True)
        if doc is None:
            return {}
        d = doc.as_dict() if hasattr(doc, "as_dict") else doc
        return {"body": d.get("text") or "", "title": d.get("title"), "byline": d.get("author"), "date": d.get("date")}
    return run


def readability_adapter() -> Adapter:
    import lxml.html
    from readability import Document

    def run(raw: bytes, fmt: str, url: str | None) -> dict:
        src = raw if fmt == "html" else _as_html(raw, fmt)
        doc = Document(src)
        summary = doc.summary(html_partial=True)
        body = "\n\n".join(" ".join(t.split()) for t in lxml.html.fromstring(summary).itertext() if t.strip()) \
            if summary.strip() else ""
        return {"body": body, "title": doc.short_title() or doc.title(), "byline": None, "date": None}
    return run


def newspaper_adapter() -> Adapter:
    import newspaper

    def run(raw: bytes, fmt: str, url: str | None) -> dict:
        art = newspaper.Article(url or "http://example.com/")
        art.download(input_html=_as_html(raw, fmt) if fmt != "html" else raw.decode("utf-8", "replace"))
        art.parse()
        date = art.publish_date.isoformat() if art.publish_date else None
        return {"body": art.text, "title": art.title, "byline": "; ".join(art.authors) or None, "date": date}
    return run


def goose_adapter() -> Adapter:
    from goose3 import Goose
    g = Goose()

    def run(raw: bytes, fmt: str, url: str | None) -> dict:
        art = g.extract(raw_html=_as_html(raw, fmt) if fmt != "html" else raw.decode("utf-8", "replace"))
        return {"body": art.cleaned_text, "title": art.title, "byline": "; ".join(art.authors) or None,
                "date": str(art.publish_date)[:10] if art.publish_date else None}
    return run


def justext_adapter() -> Adapter:
    import justext

    def run(raw: bytes, fmt: str, url: str | None) -> dict:
        src = raw if fmt == "html" else _as_html(raw, fmt).encode()
        paras = justext.justext(src, justext.get_stoplist("English"))
        return {"body": "\n\n".join(p.text for p in paras if not p.is_boilerplate)}
    return run


def boilerpy_adapter() -> Adapter:
    from boilerpy3 import extractors
    ex = extractors.ArticleExtractor(raise_on_failure=False)

    def run(raw: bytes, fmt: str, url: str | None) -> dict:
        doc = ex.get_doc(_as_html(raw, fmt) if fmt != "html" else raw.decode("utf-8", "replace"))
        return {"body": doc.content, "title": doc.title}
    return run


def fulltext_adapter() -> Adapter:
    """The whole page's visible text: the floor any extractor must beat."""
    import lxml.html

    def run(raw: bytes, fmt: str, url: str | None) -> dict:
        if fmt != "html":
            return {"body": raw.decode("utf-8", "replace")}
        root = lxml.html.fromstring(raw)
        for bad in root.xpath("//script|//style|//noscript"):
            bad.drop_tree()
        return {"body": root.text_content()}
    return run


SYSTEMS: dict[str, Callable[[], Adapter]] = {
    "articlextract": articlextract_adapter,
    "trafilatura": trafilatura_adapter,
    "readability": readability_adapter,
    "newspaper4k": newspaper_adapter,
    "goose3": goose_adapter,
    "justext": justext_adapter,
    "boilerpy3": boilerpy_adapter,
    "fulltext": fulltext_adapter,
}
