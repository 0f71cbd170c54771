"""The 36 bad inputs of ../shared/design/robustness.md (section 5), generated, never stored.

Each case is a function returning the input; ``tests/test_robustness.py`` runs it in a forked
child (so CPU time and peak memory are measured for that input alone) and checks the outcome
the design's "expected" column asks for. Large inputs are built here on demand.
"""

from __future__ import annotations

import codecs
import gzip
import os
import pickle
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from articlextract import extract

TITLE = "Council approves the new city budget"
PARAGRAPHS = (
    "The city council approved the new budget on Tuesday evening after a long debate about "
    "schools, roads and the future of the public library in the old town.",
    "Members of the opposition said the plan spends too little on housing, while the mayor "
    "argued that the city cannot borrow more money without raising local taxes next year.",
    "The budget takes effect in January, and the first projects will start in the spring, "
    "according to a statement published by the council after the vote.",
)
MARKER = "Zanzibar marker sentence that must survive, whatever happens to the markup around it."


def page(paragraphs=PARAGRAPHS, head: str = "", title: str = TITLE, before_html: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"{before_html}<html><head>{head}<title>{title}</title></head><body><article>"
            f"<h1>{title}</h1>{body}</article></body></html>")


def deep(levels: int) -> str:
    nested = "<div>" * levels + f"<p>{MARKER}</p>" + "</div>" * levels
    return page().replace("<article>", "<article>" + nested)


@lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """1 GiB of b"A" in one gzip member, compressed chunk by chunk (never 1 GiB in memory)."""
    comp = zlib.compressobj(1, zlib.DEFLATED, 31)
    chunk = b"A" * (1 << 20)
    parts = [comp.compress(chunk) for _ in range(1024)]
    parts.append(comp.flush())
    return b"".join(parts)


def plain_dump() -> str:
    return "\n\n".join([TITLE, "By Jane Smith", "March 3, 2024", *PARAGRAPHS]) + "\n"


def gb2312_long_head() -> bytes:
    metas = "".join(f'<meta name="keywords-{i}" content="news, world, politics, economy">' for i in range(400))
    chinese = ("市议会周二晚上批准了新的城市预算，议员们就学校、道路和图书馆的未来进行了长时间的辩论。",
               "反对派成员表示，该计划在住房方面的支出太少，而市长认为城市不能在不提高地方税的情况下借更多的钱。")
    return page(chinese, head=metas + '<meta charset="gb2312">', title="市议会批准新预算").encode("gb2312")


def billion_laughs() -> str:
    ents = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'
                                      for i in range(1, 10)]
    doctype = "<!DOCTYPE html [\n" + "\n".join(ents) + "\n]>\n"
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + doctype
            + page(PARAGRAPHS + ("The council laughed at the joke &lol9; and then went back to the long debate on the budget.",)).replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">'))


def xxe(secret_path: str, parameter: bool) -> str:
    if parameter:
        subset = f'<!ENTITY % p SYSTEM "file://{secret_path}"> %p;'
        ref = ""
    else:
        subset = f'<!ENTITY xxe SYSTEM "file://{secret_path}">'
        ref = "The council published the report with the note &xxe; attached to it after the long vote."
    return (f'<?xml version="1.0"?>\n<!DOCTYPE html [\n{subset}\n]>\n'
            + page(PARAGRAPHS + ((ref,) if ref else ())))


def bad_dates_page() -> str:
    head = ('<meta property="article:published_time" content="0000-00-00T00:00:00Z">'
            '<meta name="date" content="2019 28 meh"><meta name="pubdate" content="2024-02-30">'
            '<meta name="dc.date" content="9000 taon">')
    paras = PARAGRAPHS + ("Published 0000-00-00. Updated 2024-02-30. Printed 2019 28 meh.",)
    return page(paras, head=head).replace("<h1>", '<time datetime="2024-02-30">2024-02-30</time><h1>')


def jsonld_bad() -> list[str]:
    deep_json = "[" * 100_000 + "]" * 100_000
    broken = '{"@type": "NewsArticle", "datePublished": "2024-99-99", "headline": "x",'
    invalid = '{"@type": "NewsArticle", "datePublished": "2024-99-99"}'
    return [page(head=f'<script type="application/ld+json">{j}</script>') for j in (deep_json, broken, invalid)]


def attrs_100k() -> str:
    attrs = " ".join(f'a{i}="x"' for i in range(100_000))
    return page().replace("<article>", f"<article><div {attrs}>").replace("</article>", "</div></article>")


def links_200k() -> str:
    farm = "<div class='links'>" + "".join(f'<a href="/p/{i}">Link {i}</a> ' for i in range(200_000)) + "</div>"
    return page().replace("</article>", "</article>" + farm)


def utf16_le_no_bom() -> bytes:
    return page().encode("utf-16-le")


def surrogate_bytes() -> bytes:
    text = page(("Grüße aus Köln SURROGATE und mehr Text über die Straße hier.",) + PARAGRAPHS)
    return text.encode("utf-8").replace(b"SURROGATE", b"\xed\xa0\x80")


def utf8_bom() -> bytes:
    return codecs.BOM_UTF8 + page().encode("utf-8")


def random_bytes() -> bytes:
    return os.urandom(10**6)


def gzip_page() -> bytes:
    return gzip.compress(page().encode("utf-8"))


# --- running one input in isolation ---------------------------------------------------

@dataclass
class Run:
    article: dict[str, Any] | None
    raised: str | None
    cpu: float
    peak_growth: int  # bytes of resident memory the extraction added at its peak


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def _measure(source: Any, kwargs: dict[str, Any]) -> Run:
    try:  # reset the peak (Linux >= 4.0); else the peak starts at the parent's size
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        pass
    start = _status_kb("VmRSS")
    t0 = time.process_time()
    try:
        article, raised = extract(source, **kwargs).to_dict(), None
    except BaseException as exc:  # noqa: BLE001 - reported to the parent
        article, raised = None, f"{type(exc).__name__}: {exc}"
    cpu = time.process_time() - t0
    return Run(article, raised, cpu, max(0, _status_kb("VmHWM") - start))


def run_isolated(source: Any, **kwargs: Any) -> Run:
    """extract(source) in a forked child; the input is shared with it, not copied or pickled."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_fd)
        try:
            payload = pickle.dumps(_measure(source, kwargs))
        except BaseException as exc:  # noqa: BLE001
            payload = pickle.dumps(Run(None, f"child: {exc!r}", 0.0, 0))
        with os.fdopen(write_fd, "wb") as fh:
            fh.write(payload)
        os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    return pickle.loads(data)


@lru_cache(maxsize=1)
def base_rss() -> int:
    """Resident memory of a fresh interpreter that has extracted one small page."""
    code = ("import articlextract as a; a.extract('<p>hello there</p>');"
            "print([l for l in open('/proc/self/status') if l.startswith('VmRSS')][0].split()[1])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) * 1024
