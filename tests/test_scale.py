"""Workers and engines give the same database: byte-identical exports, shards not redone."""

import sqlite3

import pytest

from extractor.cli import cli
from extractor.runner import run_extract

from .conftest import FIXTURES, SEEDS

INPUTS = [SEEDS, FIXTURES / "gold" / "corpus_abstracts.jsonl"]


def export_bytes(db, tmp_path, name):
    from click.testing import CliRunner

    out = tmp_path / f"{name}.jsonl"
    result = CliRunner().invoke(cli, ["export", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def test_two_workers_export_the_same_bytes_as_one(tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    run_extract(one, INPUTS, workers=1)
    # other batch boundaries too: a paper listed twice must resolve the same way
    run_extract(two, INPUTS, workers=2, batch_size=16)
    assert export_bytes(one, tmp_path, "one") == export_bytes(two, tmp_path, "two")


def test_force_with_other_batches_changes_nothing(seeds_copy, tmp_path):
    before = export_bytes(seeds_copy, tmp_path, "before")
    summary = run_extract(seeds_copy, [SEEDS], workers=2, force=True, batch_size=7)
    assert summary.papers == 528
    assert export_bytes(seeds_copy, tmp_path, "after") == before


@pytest.fixture(scope="module")
def dask_client():
    pytest.importorskip("dask.bag", reason="the dask extra is not installed: pip install '.[dask]'")
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, host="127.0.0.1")
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_dask_on_a_local_cluster_equals_the_single_process_database(seeds_db, tmp_path, dask_client):
    from extractor.dask_engine import run_extract_dask

    db, shards = tmp_path / "dask.db", tmp_path / "shards"
    summary = run_extract_dask(db, [SEEDS], shards_dir=shards, shard_size=128, batch_size=64, client=dask_client)
    assert summary.papers == 528
    assert export_bytes(db, tmp_path, "dask") == export_bytes(seeds_db, tmp_path, "local")
    finished = sorted(p.name for p in shards.glob("*.sqlite"))
    assert len(finished) >= 4
    mtimes = {p.name: p.stat().st_mtime_ns for p in shards.glob("*.sqlite")}

    again = run_extract_dask(db, [SEEDS], shards_dir=shards, shard_size=128, batch_size=64, client=dask_client)
    assert again.papers == 0
    assert {p.name: p.stat().st_mtime_ns for p in shards.glob("*.sqlite")} == mtimes, "a finished shard was redone"
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from papers").fetchone()[0] == 528
