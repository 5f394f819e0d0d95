#!/usr/bin/env python
"""Resident memory of an extraction as the corpus grows: does it level off?

    python benchmarks/memory.py [CORPUS ...] [--workers N] [--every 10000] [--output FILE]

`sciclaims bench` reports each run's peak RSS at 1k, 10k and 75k abstracts; a peak alone cannot
say whether memory still climbs at the end. This runs one extraction over the given corpora
(default: both corpora in ../shared/corpora, ~135k abstracts) and samples the RSS of the
writer process and of each worker every `--every` papers, so a reader sees the curve.
With `--workers 1` (the default) one process reads, extracts and writes: the worst case.
A benchmark, never a test: the figures move with the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # measure this working tree's extractor, installed or not

from extractor.bench import update_markdown  # noqa: E402
from extractor.models import RunSummary  # noqa: E402
from extractor.runner import run_extract  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
DEFAULT_CORPORA = [SHARED / "arxiv_cs_daily" / "arxiv_cs_daily_abstracts.jsonl.gz",
                   SHARED / "acl_anthology" / "acl_anthology_abstracts.jsonl.gz"]
START, END = "<!-- memory:start -->", "<!-- memory:end -->"
TARGET_MB = 600


def _mb(process: psutil.Process) -> float:
    try:
        return process.memory_info().rss / 2**20
    except psutil.Error:  # a worker that just exited
        return 0.0


def measure(corpora: list[Path], workers: int, every: int) -> list[tuple[int, float, float, float]]:
    """(papers, seconds, writer RSS MB, largest worker RSS MB) every `every` papers, and at the end."""
    me = psutil.Process()
    samples: list[tuple[int, float, float, float]] = []
    started = time.perf_counter()
    next_at = [every]

    def sample(summary: RunSummary) -> None:
        done = summary.papers + summary.skipped
        if done >= next_at[0]:
            next_at[0] += every
            worker = max((_mb(c) for c in me.children(recursive=True)), default=0.0)
            samples.append((done, time.perf_counter() - started, _mb(me), worker))
            print(f"{done:>9,} papers {samples[-1][1]:7.1f} s  writer {samples[-1][2]:6.0f} MB"
                  f"  worker {worker:6.0f} MB", flush=True)

    with tempfile.TemporaryDirectory(prefix="sciclaims-memory-") as tmp:
        summary = run_extract(Path(tmp) / "memory.db", corpora, workers=workers, on_batch=sample)
        done = summary.papers + summary.skipped
        if not samples or samples[-1][0] != done:
            worker = max((_mb(c) for c in me.children(recursive=True)), default=0.0)
            samples.append((done, time.perf_counter() - started, _mb(me), worker))
    return samples


def markdown(samples: list[tuple[int, float, float, float]], corpora: list[Path], workers: int) -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True, check=False).stdout.strip() or "unknown"
    names = ", ".join(p.name for p in corpora)
    lines = [START, f"RSS as the corpus grows (`python benchmarks/memory.py --workers {workers}`, {names}; "
             f"commit {commit}, {dt.date.today().isoformat()}). With 1 worker one process reads, "
             f"extracts and writes. Target: under {TARGET_MB} MB per process at every size.", "",
             "| papers | seconds | writer RSS (MB) | largest worker RSS (MB) |", "| ---: | ---: | ---: | ---: |"]
    lines += [f"| {n:,} | {s:.0f} | {w:.0f} | {k:.0f} |" if k else f"| {n:,} | {s:.0f} | {w:.0f} | — |"
              for n, s, w, k in samples]
    return "\n".join([*lines, END])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="Example: python benchmarks/memory.py --every 5000 --output BENCHMARKS.md")
    parser.add_argument("corpora", nargs="*", type=Path, help="input files (default: the two shared corpora)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default 1: the worst case)")
    parser.add_argument("--every", type=int, default=10_000, help="sample every N papers (default 10000)")
    parser.add_argument("--output", type=Path, help="Markdown file to update between the memory markers")
    args = parser.parse_args(argv)
    corpora = args.corpora or DEFAULT_CORPORA
    missing = [str(p) for p in corpora if not p.exists()]
    if missing:
        parser.error(f"no such corpus: {', '.join(missing)}")
    samples = measure(corpora, args.workers, args.every)
    table = markdown(samples, corpora, args.workers)
    print(table)
    if args.output:
        update_markdown(args.output, table, START, END)
        print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
