"""The database contract of DESIGN.md, written with sqlite-utils by a single writer.

Each paper's rows are replaced in one transaction per batch, so a re-run never duplicates
and an interrupted run (Ctrl-C, kill) leaves only whole papers behind. Row ids are assigned
here, in input order, which keeps databases built with any number of workers identical.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from . import __version__
from .models import Rejected, RunSummary

SCHEMA: dict[str, dict] = {
    "papers": dict(
        columns={
            "id": str, "title": str, "abstract": str, "source": str, "published": str, "url": str,
            "authors": str, "extra": str, "content_hash": str, "extraction_hash": str, "run_id": int,
        },
        pk="id",
        not_null={"title", "abstract"},
    ),
    "sentences": dict(
        columns={"id": str, "paper_id": str, "section": str, "idx": int, "start": int, "end": int, "text": str},
        pk="id",
        not_null={"paper_id", "section", "idx", "start", "end", "text"},
        foreign_keys=[("paper_id", "papers", "id")],
    ),
    "entities": dict(
        columns={"id": int, "type": str, "name": str, "key": str},
        pk="id",
        not_null={"type", "name", "key"},
    ),
    "entity_aliases": dict(
        columns={"alias": str, "entity_id": int},
        pk=("alias", "entity_id"),
        foreign_keys=[("entity_id", "entities", "id")],
    ),
    "mentions": dict(
        columns={
            "id": int, "paper_id": str, "sentence_id": str, "entity_id": int, "type": str, "text": str,
            "start": int, "end": int, "role": str, "rule": str,
        },
        pk="id",
        not_null={"paper_id", "sentence_id", "entity_id", "type", "text", "start", "end"},
        foreign_keys=[("paper_id", "papers", "id"), ("sentence_id", "sentences", "id"), ("entity_id", "entities", "id")],
    ),
    "claims": dict(
        columns={
            "id": int, "paper_id": str, "sentence_id": str, "text": str, "start": int, "end": int,
            "value": float, "low": float, "high": float, "from_value": float, "unit": str, "direction": str,
            "metric": str, "metric_id": int, "qualifier": str, "subject": str, "subject_id": int,
            "baseline": str, "baseline_id": int, "context": str, "context_id": int, "rule": str,
        },
        pk="id",
        not_null={"paper_id", "sentence_id", "text", "start", "end", "unit"},
        foreign_keys=[
            ("paper_id", "papers", "id"), ("sentence_id", "sentences", "id"), ("metric_id", "entities", "id"),
            ("subject_id", "entities", "id"), ("baseline_id", "entities", "id"), ("context_id", "entities", "id"),
        ],
    ),
    "quantities": dict(
        columns={
            "id": int, "paper_id": str, "sentence_id": str, "text": str, "start": int, "end": int,
            "value": float, "low": float, "high": float, "from_value": float, "unit": str, "qualifier": str,
            "claim_id": int, "rule": str,
        },
        pk="id",
        not_null={"paper_id", "sentence_id", "text", "start", "end"},
        foreign_keys=[("paper_id", "papers", "id"), ("sentence_id", "sentences", "id"), ("claim_id", "claims", "id")],
    ),
    "runs": dict(
        columns={
            "id": int, "started": str, "finished": str, "version": str, "rules_hash": str, "source": str,
            "papers": int, "skipped": int, "sentences": int, "mentions": int, "quantities": int, "claims": int,
            "rejected": int, "seconds": float, "status": str,
        },
        pk="id",
    ),
    "rejects": dict(
        columns={"id": int, "run_id": int, "origin": str, "reason": str},
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    ),
}

CHILD_TABLES = ("quantities", "claims", "mentions", "sentences")  # deleted in this order

VIEWS = {
    "claims_view": """
select c.id as claim_id, p.title as paper_title, s.text as sentence, c.text as claim, c.value, c.low, c.high,
       c.from_value, c.unit, c.direction, c.metric, c.qualifier, c.subject, c.baseline, c.context,
       em.name as metric_entity, es.name as subject_entity, eb.name as baseline_entity,
       ec.name as context_entity, c.rule, c.paper_id, s.section, c.start, c.end
from claims c
join papers p on p.id = c.paper_id
join sentences s on s.id = c.sentence_id
left join entities em on em.id = c.metric_id
left join entities es on es.id = c.subject_id
left join entities eb on eb.id = c.baseline_id
left join entities ec on ec.id = c.context_id""",
    "entities_view": """
