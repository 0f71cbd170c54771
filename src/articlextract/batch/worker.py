"""Worker processes: extract pages in a child process that the parent can kill at any time.

A page that hangs in C code, blows up memory or crashes the interpreter must not take the
batch with it, and ``signal.alarm`` is no answer (main thread only, breaks in threads and
in Ray/Spark workers). So pages run in a child process: the parent waits with a deadline
and kills and replaces the child when a page overruns. The child dies with its parent
(Linux ``PR_SET_PDEATHSIG``) so a ``kill -9`` of the parent leaves no orphans.
"""

from __future__ import annotations

import ctypes
import hashlib
import importlib
import multiprocessing
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any, Callable, Mapping

from ..api import extract
from ..errors import InputTooLarge
from ..options import DEFAULT_OPTIONS, Options
from . import records

# Fault injection for tests and debugging: "module:function", called as hook(task, data)
# in the worker before each page (e.g. to sleep, crash or allocate on a marker).
FAULT_HOOK_ENV = "ARTICLEXTRACT_FAULT_HOOK"
READY = "ready"
START_SECONDS = 120.0  # how long a new child may take to import and report ready


@dataclass(frozen=True)
class WorkerSetup:
    """What every child needs; picklable."""

    options: Options = DEFAULT_OPTIONS
    memory_limit_mb: int = 0  # RLIMIT_AS in the child; 0 = none
    # read here, in the parent, so children started by a fork server see it too
    fault_hook: str = field(default_factory=lambda: os.environ.get(FAULT_HOOK_ENV, ""))


def load_fault_hook(spec: str) -> Callable[[Mapping[str, Any], bytes], None] | None:
    if not spec:
        return None
    module, _, func = spec.partition(":")
    return getattr(importlib.import_module(module), func)


def process_page(task: Mapping[str, Any], options: Options, hook=None) -> dict[str, Any]:
    """Read and extract one page; always returns a record, never raises for the page."""
    start = time.perf_counter()
    try:
        data = task.get("data")
        if data is None:
            data = _read_file(task["path"], options)
    except records.PageFailure as failure:
        return records.failure_record(task, failure.code, failure.message)
    sha = hashlib.sha256(data).hexdigest()
    try:
        if hook is not None:
            hook(task, data)
        article = extract(bytes(data), url=task.get("url"), format=task.get("format"), options=options)
    except MemoryError:
        return records.failure_record(task, records.MEMORY_LIMIT, "the page needed more memory than allowed",
                                      sha256=sha, ms=(time.perf_counter() - start) * 1000)
    return records.article_record(task, article, sha, (time.perf_counter() - start) * 1000)


def _read_file(path: str, options: Options) -> bytes:
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > options.max_input_bytes:
                raise records.PageFailure(InputTooLarge.reason,
                                          f"{size} bytes is over max_input_bytes={options.max_input_bytes}")
            return fh.read()
    except FileNotFoundError:
        raise records.PageFailure(records.INPUT_MISSING, "the file disappeared before it was read") from None
    except IsADirectoryError:
        raise records.PageFailure(records.NOT_REGULAR_FILE, "a directory") from None
    except OSError as exc:
        raise records.PageFailure(records.UNREADABLE, exc.strerror or str(exc)) from None


def _die_with_parent(parent_pid: int) -> None:
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if parent_pid and os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def _limit_memory(megabytes: int) -> None:
    if megabytes <= 0:
        return
    try:
        import resource
        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass


def child_main(conn: Connection, setup: WorkerSetup, parent_pid: int) -> None:
    """The child's loop: receive a task, send back its record, until told to stop."""
    _die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides how to stop
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _limit_memory(setup.memory_limit_mb)
    hook = load_fault_hook(setup.fault_hook)
    conn.send(READY)  # page deadlines start after this: a slow interpreter start is not a slow page
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        record = process_page(task, setup.options, hook)
        try:
            conn.send(record)
        except (BrokenPipeError, OSError):
            return


def default_context() -> multiprocessing.context.BaseContext:
    """fork where it exists (fast, and the CLI's main process runs no threads), else spawn."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


class Worker:
    """One child process and the page it is working on."""

    def __init__(self, setup: WorkerSetup, ctx: multiprocessing.context.BaseContext | None = None):
        ctx = ctx or default_context()
        self.conn, child_conn = ctx.Pipe()
        # Forked children know their parent; forkserver/spawn ones are the server's children.
        parent = os.getpid() if ctx.get_start_method() == "fork" else 0
        self.process = ctx.Process(target=child_main, args=(child_conn, setup, parent), daemon=True)
        self.process.start()
        child_conn.close()
        self.task: dict[str, Any] | None = None
        self.started = 0.0
        self.ready = False

    def wait_ready(self) -> None:
        """Block until the child has started (raises OSError if it died or never reported)."""
        if self.ready:
            return
        try:
            if not self.conn.poll(START_SECONDS) or self.conn.recv() != READY:
                raise OSError("the worker process did not start")
        except EOFError:
            raise OSError(f"the worker process did not start: {self.death_message()}") from None
        self.ready = True

    def submit(self, task: dict[str, Any]) -> None:
        self.wait_ready()
        self.task = task
        self.started = time.monotonic()
        self.conn.send(task)

    def take_result(self) -> dict[str, Any]:
        record = self.conn.recv()
        self.task = None
        return record

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=1)
        self.kill()

    def death_message(self) -> str:
        self.process.join(timeout=1)
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                return f"the worker process died of {signal.Signals(-code).name}"
            except ValueError:
                return f"the worker process died of signal {-code}"
        return f"the worker process exited with status {code}"
