"""The database contract of DESIGN.md, written with sqlite-utils by a single writer.

Each paper's rows are replaced in one transaction per batch, so a re-run never duplicates
and an interrupted run (Ctrl-C, kill) leaves only whole papers behind. Row ids are assigned
here, in input order, which keeps databases built with any number of workers identical.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from . import __version__
from .canonical import entity_key
from .models import EntityRef, Paper, PaperResult, Rejected, RunSummary

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
    if "papers_fts" not in existing:
        db["papers"].enable_fts(["title", "abstract"], create_triggers=True, tokenize="porter")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class Writer:
    """The single writer of a run: entity ids are cached, row ids handed out in order."""

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

    def entity_id(self, type_: str, name: str) -> int:
        key = (type_, entity_key(name) or name)
        if key in self._entity_ids:
            return self._entity_ids[key]
        row = self.db.execute("select id from entities where type = ? and key = ?", key).fetchone()
        if row is None:
            entity_id = self._id("entities")
            self.db["entities"].insert({"id": entity_id, "type": type_, "name": name, "key": key[1]})
        else:
            entity_id = row[0]
        self._entity_ids[key] = entity_id
        return entity_id

    def _ref(self, ref: EntityRef | None) -> int | None:
        return self.entity_id(ref.type, ref.name) if ref else None

    def write(self, results: list[PaperResult], extraction_hash: str) -> None:
        """Replace the rows of every paper in `results`, all in one transaction."""
        if not results:
            return
        ids = [r.paper.id for r in results]
        rows: dict[str, list[dict]] = {t: [] for t in ("papers", "sentences", "mentions", "claims", "quantities")}
        aliases: set[tuple[str, int]] = set()
        with self.db.conn:
            for table in CHILD_TABLES:
                for i in range(0, len(ids), 500):
                    chunk = ids[i : i + 500]
                    self.db.execute(
                        f"delete from [{table}] where paper_id in ({','.join('?' * len(chunk))})", chunk
                    )
            for result in results:
                rows["papers"].append(self._paper_row(result.paper, result.content_hash, extraction_hash))
                sentence_ids = [s.id for s in result.sentences]
                rows["sentences"].extend(s.model_dump() for s in result.sentences)
                for m in result.mentions:
                    entity_id = self.entity_id(m.type, m.entity)
                    aliases.add((m.text, entity_id))
                    rows["mentions"].append(
                        {"id": self._id("mentions"), "paper_id": result.paper.id,
                         "sentence_id": sentence_ids[m.sentence], "entity_id": entity_id, "type": m.type,
                         "text": m.text, "start": m.start, "end": m.end, "role": m.role, "rule": m.rule}
                    )
                for a in result.aliases:
                    aliases.add((a.alias, self.entity_id(a.type, a.entity)))
                for q in result.quantities:
                    figure = {
                        "paper_id": result.paper.id, "sentence_id": sentence_ids[q.sentence], "text": q.text,
                        "start": q.start, "end": q.end, "value": q.value, "low": q.low, "high": q.high,
                        "from_value": q.from_value, "unit": q.unit, "qualifier": q.qualifier,
                    }
                    claim_id = None
                    if q.claim is not None:
                        c = q.claim
                        claim_id = self._id("claims")
                        rows["claims"].append(
                            {"id": claim_id, **figure, "direction": c.direction, "metric": c.metric,
                             "metric_id": self._ref(c.metric_ref), "subject": c.subject,
                             "subject_id": self._ref(c.subject_ref), "baseline": c.baseline,
                             "baseline_id": self._ref(c.baseline_ref), "context": c.context,
                             "context_id": self._ref(c.context_ref), "rule": c.rule}
                        )
                    rows["quantities"].append(
                        {"id": self._id("quantities"), **figure, "claim_id": claim_id, "rule": q.rule}
                    )
            self.db["papers"].upsert_all(rows["papers"], pk="id")
            for table in ("sentences", "mentions", "claims", "quantities"):
                if rows[table]:
                    self.db[table].insert_all(rows[table], batch_size=1000)
            if aliases:
                self.db["entity_aliases"].insert_all(
                    ({"alias": a, "entity_id": e} for a, e in sorted(aliases)), ignore=True
                )
        s = self.summary
        s.papers += len(results)
        s.sentences += len(rows["sentences"])
        s.mentions += len(rows["mentions"])
        s.quantities += len(rows["quantities"])
        s.claims += len(rows["claims"])

    def _paper_row(self, paper: Paper, content_hash: str, extraction_hash: str) -> dict:
        row = paper.model_dump(exclude={"origin"})
        row["extra"] = json.dumps(paper.extra, ensure_ascii=False, sort_keys=True) if paper.extra else None
        row.update(content_hash=content_hash, extraction_hash=extraction_hash, run_id=self.run_id)
        return row
