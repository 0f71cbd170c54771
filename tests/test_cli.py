import json
import subprocess
import sys
from pathlib import Path

from articlextract.cli import main


def test_cli_writes_one_json_record_per_page(example_html, fixtures, capsys):
    assert main([str(example_html), str(fixtures / "text" / "seed-000.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = {Path(r["source"]).name: r for r in map(json.loads, lines)}  # completion order
    assert [r["status"] for r in records.values()] == ["ok", "ok"]
    assert records["seed-000.txt"]["byline"] == "Fahad Shabbir"


def test_cli_explain_prints_keep_drop_rule_reason(fixtures, capsys):
    assert main(["--explain", str(fixtures / "text" / "seed-004.txt")]) == 0
    out = capsys.readouterr().out
    assert "DROP body_region" in out and "KEEP body_region" in out
    assert "RELATED STORIES" in out


def test_console_entry_point_runs(example_html):
    proc = subprocess.run([sys.executable, "-m", "articlextract", str(example_html)],
                          capture_output=True, text=True, check=True)
    assert json.loads(proc.stdout)["headline"] == "City council approves new bike lanes"


def test_explain_into_a_pipe_closed_early_ends_quietly(fixtures):
    # `articlextract --explain page | head -1`: the reader leaves after one line; the writer
    # must not die with a BrokenPipeError traceback.
    seed = str(fixtures / "text" / "seed-004.txt")
    proc = subprocess.Popen([sys.executable, "-m", "articlextract", "--explain", seed, seed, seed],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # the pipe's reader is gone
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert first.startswith(b"# ") and "Traceback" not in stderr and "BrokenPipe" not in stderr
