"""`sciclaims bench`: throughput and memory, side by side with the anchors (a benchmark, not a test).

For each corpus size, on the same first N abstracts of the corpus:

- **bare**: `spacy.blank("en")` + `sentencizer` over title + abstract, in this process, texts
  already in memory: the ceiling of any spaCy pipeline on this machine;
- **end to end** with 1 and with N workers: `run_extract` into a fresh SQLite file (read the
  corpus, extract everything, write every row and the full-text index), each in its own
  Python process so that its peak RSS (and its workers') is its own;
- **quantulum3**: `quantulum3.parser.parse` over the abstracts (a sample: it is two orders of
  magnitude slower), the anchor the issue's targets are stated against;
- the ratios, peak RSS per process, and database size per 1,000 abstracts.

`--markdown FILE` writes the scaling table between `<!-- scale:start -->` and
`<!-- scale:end -->` in FILE (BENCHMARKS.md), keeping everything else in it.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARXIV = ROOT.parent / "shared" / "corpora" / "arxiv_cs_daily" / "arxiv_cs_daily_abstracts.jsonl.gz"
FIXTURES = ROOT / "fixtures" / "seeds"
START, END = "<!-- scale:start -->", "<!-- scale:end -->"

# the targets, checked in the printed report
TARGET_ONE_WORKER = 1000.0  # abstracts/s, 1 worker, end to end
TARGET_VS_QUANTULUM = 25.0
TARGET_VS_BARE = 0.40
TARGET_SPEEDUP = 1.6
TARGET_FULL_SECONDS = 60.0
TARGET_RSS_MB = 600.0


def default_corpus() -> Path:
    """The 75k arXiv corpus beside the checkout if present, else the bundled seed fixtures."""
    return ARXIV if ARXIV.exists() else FIXTURES


def _maxrss_mb(who: int) -> float:
    kb = resource.getrusage(who).ru_maxrss
    return round(kb / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


@dataclass
class Extraction:
    workers: int
    papers: int
    seconds: float
    rate: float
    rss_parent_mb: float
    rss_worker_mb: float
    db_bytes: int
    cpu_parent_s: float = 0.0  # reading, writing and, with 1 worker, extracting
    cpu_workers_s: float = 0.0  # extracting, all worker processes together
    startup_s: float = 0.0  # building the pipeline and warming it up: part of `seconds`, paid once per run


@dataclass
class SizeResult:
    size: int
    bare_rate: float
    quantulum_rate: float
    quantulum_n: int
    one: Extraction
    many: Extraction | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def peak_rss_mb(self) -> float:
        runs = [r for r in (self.one, self.many) if r]
        return max(max(r.rss_parent_mb, r.rss_worker_mb) for r in runs)


def load_texts(corpus: Path, limit: int | None) -> list[tuple[str, str]]:
    from .readers import read_inputs
    from .models import Paper

    papers = (r for r in read_inputs([corpus]) if isinstance(r, Paper))
    return [(p.title, p.abstract) for p in islice(papers, limit)]


def bare_rate(texts: list[tuple[str, str]]) -> float:
    """Tokenizer + sentencizer only, one process: the ceiling."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    docs = [f"{t}\n\n{a}" for t, a in texts]
    list(nlp.pipe(docs[:200]))  # warm-up
    started = time.perf_counter()
    for doc in nlp.pipe(docs, batch_size=256):
        sum(1 for _ in doc.sents)
    return len(docs) / (time.perf_counter() - started)


def quantulum_rate(texts: list[tuple[str, str]], sample: int) -> tuple[float, int]:
    import warnings

    with warnings.catch_warnings():  # its optional classifier is not installed; the warning is noise here
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        parser.parse("It is 2.8 times faster and uses 12 GB of memory.")  # loads its classifier
    chosen = [a for _, a in texts[:sample]]
    started = time.perf_counter()
    for abstract in chosen:
        parser.parse(abstract)
    return len(chosen) / (time.perf_counter() - started), len(chosen)


