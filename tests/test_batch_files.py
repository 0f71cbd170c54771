"""Crash-safe writing and reading back: atomic files, the append-only log, resume scans."""

from __future__ import annotations

import json

import pytest

from articlextract.batch.files import AppendLog, OutputLocked, WriteError, atomic_write
from articlextract.batch.sinks import scan_csv, scan_jsonl


def test_atomic_write_replaces_whole_file_and_leaves_no_temp_on_failure(tmp_path):
    target = tmp_path / "d" / "page.json"
    atomic_write(str(target), b"first")
    atomic_write(str(target), b"second")
    assert target.read_bytes() == b"second"
    (tmp_path / "d" / "dir.json").mkdir()
    with pytest.raises(WriteError):
        atomic_write(str(tmp_path / "d" / "dir.json"), b"x")  # os.replace onto a directory fails
    assert sorted(p.name for p in (tmp_path / "d").iterdir()) == ["dir.json", "page.json"]


def test_append_log_is_locked_against_a_second_writer(tmp_path):
    log = AppendLog(str(tmp_path / "o.jsonl"))
    with pytest.raises(OutputLocked):
        AppendLog(str(tmp_path / "o.jsonl"))
    log.close()
    AppendLog(str(tmp_path / "o.jsonl")).close()  # released with its owner


def test_scan_jsonl_stops_at_a_cut_record(tmp_path):
    path = tmp_path / "o.jsonl"
    full = b"".join(json.dumps({"source": f"p{i}", "record_id": None}).encode() + b"\n" for i in range(3))
    path.write_bytes(full + b'{"source": "p3", "rec')
    good, done = scan_jsonl(str(path))
    assert good == len(full)
    assert done == {("p0", ""), ("p1", ""), ("p2", "")}


def test_scan_csv_keeps_quoted_newlines_and_drops_a_cut_row(tmp_path):
    path = tmp_path / "o.csv"
    head = 'source,record_id,body\np0,,"line one\nline ""two"""\np1,,plain\n'
    path.write_text(head + 'p2,,"cut in the mid')
    good, done = scan_csv(str(path))
    assert good == len(head.encode())
    assert done == {("p0", ""), ("p1", "")}
