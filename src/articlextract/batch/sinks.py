"""Where records go: JSON Lines (stdout or a file), CSV, or one file per page in a directory.

Every file sink can resume: it reads back what a previous run completed, cuts off a record
that a crash left half-written, and reports the keys already done. JSONL and CSV files are
their own journal; an output directory keeps one in ``DIR/.articlextract/manifest.jsonl``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from typing import Any, Iterable

from . import records
from .files import AppendLog, WriteError, atomic_write, remove_stale_temps

DIR_FORMATS = {"json": ".json", "txt": ".txt", "markdown": ".md"}
STREAM_FORMATS = ("jsonl", "json", "csv")
MANIFEST_DIR = ".articlextract"
CSV_COLUMNS = (*records.IDENTITY_KEYS, "headline", "byline", "authors", "date", "date_modified", "body",
               "description", "sitename", "language", "canonical_url", "image", "tags", "categories",
               "format", "warnings", "sources", *records.EXTRA_KEYS)


class SinkUsageError(Exception):
    """The output cannot be used as asked (exit status 2, before any work)."""


def json_line(rec: dict[str, Any]) -> bytes:
    return (json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8")


class StdoutSink:
    resumable = False

    def __init__(self) -> None:
        self.done: set[tuple[str, str]] = set()

    def write(self, rec: dict[str, Any], rel: str | None = None) -> None:
        try:
            sys.stdout.buffer.write(json_line(rec))
            sys.stdout.buffer.flush()
        except (BrokenPipeError, OSError) as exc:
            raise WriteError(f"cannot write to standard output: {exc}") from None

    def close(self) -> None:
        pass


class _LogSink:
    """Shared by the file sinks: lock, refuse to clobber, resume."""

    def __init__(self, path: str, resume: bool, overwrite: bool):
        self.log = AppendLog(path)  # raises OutputLocked
        self.done: set[tuple[str, str]] = set()
        if self.log.size and not (resume or overwrite):
            self.log.close()
            raise SinkUsageError(f"{path} already has records: add --resume to finish that run, "
                                 "or --overwrite to start again")
        if overwrite and not resume:
            self.log.truncate(0)
        elif self.log.size:
            good_size, self.done = self.scan(path)
            if good_size < self.log.size:
                self.log.truncate(good_size)  # a record cut short by a crash: redo that page

    def scan(self, path: str) -> tuple[int, set[tuple[str, str]]]:
        return scan_jsonl(path)

    def close(self) -> None:
        self.log.close()


class JsonlSink(_LogSink):
    resumable = True

    def write(self, rec: dict[str, Any], rel: str | None = None) -> None:
        self.log.append(json_line(rec))


class CsvSink(_LogSink):
    resumable = True

    def scan(self, path: str) -> tuple[int, set[tuple[str, str]]]:
        return scan_csv(path)

    def write(self, rec: dict[str, Any], rel: str | None = None) -> None:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        if self.log.size == 0:
            writer.writerow(CSV_COLUMNS)
        writer.writerow([_csv_cell(rec.get(col)) for col in CSV_COLUMNS])
        self.log.append(buf.getvalue().encode("utf-8"))


class DirSink(_LogSink):
    """One file per page under ``root``, mirroring the inputs' relative paths."""

    resumable = True

    def __init__(self, root: str, fmt: str, resume: bool, overwrite: bool):
        self.root, self.fmt = root, fmt
        try:
            os.makedirs(os.path.join(root, MANIFEST_DIR), exist_ok=True)
            probe = os.path.join(root, MANIFEST_DIR, ".write-test")
            with open(probe, "wb"):
                pass
            os.unlink(probe)
        except OSError as exc:
            raise SinkUsageError(f"cannot write to output directory {root}: {exc.strerror or exc}") from None
        super().__init__(os.path.join(root, MANIFEST_DIR, "manifest.jsonl"), resume, overwrite)
        remove_stale_temps(root)

    def write(self, rec: dict[str, Any], rel: str | None = None) -> None:
        output = None
        if rel and _has_file(rec["status"], self.fmt):
            output = rel + DIR_FORMATS[self.fmt]
            atomic_write(os.path.join(self.root, output), render_page(rec, self.fmt))
        entry = {key: rec.get(key) for key in records.IDENTITY_KEYS}
        entry.update(output=output, sha256=rec.get("sha256"), ms=rec.get("ms"))
        self.log.append(json_line(entry))