def extract_in_subprocess(corpus: Path, limit: int | None, workers: int, workdir: Path) -> Extraction:
    """`run_extract` into a fresh database, in a fresh interpreter; its own timing and peak RSS."""
    db = workdir / f"bench-{workers}w-{limit or 'all'}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    args = json.dumps({"db": str(db), "corpus": str(corpus), "limit": limit, "workers": workers})
    proc = subprocess.run([sys.executable, "-m", "extractor.bench", "--child", args],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"extraction with {workers} worker(s) failed:\n{proc.stderr[-4000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return Extraction(**result)


def _child(args: dict) -> None:
    from .runner import run_extract, warm_up

    started = time.perf_counter()
    warm_up()  # what run_extract does first (then a no-op there), timed on its own: a fixed cost per run
    startup = time.perf_counter() - started
    summary = run_extract(args["db"], [args["corpus"]], workers=args["workers"], limit=args["limit"])
    seconds = time.perf_counter() - started
    size = sum(os.path.getsize(f"{args['db']}{s}") for s in ("", "-wal") if os.path.exists(f"{args['db']}{s}"))
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps(asdict(Extraction(
        workers=args["workers"], papers=summary.papers, seconds=round(seconds, 2),
        rate=round(summary.papers / seconds, 1), rss_parent_mb=_maxrss_mb(resource.RUSAGE_SELF),
        rss_worker_mb=_maxrss_mb(resource.RUSAGE_CHILDREN), db_bytes=size,
        cpu_parent_s=round(me.ru_utime + me.ru_stime, 1), cpu_workers_s=round(children.ru_utime + children.ru_stime, 1),
        startup_s=round(startup, 2),
    ))))


def parse_sizes(text: str) -> list[int | None]:
    """`1000,10000,all` -> [1000, 10000, None]; None is the whole corpus."""
    sizes: list[int | None] = []
    for part in text.split(","):
        part = part.strip().lower().replace("_", "")
        if not part:
            continue
        if part in ("all", "full"):
            sizes.append(None)
        else:
            value = int(float(part[:-1]) * 1000) if part.endswith("k") else int(part)
            if value <= 0:
                raise ValueError(f"size must be positive: {part}")
            sizes.append(value)
    if not sizes:
        raise ValueError("no sizes given")
    return sizes


def run_bench(corpus: Path, sizes: list[int | None], workers: int, quantulum_sample: int = 500,
              log=print) -> list[SizeResult]:
    results: list[SizeResult] = []
    done: set[int] = set()
    quantulum: dict[int, tuple[float, int]] = {}
    with tempfile.TemporaryDirectory(prefix="sciclaims-bench-") as tmp:
        for size in sizes:
            texts = load_texts(corpus, size)
            n = len(texts)
            if n in done:
                continue  # "all" on a corpus no bigger than an earlier size
            done.add(n)
            log(f"{n:,} abstracts: bare tokenizer+sentencizer ...")
            bare = bare_rate(texts)
            sample = min(n, quantulum_sample)
            if sample not in quantulum:  # the first `sample` abstracts: the same for every size >= sample
                log(f"{n:,} abstracts: quantulum3 on the first {sample:,} of them ...")
                quantulum[sample] = quantulum_rate(texts, sample)
            q_rate, q_n = quantulum[sample]
            del texts
            log(f"{n:,} abstracts: end to end, 1 worker ...")
            one = extract_in_subprocess(corpus, n, 1, Path(tmp))
            many = None
            if workers > 1:
                log(f"{n:,} abstracts: end to end, {workers} workers ...")
                many = extract_in_subprocess(corpus, n, workers, Path(tmp))
            results.append(SizeResult(size=n, bare_rate=round(bare, 1), quantulum_rate=round(q_rate, 1),
                                      quantulum_n=q_n, one=one, many=many))
    return results


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import spacy

    from . import __version__

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"{cores} cores ({cpu}), Python {platform.python_version()}, spaCy {spacy.__version__}, "
            f"sciclaims {__version__}, {date.today().isoformat()}")


def _check(ok: bool) -> str:
    return "yes" if ok else "NO"


def rows(results: list[SizeResult]) -> tuple[list[str], list[list[str]]]:
    head = ["abstracts", "bare tok+sent /s", "quantulum3 /s", "1 worker /s", "N workers /s", "N/1",
            "1w / quantulum3", "1w / bare", "seconds (1w / Nw)", "CPU s Nw (writer / workers)",
            "peak RSS MB (parent / worker)", "DB MB per 1k"]
    body = []
    for r in results:
        many = r.many
        n_label = f"{many.rate:,.0f} ({many.workers})" if many else "-"
        body.append([
            f"{r.size:,}",
            f"{r.bare_rate:,.0f}",
            f"{r.quantulum_rate:,.1f} (n={r.quantulum_n})",
            f"{r.one.rate:,.0f}",
            n_label,
            f"{many.rate / r.one.rate:.2f}x" if many else "-",
            f"{r.one.rate / r.quantulum_rate:,.0f}x",
            f"{r.one.rate / r.bare_rate:.0%}",
            f"{r.one.seconds:.1f} / {many.seconds:.1f}" if many else f"{r.one.seconds:.1f}",
            f"{many.cpu_parent_s:.0f} / {many.cpu_workers_s:.0f}" if many else "-",
            " / ".join(f"{x:.0f}" for x in (
                max(r.one.rss_parent_mb, many.rss_parent_mb if many else 0),
                max(r.one.rss_worker_mb, many.rss_worker_mb if many else 0),
            )),
            f"{(many or r.one).db_bytes / 1e6 / (many or r.one).papers * 1000:.2f}",
        ])
    return head, body


