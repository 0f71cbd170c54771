"""Scale-out: what Ray Data (and Spark, Dask) need to run articlextract over many machines.

Everything here is module-level and picklable, and ``ray`` is imported only inside the
functions that need it, so ``import articlextract.ray`` works without the ``ray`` extra
(Spark and Dask users need only :func:`extract_batch` / :func:`extract_partition`).

Each page runs in a helper child process owned by the engine's worker process, so a page
that hangs or crashes is killed after ``timeout`` seconds and becomes a ``timeout`` (or
``worker_crashed``) record; no ``signal`` tricks, which break in engine worker threads.
Records are the CLI's records (docs/cli.md): fixed keys, JSON-safe, never an exception.

    import ray, articlextract.ray as ax
    ds = ax.read_directory("pages/")            # or ax.read_warc(["crawl.warc.gz"])
    out = ds.map_batches(ax.extract_batch, batch_size=16)
"""

from __future__ import annotations

import functools
import json
import logging
import multiprocessing
import os
from multiprocessing.connection import wait
from typing import Any, Callable, Iterable, Iterator, Mapping

from .batch import records
from .batch.worker import Worker, WorkerSetup
from .options import DEFAULT_OPTIONS, Options

DEFAULT_TIMEOUT = 10.0  # seconds per page, enforced by killing the helper process
DEFAULT_BATCH_SIZE = 16
_RUNNERS: dict[tuple[WorkerSetup, float], "IsolatedExtractor"] = {}


