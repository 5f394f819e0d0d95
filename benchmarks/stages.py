"""Where one worker's CPU goes: per-stage CPU ms per abstract of a one-worker `run_extract`.

    python benchmarks/stages.py [N] [CORPUS]    # N: first N abstracts (default 5,000)

Each stage (normalization, spaCy's tokenizer, each pipeline component, `pipeline.to_rows`, the
writer) is wrapped in a `time.process_time` timer; `rest` is what the run spent outside them
(reading, skip checks, batching). Start-up (building the pipeline and warming it up) is printed
apart. The same abstracts then go through spaCy's bare tokenizer + sentencizer, timed the same
way, so the table ends with what each of our stages adds to that ceiling (issue 4 asks at most
30% for quantities and claims). CPU time, not wall time: the figures still move with the machine's load, so compare runs
made one after the other, and repeat them.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from extractor import pipeline, runner
from extractor.bench import default_corpus, load_texts

TIMES: dict[str, float] = defaultdict(float)


def timed(key: str, fn):
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            TIMES[key] += time.process_time() - started
    return wrapper


class _TimedTokenizer:
    def __init__(self, tokenizer):
        self._tokenizer = tokenizer

    def __call__(self, text):
        started = time.process_time()
        doc = self._tokenizer(text)
        TIMES["tokenizer"] += time.process_time() - started
        return doc

    def __getattr__(self, name):
        return getattr(self._tokenizer, name)


def bare_ms(texts: list[tuple[str, str]]) -> float:
    """CPU ms per abstract of `spacy.blank("en")` + sentencizer (what `sciclaims bench` calls bare)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    docs = [f"{t}\n\n{a}" for t, a in texts]
    list(nlp.pipe(docs[:200]))  # warm-up, as in `bench.bare_rate`
    started = time.process_time()
    for doc in nlp.pipe(docs, batch_size=256):
        sum(1 for _ in doc.sents)
    return 1000 * (time.process_time() - started) / len(docs)


def main(n: int, corpus: Path) -> None:
    started = time.process_time()
    nlp = pipeline.shared_nlp()
    runner.warm_up()
    startup = time.process_time() - started
    nlp.tokenizer = _TimedTokenizer(nlp.tokenizer)
    pipeline.normalize = timed("normalize", pipeline.normalize)
    for name, proc in nlp.pipeline:
        type(proc).__call__ = timed(name.replace("sciclaims_", ""), type(proc).__call__)
    pipeline.to_rows = timed("to_rows", pipeline.to_rows)
    runner.BulkWriter.write = timed("write", runner.BulkWriter.write)
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "stages.db")
        started = time.process_time()
        summary = runner.run_extract(db, [corpus], workers=1, limit=n)
        total = time.process_time() - started
    papers = summary.papers
    print(f"{papers:,} abstracts, start-up {startup:.2f} s CPU, then {papers / total:,.0f} abstracts/s CPU")
    print("| step | CPU ms per abstract |\n| --- | ---: |")
    for key, seconds in TIMES.items():
        print(f"| {key} | {1000 * seconds / papers:.3f} |")
    print(f"| rest | {1000 * (total - sum(TIMES.values())) / papers:.3f} |")
    print(f"| **end to end** | **{1000 * total / papers:.3f}** |")
    bare = bare_ms(load_texts(corpus, n))
    print(f"\nbare tokenizer + sentencizer on the same abstracts: {bare:.3f} ms CPU per abstract; what each stage adds to it:")
    shares = {key: 1000 * seconds / papers / bare for key, seconds in TIMES.items()}
    quantities = sum(v for k, v in shares.items() if k in ("quantities", "claims"))
    print(" · ".join(f"{key} {100 * share:.0f}%" for key, share in shares.items()))
    print(f"quantities + claims: +{100 * quantities:.0f}% (issue 4: at most 30%)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000, Path(sys.argv[2]) if len(sys.argv) > 2 else default_corpus())
