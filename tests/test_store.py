"""The database contract, idempotent re-runs and interrupted runs, on real SQLite files."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import sqlite_utils

from extractor.runner import run_extract
from extractor.store import open_db

from .conftest import FIXTURES, SEEDS
from .contract import contract_problems

COUNTED = ("papers", "sentences", "mentions", "quantities", "claims", "entities", "entity_aliases")


def counts(path):
    db = sqlite3.connect(path)
    try:
        return {t: db.execute(f"select count(*) from [{t}]").fetchone()[0] for t in COUNTED}
    finally:
        db.close()


def test_seed_corpus_keeps_the_contract(seeds_db):
    assert contract_problems(seeds_db) == []
    assert counts(seeds_db)["papers"] == 528


def test_entities_are_named_and_mentions_resolve_to_their_own_name(seeds_db):
    db = sqlite3.connect(seeds_db)
    assert db.execute("select count(*) from entities where trim(name) = '' or key = ''").fetchone()[0] == 0
    # a gazetteer hit is its own entity (no acronym redirection): the names share the key
    rows = db.execute(
        """select m.text, e.name from mentions m join entities e on e.id = m.entity_id
           where m.rule like 'gazetteer%' limit 200"""
    ).fetchall()
    from extractor.canonical import entity_key

    assert rows and sum(entity_key(t) == entity_key(n) for t, n in rows) >= 0.9 * len(rows)


def test_title_is_its_own_sentence(seeds_db):
    db = sqlite3.connect(seeds_db)
    rows = db.execute(
        "select count(*), sum(s.text = p.title) from sentences s join papers p on p.id = s.paper_id where s.section = 'title'"
    ).fetchone()
    assert rows[0] == 528 and rows[1] == 528


def test_schema_declares_foreign_keys_with_indexes(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    for table in ("sentences", "mentions", "quantities", "claims"):
        fks = {fk.column for fk in db[table].foreign_keys}
        assert "paper_id" in fks and (table == "sentences" or "sentence_id" in fks)
        indexed = {tuple(i.columns) for i in db[table].indexes}
        for column in fks:
            assert (column,) in indexed, f"{table}.{column} has no index"
    assert ("type", "name") in {tuple(i.columns) for i in db["entities"].indexes if i.unique}


def test_rerun_changes_no_counts_and_skips_everything(seeds_copy):
    before = counts(seeds_copy)
    summary = run_extract(seeds_copy, [SEEDS], workers=1)
    assert counts(seeds_copy) == before
    assert summary.papers == 0 and summary.skipped > 0
    forced = run_extract(seeds_copy, [SEEDS], workers=1, force=True)
    assert counts(seeds_copy) == before
    assert forced.papers >= 528
    assert contract_problems(seeds_copy) == []


def test_a_run_row_per_invocation(seeds_copy):
    run_extract(seeds_copy, [SEEDS], workers=1)
    runs = list(sqlite_utils.Database(seeds_copy)["runs"].rows)
    assert len(runs) == 2
    assert all(r["finished"] and r["status"] == "finished" for r in runs)
    assert runs[0]["papers"] == 528 and runs[1]["papers"] == 0


def test_changed_paper_replaces_its_rows(tmp_path):
    path = tmp_path / "x.db"
    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "p1", "title": "T one", "abstract": "It is 2.8x faster than DSIR. It uses 5 GPUs."}\n')
    run_extract(path, [src], workers=1)
    src.write_text('{"id": "p1", "title": "T one", "abstract": "Short now."}\n')
    run_extract(path, [src], workers=1)
    db = sqlite_utils.Database(path)
    assert db["papers"].count == 1
    assert [r["text"] for r in db["sentences"].rows_where(order_by="idx")] == ["T one", "Short now."]
    assert db["claims"].count == 0 and db["quantities"].count == 0
    assert contract_problems(path) == []


def test_a_change_to_the_extraction_code_makes_stored_papers_stale(tmp_path, monkeypatch):
    from extractor import pipeline

    path = tmp_path / "x.db"
    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "p1", "title": "T one", "abstract": "It is 2.8x faster than DSIR."}\n')
    run_extract(path, [src], workers=1)
    assert run_extract(path, [src], workers=1).skipped == 1
    monkeypatch.setattr(pipeline, "code_hash", lambda: "edited-code")  # as after a `git pull` of claims.py
    again = run_extract(path, [src], workers=1)
    assert again.papers == 1 and again.skipped == 0
    assert contract_problems(path) == []


class _Interrupt(Exception):
    pass


def test_interrupted_run_keeps_contract_and_rerun_completes(tmp_path, monkeypatch):
    from extractor import runner

    path = tmp_path / "int.db"
    original = runner.BulkWriter.write
    calls = {"n": 0}

    def flaky(self, results, extraction_hash):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return original(self, results, extraction_hash)

    monkeypatch.setattr(runner.BulkWriter, "write", flaky)
    with pytest.raises(KeyboardInterrupt):
        run_extract(path, [SEEDS], workers=1, batch_size=50)
    monkeypatch.setattr(runner.BulkWriter, "write", original)
    partial = counts(path)["papers"]
    assert 0 < partial < 528
    assert contract_problems(path) == []
    assert sqlite_utils.Database(path)["runs"].get(1)["status"] == "interrupted"
    run_extract(path, [SEEDS], workers=1)
    assert counts(path)["papers"] == 528
    assert contract_problems(path) == []


def test_killed_process_leaves_a_usable_database(tmp_path):
    path = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(path), str(SEEDS), "--workers", "1",
           "--batch-size", "4", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        try:
            if path.exists() and counts(path)["papers"] >= 8:
                break
        except sqlite3.OperationalError:
            pass
        time.sleep(0.02)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert contract_problems(path) == [] or counts(path)["papers"] == 0
    run_extract(path, [SEEDS], workers=1)
    assert counts(path)["papers"] == 528
    assert contract_problems(path) == []


def test_open_db_is_idempotent(tmp_path):
    path = tmp_path / "empty.db"
    open_db(path).close()
    open_db(path).close()
    assert set(sqlite_utils.Database(path).table_names()) >= {"papers", "sentences", "claims", "papers_fts", "sentences_fts"}


@pytest.mark.benchmark
def test_shared_checker_agrees(seeds_db):
    checker = FIXTURES.parent.parent / "shared" / "tools" / "check_contract.py"
    if not checker.exists():
        pytest.skip("../shared is not beside the checkout")
    result = subprocess.run([sys.executable, str(checker), str(seeds_db)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
