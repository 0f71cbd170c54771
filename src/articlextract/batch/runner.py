"""One batch run: inputs -> worker pool (or Ray) -> sink, with resume, signals and a summary.

Exit statuses (docs/cli.md): 0 every page processed without error, 1 some page failed or
the output could not be written, 2 usage error (before any work), 75 another run holds the
output's lock, 130/143 stopped by SIGINT/SIGTERM (what was written is complete; --resume
finishes the rest).
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from ..options import DEFAULT_OPTIONS, Options
from . import records
from .files import OutputLocked, WriteError
from .inputs import InputPlan, collect
from .pool import Pool
from .sinks import SinkUsageError, open_sink
from .worker import WorkerSetup

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 75
EXIT_SIGNAL = {signal.SIGINT: 130, signal.SIGTERM: 143}


@dataclass
class RunConfig:
    inputs: list[str]
    output: str | None = None
    output_dir: str | None = None
    output_format: str = "jsonl"
    resume: bool = False
    overwrite: bool = False
    parallel: int = 0  # 0 = all cores
    timeout: float = 5.0
    memory_limit_mb: int = 2048
    options: Options = DEFAULT_OPTIONS
    input_format: str | None = None
    progress: bool | None = None  # None = on a terminal only
    quiet: bool = False
    ray_address: str | None = None  # None = local processes; "" = a local Ray cluster


@dataclass
class Summary:
    started: float = field(default_factory=time.monotonic)
    counts: Counter = field(default_factory=Counter)
    already_done: int = 0

    def add(self, rec: dict[str, Any]) -> None:
        self.counts[rec.get("status", "error")] += 1

    def line(self) -> str:
        c, pages = self.counts, sum(self.counts.values())
        secs = time.monotonic() - self.started
        text = (f"articlextract: {pages} pages: {c['ok']} ok, {c['empty']} empty, {c['error']} failed, "
                f"{c['skipped']} skipped in {secs:.1f} s ({pages / max(secs, 1e-9):.1f} pages/s)")
        return text + (f"; {self.already_done} already done before --resume" if self.already_done else "")


class StopRequest:
    """Set by SIGINT/SIGTERM; the scheduler stops handing out pages and the run closes cleanly."""

    def __init__(self) -> None:
        self.code = 0
        self.previous: dict[int, Any] = {}

    def install(self) -> None:
        for signum in EXIT_SIGNAL:
            self.previous[signum] = signal.signal(signum, self._handle)

    def restore(self) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)

    def _handle(self, signum: int, _frame: Any) -> None:
        if self.code:  # a second signal: stop now
            raise KeyboardInterrupt
        self.code = EXIT_SIGNAL[signal.Signals(signum)]

    def __call__(self) -> bool:
        return bool(self.code)


def error(message: str) -> None:
    print(f"articlextract: error: {message}", file=sys.stderr)


def run(cfg: RunConfig) -> int:
    if hasattr(signal, "SIGXFSZ"):  # a file-size limit must be a write error, not a crash
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    try:
        sink = open_sink(cfg.output, cfg.output_dir, cfg.output_format, cfg.resume, cfg.overwrite)
    except SinkUsageError as exc:
        error(str(exc))
        return EXIT_USAGE
    except OutputLocked as exc:
        error(f"another articlextract run is writing {exc}; wait for it or choose another output")
        return EXIT_LOCKED
    stop, summary = StopRequest(), Summary(already_done=len(sink.done))
    stop.install()
    try:
        return _run_with_sink(cfg, sink, stop, summary)
    finally:
        stop.restore()


def _run_with_sink(cfg: RunConfig, sink: Any, stop: StopRequest, summary: Summary) -> int:
    plan = collect(cfg.inputs, exclude=(cfg.output, cfg.output_dir))
    progress = _progress_bar(cfg, plan, sink.done)
    rels: dict[tuple[str, str], str] = {}

    def emit(rec: dict[str, Any]) -> None:
        sink.write(rec, rels.pop(records.record_key(rec), None))
        summary.add(rec)
        progress.update(1)

    status = EXIT_OK
    try:
        for rec in plan.skipped:
            if records.record_key(rec) not in sink.done:
                emit(rec)
        for rec in _engine(cfg, _pending(plan, cfg, sink.done, rels, emit), stop):
            emit(rec)
    except WriteError as exc:
        error(f"{exc}; stopping. What was written is complete: run again with --resume")
        status = EXIT_FAILED
    except KeyboardInterrupt:
        stop.code = stop.code or EXIT_SIGNAL[signal.SIGINT]
    except OSError as exc:  # worker processes cannot start (e.g. a memory limit below what Python needs)
        error(f"{exc}; stopping. What was written is complete: run again with --resume")
        status = EXIT_FAILED
    finally:
        progress.close()
        sink.close()
    if not cfg.quiet:
        print(summary.line(), file=sys.stderr)
    if stop.code:
        return stop.code
    return status or (EXIT_FAILED if summary.counts["error"] else EXIT_OK)


def _pending(plan: InputPlan, cfg: RunConfig, done: set, rels: dict,
             emit: Callable[[dict[str, Any]], None]) -> Iterator[dict[str, Any]]:
    """Tasks not done yet; ready-made records (a broken WARC file) go straight out."""
    for task in plan.tasks(cfg.input_format):
        key = records.task_key(task)
        if key in done:
            continue
        if "status" in task:
            emit(task)
            continue
        done.add(key)  # the same page listed twice is done once
        if task.get("rel"):
            rels[key] = task["rel"]
        yield task


def _engine(cfg: RunConfig, tasks: Iterator[dict[str, Any]], stop: StopRequest) -> Iterator[dict[str, Any]]:
    setup = WorkerSetup(options=_page_options(cfg), memory_limit_mb=cfg.memory_limit_mb)
    if cfg.ray_address is not None:
        from ..ray import run_on_ray
        return run_on_ray(tasks, cfg.ray_address or None, setup, cfg.timeout, stop)
    return Pool(cfg.parallel or os.cpu_count() or 1, setup, cfg.timeout).run(tasks, stop)


def _page_options(cfg: RunConfig) -> Options:
    """extract()'s own time budget sits just under the hard timeout, so most slow pages end
    with the library's own timeout record and the worker survives; the kill is the backstop."""
    budget = min(cfg.options.max_seconds, cfg.timeout * 0.8)
    return cfg.options.replace(max_seconds=budget)


class _NoProgress:
    def update(self, _n: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress_bar(cfg: RunConfig, plan: InputPlan, done: set) -> Any:
    show = sys.stderr.isatty() if cfg.progress is None else cfg.progress
    if not show:
        return _NoProgress()
    try:
        import tqdm
    except ImportError:
        return _NoProgress()
    tqdm.tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked from here
    keys = [records.task_key(t) for t in plan.files] + [records.record_key(r) for r in plan.skipped]
    total = None if plan.warcs else sum(k not in done for k in keys)
    return tqdm.tqdm(total=total, unit="page", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)