class IsolatedExtractor:
    """Runs pages one at a time in a child process that is killed when a page overruns."""

    def __init__(self, setup: WorkerSetup, timeout: float, retries: int = 1):
        self.setup, self.timeout, self.retries = setup, timeout, retries
        self.worker: Worker | None = None
        # forkserver: engine workers run threads (Ray's gRPC), so never fork them directly.
        methods = multiprocessing.get_all_start_methods()
        self.ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if "forkserver" in methods:  # replacements after a timeout then start in milliseconds
            self.ctx.set_forkserver_preload(["articlextract.batch.worker"])

    def run(self, task: dict[str, Any]) -> dict[str, Any]:
        for attempt in range(self.retries + 1):
            outcome = self._attempt(task)
            if outcome is not None and not isinstance(outcome, str):
                return outcome
            if outcome != records.WORKER_CRASHED:
                break
        if outcome is None:
            return records.failure_record(task, records.TIMEOUT,
                                          f"no result after {self.timeout:g} s; the worker was stopped and replaced",
                                          ms=self.timeout * 1000)
        return records.failure_record(task, records.WORKER_CRASHED,
                                      f"{self._last_death}; tried {attempt + 1} times, page quarantined")

    def _attempt(self, task: dict[str, Any]) -> dict[str, Any] | str | None:
        """The record, None on timeout, or WORKER_CRASHED."""
        worker = self._worker()
        try:
            worker.submit(task)
        except OSError:
            self._drop_worker()
            worker = self._worker()
            worker.submit(task)
        ready = wait([worker.conn, worker.process.sentinel], timeout=self.timeout)
        if not ready:
            self._drop_worker()
            return None
        try:
            record = worker.take_result()
        except (EOFError, OSError):
            self._last_death = worker.death_message()
            self._drop_worker()
            return records.WORKER_CRASHED
        if records.reason_code(record) == records.MEMORY_LIMIT:
            self._drop_worker()
        return record

    def _worker(self) -> Worker:
        if self.worker is None or not self.worker.process.is_alive():
            self._drop_worker()
            self.worker = Worker(self.setup, self.ctx)
        return self.worker

    def _drop_worker(self) -> None:
        if self.worker is not None:
            self.worker.kill()
            self.worker = None

    def close(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None


def _runner(options: Options | None, timeout: float, memory_limit_mb: int = 0) -> IsolatedExtractor:
    setup = WorkerSetup(options=options or DEFAULT_OPTIONS, memory_limit_mb=memory_limit_mb)
    key = (setup, timeout)
    if key not in _RUNNERS:
        _RUNNERS[key] = IsolatedExtractor(setup, timeout)
    return _RUNNERS[key]


def extract_bytes(data: bytes, url: str | None = None, options: Options | None = None, *,
                  timeout: float | None = DEFAULT_TIMEOUT, source: str | None = None) -> dict[str, Any]:
    """Extract one page from its raw bytes: a JSON-safe record that never raises.

    The page runs in a helper child process killed after ``timeout`` seconds (the record
    then says ``timeout``). ``timeout=None`` runs in this process, bounded only by
    ``options.max_seconds``, which extract() checks between stages.
    """
    return _extract_task({"source": source, "record_id": None, "url": url, "data": data}, options, timeout)


def _extract_task(task: dict[str, Any], options: Options | None, timeout: float | None,
                  memory_limit_mb: int = 0) -> dict[str, Any]:
    try:
        if timeout is None:
            from .batch.worker import process_page
            return process_page(task, options or DEFAULT_OPTIONS)
        return _runner(options, timeout, memory_limit_mb).run(task)
    except Exception as exc:  # noqa: BLE001 - the contract: a record, never an exception
        return records.failure_record(task, "internal_error", f"{type(exc).__name__}: {exc}")


def extract_batch(batch: Any, options: Options | None = None,
                  timeout: float | None = DEFAULT_TIMEOUT, memory_limit_mb: int = 0) -> Any:
    """For Ray Data ``map_batches``: a batch of pages in, a batch of records out.

    Accepts a dict of columns (Ray's default/numpy format), a pandas DataFrame, or a list
    of dicts, and returns the same kind. Each row gives the page as ``bytes`` (or ``data``)
    or as a ``path`` the worker reads, plus optional ``url``, ``source``, ``record_id``.
    In columnar output ``sources`` is a JSON string, so every batch has one Arrow schema.
    ``memory_limit_mb`` caps the helper process's address space (0: no cap).
    """
    def one(row: Mapping[str, Any]) -> dict[str, Any]:
        return _extract_task(_task(row), options, timeout, memory_limit_mb)

    if isinstance(batch, list):
        return [one(row) for row in batch]
    if hasattr(batch, "to_pylist") and hasattr(batch, "schema"):  # pyarrow.Table
        import pyarrow as pa
        recs = [one(r) for r in batch.to_pylist()]
        return pa.Table.from_pydict(_columns(recs), schema=arrow_schema())
    if hasattr(batch, "to_dict") and hasattr(batch, "columns"):  # pandas
        import pandas as pd
        rows = batch.to_dict("records")
        return pd.DataFrame(_columns([one(r) for r in rows]))
    columns = {k: list(v) for k, v in batch.items()}
    n = len(next(iter(columns.values()), []))
    rows = [{k: v[i] for k, v in columns.items()} for i in range(n)]
    return _columns([one(r) for r in rows])


def extract_partition(rows: Iterable[Any], options: Options | None = None,
                      timeout: float | None = DEFAULT_TIMEOUT) -> Iterator[dict[str, Any]]:
    """For Spark ``rdd.mapPartitions`` (rows may be pyspark Rows or dicts)."""
    for row in rows:
        row = row.asDict() if hasattr(row, "asDict") else row
        yield _extract_task(_task(row), options, timeout)


def batch_function(options: Options | None = None, timeout: float | None = DEFAULT_TIMEOUT,
                   memory_limit_mb: int = 0) -> Callable:
    """``extract_batch`` with these options bound, still picklable."""
    return functools.partial(extract_batch, options=options, timeout=timeout, memory_limit_mb=memory_limit_mb)


def _plain(value: Any) -> Any:
    if hasattr(value, "tolist"):  # numpy scalars and arrays
        return value.tolist()
    if isinstance(value, float) and value != value:  # pandas' NaN for a missing value
        return None
    return value


_LIST_FIELDS = ("authors", "tags", "categories", "warnings")
_NUMBER_FIELDS = ("ms",)


def arrow_schema() -> Any:
    """The one schema of every output batch (no type guessed from a batch's first rows)."""
    import pyarrow as pa
    keys = list(records.failure_record({}, "none", "").keys())
    return pa.schema([(k, pa.list_(pa.string()) if k in _LIST_FIELDS else
                       pa.float64() if k in _NUMBER_FIELDS else pa.string()) for k in keys])


def _task(row: Mapping[str, Any]) -> dict[str, Any]:
    row = {k: _plain(v) for k, v in row.items()}
    data = row.get("bytes", row.get("data"))
    source = row.get("source") or row.get("path")
    return {"source": source, "record_id": row.get("record_id"), "url": row.get("url"),
            "format": row.get("format"), "data": data, "path": None if data is not None else row.get("path")}


def _columns(recs: list[dict[str, Any]]) -> dict[str, list[Any]]:
    keys = list(records.failure_record({}, "none", "").keys())
    cols: dict[str, list[Any]] = {k: [] for k in keys}
    for rec in recs:
        for k in keys:
            value = rec.get(k)
            cols[k].append(json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else value)
    return cols


def row_to_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """Back from a dataset row to the CLI's record (lists as lists, ``sources`` as a dict)."""
    rec = {k: _plain(v) for k, v in row.items()}
    if isinstance(rec.get("sources"), str):
        rec["sources"] = json.loads(rec["sources"])
    for key in ("authors", "tags", "categories", "warnings"):
        rec[key] = list(rec.get(key) or [])
    return rec


def read_directory(path: str | list[str]) -> Any:
    """A Ray dataset of the files under ``path`` (recursive): columns ``bytes`` and ``source``."""
    import ray.data
    ds = ray.data.read_binary_files(path, include_paths=True)
    return ds.rename_columns({"path": "source"})


def read_warc(paths: str | list[str]) -> Any:
    """A Ray dataset of the HTML response records in WARC files, read on the workers:
    columns ``source`` (the WARC file), ``record_id``, ``url`` and ``bytes``."""
    import ray.data
    paths = [paths] if isinstance(paths, str) else list(paths)
    return ray.data.from_items([{"warc": p} for p in paths]).flat_map(_warc_rows)


def _warc_rows(row: Mapping[str, Any]) -> list[dict[str, Any]]:
    from .batch.inputs import iter_warc
    out = []
    for item in iter_warc(str(row["warc"])):
        data = item.get("data")
        out.append({"source": item["source"], "record_id": item.get("record_id"), "url": item.get("url"),
                    "bytes": data if data is not None else b""})
    return out


def run_on_ray(tasks: Iterable[dict[str, Any]], address: str | None, setup: WorkerSetup, timeout: float,
               should_stop: Callable[[], bool] = lambda: False) -> Iterator[dict[str, Any]]:
    """The CLI's ``--ray``: the same tasks and records as the local pool, on a Ray cluster."""
    import ray
    items = [{"source": t["source"], "record_id": t.get("record_id"), "url": t.get("url"),
              "format": t.get("format"), "path": t.get("path"), "bytes": t.get("data")} for t in tasks]
    if not items:
        return
    if not ray.is_initialized():
        local = {} if address else {"_node_ip_address": "127.0.0.1"}  # a local cluster stays on loopback
        ray.init(address=address, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING,
                 runtime_env={"env_vars": _forwarded_env()}, **local)
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    fn = batch_function(setup.options, timeout, setup.memory_limit_mb)
    ds = ray.data.from_items(items).map_batches(fn, batch_size=DEFAULT_BATCH_SIZE, batch_format="pyarrow")
    for row in ds.iter_rows():
        if should_stop():
            return
        yield row_to_record(row)


def _forwarded_env() -> dict[str, str]:
    """Variables the Ray workers need from this process (the fault hook used by tests)."""
    from .batch.worker import FAULT_HOOK_ENV
    return {k: os.environ[k] for k in (FAULT_HOOK_ENV, "PYTHONPATH") if k in os.environ}


__all__ = ["extract_bytes", "extract_batch", "extract_partition", "batch_function", "read_directory",
           "read_warc", "row_to_record", "run_on_ray", "DEFAULT_TIMEOUT", "IsolatedExtractor"]

