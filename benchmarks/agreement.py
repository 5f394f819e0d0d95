#!/usr/bin/env python
"""How far two annotators of the same abstracts agree, scored with `sciclaims eval`'s own rules.

    python benchmarks/agreement.py REFERENCE.jsonl SECOND.jsonl [INPUT ...] [--detail]

Why: a target such as "metrics F1 >= 0.75" only means something if two careful people, given the
same guide, agree on more than that. SECOND's annotation is written into a throwaway database in
the shape `sciclaims eval` reads (its claims as claims, its entity lists as mentions; its facts and
`methods_generic_ok` left out, as a tool's set-up figures and generic names would be neutral or
absent), then scored against REFERENCE exactly as the extractor is. Entity and claim F1 are
symmetric up to swapping precision and recall; attribute accuracy is over the claims both gave.
The abstracts come from INPUT (default: the seeds and the gold corpus, as `benchmarks/gold.py`).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this working tree's extractor, installed or not

from rich.console import Console  # noqa: E402

from extractor.evaluate import EvalReport, GoldPaper, evaluate, load_gold, render, title_key  # noqa: E402
from extractor.readers import read_inputs  # noqa: E402

DEFAULT_INPUTS = [ROOT / "fixtures" / "seeds", ROOT / "fixtures" / "gold" / "corpus_abstracts.jsonl"]

_SCHEMA = """
create table papers (id text primary key, title text, abstract text);
create table sentences (id text primary key, paper_id text, section text, start int, [end] int, text text);
create table mentions (paper_id text, type text, text text, role text);
create table claims (id integer primary key, paper_id text, sentence_id text, text text, start int, [end] int,
                     value real, low real, high real, from_value real, unit text, direction text, metric text,
                     qualifier text, baseline text, context text);
"""


def _abstracts(inputs: list[Path], wanted: set[str]) -> dict[str, tuple[str, str]]:
    """title key -> (title, abstract) of the first paper in the inputs with that title."""
    found: dict[str, tuple[str, str]] = {}
    for record in read_inputs(inputs):
        title = getattr(record, "title", None)
        if title is not None and (key := title_key(title)) in wanted and key not in found:
            found[key] = (title, record.abstract)
    return found


def _write_paper(conn: sqlite3.Connection, paper_id: str, title: str, abstract: str, gold: GoldPaper) -> list[str]:
    """The annotation as a tool's output; returns the quotes it could not place."""
    conn.execute("insert into papers values (?, ?, ?)", (paper_id, title, abstract))
    for section, text in (("title", title), ("abstract", abstract)):
        conn.execute("insert into sentences values (?, ?, ?, 0, ?, ?)",
                     (f"{paper_id}/{section}", paper_id, section, len(text), text))
    rows = [("method", name, "proposed") for name in gold.methods_proposed]
    rows += [("method", name, "mentioned") for name in gold.methods]
    rows += [("dataset", name, None) for name in gold.datasets]
    rows += [("metric", name, None) for name in gold.metrics]
    conn.executemany("insert into mentions values (?, ?, ?, ?)", [(paper_id, *row) for row in rows])
    unplaced = []
    for claim in gold.claims:
        for section, text in (("title", title), ("abstract", abstract)):
            start = text.find(claim.quote)
            if start >= 0:
                break
        else:
            unplaced.append(claim.quote)
            continue
        conn.execute(
            "insert into claims (paper_id, sentence_id, text, start, [end], value, low, high, from_value, unit,"
            " direction, metric, qualifier, baseline, context) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (paper_id, f"{paper_id}/{section}", claim.quote, start, start + len(claim.quote), claim.value,
             claim.low, claim.high, claim.from_, claim.unit, claim.direction, claim.aspect, claim.qualifier,
             claim.baseline, claim.context))
    return unplaced


def agreement(reference: Path, second: Path, inputs: list[Path] | None = None,
              warn=lambda message: None) -> EvalReport:
    """SECOND's annotation scored as if a tool had output it, against REFERENCE."""
    entries = load_gold(second)
    abstracts = _abstracts(inputs or DEFAULT_INPUTS, {title_key(e.gold.title) for e in entries})
    with tempfile.TemporaryDirectory(prefix="sciclaims-agreement-") as tmp:
        db = Path(tmp) / "second.db"
        conn = sqlite3.connect(db)
        conn.executescript(_SCHEMA)
        for n, entry in enumerate(entries):
            key = title_key(entry.gold.title)
            if key not in abstracts:
                warn(f"{entry.origin}: no abstract with this title in the inputs; left out")
                continue
            title, abstract = abstracts[key]
            for quote in _write_paper(conn, f"p{n}", title, abstract, entry.gold):
                warn(f"{entry.origin}: quote not in the abstract, left out: {quote!r}")
        conn.commit()
        conn.close()
        return evaluate(db, [reference])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", type=Path, help="gold file scored against (as `sciclaims eval` GOLD)")
    parser.add_argument("second", type=Path, help="the other annotator's file for the same abstracts")
    parser.add_argument("inputs", nargs="*", type=Path, help="where the abstracts are (default: seeds + gold corpus)")
    parser.add_argument("--detail", action="store_true", help="per-paper disagreements")
    args = parser.parse_args(argv)
    console = Console()
    report = agreement(args.reference, args.second, args.inputs,
                       warn=lambda message: console.print(f"[yellow]{message}"))
    console.print(f"agreement of {args.second} with {args.reference} (reference = gold):")
    render(report, console, detail=args.detail)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
