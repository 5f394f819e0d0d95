"""Would a trained entity tagger beat the rules? A spike, not part of the product.

    python benchmarks/trained_ner.py [WORKDIR]

Trains spaCy's own NER (`spacy init config --pipeline ner --optimize efficiency`, no pretrained vectors,
`spacy.blank("en")` tokenizer, nothing downloaded) on the gold entity lists of dev + dev_arxiv a-n, with
dev_arxiv o-r (80 abstracts) as its model-selection set; then scores its spans on o-r with `sciclaims eval`
beside the rules. Gold strings become spans wherever they occur (title + blank line + abstract, as sciclaims
reads a paper); on overlap methods_proposed > datasets > methods > metrics, then the longer. Spans map to
mentions as PROP -> method/proposed, METHOD -> method/mentioned, DATA -> dataset, METRIC -> metric. Held-out
splits are not touched. Training takes a few minutes on 2 cores.
"""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import DocBin

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "fixtures" / "gold"
LABELS = (("methods_proposed", "PROP"), ("datasets", "DATA"), ("methods", "METHOD"), ("metrics", "METRIC"))
MENTION = {"PROP": ("method", "proposed"), "METHOD": ("method", "mentioned"), "DATA": ("dataset", None),
           "METRIC": ("metric", None)}
TRAIN = ["dev.jsonl"] + [f"parts/dev_arxiv_{b}.jsonl" for b in "abcdefghijklmn"]
HELD = [f"parts/dev_arxiv_{b}.jsonl" for b in "opqr"]


def _doc(nlp, record: dict, abstract: str):
    text = record["title"] + "\n\n" + abstract
    doc = nlp.make_doc(text)
    spans = []
    for rank, (key, label) in enumerate(LABELS):
        for name in {n for n in record.get(key, []) if n.strip()}:
            for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
                span = doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand")
                if span is not None:
                    spans.append((rank, -len(span), span))
    taken: set[int] = set()
    chosen = []
    for _, _, span in sorted(spans, key=lambda s: (s[0], s[1])):
        if not taken.intersection(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    doc.ents = sorted(chosen, key=lambda s: s.start)
    return doc


def _docbin(nlp, files: list[str], abstracts: dict[str, str], out: Path) -> list[str]:
    bin_, titles = DocBin(), []
    for name in files:
        for line in (GOLD / name).read_text().splitlines():
            record = json.loads(line)
            if record["title"] in abstracts:
                bin_.add(_doc(nlp, record, abstracts[record["title"]]))
                titles.append(record["title"])
    bin_.to_disk(out)
    return titles


def _scores(db: Path, gold: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-m", "extractor.cli", "eval", str(db), str(gold), "--json"],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return {a["area"]: a["f1"] for a in json.loads(out)["areas"] if a["area"] != "claims"}


def main(work: Path) -> None:
    work.mkdir(parents=True, exist_ok=True)
    rules_db = work / "rules.db"
    rules_db.unlink(missing_ok=True)
    subprocess.run([sys.executable, "-m", "extractor.cli", "extract", "-q", str(rules_db), "fixtures/seeds",
                    "fixtures/gold/corpus_abstracts.jsonl"], cwd=ROOT, check=True, capture_output=True)
    conn = sqlite3.connect(rules_db)
    abstracts = dict(conn.execute("select title, abstract from papers"))
    nlp = spacy.blank("en")
    trained_on = _docbin(nlp, TRAIN, abstracts, work / "train.spacy")
    held = _docbin(nlp, HELD, abstracts, work / "held.spacy")
    subprocess.run([sys.executable, "-m", "spacy", "init", "config", str(work / "config.cfg"), "--lang", "en",
                    "--pipeline", "ner", "--optimize", "efficiency", "--force"], check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "spacy", "train", str(work / "config.cfg"), "--output", str(work / "out"),
                    "--paths.train", str(work / "train.spacy"), "--paths.dev", str(work / "held.spacy"),
                    "--training.max_steps", "4000", "--training.patience", "1200"], check=True, capture_output=True)
    tagger = spacy.load(work / "out" / "model-best")
    trained_db = work / "trained.db"
    trained_db.write_bytes(rules_db.read_bytes())
    conn = sqlite3.connect(trained_db)
    for title in held:
        paper_id, abstract = conn.execute("select id, abstract from papers where title = ?", (title,)).fetchone()
        sentence = conn.execute("select id from sentences where paper_id = ? limit 1", (paper_id,)).fetchone()[0]
        conn.execute("delete from mentions where paper_id = ?", (paper_id,))
        for ent in tagger(title + "\n\n" + abstract).ents:
            type_, role = MENTION[ent.label_]
            conn.execute("insert into mentions (paper_id, sentence_id, entity_id, type, text, start, [end], role, rule)"
                         " values (?, ?, 1, ?, ?, 0, 0, ?, 'spike.trained_ner')", (paper_id, sentence, type_, ent.text, role))
    conn.commit()
    held_gold = work / "held.jsonl"
    held_gold.write_text("".join((GOLD / name).read_text() for name in HELD))
    rules, trained = _scores(rules_db, held_gold), _scores(trained_db, held_gold)
    print(f"dev_arxiv o-r ({len(held)} abstracts), entity F1: rules vs a spaCy NER trained on {len(trained_on)} gold abstracts")
    for area in rules:
        print(f"  {area:18} rules {rules[area]:.3f}   trained {trained[area]:.3f}")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(Path(tmp))
