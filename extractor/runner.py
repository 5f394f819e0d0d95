"""One extraction run: read, skip what is stored and current, extract in workers, write.

Readers stream papers; batches go to worker processes that run the pure core
(`pipeline.process_rows`, wrapped by `extract_rows`) and send back plain rows, never Docs
or pydantic models; the parent is the single writer, in input order, so any number of
workers yields the same database.

What crosses a process boundary is deliberately plain: a paper is a tuple (`pack_paper`), a
result is nested tuples of str/int/float/None (`pack_result`). They pickle several times
faster than the pydantic models, survive JSON (the Dask shards store them so), and the
`BulkWriter` writes them with `executemany` instead of rebuilding models.

The rule that makes every engine give the same database: a paper of a batch is written when
`force` is set or when its stored (content hash, extraction hash) differs from the current
one AT WRITE TIME. Checking before extraction as well only saves work; checking again at
write time keeps a paper repeated further down the input from being written twice however
far ahead the workers run.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import count, islice
from pathlib import Path
from typing import Any

from .canonical import entity_key
from .models import Paper, PaperResult, Rejected, RunSummary
from .pipeline import (
    PAPER_FIELDS,
    PackedPaper,
    PackedResult,
    content_hash,
    extraction_hash,
    pack_paper,
    process_rows,
    shared_nlp,
)
from .readers import read_inputs
from .store import CHILD_TABLES, SCHEMA, Writer, open_db

ENGINES = ("local", "dask")

# --- compact forms: what workers receive and send back --------------------------------------

def unpack_paper(packed: Sequence) -> Paper:
    """The paper again, without re-validating what the reader already validated."""
    values = dict(zip(PAPER_FIELDS, packed))
    values["extra"] = values.get("extra") or {}
    return Paper.model_construct(**values)


def _ref(ref) -> tuple | None:
    return (ref.type, ref.name) if ref is not None else None


def pack_result(result: PaperResult) -> PackedResult:
    """A `PaperResult` as nested tuples of plain values (cheap to pickle, JSON-safe): the rows
    `pipeline.process_rows` builds directly, for results that exist as models."""
    quantities = []
    for q in result.quantities:
        c = q.claim
        claim = None if c is None else (
            c.direction, c.metric, _ref(c.metric_ref), c.subject, _ref(c.subject_ref), c.baseline,
            _ref(c.baseline_ref), c.context, _ref(c.context_ref), c.rule,
        )
        quantities.append((q.sentence, q.text, q.start, q.end, q.value, q.low, q.high, q.from_value, q.unit,
                           q.qualifier, q.rule, claim))
    return (
        pack_paper(result.paper),
        result.content_hash,
        [(s.id, s.paper_id, s.section, s.idx, s.start, s.end, s.text) for s in result.sentences],
        [(m.sentence, m.type, m.text, m.start, m.end, m.role, m.rule, m.entity) for m in result.mentions],
        quantities,
        [(a.type, a.alias, a.entity) for a in result.aliases],
    )


@dataclass
class Extracted:
    """What one batch of papers became: packed results in input order, and papers that failed."""

    rows: list[PackedResult]
    failed: list[Rejected] = field(default_factory=list)


def extract_rows(papers: Sequence[Paper]) -> Extracted:
    """The engine-agnostic unit of work: papers in, plain rows out, in the calling process.

    Every backend (in-process, the local pool, Dask workers) calls this. Rows come straight from
    the docs (`pipeline.process_rows`): no model per sentence, mention and figure. A paper on which
    the pipeline raises is retried alone and, if it fails again, reported as rejected; one
    pathological abstract does not end a million-paper run.
    """
    _zone.open()
    try:
        try:
            return Extracted(process_rows(list(papers)))
        except Exception:  # noqa: BLE001 - find the paper(s) at fault below
            pass
        rows: list[PackedResult] = []
        failed: list[Rejected] = []
        for paper in papers:
            try:
                rows.extend(process_rows([paper]))
            except Exception as error:  # noqa: BLE001 - reported per record, the run goes on
                origin = paper.origin or paper.id
                failed.append(Rejected(origin=origin, reason=f"extraction failed: {type(error).__name__}: {error}"))
        return Extracted(rows, failed)
    finally:
        _zone.count(len(papers))


class _MemoryZone:
    """Keeps spaCy's vocabulary from growing with the corpus.

    Every new word a tokenizer meets becomes a lexeme and a string for the life of the
    process: over a million abstracts that alone is hundreds of MB. Papers are processed inside
    `nlp.memory_zone()`, which forgets what was added in it; it is renewed every
    `ZONE_PAPERS` papers, so the cost of re-creating lexemes is amortized. Safe because
    nothing extracted keeps a Doc, a Token or a string id: results leave as plain values.
    Whatever components load on first use is loaded by `warm_up` before the first zone.

    Inside a zone spaCy's tokenizer caches nothing (spacy/tokenizer.pyx `_save_cached`), so a
    word it has not cached before the first zone is split into affixes again at every
    occurrence: with an empty cache that made tokenizing three times slower. The first
    `PRIME_PAPERS` papers of a process are therefore extracted outside any zone: the common
    words of the corpus are cached for good, at a fixed cost of a few MB.
    """

    ZONE_PAPERS = 20_000
    PRIME_PAPERS = 10_000

    def __init__(self) -> None:
        self._zone = None
        self._papers = 0
        self._primed = 0

    def open(self) -> None:
        if self._zone is None and self._primed >= self.PRIME_PAPERS:
            nlp = shared_nlp()
            if hasattr(nlp, "memory_zone"):
                self._zone = nlp.memory_zone()
                self._zone.__enter__()

    def count(self, papers: int) -> None:
        if self._zone is None:
            self._primed += papers
            return
        self._papers += papers
        if self._papers >= self.ZONE_PAPERS:
            self.close()

    def close(self) -> None:
        zone, self._zone, self._papers = self._zone, None, 0
        if zone is not None:
            zone.__exit__(None, None, None)


_zone = _MemoryZone()


def extract_packed(packed: list[PackedPaper]) -> Extracted:
    """`extract_rows` for packed papers: what a worker process runs."""
    return extract_rows([unpack_paper(p) for p in packed])


# --- the single writer ----------------------------------------------------------------------


class BulkWriter(Writer):
    """`store.Writer` for packed rows: same ids, same rows, written with plain `executemany`.

    Ids come from the inherited `_id` counters and `_entity_ids` cache, handed out in row order,
    so a database does not depend on how the rows were batched or computed (tests/test_scale.py
    checks it). Two costs of the generic path are avoided:
    sqlite-utils' per-value conversion, and the full-text triggers, which make FTS5 flush
    its pending index once per row. Inside each batch's transaction the FTS triggers are
    dropped, the FTS rows are written in rowid order with one statement per table, and the
    triggers are re-created verbatim before COMMIT, so no reader and no crash ever sees
    a database without them.
    """

    ENTITY_CACHE = 250_000  # entity ids kept in memory; beyond, the unique (type, key) index answers

    _fts: dict[str, tuple[str, list[str]]] | None = None
    _triggers: list[tuple[str, str]] | None = None

    def _fts_setup(self) -> None:
        if self._fts is not None:
            return
        self._fts = {}
        for table in ("papers", "sentences"):
            fts = self.db[table].detect_fts()
            if fts:
                self._fts[table] = (fts, [c for c in self.db[fts].columns_dict if c not in ("rank",)])
        # only the triggers that keep an FTS index in step; any other trigger keeps firing
        self._triggers = [
            (name, sql) for name, table, sql in self.db.execute(
                "select name, tbl_name, sql from sqlite_master where type = 'trigger' order by name"
            ).fetchall()
            if table in self._fts and self._fts[table][0].lower() in sql.lower()
        ]

    def _entity_map(self, names: Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """(type, name) -> entity id for each of `names`, new entities inserted.

        New ids are handed out in the order the names first occur, and a new entity takes the
        first name met with its key. Keys the run has not met are looked up with one query per
        type and 500 keys; the write loop then reads ids from the returned dict.
        """
        cache = self._entity_ids
        keyed = [(tn, (tn[0], entity_key(tn[1]) or tn[1])) for tn in dict.fromkeys(names)]
        wanted: dict[str, set[str]] = {}
        for _, key in keyed:
            if key not in cache:
                wanted.setdefault(key[0], set()).add(key[1])
        for type_, keys in wanted.items():
            for marks, chunk in self._in(sorted(keys)):  # the unique (type, key) index answers each key
                for key, entity_id in self.db.conn.execute(
                        f"select key, id from entities where type = ? and key in ({marks})", [type_, *chunk]):
                    cache[(type_, key)] = entity_id
        ids: dict[tuple[str, str], int] = {}
        new: list[tuple[int, str, str, str]] = []
        for tn, key in keyed:
            entity_id = cache.get(key)
            if entity_id is None:
                entity_id = cache[key] = self._id("entities")
                new.append((entity_id, key[0], tn[1], key[1]))
            ids[tn] = entity_id
        if new:
            self.db.conn.executemany("insert into entities (id, type, name, key) values (?, ?, ?, ?)", new)
        return ids

    def first_seen(self, ids: Sequence[str]) -> set[str]:
        """The ids this run has not met before; all of `ids` count as met from now on.

        The first occurrence of a paper in a run wins wherever batch boundaries fall, and a
        later, different copy of it neither replaces it nor makes the next run flip between the
        two. Kept in a TEMP table of this connection (on disk, not in RAM), so a run over a
        million papers does not grow a set of them.
        """
        conn = self.db.conn
        conn.execute("create temp table if not exists sciclaims_seen (id text primary key) without rowid")
        already: set[str] = set()
        for marks, chunk in self._in(list(ids)):
            already.update(r[0] for r in conn.execute(f"select id from temp.sciclaims_seen where id in ({marks})", chunk))
        conn.executemany("insert or ignore into temp.sciclaims_seen (id) values (?)", ((i,) for i in ids))
        conn.commit()
        return {i for i in ids if i not in already}

    def write(self, results: Sequence[PackedResult | PaperResult], extraction_hash: str) -> None:  # type: ignore[override]
        """Replace the rows of every paper in `results` (packed or models), in one transaction."""
        if not results:
            return
        results = [pack_result(r) if isinstance(r, PaperResult) else r for r in results]
        self._fts_setup()
        if len(self._entity_ids) > self.ENTITY_CACHE:
            self._entity_ids.clear()  # memory stays flat: a million papers name millions of entities
        conn = self.db.conn
        run_id = self.run_id
        ids = [r[0][0] for r in results]
        unique_ids = list(dict.fromkeys(ids))
        papers, sentences, mentions, claims, quantities = [], [], [], [], []
        aliases: set[tuple[str, int]] = set()
        conn.execute("begin immediate")
        try:
            eid = self._entity_map(_names(results))
            for name, _ in self._triggers:
                conn.execute(f"drop trigger [{name}]")
            self._delete(unique_ids)
            mention_id = count(self._id("mentions"))
            quantity_id = count(self._id("quantities"))
            claim_id = count(self._id("claims"))
            for paper, chash, sents, ments, quants, als in results:
                pid = paper[0]
                extra = paper[7]
                papers.append((*paper[:7], _extra_json(extra) if extra else None, chash, extraction_hash, run_id))
                sentence_ids = [s[0] for s in sents]
                sentences.extend(sents)
                rows = [(next(mention_id), pid, sentence_ids[sentence], eid[type_, entity], type_, text, start, end,
                         role, rule) for sentence, type_, text, start, end, role, rule, entity in ments]
                mentions.extend(rows)
                aliases.update([(row[5], row[3]) for row in rows])
                aliases.update([(alias, eid[type_, entity]) for type_, alias, entity in als])
                for (sentence, text, start, end, value, low, high, from_value, unit, qualifier, rule,
                     claim) in quants:
                    figure = (pid, sentence_ids[sentence], text, start, end, value, low, high, from_value, unit,
                              qualifier)
                    cid = None
                    if claim is not None:
                        (direction, metric, metric_ref, subject, subject_ref, baseline, baseline_ref, context,
                         context_ref, claim_rule) = claim
                        cid = next(claim_id)
                        claims.append((cid, *figure, direction, metric, _ref_id(eid, metric_ref), subject,
                                       _ref_id(eid, subject_ref), baseline, _ref_id(eid, baseline_ref), context,
                                       _ref_id(eid, context_ref), claim_rule))
                    quantities.append((next(quantity_id), *figure, cid, rule))
            self._next["mentions"] = next(mention_id)
            self._next["quantities"] = next(quantity_id)
            self._next["claims"] = next(claim_id)
            self._upsert_papers(papers, unique_ids)
            self._insert_with_fts("sentences", SENTENCE_COLUMNS, sentences)
            for table, columns, rows in (("mentions", MENTION_COLUMNS, mentions), ("claims", CLAIM_COLUMNS, claims),
                                         ("quantities", QUANTITY_COLUMNS, quantities)):
                if rows:
                    conn.executemany(_insert_sql(table, columns), rows)
            if aliases:
                conn.executemany("insert or ignore into entity_aliases (alias, entity_id) values (?, ?)",
                                 sorted(aliases))
            for _, sql in self._triggers:
                conn.execute(sql)
            conn.commit()
        except BaseException:
            conn.rollback()
            # ids handed out in the rolled-back transaction are not in the database
            self._next.clear()
            self._entity_ids.clear()
            raise
        s = self.summary
        s.papers += len(results)
        s.sentences += len(sentences)
        s.mentions += len(mentions)
        s.quantities += len(quantities)
        s.claims += len(claims)

    def _in(self, values: list[str]) -> Iterator[tuple[str, list[str]]]:
        for i in range(0, len(values), 500):
            chunk = values[i : i + 500]
            yield ",".join("?" * len(chunk)), chunk

    def _delete(self, ids: list[str]) -> None:
        conn = self.db.conn
        if "sentences" in self._fts:
            fts, cols = self._fts["sentences"]
            for marks, chunk in self._in(ids):
                conn.execute(
                    f"insert into [{fts}] ([{fts}], rowid, {_cols(cols)}) select 'delete', rowid, {_cols(cols)}"
                    f" from sentences where paper_id in ({marks}) order by rowid", chunk)
        for table in CHILD_TABLES:
            for marks, chunk in self._in(ids):
                conn.execute(f"delete from [{table}] where paper_id in ({marks})", chunk)
        if "papers" in self._fts:
            fts, cols = self._fts["papers"]
            for marks, chunk in self._in(ids):
                conn.execute(
                    f"insert into [{fts}] ([{fts}], rowid, {_cols(cols)}) select 'delete', rowid, {_cols(cols)}"
                    f" from papers where id in ({marks}) order by rowid", chunk)

    def _upsert_papers(self, rows: list[tuple], ids: list[str]) -> None:
        conn = self.db.conn
        updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in PAPER_COLUMNS[1:])
        conn.executemany(f"{_insert_sql('papers', PAPER_COLUMNS)} on conflict (id) do update set {updates}", rows)
        if "papers" in self._fts:
            fts, cols = self._fts["papers"]
            for marks, chunk in self._in(ids):
                conn.execute(f"insert into [{fts}] (rowid, {_cols(cols)}) select rowid, {_cols(cols)} from papers"
                             f" where id in ({marks}) order by rowid", chunk)

    def _insert_with_fts(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        if not rows:
            return
        conn = self.db.conn
        before = conn.execute(f"select coalesce(max(rowid), 0) from [{table}]").fetchone()[0]
        conn.executemany(_insert_sql(table, columns), rows)
        if table in self._fts:
            fts, cols = self._fts[table]
            conn.execute(f"insert into [{fts}] (rowid, {_cols(cols)}) select rowid, {_cols(cols)} from [{table}]"
                         f" where rowid > ? order by rowid", (before,))


def _names(results: Sequence[PackedResult]) -> Iterator[tuple[str, str]]:
    """The (type, entity name) pairs of a batch in row order: paper by paper, its mentions, aliases,
    then the entities its claims refer to. Entity ids are handed out in this order."""
    for _, _, _, ments, quants, als in results:
        for m in ments:
            yield m[1], m[7]
        for a in als:
            yield a[0], a[2]
        for q in quants:
            claim = q[11]
            if claim is not None:
                for ref in (claim[2], claim[4], claim[6], claim[8]):
                    if ref:
                        yield ref[0], ref[1]


def _ref_id(ids: dict[tuple[str, str], int], ref: Sequence | None) -> int | None:
    return ids[ref[0], ref[1]] if ref else None


_extra_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # json.dumps(..., same options)


def _cols(columns: Iterable[str]) -> str:
    return ", ".join(f"[{c}]" for c in columns)


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"insert into [{table}] ({_cols(columns)}) values ({', '.join('?' * len(columns))})"


PAPER_COLUMNS = ("id", "title", "abstract", "source", "published", "url", "authors", "extra", "content_hash",
                 "extraction_hash", "run_id")
SENTENCE_COLUMNS = ("id", "paper_id", "section", "idx", "start", "end", "text")
MENTION_COLUMNS = ("id", "paper_id", "sentence_id", "entity_id", "type", "text", "start", "end", "role", "rule")
_FIGURE = ("paper_id", "sentence_id", "text", "start", "end", "value", "low", "high", "from_value", "unit",
           "qualifier")
CLAIM_COLUMNS = ("id", *_FIGURE, "direction", "metric", "metric_id", "subject", "subject_id", "baseline",
                 "baseline_id", "context", "context_id", "rule")
QUANTITY_COLUMNS = ("id", *_FIGURE, "claim_id", "rule")

for _table, _columns in (("papers", PAPER_COLUMNS), ("sentences", SENTENCE_COLUMNS), ("mentions", MENTION_COLUMNS),
                         ("claims", CLAIM_COLUMNS), ("quantities", QUANTITY_COLUMNS)):
    # the store's schema is the contract; fail at import, not halfway through a run
    assert set(_columns) == set(SCHEMA[_table]["columns"]), f"BulkWriter columns of {_table} are stale"


# --- batches --------------------------------------------------------------------------------


@dataclass
class Batch:
    papers: list[Paper]
    rejected: list[Rejected]
    skipped: int
    size: int = 0  # papers read for this batch, repeats included
    ids: list[str] = field(default_factory=list)  # each distinct paper id of the batch, in input order


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


def dedup(papers: Iterable[Paper]) -> list[Paper]:
    """A paper repeated within a batch: the first one wins, as it does across batches."""
    unique: dict[str, Paper] = {}
    for paper in papers:
        unique.setdefault(paper.id, paper)
    return list(unique.values())


def is_current(stored: dict[str, tuple[str, str, bool]], paper_id: str, chash: str, current: str,
               force: bool = False) -> bool:
    """Nothing to write: this run already wrote the paper (its first occurrence wins, wherever the
    batch boundaries fall), or, without `force`, it is stored with the same content and rules."""
    entry = stored.get(paper_id)
    if entry is None:
        return False
    return entry[2] or (not force and entry[:2] == (chash, current))


def _pending(writer: Writer, batches: Iterable[tuple[list[Paper], list[Rejected]]], force: bool, current: str) -> Iterator[Batch]:
    """Drop papers whose stored content and extraction hashes match (resume, incremental runs)."""
    for papers, rejected in batches:
        todo = dedup(papers)
        ids = [p.id for p in todo]
        if todo:
            stored = writer.stored_hashes(ids)
            todo = [p for p in todo if not is_current(stored, p.id, content_hash(p), current, force)]
        yield Batch(todo, rejected, len(papers) - len(todo), len(papers), ids)


def still_pending(writer: Writer, rows: list[PackedResult], force: bool, current: str) -> list[PackedResult]:
    """The write-time check: drop results whose paper got stored, current, since it was queued."""
    if not rows:
        return rows
    stored = writer.stored_hashes(r[0][0] for r in rows)
    if not stored:
        return rows
    return [r for r in rows if not is_current(stored, r[0][0], r[1], current, force)]


def write_batch(writer: BulkWriter, read: int, fresh: set[str], rejected: list[Rejected], extracted: Extracted,
                force: bool, current: str, on_reject: Callable[[Rejected], None] | None) -> None:
    """Write one batch: its rejects, then its rows; `read` counts the papers read for it and
    `fresh` holds its ids that this run meets for the first time (`BulkWriter.first_seen`)."""
    rejected = rejected + extracted.failed
    if on_reject:
        for r in rejected:
            on_reject(r)
    writer.reject(rejected)
    rows = still_pending(writer, [r for r in extracted.rows if r[0][0] in fresh], force, current)
    writer.write(rows, current)
    writer.summary.skipped += read - len(rows) - len(extracted.failed)


# --- the run --------------------------------------------------------------------------------


def tune_for_bulk_writes(db) -> None:
    """A bigger page cache for the writer: the indexes of a million-paper database stay hot."""
    db.execute("pragma cache_size = -65536")


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
    engine: str = "local",
    scheduler: str | None = None,
    shards_dir: str | Path | None = None,
    shard_size: int | None = None,
) -> RunSummary:
    """Build or update `db_path` from `inputs`; returns the run's summary (also in `runs`).

    `engine="local"` runs `workers` processes on this machine (1: in this process);
    `engine="dask"` runs the same core on a Dask cluster (`scheduler` address, or a local
    cluster of `workers` processes) through per-shard files in `shards_dir`
    (default `<db>.shards/`, `shard_size` papers each), merged here by the same writer.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; one of {', '.join(ENGINES)}")
    if engine == "dask":
        from .dask_engine import run_extract_dask

        return run_extract_dask(db_path, inputs, fmt=fmt, workers=workers, limit=limit, force=force,
                                batch_size=batch_size, on_batch=on_batch, on_reject=on_reject,
                                scheduler=scheduler, shards_dir=shards_dir,
                                **({"shard_size": shard_size} if shard_size else {}))
    started = time.perf_counter()
    db = open_db(db_path)
    tune_for_bulk_writes(db)
    current = extraction_hash()
    writer = BulkWriter.start(db, source=" ".join(str(p) for p in inputs), rules_hash=current)
    workers = workers or default_workers()
    status = "interrupted"
    try:
        batches = _pending(writer, _batches(read_inputs(inputs, fmt), batch_size, limit), force, current)
        warm_up()  # built once here; forked workers inherit it
        for batch, extracted in _extracted(batches, workers):
            fresh = writer.first_seen(batch.ids)
            write_batch(writer, batch.size, fresh, batch.rejected, extracted, force, current, on_reject)
            writer.summary.seconds = round(time.perf_counter() - started, 3)
            if on_batch:
                on_batch(writer.summary)
        status = "finished"
    finally:
        _zone.close()  # in-process extraction: hand the pipeline back as it was
        writer.summary.seconds = round(time.perf_counter() - started, 3)
        writer.finish(status)
        db.close()
    return writer.summary


