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
