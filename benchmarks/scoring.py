"""The scoring the peers' benchmarks use (see ../shared/datasets/README.md).

- body: 4-gram shingles of ``\\w+`` tokens, precision/recall per document, averaged over
  documents, F1 of the two averages (scrapinghub's article-extraction-benchmark);
- snippets: whitespace-normalised substring matching, counts summed over documents
  (trafilatura's evaluation);
- headline: equal after NFKC, casefolding, keeping only ``\\w+`` tokens;
- byline: equal sets of ``\\w+`` tokens after dropping "by", "and" and the like;
- date: first 10 characters equal.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

_WORD = re.compile(r"\w+")
BYLINE_STOPWORDS = frozenset({"by", "and", "und", "et", "y", "e", "von", "par", "por", "di", "door", "av", "the"})


def _tokens(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text or "").casefold())


def shingles(text: str, n: int = 4) -> Counter:
    toks = _tokens(text)
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def body_pr(pred: str, gold: str) -> tuple[float, float]:
    """Precision and recall of one document's body."""
    p, g = shingles(pred), shingles(gold)
    if not g and not p:
        return 1.0, 1.0
    tp = sum((p & g).values())
    precision = tp / sum(p.values()) if p else 0.0
    recall = tp / sum(g.values()) if g else 0.0
    return precision, recall


def _norm_ws(text: str) -> str:
    return " ".join((text or "").split())


def snippet_counts(pred: str, with_: list[str], without: list[str]) -> tuple[int, int, int, int]:
    """(tp, fn, fp, tn) of one document."""
    body = _norm_ws(pred)
    tp = sum(1 for s in with_ if _norm_ws(s) in body)
    fp = sum(1 for s in without if _norm_ws(s) in body)
    return tp, len(with_) - tp, fp, len(without) - fp


def same_title(pred: str | None, gold: str) -> bool:
    return bool(pred) and _tokens(pred) == _tokens(gold)


def same_byline(pred: str | None, gold: str) -> bool:
    if not pred:
        return False
    drop = BYLINE_STOPWORDS
    return {t for t in _tokens(pred) if t not in drop} == {t for t in _tokens(gold) if t not in drop}


def same_date(pred: str | None, gold: str) -> bool:
    return bool(pred) and pred[:10] == gold[:10]


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    """Accumulates one system's scores over one dataset."""

    body_p: list[float] = field(default_factory=list)
    body_r: list[float] = field(default_factory=list)
    snip: list[int] = field(default_factory=lambda: [0, 0, 0, 0])  # tp, fn, fp, tn
    title: list[bool] = field(default_factory=list)
    byline: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    seconds: float = 0.0
    docs: int = 0
    errors: int = 0

    def add(self, pred: dict, gold: dict) -> dict:
        """Score one page; return its per-page figures (for --explain-failures)."""
        page: dict = {}
        if gold.get("body") is not None:
            p, r = body_pr(pred.get("body") or "", gold["body"])
            self.body_p.append(p)
            self.body_r.append(r)
            page["body_f1"] = f1(p, r)
        if gold.get("with") is not None or gold.get("without") is not None:
            counts = snippet_counts(pred.get("body") or "", gold.get("with") or [], gold.get("without") or [])
            self.snip = [a + b for a, b in zip(self.snip, counts)]
            page["snippets"] = counts
        for key, check, bucket in (("title", same_title, self.title), ("byline", same_byline, self.byline),
                                   ("date", same_date, self.date)):
            if gold.get(key):
                ok = check(pred.get(key), gold[key])
                bucket.append(ok)
                page[key] = ok
        return page

    def summary(self) -> dict:
        out: dict = {"docs": self.docs, "errors": self.errors,
                     "docs_per_s": self.docs / self.seconds if self.seconds else None}
        if self.body_p:
            p = sum(self.body_p) / len(self.body_p)
            r = sum(self.body_r) / len(self.body_r)
            out.update(body_precision=p, body_recall=r, body_f1=f1(p, r))
        tp, fn, fp, _ = self.snip
        if tp + fn + fp:
            sp = tp / (tp + fp) if tp + fp else 0.0
            sr = tp / (tp + fn) if tp + fn else 0.0
            out.update(snippet_precision=sp, snippet_recall=sr, snippet_f1=f1(sp, sr))
        for key in ("title", "byline", "date"):
            values = getattr(self, key)
            if values:
                out[f"{key}_accuracy"] = sum(values) / len(values)
        return out
