"""A pool of worker processes with a hard per-page timeout, crash recovery and retries.

Unlike ``ProcessPoolExecutor`` (one dead worker breaks the whole pool; a timed-out future
keeps its worker busy forever) each page is watched on its own: a page past its deadline
gets its worker killed and replaced and becomes a ``timeout`` record; a page whose worker
dies is retried once on a fresh worker and then recorded as ``worker_crashed``.
"""

from __future__ import annotations

import time
from collections import deque
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable, Iterator

from . import records
from .worker import Worker, WorkerSetup

POLL_SECONDS = 0.25  # how often the scheduler looks at stop requests while pages run


class Pool:
    def __init__(self, size: int, setup: WorkerSetup, timeout: float, retries: int = 1, ctx=None):
        self.size = max(1, size)
        self.setup = setup
        self.timeout = timeout
        self.retries = retries
        self.ctx = ctx
        self.workers: list[Worker] = []

    def run(self, tasks: Iterable[dict[str, Any]],
            should_stop: Callable[[], bool] = lambda: False) -> Iterator[dict[str, Any]]:
        """Yield one record per task, in completion order."""
        source = iter(tasks)
        retry: deque[dict[str, Any]] = deque()
        attempts: dict[tuple[str, str], int] = {}
        self.workers = [Worker(self.setup, self.ctx) for _ in range(self.size)]
        try:
            while not should_stop():
                self._fill_idle(source, retry)
                busy = [w for w in self.workers if w.task is not None]
                if not busy:
                    return
                yield from self._collect(busy, retry, attempts)
        finally:
            self.shutdown()

    def shutdown(self) -> None:
        for worker in self.workers:
            if worker.task is None:
                worker.stop()
            else:
                worker.kill()  # its page was not recorded: a resumed run does it again
        self.workers = []

    def _fill_idle(self, source: Iterator[dict[str, Any]], retry: deque) -> None:
        for i, worker in enumerate(self.workers):
            if worker.task is not None:
                continue
            task = retry.popleft() if retry else next(source, None)
            if task is None:
                return
            try:
                worker.submit(task)
            except OSError:  # the idle worker died: replace it and hand the page to the new one
                worker.kill()
                self.workers[i] = Worker(self.setup, self.ctx)
                self.workers[i].submit(task)

    def _collect(self, busy: list[Worker], retry: deque, attempts: dict) -> Iterator[dict[str, Any]]:
        now = time.monotonic()
        nearest = min(w.started for w in busy) + self.timeout
        handles = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = set(wait(handles, timeout=max(0.0, min(nearest - now, POLL_SECONDS))))
        now = time.monotonic()
        for worker in busy:
            if worker.conn in ready or worker.process.sentinel in ready:
                record = self._result_or_crash(worker, retry, attempts)
            elif now - worker.started > self.timeout:
                record = records.failure_record(
                    worker.task, records.TIMEOUT,
                    f"no result after {self.timeout:g} s; the worker was stopped and replaced",
                    ms=(now - worker.started) * 1000)
                self._replace(worker)
            else:
                continue
            if record is not None:
                yield record

    def _result_or_crash(self, worker: Worker, retry: deque, attempts: dict) -> dict[str, Any] | None:
        task = worker.task
        try:
            record = worker.take_result()
        except (EOFError, OSError):
            message = worker.death_message()
            self._replace(worker)
            key = records.task_key(task)
            attempts[key] = attempts.get(key, 0) + 1
            if attempts[key] <= self.retries:
                retry.append(task)
                return None
            return records.failure_record(task, records.WORKER_CRASHED,
                                          f"{message}; tried {attempts[key]} times, page quarantined")
        if records.reason_code(record) == records.MEMORY_LIMIT:
            self._replace(worker)  # its heap may be fragmented or exhausted
        return record

    def _replace(self, worker: Worker) -> None:
        worker.kill()
        self.workers[self.workers.index(worker)] = Worker(self.setup, self.ctx)
