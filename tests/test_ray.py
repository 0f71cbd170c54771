"""articlextract.ray: the contract Ray Data, Spark and Dask need, and a real local Ray cluster.

The Ray tests start ``ray.init(num_cpus=2, include_dashboard=False)`` and check that the
cluster's records equal the serial CLI run's, poison page (a timeout) included. They are
skipped when the ``ray`` extra is not installed (CI installs it through ``.[test]``).
"""

from __future__ import annotations

import json
import os
import pickle
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

import pytest

import articlextract.ray as axray
from articlextract.batch.worker import process_page
from articlextract.options import DEFAULT_OPTIONS
from batchkit import hook_env, make_corpus, page_html, run_cli

POISON = page_html(999, marker="POISON-SLEEP").encode()


def comparable(rec: dict) -> str:
    return json.dumps({**rec, "ms": 0}, sort_keys=True)


@pytest.fixture
def hooked(tmp_path, monkeypatch):
    """The fault hook importable and switched on in this process and its helpers."""
    env = hook_env(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path / "hookmod"))
    monkeypatch.setenv("ARTICLEXTRACT_FAULT_HOOK", env["ARTICLEXTRACT_FAULT_HOOK"])
    return env


def test_functions_and_options_survive_pickle():
    for obj in (axray.extract_batch, axray.extract_bytes, axray.extract_partition,
                axray.batch_function(DEFAULT_OPTIONS.replace(min_paragraph_words=5), timeout=3)):
        assert pickle.loads(pickle.dumps(obj)) is not None
    assert pickle.loads(pickle.dumps(DEFAULT_OPTIONS)) == DEFAULT_OPTIONS


def test_extract_bytes_is_json_safe_and_equals_the_in_process_record():
    data = page_html(3).encode()
    rec = axray.extract_bytes(data, url="https://example.org/3", timeout=10)
    assert json.loads(json.dumps(rec)) == rec
    assert rec["status"] == "ok" and rec["headline"] == "Story 3" and rec["url"] == "https://example.org/3"
    local = process_page({"source": None, "record_id": None, "url": "https://example.org/3", "data": data},
                         DEFAULT_OPTIONS)
    assert comparable(rec) == comparable(local)


def test_extract_bytes_never_raises_on_garbage():
    assert axray.extract_bytes(b"", timeout=10)["status"] == "empty"
    for data in (b"\x00\xff" * 100, os.urandom(2000), b"<" * 5000):
        rec = axray.extract_bytes(data, timeout=10)
        assert rec["status"] in ("ok", "empty", "error") and json.loads(json.dumps(rec)) == rec


def test_poison_page_becomes_a_timeout_record_within_the_budget(hooked):
    start = time.monotonic()
    rec = axray.extract_bytes(POISON, timeout=1.0, source="poison.html")
    assert time.monotonic() - start < 1.0 + 5  # the budget, plus restarting a helper on a loaded box
    assert rec["status"] == "error" and rec["reason"].startswith("timeout:")
    after = axray.extract_bytes(page_html(4).encode(), timeout=1.0)  # the replacement helper works
    assert after["headline"] == "Story 4"


def test_batches_as_columns_dataframes_and_rows_give_the_same_records():
    rows = [{"bytes": page_html(i).encode(), "source": f"p{i}", "url": None} for i in range(3)]
    as_list = axray.extract_batch(rows, timeout=10)
    as_columns = axray.extract_batch({k: [r[k] for r in rows] for k in rows[0]}, timeout=10)
    expected = [comparable(r) for r in as_list]
    assert [comparable(axray.row_to_record(dict(zip(as_columns, v)))) for v in zip(*as_columns.values())] == expected
    assert [comparable(r) for r in axray.extract_partition(iter(rows), timeout=10)] == expected
    assert [r["headline"] for r in as_list] == ["Story 0", "Story 1", "Story 2"]


def test_spawn_process_pool_equals_the_serial_run():
    batches = [[{"bytes": page_html(i).encode(), "source": f"p{i}"}] for i in range(4)]
    serial = [axray.extract_batch(b, timeout=None) for b in batches]
    with ProcessPoolExecutor(2, mp_context=get_context("spawn")) as pool:
        parallel = list(pool.map(axray.extract_batch, batches))
    assert [[comparable(r) for r in b] for b in parallel] == [[comparable(r) for r in b] for b in serial]


# --- a real local Ray cluster -----------------------------------------------------------

