"""The batch command end to end: inputs, output formats, exit statuses, explain report."""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
from pathlib import Path

import pytest

from batchkit import cli, make_corpus, page_html, read_jsonl, run_cli, sources


@pytest.fixture
def work(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def by_source(recs):
    return {r["source"]: r for r in recs}


def test_directories_globs_lists_stdin_and_gz_each_page_once(work):
    make_corpus(work / "site", 6)  # site/part0/page-000{0,1,2}.html, site/part1/...
    (work / "dumps").mkdir()
    seed = Path(__file__).parent / "fixtures" / "text" / "seed-000.txt"
    (work / "dumps" / "story.txt.gz").write_bytes(gzip.compress(seed.read_bytes()))
    (work / "list.txt").write_text("# pages from the crawl\nsite/part1/page-0000.html\n\n")
    proc = subprocess.run(cli("site/part0", "site/part1/*.html", "-i", "list.txt", "-", "--output", "o.jsonl"),
                          input="dumps/story.txt.gz\nsite/part0/page-0001.html\n", capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    recs = by_source(read_jsonl(work / "o.jsonl"))
    assert sorted(recs) == sorted([*(f"site/part{d}/page-000{i}.html" for d in (0, 1) for i in range(3)),
                                   "dumps/story.txt.gz"])
    assert recs["dumps/story.txt.gz"]["format"] == "text"
    assert recs["dumps/story.txt.gz"]["byline"] == "Fahad Shabbir"  # the fixture's annotation
    assert recs["site/part1/page-0002.html"]["headline"] == "Story 5"


def test_paths_on_stdin_without_arguments(work):
    make_corpus(work / "site", 2, dirs=1)
    proc = subprocess.run(cli(), input="site/part0/page-0000.html\nsite/part0/page-0001.html\n",
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert sources(list(map(json.loads, proc.stdout.splitlines()))) == [
        "site/part0/page-0000.html", "site/part0/page-0001.html"]


def test_missing_input_is_an_error_record_and_exit_1(work):
    make_corpus(work / "site", 1, dirs=1)
    proc = run_cli("site", "nope.html", "gone/*.html")
    assert proc.returncode == 1
    recs = by_source(map(json.loads, proc.stdout.splitlines()))
    assert recs["nope.html"]["reason"].startswith("input_missing:")
    assert recs["gone/*.html"]["reason"].startswith("input_missing:")
    assert recs["site/part0/page-0000.html"]["status"] == "ok"
    assert "3 pages: 1 ok, 0 empty, 2 failed" in proc.stderr


def write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, (ctype, body) in enumerate([("text/html; charset=utf-8", page_html(1).encode()),
                                           ("image/png", b"\x89PNG\r\n\x1a\n...."),
                                           ("text/html", page_html(2).encode())]):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://example.org/{n}", "response",
                                                          payload=io.BytesIO(body), http_headers=headers))
        writer.write_record(writer.create_warc_record("https://example.org/0", "request",
                                                      payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def test_warc_html_responses_are_pages_with_record_id_and_url(work):
    pytest.importorskip("warcio")
    write_warc(work / "crawl.warc.gz")
    proc = run_cli("crawl.warc.gz", "-o", "out")
    assert proc.returncode == 0, proc.stderr
    manifest = sorted(read_jsonl(work / "out/.articlextract/manifest.jsonl"), key=lambda m: m["url"])
    assert [(m["url"], m["status"]) for m in manifest] == [("https://example.org/0", "ok"),
                                                           ("https://example.org/2", "ok")]
    assert all(m["record_id"].startswith("<urn:uuid:") and m["source"] == "crawl.warc.gz" for m in manifest)
    page = json.loads((work / "out" / manifest[1]["output"]).read_text())
    assert manifest[1]["output"] == "crawl.warc.gz/000001.json"
    assert page["headline"] == "Story 2" and page["record_id"] == manifest[1]["record_id"]
    again = run_cli("crawl.warc.gz", "-o", "out", "--resume")  # record ids make resume work per record
    assert again.returncode == 0 and "0 pages" in again.stderr and "2 already done" in again.stderr


@pytest.mark.parametrize("fmt, name, expected", [
    ("json", "a/x.html.json", '"headline": "Story 0"'),
    ("txt", "a/x.html.txt", "Unique marker story-0-body."),
    ("markdown", "a/x.html.md", "# Story 0\n\n"),
])
def test_output_dir_one_file_per_page_in_each_format(work, fmt, name, expected):
    (work / "a").mkdir()
    (work / "a" / "x.html").write_text(page_html(0))
    (work / "a" / "x.txt").write_text(page_html(1))  # same stem: never the same output file
    proc = run_cli("a", "-o", "out", "--output-format", fmt)
    assert proc.returncode == 0, proc.stderr
    assert expected in (work / "out" / name).read_text()
    assert (work / "out" / name.replace("x.html", "x.txt")).exists()


def test_csv_output_reads_back_in_a_spreadsheet_library(work):
    make_corpus(work / "site", 3, dirs=1)
    proc = run_cli("site", "--output", "o.csv", "--output-format", "csv")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO((work / "o.csv").read_text(), newline="")))
    assert sorted(r["headline"] for r in rows) == ["Story 0", "Story 1", "Story 2"]
    assert all("\n\n" in r["body"] for r in rows)  # paragraphs survive quoting
    again = run_cli("site", "--output", "o.csv", "--output-format", "csv", "--resume")
    assert again.returncode == 0 and "3 already done" in again.stderr


def test_parallel_gives_the_same_records_as_serial(work):
    make_corpus(work / "site", 24)
    one = run_cli("site", "--parallel", "1")
    two = run_cli("site", "--parallel", "2")
    drop_ms = lambda out: sorted(json.dumps({**json.loads(l), "ms": 0}, sort_keys=True) for l in out.splitlines())
    assert one.returncode == two.returncode == 0
    assert drop_ms(one.stdout) == drop_ms(two.stdout)


@pytest.mark.parametrize("args, message", [
    (["--output-format", "txt"], "needs --output-dir"),
    (["--resume"], "--resume needs"),
    (["-o", "out", "--output-format", "csv"], "one file per page"),
    (["--explain-html", "r.html", "a.html", "b.html"], "exactly one page"),
    (["--parallel", "-1"], "--parallel"),
])
def test_usage_errors_exit_2_before_any_work(work, args, message):
    make_corpus(work / "site", 1, dirs=1)
    proc = run_cli("site", *args)
    assert proc.returncode == 2
    assert message in proc.stderr and proc.stdout == ""


def test_existing_output_needs_resume_or_overwrite(work):
    make_corpus(work / "site", 2, dirs=1)
    assert run_cli("site", "--output", "o.jsonl").returncode == 0
    refused = run_cli("site", "--output", "o.jsonl")
    assert refused.returncode == 2 and "--resume" in refused.stderr
    assert len(read_jsonl(work / "o.jsonl")) == 2
    assert run_cli("site", "--output", "o.jsonl", "--overwrite").returncode == 0
    assert len(read_jsonl(work / "o.jsonl")) == 2


def test_progress_bar_when_asked_summary_always(work):
    make_corpus(work / "site", 4, dirs=1)
    quiet = run_cli("site", "--output", "o.jsonl")
    assert quiet.stderr.strip().splitlines() == [quiet.stderr.strip()]  # no bar off a terminal
    assert "4 pages: 4 ok, 0 empty, 0 failed, 0 skipped in" in quiet.stderr and "pages/s" in quiet.stderr
    pytest.importorskip("tqdm")
    shown = run_cli("site", "--output", "o2.jsonl", "--progress")
    assert "4/4" in shown.stderr and "page/s" in shown.stderr


def test_explain_html_report_escapes_the_page_and_marks_kept_and_dropped(work):
    hostile = page_html(7, marker="<b>bold</b> &amp; \"quoted\"").replace(
        "<footer>", "<footer><p>Menu &lt;script&gt;alert(1)&lt;/script&gt; terms</p>")
    (work / "p.html").write_text(hostile)
    proc = run_cli("--explain-html", "report.html", "p.html")
    assert proc.returncode == 0, proc.stderr
    report = (work / "report.html").read_text()
    assert "<script" not in report
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report
    assert 'class="b keep" title="KEEP by ' in report and 'class="b drop" title="DROP by ' in report
    assert "Unique marker story-7-body." in report and "Story 7" in report


def test_outputs_inside_the_input_tree_are_never_read_as_pages(work):
    for site, args in (("s1", ["--output", "s1/o.jsonl"]), ("s2", ["-o", "s2/out"])):
        make_corpus(work / site, 2, dirs=1)
        assert run_cli(site, *args).returncode == 0
        again = run_cli(site, *args, "--resume")
        assert again.returncode == 0 and "0 pages" in again.stderr and "2 already done" in again.stderr
