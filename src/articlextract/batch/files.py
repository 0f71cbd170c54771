"""Crash-safe file primitives: atomic whole-file writes and a locked, append-only log.

Atomic: a temp file in the same directory, fsync, ``os.replace`` (rsync/GNU make style),
so a crash leaves the old file or the new one, never half of one. Append-only: each record
goes out in whole ``write`` calls on an ``O_APPEND`` descriptor; if a write fails part way
(disk full, file-size limit) the file is cut back to where the record began. The log is
``flock``-ed for the whole run, so two runs cannot write one output, and the lock dies
with its process (no stale lock after ``kill -9``).
"""

from __future__ import annotations

import os
import tempfile
import time

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows
    fcntl = None  # type: ignore[assignment]

TEMP_PREFIX = ".tmp-articlextract-"
SYNC_EVERY_SECONDS = 1.0  # fsync the log at most this often (and always on close)


class OutputLocked(Exception):
    """Another run holds the lock on this output."""


class WriteError(Exception):
    """An output could not be written (disk full, file too large, I/O error)."""


def atomic_write(path: str, data: bytes) -> None:
    directory = os.path.dirname(path) or "."
    try:
        os.makedirs(directory, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=TEMP_PREFIX, suffix=".part")
    except OSError as exc:
        raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        _write_all(fd, data)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(tmp, path)
    except BaseException as exc:
        if fd >= 0:
            os.close(fd)
        _remove_quietly(tmp)
        if isinstance(exc, OSError):
            raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from None
        raise


def remove_stale_temps(directory: str) -> int:
    """Delete temp files a killed run left behind (call only while holding the lock)."""
    removed = 0
    for dirpath, _dirs, names in os.walk(directory):
        for name in names:
            if name.startswith(TEMP_PREFIX) and name.endswith(".part"):
                _remove_quietly(os.path.join(dirpath, name))
                removed += 1
    return removed


def _remove_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


class AppendLog:
    """An append-only file, locked for the life of this object."""

    def __init__(self, path: str):
        self.path = path
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        if fcntl is not None:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(self.fd)
                raise OutputLocked(path) from None
        self.size = os.fstat(self.fd).st_size
        self._synced_at = time.monotonic()
        self._dirty = False

    def truncate(self, size: int) -> None:
        os.ftruncate(self.fd, size)
        self.size = size

    def append(self, data: bytes) -> None:
        before = self.size
        try:
            _write_all(self.fd, data)
        except OSError as exc:
            try:
                os.ftruncate(self.fd, before)  # never leave half a record
            except OSError:
                pass
            raise WriteError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        self.size = before + len(data)
        self._dirty = True
        if time.monotonic() - self._synced_at > SYNC_EVERY_SECONDS:
            self.sync()

    def sync(self) -> None:
        if self._dirty:
            try:
                os.fsync(self.fd)
            except OSError:
                pass
            self._dirty = False
        self._synced_at = time.monotonic()

    def close(self) -> None:
        if self.fd >= 0:
            self.sync()
            os.close(self.fd)
            self.fd = -1