@pytest.fixture(scope="module")
def ray_cluster(tmp_path_factory):
    ray = pytest.importorskip("ray")
    pytest.importorskip("ray.data")
    tmp = tmp_path_factory.mktemp("raycluster")
    env = hook_env(tmp)
    hook_vars = {k: env[k] for k in ("PYTHONPATH", "ARTICLEXTRACT_FAULT_HOOK")}
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, _node_ip_address="127.0.0.1",
             runtime_env={"env_vars": hook_vars})
    yield ray, {**os.environ, **hook_vars}  # after init: the cluster's auth token is in os.environ
    ray.shutdown()


# Seconds per page in the corpus runs: the poison page waits it out, a good page must not come
# near it. 2 s was hit once by a good page in a fresh worker on a machine loaded by other jobs.
PAGE_BUDGET = 4


@pytest.fixture(scope="module")
def corpus_and_serial(ray_cluster, tmp_path_factory):
    """12 pages plus a poison page, and the serial CLI run over them."""
    _ray, env = ray_cluster
    root = tmp_path_factory.mktemp("raycorpus")
    paths = make_corpus(root / "pages", 12)
    (root / "pages" / "poison.html").write_bytes(POISON)
    done = run_cli(str(root / "pages"), "--parallel", "1", "--timeout", str(PAGE_BUDGET), env=env, timeout=300)
    serial = {r["source"]: r for r in map(json.loads, done.stdout.splitlines())}
    assert sum(r["status"] == "ok" for r in serial.values()) == 12, done.stderr
    assert len(serial) == 13 and serial[str(root / "pages" / "poison.html")]["reason"].startswith("timeout:")
    return root, paths, serial


@pytest.mark.ray
def test_ray_map_batches_equals_the_serial_run_with_the_poison_page(ray_cluster, corpus_and_serial):
    ray, _env = ray_cluster
    root, _paths, serial = corpus_and_serial
    items = [{"source": s, "path": s} for s in sorted(serial)]
    ds = ray.data.from_items(items).map_batches(axray.batch_function(timeout=PAGE_BUDGET), batch_size=4,
                                                batch_format="pyarrow")
    got = {r["source"]: r for r in map(axray.row_to_record, ds.iter_rows())}
    assert sorted(got) == sorted(serial)
    assert {s: comparable(r) for s, r in got.items()} == {s: comparable(r) for s, r in serial.items()}
    pids = ray.data.from_items([{"x": i} for i in range(4)]).map_batches(
        lambda b: {"pid": [os.getpid()] * len(b["x"])}, batch_size=1).take_all()
    assert os.getpid() not in {p["pid"] for p in pids}


@pytest.mark.ray
def test_ray_readers_for_directories_and_warc(ray_cluster, corpus_and_serial, tmp_path):
    root, _paths, serial = corpus_and_serial
    ds = axray.read_directory(str(root / "pages")).map_batches(axray.batch_function(timeout=PAGE_BUDGET),
                                                              batch_size=4,
                                                              batch_format="pyarrow")
    got = {os.path.basename(r["source"]): r["status"] for r in map(axray.row_to_record, ds.iter_rows())}
    assert got == {os.path.basename(s): r["status"] for s, r in serial.items()}
    pytest.importorskip("warcio")
    from test_cli_batch import write_warc
    write_warc(tmp_path / "crawl.warc.gz")
    warc = axray.read_warc(str(tmp_path / "crawl.warc.gz")).map_batches(axray.extract_batch, batch_format="pyarrow")
    recs = sorted(map(axray.row_to_record, warc.iter_rows()), key=lambda r: r["url"])
    assert [(r["url"], r["headline"]) for r in recs] == [("https://example.org/0", "Story 1"),
                                                         ("https://example.org/2", "Story 2")]


@pytest.mark.ray
def test_cli_ray_flag_runs_the_batch_on_a_cluster(ray_cluster, corpus_and_serial, tmp_path):
    ray, env = ray_cluster
    root, _paths, serial = corpus_and_serial
    address = ray.get_runtime_context().gcs_address
    done = run_cli(str(root / "pages"), "--ray", address, "--timeout", str(PAGE_BUDGET),
                   "--output", str(tmp_path / "o.jsonl"),
                   env=env, timeout=300)
    assert done.returncode == 1, done.stderr[-2000:]  # the poison page failed, the rest did not
    got = {r["source"]: r for r in map(json.loads, (tmp_path / "o.jsonl").read_text().splitlines())}
    assert got, done.stderr[-3000:]
    assert {s: comparable(r) for s, r in got.items()} == {s: comparable(r) for s, r in serial.items()}
