#!/usr/bin/env python
"""Score the working tree on our own gold, dev and the held-out test splits, and write the table into BENCHMARKS.md.

    python benchmarks/gold.py [--output FILE] [--no-write]

Why a script: the figures in BENCHMARKS.md must come from one extraction of one code version, and
anyone must be able to reproduce them. It runs what the README says by hand
(`sciclaims extract gold.db fixtures/seeds fixtures/gold/corpus_abstracts.jsonl`, then
`sciclaims eval` on each split) in a temporary directory, prints the table, and rewrites the part
of BENCHMARKS.md between `<!-- gold:start -->` and `<!-- gold:end -->`. The test splits only
measure: rules are tuned on dev and dev_arxiv. `test` is 40 seed abstracts (the issue targets name
it); `test_arxiv` is 100 arXiv abstracts drawn at random and annotated blind in session 5;
`dev_arxiv` is 680 more from the same source, annotated blind in sessions 6 (a-j), 7 (k-r), 9 (s-y), 10 (z1-z3) and 11 (z4-z9), for tuning.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # measure this working tree's extractor, installed or not

from extractor.bench import update_markdown  # noqa: E402
from extractor.evaluate import EvalReport, evaluate  # noqa: E402
from extractor.runner import run_extract  # noqa: E402

GOLD = ROOT / "fixtures" / "gold"
INPUTS = [ROOT / "fixtures" / "seeds", GOLD / "corpus_abstracts.jsonl"]
SPLITS = ("dev", "dev_arxiv", "test", "test_arxiv")
START, END = "<!-- gold:start -->", "<!-- gold:end -->"
AREA_NAMES = {"claims": "claims (by figure)", "methods": "methods", "methods_proposed": "proposed methods",
              "datasets": "datasets + benchmarks", "metrics": "metrics"}


def score() -> dict[str, EvalReport]:
    """One extraction, every split scored against it."""
    with tempfile.TemporaryDirectory(prefix="sciclaims-gold-") as tmp:
        db = Path(tmp) / "gold.db"
        run_extract(db, [str(p) for p in INPUTS], workers=1)
        return {split: evaluate(db, [GOLD / f"{split}.jsonl"]) for split in SPLITS}


def _prf(area) -> str:
    return " / ".join(f"{x:.3f}" for x in (area.precision, area.recall, area.f1))


def section(reports: dict[str, EvalReport], commit: str) -> str:
    sizes = ", ".join(f"{s} {reports[s].papers}" for s in SPLITS)
    lines = [
        START,
        "## Own gold (`sciclaims eval`)",
        "",
        f"Measured {dt.date.today().isoformat()} at commit `{commit}` by `python benchmarks/gold.py`: "
        "`sciclaims extract gold.db fixtures/seeds fixtures/gold/corpus_abstracts.jsonl`, then "
        f"`sciclaims eval gold.db fixtures/gold/<split>.jsonl` (abstracts: {sizes}). Rules are tuned on dev (seed abstracts) "
        "and dev_arxiv (random arXiv cs abstracts) only; test (seed abstracts) and test_arxiv (random arXiv cs abstracts) "
        "are held out and only reported. Matching rules: `sciclaims eval --rules`.",
        "",
        "| area | " + " | ".join(f"{s} P / R / F1" for s in SPLITS) + " |",
        "|---|" + "---|" * len(SPLITS),
    ]
    for key, name in AREA_NAMES.items():
        lines.append(f"| {name} | " + " | ".join(_prf(reports[s].area(key)) for s in SPLITS) + " |")
    lines += ["", "| attribute of matched claims | " + " | ".join(f"{s} accuracy" for s in SPLITS) + " |",
              "|---|" + "---|" * len(SPLITS)]
    for i, attribute in enumerate(reports[SPLITS[0]].attributes):
        cells = []
        for s in SPLITS:
            a = reports[s].attributes[i]
            cells.append("–" if a.accuracy is None else f"{a.accuracy:.3f} ({a.correct}/{a.total})")
        lines.append(f"| {attribute.attribute} | " + " | ".join(cells) + " |")
    lines.append(END)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=ROOT / "BENCHMARKS.md", help="file to write the section into")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip() or "unknown"
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "extractor", "rules"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    text = section(score(), commit + ("+uncommitted changes" if dirty else ""))
    print(text)
    if not args.no_write:
        update_markdown(args.output, text, START, END)
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
