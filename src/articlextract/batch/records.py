"""One record per input page: its identity, outcome and every Article field, JSON-safe.

Every record has the same keys whatever happened to the page, so JSONL, CSV and
dataframes (Ray, Spark) get one fixed schema. Failures outside ``extract()`` itself
(timeout, crashed worker, missing input, ...) get ``status="error"`` or ``"skipped"`` and a
``reason`` of the form ``"code: message"``, like the library's own reasons.
"""

from __future__ import annotations

from typing import Any, Mapping

from ..model import Article

# Reason codes the batch layer adds to the library's own (see docs/cli.md).
TIMEOUT = "timeout"
WORKER_CRASHED = "worker_crashed"
MEMORY_LIMIT = "memory_limit"
INPUT_MISSING = "input_missing"
UNREADABLE = "unreadable"
NOT_REGULAR_FILE = "not_regular_file"
BAD_ARCHIVE = "bad_archive"

IDENTITY_KEYS = ("source", "record_id", "url", "status", "reason")
EXTRA_KEYS = ("sha256", "ms")
STATUSES = ("ok", "empty", "error", "skipped")


def record_key(rec: Mapping[str, Any]) -> tuple[str, str]:
    """What makes a page unique in a run: its file, and its record inside a WARC file."""
    return (str(rec.get("source") or ""), str(rec.get("record_id") or ""))


def task_key(task: Mapping[str, Any]) -> tuple[str, str]:
    return record_key(task)


def article_record(task: Mapping[str, Any], article: Article, sha256: str | None, ms: float) -> dict[str, Any]:
    fields = article.to_dict()
    rec = {"source": task.get("source"), "record_id": task.get("record_id"),
           "url": task.get("url") or fields.get("url"), "status": fields["status"], "reason": fields["reason"]}
    for name, value in fields.items():
        rec.setdefault(name, value)
    rec["sha256"] = sha256
    rec["ms"] = round(ms, 1)
    return rec


def failure_record(task: Mapping[str, Any], code: str, message: str, *, status: str = "error",
                   sha256: str | None = None, ms: float = 0.0) -> dict[str, Any]:
    """A record for a page that produced no Article: same keys as a normal record."""
    article = Article(url=task.get("url"), format=task.get("format"), status="error",
                      reason=f"{code}: {message}")
    rec = article_record(task, article, sha256, ms)
    rec["status"] = status
    return rec


def reason_code(rec: Mapping[str, Any]) -> str:
    return str(rec.get("reason") or "").split(":", 1)[0]


class PageFailure(Exception):
    """A page could not be handed to extract(): reading it failed (missing, unreadable, ...)."""

    def __init__(self, code: str, message: str):
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
