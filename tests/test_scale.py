"""Scale-out without changing a row: worker counts, kills and resumes, the bulk writer, Dask.

Every engine must produce the same database as one process: same rows with the same ids,
and byte-identical `sciclaims export`.
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from extractor import runner
from extractor.cli import cli
from extractor.runner import run_extract

from .conftest import SEEDS
from .contract import contract_problems

BATCH = 64
TABLES = ("papers", "sentences", "entities", "entity_aliases", "mentions", "claims", "quantities", "rejects")


def table_rows(path, drop=("run_id",)):
    """Every row of every contract table, rowid included; run ids left out (they count runs)."""
    db = sqlite3.connect(path)
    try:
        found = {}
        for table in TABLES:
            cols = [r[1] for r in db.execute(f"pragma table_info([{table}])") if r[1] not in drop]
            found[table] = db.execute(
                f"select rowid, {', '.join(f'[{c}]' for c in cols)} from [{table}] order by rowid"
            ).fetchall()
        return found
    finally:
        db.close()


def assert_same_rows(a, b, tables=TABLES):
    rows_a, rows_b = table_rows(a), table_rows(b)
    for table in tables:
        assert rows_a[table] == rows_b[table], f"{table} differs"


def export_bytes(path) -> bytes:
    result = CliRunner().invoke(cli, ["export", str(path)])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def fts_ok(path) -> None:
    """The full-text indexes match their tables ('integrity-check' with rank 1 compares them) and the
    triggers that keep them in step are all there."""
    db = sqlite3.connect(path)
    try:
        for fts in ("sentences_fts", "papers_fts"):
            db.execute(f"insert into [{fts}]([{fts}], rank) values ('integrity-check', 1)")
        triggers = {r[0] for r in db.execute("select name from sqlite_master where type = 'trigger'")}
        assert {"sentences_ai", "sentences_ad", "sentences_au", "papers_ai", "papers_ad", "papers_au"} <= triggers
    finally:
        db.close()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """The seed pages between two JSONL files that repeat and change papers across batches."""
    base = tmp_path_factory.mktemp("inputs")
    head, tail = base / "a_head.jsonl", base / "z_tail.jsonl"
    same = {"id": "dup-same", "title": "RepeatNet", "abstract": "RepeatNet is 2.8x faster than DSIR on GLUE."}
    changed = {"id": "dup-changed", "title": "ChangeNet", "abstract": "ChangeNet improves accuracy by 3.1% on MMLU."}
    head.write_text(json.dumps(same) + "\n" + json.dumps(changed) + "\n")
    changed_again = dict(changed, abstract="ChangeNet improves accuracy by 4.2% on MMLU and cuts latency by 30%.")
    tail.write_text(json.dumps(same) + "\n" + json.dumps(changed_again) + "\n" + '{"id": "broken", "title": ""}\n')
    return [head, SEEDS, tail]


@pytest.fixture(scope="module")
def reference(tmp_path_factory, inputs):
    """The single-process database every other engine must equal."""
    path = tmp_path_factory.mktemp("ref") / "ref.db"
    summary = run_extract(path, inputs, workers=1, batch_size=BATCH)
    assert summary.papers > 500 and summary.rejected == 1
    return path


def test_rows_are_the_packed_models():
    """Workers build rows straight from the docs (`process_rows`); they must be exactly what the
    validated models pack to, or the database would depend on the path taken."""
    from extractor.models import Paper
    from extractor.pipeline import process_batch, process_rows
    from extractor.readers import read_inputs

    papers = [p for p in read_inputs([SEEDS]) if isinstance(p, Paper)][:200]
    rows = process_rows(papers)
    packed = [runner.pack_result(r) for r in process_batch(papers)]
    assert len(rows) == len(papers) and sum(len(r[4]) for r in rows) > 50
    assert rows == packed
    for row, again in zip(rows, packed):  # floats stay floats, as pydantic makes them
        for q, q2 in zip(row[4], again[4]):
            assert [type(v) for v in q[4:8]] == [type(v) for v in q2[4:8]]


def test_two_workers_write_the_same_database_as_one(reference, inputs, tmp_path):
    path = tmp_path / "two.db"
    summary = run_extract(path, inputs, workers=2, batch_size=BATCH)
    assert summary.rejected == 1
    assert_same_rows(reference, path)
    assert export_bytes(path) == export_bytes(reference)
    assert contract_problems(path) == []
    fts_ok(path)


def test_memory_zones_change_no_row(reference, inputs, tmp_path, monkeypatch):
    """Papers extracted inside spaCy memory zones (no tokenizer caching, lexemes forgotten when a
    zone closes) give the rows of papers extracted outside them."""
    class Zones(runner._MemoryZone):
        PRIME_PAPERS, ZONE_PAPERS = 0, 3 * BATCH  # zones from the first batch, renewed during the run
        opened = 0

        def open(self) -> None:
            was = self._zone
            super().open()
            self.opened += was is None and self._zone is not None

    zone = Zones()
    monkeypatch.setattr(runner, "_zone", zone)
    path = tmp_path / "zoned.db"
    try:
        run_extract(path, inputs, workers=1, batch_size=BATCH)
    finally:
        zone.close()
    assert zone.opened >= 3
    assert export_bytes(path) == export_bytes(reference)


def test_the_first_copy_of_a_repeated_paper_wins_and_a_rerun_changes_nothing(reference, inputs, tmp_path):
    db = sqlite3.connect(reference)
    assert db.execute("select count(*) from papers where id like 'dup-%'").fetchone()[0] == 2
    assert "3.1%" in db.execute("select abstract from papers where id = 'dup-changed'").fetchone()[0]
    assert db.execute("select count(*) from sentences where paper_id = 'dup-same'").fetchone()[0] == 2
    db.close()
    copy = tmp_path / "copy.db"
    copy.write_bytes(reference.read_bytes())
    again = run_extract(copy, inputs, workers=2, batch_size=BATCH)
    assert again.papers == 0  # the later, different copy does not flip the stored one
    assert_same_rows(reference, copy, tables=TABLES[:-1])  # each run logs its own rejects


def test_any_batch_size_exports_the_same_bytes(reference, inputs, tmp_path):
    path = tmp_path / "small.db"
    run_extract(path, inputs, workers=2, batch_size=7)
    assert export_bytes(path) == export_bytes(reference)


def test_force_with_other_batches_changes_nothing(seeds_copy):
    before = export_bytes(seeds_copy)
    summary = run_extract(seeds_copy, [SEEDS], workers=2, force=True, batch_size=7)
    assert summary.papers == 528
    assert export_bytes(seeds_copy) == before
    fts_ok(seeds_copy)


def test_killed_run_resumes_without_duplicates_or_losses(reference, inputs, tmp_path):
    path = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(path), *map(str, inputs), "--workers", "2",
           "--batch-size", str(BATCH), "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    stored = 0
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        try:
            stored = sqlite3.connect(path).execute("select count(*) from papers").fetchone()[0] if path.exists() else 0
        except sqlite3.OperationalError:
            stored = 0
        if stored >= 2 * BATCH:
            break
        time.sleep(0.01)
    killed = proc.poll() is None
    if killed:
        os.killpg(proc.pid, signal.SIGKILL)  # the writer and its workers, mid-run
    proc.wait()
    if not killed:
        pytest.skip("the run finished before it could be killed")
    assert 0 < stored < 533
    assert contract_problems(path) == []
    summary = run_extract(path, inputs, workers=2, batch_size=BATCH)
    assert summary.skipped >= stored
    assert_same_rows(reference, path)  # same ids too: nothing lost, nothing written twice
    assert export_bytes(path) == export_bytes(reference)
    fts_ok(path)


def test_bulk_writer_replaces_a_changed_paper_and_keeps_the_indexes(tmp_path):
    src = tmp_path / "p.jsonl"
    src.write_text('{"id": "p1", "title": "T one", "abstract": "It is 2.8x faster than DSIR. It uses 5 GPUs."}\n')
    path = tmp_path / "x.db"
    run_extract(path, [src], workers=1)
    src.write_text('{"id": "p1", "title": "T one", "abstract": "Short now, and 40% smaller."}\n')
    run_extract(path, [src], workers=1)
    fts_ok(path)
    db = sqlite3.connect(path)
    assert db.execute("select count(*) from sentences_fts where sentences_fts match 'faster'").fetchone()[0] == 0
    assert db.execute("select count(*) from papers_fts where papers_fts match 'smaller'").fetchone()[0] == 1


def test_a_paper_that_breaks_the_pipeline_is_rejected_not_fatal(tmp_path, monkeypatch):
    src = tmp_path / "p.jsonl"
    src.write_text("".join(
        json.dumps({"id": f"p{i}", "title": f"Paper {i}", "abstract": f"It is {i + 2}x faster than DSIR."}) + "\n"
        for i in range(6)
    ))
    real = runner.process_rows

    def fragile(papers):
        if any(p.id == "p3" for p in papers):
            raise ValueError("boom")
        return real(papers)

    monkeypatch.setattr(runner, "process_rows", fragile)
    summary = run_extract(tmp_path / "f.db", [src], workers=1)
    assert summary.papers == 5 and summary.rejected == 1 and summary.skipped == 0
    reason = sqlite3.connect(tmp_path / "f.db").execute("select reason from rejects").fetchone()[0]
    assert "extraction failed" in reason and "boom" in reason


def test_bench_sizes_and_markdown_section(tmp_path):
    from extractor.bench import END, START, parse_sizes, update_markdown

    assert parse_sizes("1000,10k,all") == [1000, 10000, None]
    with pytest.raises(ValueError):
        parse_sizes("0")
    path = tmp_path / "BENCHMARKS.md"
    path.write_text("# Benchmarks\n\nintro\n\n<!-- public-benchmarks:start -->\nP\n<!-- public-benchmarks:end -->\n")
    update_markdown(path, f"{START}\nfirst\n{END}")
    update_markdown(path, f"{START}\nsecond\n{END}")
    text = path.read_text()
    assert "intro" in text and "<!-- public-benchmarks:start -->\nP\n" in text
    assert "second" in text and "first" not in text and text.count(START) == 1
    update_markdown(path, "<!-- gold:start -->\nG\n<!-- gold:end -->", "<!-- gold:start -->", "<!-- gold:end -->")
    update_markdown(path, "<!-- gold:start -->\nH\n<!-- gold:end -->", "<!-- gold:start -->", "<!-- gold:end -->")
    text = path.read_text()
    assert "\nH\n" in text and "\nG\n" not in text and "second" in text and "<!-- public-benchmarks:start -->\nP\n" in text


# --- Dask -------------------------------------------------------------------------------------

dask_missing = None
try:
    import dask.bag  # noqa: F401
    import distributed  # noqa: F401
except ImportError as error:  # pragma: no cover - CI installs the test extra, which has dask
    dask_missing = f"dask engine not testable: {error.name} is not installed (pip install 'sciclaims[dask]')"


@pytest.fixture(scope="module")
def cluster():
    if dask_missing:
        pytest.skip(dask_missing)
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as local:
        yield local


def _shard_files(directory):
    return {p.name: p.stat().st_mtime_ns for p in directory.glob("shard-*.sqlite")}


def test_dask_on_a_two_worker_local_cluster_equals_one_process(cluster, reference, inputs, tmp_path):
    from extractor.dask_engine import run_extract_dask

    shards = tmp_path / "shards"
    path = tmp_path / "dask.db"
    summary = run_extract(path, inputs, batch_size=BATCH, engine="dask", scheduler=cluster.scheduler_address,
                          shards_dir=shards, shard_size=2 * BATCH)
    assert summary.rejected == 1
    assert_same_rows(reference, path)
    assert export_bytes(path) == export_bytes(reference)
    fts_ok(path)
    files = _shard_files(shards)
    assert len(files) >= 2 and not list(shards.glob("*.in.jsonl")) and not list(shards.glob("*.tmp"))

    # a re-run into a new database redoes no finished shard ...
    again = tmp_path / "again.db"
    run_extract_dask(again, inputs, batch_size=BATCH, scheduler=cluster.scheduler_address, shards_dir=shards,
                     shard_size=2 * BATCH)
    assert _shard_files(shards) == files
    assert_same_rows(reference, again)
    rerun = run_extract_dask(again, inputs, batch_size=BATCH, scheduler=cluster.scheduler_address, shards_dir=shards,
                             shard_size=2 * BATCH)
    assert rerun.papers == 0 and _shard_files(shards) == files
    # ... and redoes exactly the shard that is missing
    lost = sorted(files)[1]
    (shards / lost).unlink()
    third = tmp_path / "third.db"
    run_extract_dask(third, inputs, batch_size=BATCH, scheduler=cluster.scheduler_address, shards_dir=shards,
                     shard_size=2 * BATCH)
    now = _shard_files(shards)
    assert now.keys() == files.keys()
    assert [name for name in files if now[name] != files[name]] == [lost]
    assert_same_rows(reference, third)
