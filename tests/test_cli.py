import json
import subprocess
import sys

from articlextract.cli import main


def test_cli_writes_one_json_record_per_page(example_html, fixtures, capsys):
    assert main([str(example_html), str(fixtures / "text" / "seed-000.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["status"] for r in records] == ["ok", "ok"]
    assert records[1]["byline"] == "Fahad Shabbir"


def test_cli_explain_prints_keep_drop_rule_reason(fixtures, capsys):
    assert main(["--explain", str(fixtures / "text" / "seed-004.txt")]) == 0
    out = capsys.readouterr().out
    assert "DROP body_region" in out and "KEEP body_region" in out
    assert "RELATED STORIES" in out


def test_console_entry_point_runs(example_html):
    proc = subprocess.run([sys.executable, "-m", "articlextract", str(example_html)],
                          capture_output=True, text=True, check=True)
    assert json.loads(proc.stdout)["headline"] == "City council approves new bike lanes"
