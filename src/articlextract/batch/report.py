"""``--explain-html``: one self-contained HTML page showing what happened to every block.

Kept blocks are green, dropped ones grey and struck through; hovering a block shows the rule
and its reason. Everything from the page is escaped: the report never runs the page's
markup or scripts, and needs nothing but a browser.
"""

from __future__ import annotations

from html import escape

from ..api import Explanation

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
.b{margin:.35rem 0;padding:.3rem .6rem;border-left:4px solid;white-space:pre-wrap;cursor:help}
.keep{background:#e9f7ec;border-color:#2e9e48}
.drop{background:#f3f3f3;border-color:#bbb;color:#777}.drop .t{text-decoration:line-through}
.tag{font:11px monospace;color:#555;display:block}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}
.legend span{padding:0 .5rem;margin-right:.5rem}
"""


def explain_html(exp: Explanation, source: str) -> str:
    a = exp.article
    facts = [("source", source), ("status", a.status + (f" ({a.reason})" if a.reason else "")),
             ("headline", a.headline), ("byline", a.byline), ("date", a.date)]
    facts += [(f"{name} from", src) for name, src in sorted(a.sources.items())]
    rows = "".join(f"<dt>{escape(k)}</dt><dd>{escape(str(v) if v else '—')}</dd>" for k, v in facts)
    kept = sum(b.keep for b in exp.blocks)
    blocks = "\n".join(_block(b) for b in exp.blocks)
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>articlextract: {escape(source)}</title><style>{STYLE}</style></head><body>"
            f"<h1>What articlextract kept</h1><dl>{rows}</dl>"
            f"<p class=\"legend\"><span class=\"keep\">kept</span><span class=\"drop\">dropped</span>"
            f"{kept} of {len(exp.blocks)} blocks kept; hover a block for the rule and its reason.</p>"
            f"{blocks}</body></html>\n")


def _block(b) -> str:
    verdict = "KEEP" if b.keep else "DROP"
    role = f" [{b.role}]" if b.role else ""
    hover = f"{verdict} by {b.rule}: {b.reason}{role}"
    label = f"#{b.index} {b.kind} · {verdict} {b.rule}{role}"
    return (f"<div class=\"b {'keep' if b.keep else 'drop'}\" title=\"{escape(hover, quote=True)}\">"
            f"<span class=\"tag\">{escape(label)}</span><span class=\"t\">{escape(b.text)}</span></div>")
