"""The Dask backend: the same core on a cluster, one shard file per input shard, one merge.

    sciclaims extract DB INPUT... --engine dask [--scheduler ADDRESS] [--shards-dir DIR]

1. Split (here, streaming): the input is read and batched exactly as the local engine does
   (same readers, same `batch_size`, same `--limit`); every `shard_size` papers make a shard.
   Papers already stored with the same content and rules are marked "no extraction needed".
   A shard's name carries a hash of its papers (ids, content hashes), the extraction hash and
   `--force`; its input goes to `DIR/shard-NNNNN-KEY.in.jsonl`.
2. Extract (on the workers): a `dask.bag` with one partition per shard maps `run_shard` over
   them; each worker loads the pipeline once (`pipeline.shared_nlp`), runs the engine-agnostic
   core (`runner.extract_rows`) and writes `DIR/shard-NNNNN-KEY.sqlite` (to a `.tmp` name,
   renamed when complete: a shard file that exists is finished). A re-run finds finished
   shards by name and does not redo them; a changed input or rule set changes the names.
3. Merge (here, in shard order, while later shards are still running): every batch goes
   through the same `BulkWriter` and the same write-time check as the local engine, so
   row ids, entities and the export equal those of a single-process run.

`DIR` defaults to `<db>.shards/` beside the database. On a real cluster it must be a path
that the client and every worker see (a shared filesystem); see docs/scaling.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .models import Paper, Rejected, RunSummary
from .pipeline import content_hash, extraction_hash
from .readers import read_inputs
from .runner import (
    BulkWriter,
    Extracted,
    _batches,
    dedup,
    default_workers,
    extract_rows,
    is_current,
    pack_paper,
    tune_for_bulk_writes,
    unpack_paper,
    warm_up,
    write_batch,
)
from .store import open_db

SHARD_SIZE = 10_240  # papers per shard: 40 batches of 256; big enough to amortize a task, small enough to balance

# status of a paper in a shard file
EXTRACTED, FAILED, NOT_EXTRACTED = "extracted", "failed", "stored"

_SHARD_SCHEMA = """
create table meta (key text primary key, value text);
create table batches (idx integer primary key, read integer not null, rejected text not null);
create table papers (seq integer primary key, batch integer not null, id text not null, content_hash text not null,
                     status text not null, data text not null);