def verdicts(results: list[SizeResult]) -> list[str]:
    if not results:
        return []
    big = max(results, key=lambda r: r.size)
    out = [
        f"1 worker >= {TARGET_ONE_WORKER:,.0f}/s on {big.size:,}: {_check(big.one.rate >= TARGET_ONE_WORKER)} ({big.one.rate:,.0f}/s)",
        f"1 worker >= {TARGET_VS_QUANTULUM:.0f}x quantulum3: {_check(big.one.rate >= TARGET_VS_QUANTULUM * big.quantulum_rate)}"
        f" ({big.one.rate / big.quantulum_rate:,.0f}x)",
        f"1 worker >= {TARGET_VS_BARE:.0%} of bare: {_check(big.one.rate >= TARGET_VS_BARE * big.bare_rate)}"
        f" ({big.one.rate / big.bare_rate:.0%})",
    ]
    if big.many:
        out.append(f"{big.many.workers} workers >= {TARGET_SPEEDUP}x 1 worker: "
                   f"{_check(big.many.rate >= TARGET_SPEEDUP * big.one.rate)} ({big.many.rate / big.one.rate:.2f}x)")
        out.append(f"{big.size:,} abstracts in < {TARGET_FULL_SECONDS:.0f} s with {big.many.workers} workers: "
                   f"{_check(big.many.seconds < TARGET_FULL_SECONDS)} ({big.many.seconds:.1f} s)")
    peak = max(r.peak_rss_mb for r in results)
    out.append(f"peak RSS < {TARGET_RSS_MB:.0f} MB per process at every size: {_check(peak < TARGET_RSS_MB)} ({peak:.0f} MB)")
    return out


def markdown(results: list[SizeResult], corpus: Path, command: str) -> str:
    head, body = rows(results)
    lines = [
        START,
        "## Scaling (`sciclaims bench`)",
        "",
        f"Corpus: `{corpus.name}`; first N abstracts in file order. Machine: {machine()}.",
        f"Command: `{command}`",
        "",
        "| " + " | ".join(head) + " |",
        "| " + " | ".join("---:" for _ in head) + " |",
        *("| " + " | ".join(row) + " |" for row in body),
        "",
        "- *bare tok+sent*: `spacy.blank(\"en\")` + `sentencizer` over title + abstract, texts in memory, one"
        " process: the ceiling. *1 worker* / *N workers*: `sciclaims extract` end to end (read the JSONL.gz,"
        " extract everything, write SQLite with its full-text indexes) into a fresh database, timed around"
        " `run_extract`. *quantulum3*: `parser.parse(abstract)` over the first n abstracts.",
        "- *peak RSS*: `ru_maxrss` of the process that writes the database and of its largest worker process;"
        " each extraction runs in its own interpreter. *CPU s*: of the N-worker run, the single writer (reading,"
        " writing, pipeline load) and all workers together: the writer keeps up when its share stays well under"
        " one core.",
        "- *start-up*: building the pipeline and warming it up, included in the rates above (a fixed cost per"
        f" run, not per paper): {', '.join(f'{r.one.startup_s:.1f} s' for r in results)} in the 1-worker run"
        f"{'s' if len(results) > 1 else ''}.",
        "",
        "Targets (issue 6), on the largest size:",
        "",
        *(f"- {v}" for v in verdicts(results)),
        END,
    ]
    return "\n".join(lines)


def update_markdown(path: Path, section: str, start: str = START, end: str = END) -> None:
    """Replace the text between the markers in `path` (append it when absent); keep the rest.

    `section` carries its own markers. benchmarks/gold.py writes its section with this too."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if start in text and end in text and text.index(start) < text.index(end):
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1]
        text = before + section + after
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _child(json.loads(sys.argv[2]))
    else:
        sys.exit("usage: sciclaims bench (this module's __main__ is for its own child processes)")
