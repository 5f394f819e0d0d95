"""The command line as users drive it: exit statuses, messages naming file and line, read-only query."""

import json

import pytest
from click.testing import CliRunner

from extractor.cli import cli

from .conftest import FIXTURES


@pytest.fixture
def runner():
    return CliRunner()


def test_every_command_help_has_an_example(runner):
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output, f"`sciclaims {name} --help` has no example"


def test_bad_records_are_reported_with_file_and_line_and_the_rest_stored(runner, tmp_path):
    db = tmp_path / "bad.db"
    result = runner.invoke(cli, ["extract", str(db), str(FIXTURES / "formats" / "bad" / "bad.jsonl"), "-q",
                                 "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert "bad.jsonl:2:" in result.output
    rows = json.loads(runner.invoke(cli, ["query", str(db), "select count(*) n from papers", "--json"]).output)
    assert rows[0]["n"] >= 2


def test_no_usable_input_exits_2(runner, tmp_path):
    result = runner.invoke(cli, ["extract", str(tmp_path / "e.db"), str(FIXTURES / "formats" / "bad" / "empty.jsonl"),
                                 "-q", "--workers", "1"])
    assert result.exit_code == 2
    assert "empty" in result.output


def test_query_refuses_writes(runner, seeds_copy):
    result = runner.invoke(cli, ["query", str(seeds_copy), "delete from papers"])
    assert result.exit_code == 2
    assert "read-only" in result.output
    count = runner.invoke(cli, ["query", str(seeds_copy), "select count(*) n from papers", "--csv"])
    assert count.output.splitlines() == ["n", "528"]


def test_export_one_record_per_paper(runner, seeds_db, tmp_path):
    out = tmp_path / "x.jsonl"
    assert runner.invoke(cli, ["export", str(seeds_db), "-o", str(out)]).exit_code == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 528
    assert sum(len(r["claims"]) for r in records) > 100
    claim = next(c for r in records for c in r["claims"])
    assert claim["sentence"][claim["start"]:claim["end"]] == claim["text"]


def test_show_and_explain(runner, seeds_db):
    paper_id = runner.invoke(cli, ["query", str(seeds_db), "select id from papers where title like 'ZIP-FIT%'", "--csv"]
                             ).output.splitlines()[1]
    shown = runner.invoke(cli, ["show", str(seeds_db), paper_id])
    assert shown.exit_code == 0 and "ZIP-FIT" in shown.output
    assert runner.invoke(cli, ["show", str(seeds_db), "no-such-id"]).exit_code == 2
    explained = runner.invoke(cli, ["explain", "It is 2.8x faster than DSIR on GLUE.", "--json"])
    found = json.loads(explained.output)
    assert [(c["value"], c["unit"], c["direction"]) for c in found["claims"]] == [(2.8, "x", "increase")]


def test_serve_stopped_by_sigterm_leaves_no_temporary_directory(seeds_db, tmp_path):
    """A service manager stops `serve` with SIGTERM; its metadata directory must go with it."""
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "extractor.cli", "serve", str(seeds_db), "--port", str(port)],
                            env={**os.environ, "TMPDIR": str(tmp)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=1)
                break
            except OSError:
                assert proc.poll() is None and time.time() < deadline, "sciclaims serve did not come up"
                time.sleep(0.2)
        assert [p.name for p in tmp.iterdir()][0].startswith("sciclaims-serve-")
        proc.terminate()
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert list(tmp.iterdir()) == []