_WARM_UP = Paper(
    id="sciclaims:warm-up",
    title="WarmNet: A 1.2B-Parameter Model for Fast Inference (WN)",
    abstract=(
        "We propose WarmNet (WN), which improves accuracy by 3.4% over ResNet-50 on ImageNet and is 2.8x "
        "faster than BERT on GLUE. It reduces latency from 120 ms to 45 ms, uses 12 GB of memory, reaches "
        "an F1 score of 0.91 with up to 5 mmHg error at 9.8 m/s^2, and needs two orders of magnitude fewer FLOPs."
    ),
)


@cache
def warm_up() -> None:
    """Build the pipeline and run it once (once per process), so that everything components load
    lazily on first use (lexicons, compiled patterns) is loaded before the first memory zone, and
    once in the parent, shared by forked workers."""
    shared_nlp()
    try:
        process_rows([_WARM_UP])
    except Exception:  # noqa: BLE001 - a warm-up; real papers report their own failures
        pass


def _ignore_sigint() -> None:
    # Ctrl-C reaches the whole process group; the parent decides, workers just stop with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()  # a no-op when forked from a parent that did it; a build under spawn


def _extracted(batches: Iterable[Batch], workers: int) -> Iterator[tuple[Batch, Extracted]]:
    gc.collect()
    # The pipeline that warm_up built is never garbage: frozen, full collections skip it (in this
    # process and in workers), and forked workers share its pages instead of copying them one by one.
    gc.freeze()
    try:
        if workers <= 1:
            for batch in batches:
                yield batch, extract_rows(batch.papers)
        else:
            yield from _in_workers(batches, workers)
    finally:
        gc.unfreeze()


def _in_workers(batches: Iterable[Batch], workers: int) -> Iterator[tuple[Batch, Extracted]]:
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with context.Pool(workers, initializer=_ignore_sigint) as pool:
        pending: deque[tuple[Batch, Any]] = deque()
        batches = iter(batches)

        def submit(batch: Batch) -> None:
            packed = [pack_paper(p) for p in batch.papers]
            batch.papers = []  # the parent keeps only what the writer needs
            pending.append((batch, pool.apply_async(extract_packed, (packed,)) if packed else None))

        # A bounded window of batches in flight: memory stays flat however large the corpus.
        for batch in islice(batches, workers * 2 + 1):
            submit(batch)
        while pending:
            batch, result = pending.popleft()
            extracted = result.get() if result is not None else Extracted([])
            for nxt in islice(batches, 1):
                submit(nxt)
            yield batch, extracted
