"""One extraction run: read, skip what is stored and current, extract in workers, write.

Readers stream papers; batches go to worker processes that run the pure core
(`pipeline.process_batch`) and send back plain results, never Docs; the parent is the single
writer, in input order, so any number of workers yields the same database.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from .models import Paper, PaperResult, Rejected, RunSummary
from .pipeline import extraction_hash, process_batch, shared_nlp
from .readers import read_inputs
from .store import Writer, open_db


@dataclass
class Batch:
    papers: list[Paper]
    rejected: list[Rejected]
    skipped: int


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _batches(records: Iterable[Paper | Rejected], size: int, limit: int | None) -> Iterator[tuple[list[Paper], list[Rejected]]]:
    papers: list[Paper] = []
    rejected: list[Rejected] = []
    seen = 0
    for record in records:
        if isinstance(record, Rejected):
            rejected.append(record)
            continue
        if limit is not None and seen >= limit:
            break
        seen += 1
        papers.append(record)
        if len(papers) >= size:
            yield papers, rejected
            papers, rejected = [], []
    if papers or rejected:
        yield papers, rejected


def _pending(writer: Writer, batches: Iterable[tuple[list[Paper], list[Rejected]]], force: bool, current: str) -> Iterator[Batch]:
    """Drop papers whose stored content and extraction hashes match (resume, incremental runs)."""
    from .pipeline import content_hash

    for papers, rejected in batches:
        unique: dict[str, Paper] = {}
        for paper in papers:
            unique[paper.id] = paper  # a paper repeated within a batch: the last one wins
        todo = list(unique.values())
        if not force and todo:
            stored = writer.stored_hashes(unique)
            todo = [p for p in todo if stored.get(p.id) != (content_hash(p), current)]
        yield Batch(todo, rejected, len(papers) - len(todo))


def run_extract(
    db_path: str | Path,
    inputs: list[str | Path],
    fmt: str | None = None,
    workers: int | None = None,
    limit: int | None = None,
    force: bool = False,
    batch_size: int = 256,
    on_batch: Callable[[RunSummary], None] | None = None,
    on_reject: Callable[[Rejected], None] | None = None,
) -> RunSummary:
    """Build or update `db_path` from `inputs`; returns the run's summary (also in `runs`)."""
    started = time.perf_counter()
    db = open_db(db_path)
    current = extraction_hash()
    writer = Writer.start(db, source=" ".join(str(p) for p in inputs), rules_hash=current)
    workers = workers or default_workers()
    status = "interrupted"
    try:
        batches = _pending(writer, _batches(read_inputs(inputs, fmt), batch_size, limit), force, current)
        shared_nlp()  # built once here; forked workers inherit it
        for batch, results in _extracted(batches, workers):
            for r in batch.rejected:
                if on_reject:
                    on_reject(r)
            writer.reject(batch.rejected)
            writer.write(results, current)
            writer.summary.skipped += batch.skipped
            writer.summary.seconds = round(time.perf_counter() - started, 3)
            if on_batch:
                on_batch(writer.summary)
        status = "finished"
    finally:
        writer.summary.seconds = round(time.perf_counter() - started, 3)
        writer.finish(status)
        db.close()
    return writer.summary


def _extracted(batches: Iterable[Batch], workers: int) -> Iterator[tuple[Batch, list[PaperResult]]]:
    if workers <= 1:
        for batch in batches:
            yield batch, process_batch(batch.papers)
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(workers) as pool:
        pending: list[tuple[Batch, multiprocessing.pool.AsyncResult]] = []
        batches = iter(batches)
        # Keep a bounded window of batches in flight: memory stays flat however large the corpus.
        for batch in islice(batches, workers * 2):
            pending.append((batch, pool.apply_async(process_batch, (batch.papers,))))
        while pending:
            batch, result = pending.pop(0)
            for nxt in islice(batches, 1):
                pending.append((nxt, pool.apply_async(process_batch, (nxt.papers,))))
            yield batch, result.get()
