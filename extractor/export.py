"""Records for `sciclaims export`: one per paper, with its entities and claims, in a stable order."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from .models import ExportClaim, ExportMention, ExportRecord

PAPER_FIELDS = ("id", "title", "abstract", "source", "published", "url", "authors", "extra")
CLAIM_FIELDS = ("text", "start", "end", "value", "low", "high", "from_value", "unit", "direction", "metric",
                "qualifier", "subject", "baseline", "context", "rule")


def export_records(conn: sqlite3.Connection) -> Iterator[ExportRecord]:
    """Papers ordered by id; mentions and claims by sentence and offset, so bytes are reproducible."""
    papers = conn.execute(f"select {', '.join(PAPER_FIELDS)} from papers order by id")
    for paper in papers:
        record = dict(zip(PAPER_FIELDS, tuple(paper)))
        record["extra"] = json.loads(record["extra"]) if record["extra"] else {}
        mentions = conn.execute(
            """select m.type, m.text, m.role, e.name, s.idx, m.start from mentions m
               join entities e on e.id = m.entity_id join sentences s on s.id = m.sentence_id
               where m.paper_id = ? order by s.idx, m.start, m.end, m.type""",
            (record["id"],),
        ).fetchall()
        entities: dict[str, list[ExportMention]] = {}
        for type_, text, role, name, idx, start in mentions:
            entities.setdefault(type_, []).append(
                ExportMention(text=text, entity=name, role=role, sentence=idx, start=start)
            )
        record["entities"] = entities
        claims = conn.execute(
            f"""select {', '.join('c.' + f for f in CLAIM_FIELDS)}, s.idx, s.text from claims c
                join sentences s on s.id = c.sentence_id where c.paper_id = ? order by s.idx, c.start, c.end""",
            (record["id"],),
        ).fetchall()
        record["claims"] = [
            ExportClaim(**dict(zip(CLAIM_FIELDS, tuple(c)[: len(CLAIM_FIELDS)])), sentence_idx=c[-2], sentence=c[-1])
            for c in claims
        ]
        yield ExportRecord(**record)