select e.id as entity_id, e.type, e.name,
       count(distinct m.paper_id) as papers,
       count(distinct case when m.role = 'proposed' then m.paper_id end) as proposed_in,
       count(m.id) as mentions,
       (select count(*) from claims c where c.subject_id = e.id) as claims_about,
       (select count(*) from claims c where c.baseline_id = e.id) as claims_as_baseline,
       (select count(*) from claims c where c.context_id = e.id) as claims_measured_on,
       (select group_concat(alias, ' | ') from entity_aliases a where a.entity_id = e.id) as aliases
from entities e left join mentions m on m.entity_id = e.id
group by e.id""",
}


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) a database that holds the contract's tables and indexes."""
    db = sqlite_utils.Database(path)
    db.execute("pragma journal_mode = wal")
    db.execute("pragma synchronous = normal")
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    existing = set(db.table_names())
    for name, spec in SCHEMA.items():
        if name in existing:
            continue
        db[name].create(
            spec["columns"],
            pk=spec["pk"],
            not_null=spec.get("not_null"),
            foreign_keys=spec.get("foreign_keys"),
        )
        for column, *_ in spec.get("foreign_keys", []):
            db[name].create_index([column], if_not_exists=True)
    db["entities"].create_index(["type", "name"], unique=True, if_not_exists=True)
    db["entities"].create_index(["type", "key"], unique=True, if_not_exists=True)
    db["entity_aliases"].create_index(["entity_id"], if_not_exists=True)
    db["mentions"].create_index(["type", "role"], if_not_exists=True)
    db["claims"].create_index(["unit", "direction"], if_not_exists=True)
    db["claims"].create_index(["metric"], if_not_exists=True)
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)
    if "sentences_fts" not in existing:
        db["sentences"].enable_fts(["text"], create_triggers=True, tokenize="porter")
        _merge_later(db, "sentences_fts")
    if "papers_fts" not in existing:
        db["papers"].enable_fts(["title", "abstract"], create_triggers=True, tokenize="porter")
        _merge_later(db, "papers_fts")


FTS_AUTOMERGE = 8


def _merge_later(db: sqlite_utils.Database, fts: str) -> None:
    """FTS5 writes each transaction's part of the index as a segment and merges segments once
    `automerge` of them sit on one level: 8 instead of the default 4 saves the bulk writer about a
    tenth of its SQLite work (fewer rounds of merging), for a few more segments per search."""
    with db.conn:
        db.execute(f"insert into [{fts}] ([{fts}], rank) values ('automerge', ?)", [FTS_AUTOMERGE])


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class Writer:
    """The single writer of a run: its `runs` row, rejects, and row ids handed out in order.

    Rows themselves are written by `runner.BulkWriter`, which adds the batched, trigger-aware
    insert path on top of this bookkeeping.
    """

    db: sqlite_utils.Database
    run_id: int = 0
    summary: RunSummary = field(default_factory=RunSummary)
    _entity_ids: dict[tuple[str, str], int] = field(default_factory=dict)
    _next: dict[str, int] = field(default_factory=dict)

    @classmethod
    def start(cls, db: sqlite_utils.Database, source: str, rules_hash: str) -> Writer:
        with db.conn:
            run_id = db["runs"].insert(
                {"started": _now(), "version": __version__, "rules_hash": rules_hash, "source": source,
                 "status": "running"}
            ).last_pk
        return cls(db=db, run_id=run_id)

    def finish(self, status: str = "finished") -> None:
        with self.db.conn:
            self.db["runs"].update(
                self.run_id,
                {"finished": _now(), "status": status, **self.summary.model_dump()},
            )

    def stored_hashes(self, ids: Iterable[str]) -> dict[str, tuple[str, str, bool]]:
        """paper id -> (content_hash, extraction_hash, written by this run) for the ids stored."""
        ids = list(ids)
        found: dict[str, tuple[str, str, bool]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows = self.db.execute(
                f"select id, content_hash, extraction_hash, run_id from papers where id in ({','.join('?' * len(chunk))})",
                chunk,
            )
            found.update({r[0]: (r[1], r[2], r[3] == self.run_id) for r in rows})
        return found

    def reject(self, rejected: Iterable[Rejected]) -> None:
        rows = [{"run_id": self.run_id, "origin": r.origin, "reason": r.reason} for r in rejected]
        if rows:
            with self.db.conn:
                self.db["rejects"].insert_all(rows)
            self.summary.rejected += len(rows)

    def _id(self, table: str) -> int:
        if table not in self._next:
            self._next[table] = (self.db.execute(f"select max(id) from [{table}]").fetchone()[0] or 0) + 1
        value = self._next[table]
        self._next[table] = value + 1
        return value
