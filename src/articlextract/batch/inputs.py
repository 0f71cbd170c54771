"""Turn command-line inputs into page tasks: files, directories, globs, lists, stdin, WARC.

A task is a small picklable dict: ``source`` (the file), ``record_id`` (a WARC record, or
None), ``url``, and either ``path`` (the worker reads it) or ``data`` (bytes already read,
for WARC records), plus ``rel``, the path the outputs mirror. Anything that is not a
regular file (FIFO, device, symlink loop, a directory matched by a glob) becomes a
``skipped`` record here, so nothing ever blocks on reading it.
"""

from __future__ import annotations

import glob
import os
import stat
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, TextIO

from . import records

WARC_SUFFIXES = (".warc", ".warc.gz")
_GLOB_CHARS = set("*?[")


@dataclass
class InputPlan:
    files: list[dict[str, Any]] = field(default_factory=list)  # tasks read by path
    warcs: list[str] = field(default_factory=list)  # WARC files, read record by record
    skipped: list[dict[str, Any]] = field(default_factory=list)  # records made without a worker
    seen: set[str] = field(default_factory=set)
    exclude: set[str] = field(default_factory=set)  # real paths of our own outputs: never inputs

    def tasks(self, format: str | None = None) -> Iterator[dict[str, Any]]:
        for task in self.files:
            yield {**task, "format": format}
        for path in self.warcs:
            for task in iter_warc(path):
                yield {**task, "format": format} if "status" not in task else task


def read_path_list(stream: TextIO) -> list[str]:
    """One path per line; blank lines and ``#`` comments are ignored."""
    return [line.strip() for line in stream if line.strip() and not line.lstrip().startswith("#")]


def collect(inputs: Iterable[str], exclude: Iterable[str] = ()) -> InputPlan:
    """``exclude``: the run's own output file or directory, in case it lies among the inputs."""
    plan = InputPlan(exclude={os.path.realpath(p) for p in exclude if p})
    for arg in inputs:
        if os.path.isdir(arg):
            _walk(arg, plan)
        elif os.path.lexists(arg) or not (_GLOB_CHARS & set(arg)):
            _add(arg, plan, from_glob=False)
        else:
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                _skip(plan, arg, records.INPUT_MISSING, "no file matches this pattern", status="error")
            for match in matches:
                _add(match, plan, from_glob=True)
    return plan


def _walk(top: str, plan: InputPlan) -> None:
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and os.path.realpath(os.path.join(dirpath, d)) not in plan.exclude)
        for name in sorted(filenames):
            if not name.startswith("."):
                _add(os.path.join(dirpath, name), plan, from_glob=False)


def _add(path: str, plan: InputPlan, from_glob: bool) -> None:
    path = os.path.normpath(path)
    if path in plan.seen or os.path.realpath(path) in plan.exclude:
        return
    plan.seen.add(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            _skip(plan, path, records.NOT_REGULAR_FILE, "a dangling symbolic link")
        else:
            _skip(plan, path, records.INPUT_MISSING, "no such file", status="error")
        return
    except OSError as exc:  # ELOOP (symlink loop), EACCES on a parent, ...
        _skip(plan, path, records.NOT_REGULAR_FILE, exc.strerror or str(exc))
        return
    if stat.S_ISDIR(st.st_mode):
        if from_glob:
            _skip(plan, path, records.NOT_REGULAR_FILE, "a directory")
        else:
            _walk(path, plan)
    elif not stat.S_ISREG(st.st_mode):
        _skip(plan, path, records.NOT_REGULAR_FILE, _file_kind(st.st_mode))
    elif path.lower().endswith(WARC_SUFFIXES):
        plan.warcs.append(path)
    else:
        plan.files.append({"source": path, "record_id": None, "url": None, "path": path, "rel": mirror_path(path)})


def _skip(plan: InputPlan, path: str, code: str, message: str, status: str = "skipped") -> None:
    task = {"source": path, "record_id": None, "url": None}
    plan.skipped.append(records.failure_record(task, code, message, status=status))


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def mirror_path(path: str) -> str:
    """The path an output mirrors: relative to the working directory, or the absolute path
    without its root when the input lies elsewhere. Distinct inputs never share one."""
    rel = os.path.relpath(os.path.abspath(path))
    if rel == ".." or rel.startswith(".." + os.sep):
        drive, rest = os.path.splitdrive(os.path.abspath(path))
        rel = os.path.join(drive.strip(":\\/"), rest.lstrip(os.sep))
    return rel


def iter_warc(path: str) -> Iterator[dict[str, Any]]:
    """One task per HTML response record (bytes already read), or one error record."""
    task = {"source": os.path.normpath(path), "record_id": None, "url": None}
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield records.failure_record(task, records.BAD_ARCHIVE,
                                     "reading WARC files needs warcio: pip install 'articlextract[warc]'")
        return
    rel = mirror_path(path)
    try:
        with open(path, "rb") as fh:
            for n, rec in enumerate(r for r in ArchiveIterator(fh) if _is_html_response(r)):
                yield {**task, "record_id": rec.rec_headers.get_header("WARC-Record-ID"),
                       "url": rec.rec_headers.get_header("WARC-Target-URI"),
                       "data": rec.content_stream().read(), "rel": os.path.join(rel, f"{n:06d}")}
    except Exception as exc:  # noqa: BLE001 - a broken archive is a record, not a crash
        yield records.failure_record(task, records.BAD_ARCHIVE, f"{type(exc).__name__}: {exc}")


def _is_html_response(rec) -> bool:
    if rec.rec_type != "response" or rec.http_headers is None:
        return False
    ctype = (rec.http_headers.get_header("Content-Type") or "text/html").lower()
    return "html" in ctype