def _has_file(status: str, fmt: str) -> bool:
    return status in ("ok", "empty", "error") if fmt == "json" else status == "ok"


def render_page(rec: dict[str, Any], fmt: str) -> bytes:
    if fmt == "json":
        return (json.dumps(rec, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "txt":
        return (rec.get("body") or "").encode("utf-8") + b"\n"
    head = [f"# {rec['headline']}"] if rec.get("headline") else []
    meta = " · ".join(x for x in (rec.get("byline"), rec.get("date")) if x)
    if meta:
        head.append(f"*{meta}*")
    return ("\n\n".join([*head, rec.get("body") or ""]) + "\n").encode("utf-8")


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(map(str, value))
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def scan_jsonl(path: str) -> tuple[int, set[tuple[str, str]]]:
    """Size of the complete lines at the head of the file, and the keys they record."""
    done: set[tuple[str, str]] = set()
    good = 0
    with open(path, "rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break
            good += len(line)
            try:
                done.add(records.record_key(json.loads(line)))
            except (ValueError, AttributeError):
                continue
    return good, done


_CSV_SPECIAL = re.compile(rb'["\n]')


def scan_csv(path: str) -> tuple[int, set[tuple[str, str]]]:
    """Like scan_jsonl; a row ends at a newline outside quotes."""
    with open(path, "rb") as fh:
        data = fh.read()
    in_quotes, good = False, 0
    for m in _CSV_SPECIAL.finditer(data):
        if m.group() == b'"':
            in_quotes = not in_quotes
        elif not in_quotes:
            good = m.end()
    rows: Iterable[dict[str, str]] = csv.DictReader(io.StringIO(data[:good].decode("utf-8", "replace"), newline=""))
    done = {(row.get("source") or "", row.get("record_id") or "") for row in rows}
    return good, done


def open_sink(output: str | None, output_dir: str | None, fmt: str, resume: bool, overwrite: bool):
    """The sink for these options; raises SinkUsageError or OutputLocked before any work."""
    if output_dir:
        if fmt in ("jsonl", "csv"):
            raise SinkUsageError("--output-dir writes one file per page: use --output-format json, txt or markdown")
        return DirSink(output_dir, fmt, resume, overwrite)
    if fmt not in STREAM_FORMATS:
        raise SinkUsageError(f"--output-format {fmt} needs --output-dir (one file per page)")
    if not output or output == "-":
        if resume:
            raise SinkUsageError("--resume needs --output FILE or --output-dir DIR")
        if fmt == "csv":
            return _StdoutCsv()
        return StdoutSink()
    parent = os.path.dirname(os.path.abspath(output))
    if not os.access(parent, os.W_OK) or not os.path.isdir(parent):
        raise SinkUsageError(f"cannot write {output}: its directory is missing or read-only")
    try:
        return CsvSink(output, resume, overwrite) if fmt == "csv" else JsonlSink(output, resume, overwrite)
    except (PermissionError, IsADirectoryError, FileNotFoundError) as exc:
        raise SinkUsageError(f"cannot write {output}: {exc.strerror or exc}") from None


class _StdoutCsv(StdoutSink):
    def __init__(self) -> None:
        super().__init__()
        self.header = False

    def write(self, rec: dict[str, Any], rel: str | None = None) -> None:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        if not self.header:
            writer.writerow(CSV_COLUMNS)
            self.header = True
        writer.writerow([_csv_cell(rec.get(col)) for col in CSV_COLUMNS])
        try:
            sys.stdout.write(buf.getvalue())
            sys.stdout.flush()
        except (BrokenPipeError, OSError) as exc:
            raise WriteError(f"cannot write to standard output: {exc}") from None