"""


def require_dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise RuntimeError(
            f"the dask engine needs dask[bag] and distributed ({error.name} is missing): "
            "pip install 'sciclaims[dask]'"
        ) from error


@dataclass
class ShardSpec:
    index: int
    name: str
    input: str  # shard input (JSONL), written by the client, read and removed by the worker
    output: str  # shard file (SQLite), written by the worker
    extraction_hash: str

    @property
    def done(self) -> bool:
        return Path(self.output).exists()


# --- on the workers --------------------------------------------------------------------------

_LOCK = threading.Lock()  # one pipeline per process: threads of one worker take turns


def run_shard(spec: ShardSpec) -> dict[str, Any]:
    """Extract one shard with the pipeline of this worker process; write its shard file."""
    started = time.perf_counter()
    if extraction_hash() != spec.extraction_hash:
        raise RuntimeError(
            f"worker has sciclaims extraction hash {extraction_hash()}, the client {spec.extraction_hash}:"
            " install the same sciclaims version and rules on the workers"
        )
    warm_up()  # once per worker process, before the first memory zone
    tmp = Path(spec.output + ".tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    conn.executescript(_SHARD_SCHEMA)
    counts = {"papers": 0, "extracted": 0, "failed": 0}
    seq = 0
    with open(spec.input, encoding="utf-8") as lines, _LOCK:
        for idx, line in enumerate(lines):
            batch = json.loads(line)
            todo = [unpack_paper(p) for p, _, flag in batch["papers"] if flag]
            extracted = extract_rows(todo) if todo else Extracted([])
            by_id = {row[0][0]: row for row in extracted.rows}
            reasons = {r.origin: r.reason for r in extracted.failed}
            rows = []
            for packed, chash, flag in batch["papers"]:
                pid = packed[0]
                if not flag:
                    status, data = NOT_EXTRACTED, packed
                elif pid in by_id:
                    status, data = EXTRACTED, by_id[pid]
                else:
                    origin = packed[8] or pid
                    status, data = FAILED, [origin, reasons.get(origin, "extraction failed")]
                rows.append((seq, idx, pid, chash, status, json.dumps(data, ensure_ascii=True)))
                seq += 1
            counts["papers"] += len(rows)
            counts["extracted"] += len(extracted.rows)
            counts["failed"] += len(extracted.failed)
            conn.execute("insert into batches values (?, ?, ?)", (idx, batch["read"], json.dumps(batch["rejected"])))
            conn.executemany("insert into papers values (?, ?, ?, ?, ?, ?)", rows)
    conn.executemany("insert into meta values (?, ?)", [
        ("shard", str(spec.index)), ("name", spec.name), ("extraction_hash", spec.extraction_hash),
        ("seconds", f"{time.perf_counter() - started:.3f}"), ("host", os.uname().nodename),
    ])
    conn.commit()
    conn.close()
    os.replace(tmp, spec.output)  # the rename is what marks the shard finished
    Path(spec.input).unlink(missing_ok=True)
    return {"index": spec.index, **counts, "seconds": round(time.perf_counter() - started, 3)}


def run_partition(specs: list[ShardSpec]) -> list[dict[str, Any]]:
    return [run_shard(spec) for spec in specs]


# --- on the client ---------------------------------------------------------------------------


def _shards(writer: BulkWriter, records, batch_size: int, limit: int | None, shard_size: int, force: bool,
            current: str) -> Iterator[list[dict[str, Any]]]:
    """Batches as the local engine forms them, grouped into shards, each paper flagged for extraction."""
    per_shard = max(1, shard_size // batch_size)
    shard: list[dict[str, Any]] = []
    for papers, rejected in _batches(records, batch_size, limit):
        unique: list[Paper] = dedup(papers)
        stored = writer.stored_hashes(p.id for p in unique)
        entries = []
        for paper in unique:
            chash = content_hash(paper)
            entries.append([pack_paper(paper), chash, not is_current(stored, paper.id, chash, current, force)])
        shard.append({"read": len(papers), "rejected": [[r.origin, r.reason] for r in rejected], "papers": entries})
        if len(shard) >= per_shard:
            yield shard
            shard = []
    if shard:
        yield shard


def _shard_key(batches: list[dict[str, Any]], current: str, force: bool, batch_size: int) -> str:
    """What a shard's results depend on; the pre-extraction flags are left out on purpose (a run
    killed during the merge stores more papers, which must not turn a finished shard stale)."""
    digest = hashlib.sha1()
    digest.update(json.dumps([current, force, batch_size]).encode())
    for batch in batches:
        digest.update(json.dumps([batch["read"], batch["rejected"], [[p[0][0], p[1]] for p in batch["papers"]]],
                                 ensure_ascii=True).encode())
    return digest.hexdigest()[:16]


def _prepare(batches: list[dict[str, Any]], index: int, shards_dir: Path, current: str, force: bool,
             batch_size: int) -> ShardSpec:
    name = f"shard-{index:05d}-{_shard_key(batches, current, force, batch_size)}"
    spec = ShardSpec(index, name, str(shards_dir / f"{name}.in.jsonl"), str(shards_dir / f"{name}.sqlite"), current)
    for stale in shards_dir.glob(f"shard-{index:05d}-*"):
        if not stale.name.startswith(name + ".sqlite") or stale.name.endswith(".tmp"):
            stale.unlink(missing_ok=True)  # an older input's shard, or a half-written one
    if not spec.done:
        with open(spec.input, "w", encoding="utf-8") as out:
            for batch in batches:
                out.write(json.dumps(batch, ensure_ascii=True) + "\n")
    return spec


def merge_shard(writer: BulkWriter, spec: ShardSpec, force: bool, current: str,
                on_batch: Callable[[], None] | None, on_reject: Callable[[Rejected], None] | None) -> None:
    """Write one finished shard into the database, batch by batch, as the local engine would."""
    conn = sqlite3.connect(f"file:{spec.output}?mode=ro", uri=True)
    try:
        batches = conn.execute("select idx, read, rejected from batches order by idx").fetchall()
        for idx, read, rejected_json in batches:
            rejected = [Rejected(origin=o, reason=r) for o, r in json.loads(rejected_json)]
            entries = conn.execute("select id, content_hash, status, data from papers where batch = ? order by seq",
                                   (idx,)).fetchall()
            fresh = writer.first_seen([e[0] for e in entries])
            stored = writer.stored_hashes(e[0] for e in entries if e[2] == NOT_EXTRACTED and e[0] in fresh)
            rows, failed, late = [], [], []
            for pid, chash, status, data in entries:
                if status == EXTRACTED:
                    rows.append(json.loads(data))
                elif status == FAILED:
                    origin, reason = json.loads(data)
                    failed.append(Rejected(origin=origin, reason=reason))
                elif pid in fresh and not is_current(stored, pid, chash, current, force):
                    # current when the shard was cut, not any more (a run killed during the merge and
                    # re-run with changed rules or input): extract it here, in its place
                    late.append(len(rows))
                    rows.append(unpack_paper(json.loads(data)))
            if late:
                again = extract_rows([rows[i] for i in late])
                found = {r[0][0]: r for r in again.rows}
                for i in late:
                    rows[i] = found.get(rows[i].id)
                rows = [r for r in rows if r is not None]
                failed.extend(again.failed)
            write_batch(writer, read, fresh, rejected, Extracted(rows, failed), force, current, on_reject)
            if on_batch:
                on_batch()
    finally:
        conn.close()


def _client(scheduler: str | None, workers: int | None):
    """A client of the cluster at `scheduler` (address or scheduler file), or of a new local cluster."""
    from distributed import Client, LocalCluster

    if scheduler:
        if Path(scheduler).is_file():
            return Client(scheduler_file=scheduler), None
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                           dashboard_address=None, host="127.0.0.1")
    return Client(cluster), cluster


def run_extract_dask(
    db_path: str | Path,
    inputs: list[str | Path],
    fmt: str | None = None,
    workers: int | None = None,
    limit: int | None = None,
    force: bool = False,
    batch_size: int = 256,
    on_batch: Callable[[RunSummary], None] | None = None,
    on_reject: Callable[[Rejected], None] | None = None,
    scheduler: str | None = None,
    shards_dir: str | Path | None = None,
    shard_size: int = SHARD_SIZE,
    client=None,
) -> RunSummary:
    """`runner.run_extract` on Dask: same arguments, same database; see the module docstring."""
    require_dask()
    import dask.bag

    started = time.perf_counter()
    shards_dir = Path(shards_dir) if shards_dir else Path(f"{db_path}.shards")
    shards_dir.mkdir(parents=True, exist_ok=True)
    db = open_db(db_path)
    tune_for_bulk_writes(db)
    current = extraction_hash()
    writer = BulkWriter.start(db, source=" ".join(str(p) for p in inputs), rules_hash=current)
    status = "interrupted"
    cluster = None
    owns_client = client is None

    def progress() -> None:
        writer.summary.seconds = round(time.perf_counter() - started, 3)
        if on_batch:
            on_batch(writer.summary)

    try:
        # 1. split: streaming, one shard's batches in memory at a time
        specs = [
            _prepare(batches, index, shards_dir, current, force, batch_size)
            for index, batches in enumerate(
                _shards(writer, read_inputs(inputs, fmt), batch_size, limit, shard_size, force, current)
            )
        ]
        todo = [spec for spec in specs if not spec.done]
        # 2. extract on the cluster: one bag partition per shard, started before the merge begins
        futures = {}
        if todo:
            if client is None:
                client, cluster = _client(scheduler, workers)
            bag = dask.bag.from_sequence(todo, partition_size=1).map_partitions(run_partition)
            for spec, future in zip(todo, client.compute(bag.to_delayed(optimize_graph=False))):
                futures[spec.index] = future
        # 3. merge in shard order as each shard finishes
        for spec in specs:
            future = futures.pop(spec.index, None)
            if future is not None:
                future.result()
                del future
            merge_shard(writer, spec, force, current, progress, on_reject)
        status = "finished"
    finally:
        writer.summary.seconds = round(time.perf_counter() - started, 3)
        writer.finish(status)
        db.close()
        if owns_client and client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    return writer.summary
