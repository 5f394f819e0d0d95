#!/usr/bin/env python
"""Score sciclaims on the public benchmarks in ../shared/benchmarks, beside quantulum3, in one run.

    python benchmarks/public.py [--shared PATH] [--only NAME] [--limit N] [--output FILE]

Why one command: every figure in BENCHMARKS.md must come from one code version and one run,
with the anchor (quantulum3) run on the same texts, scored by the same code, and timed on the
same machine. This file only measures: nothing may be tuned on these test splits (`--split train`
scores the splits that may be tuned on).

The scoring rules (span matching, value matching, unit and change mappings) are documented in
benchmarks/README.md and pinned by tests/test_public_benchmarks.py.
"""

from __future__ import annotations

import argparse
import ast
import csv
import datetime as dt
import json
import re
import subprocess
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # measure this working tree's extractor, installed or not
DEFAULT_SHARED = ROOT.parent / "shared"
DEFAULT_OUTPUT = ROOT / "BENCHMARKS.md"
START_MARKER = "<!-- public-benchmarks:start -->"
END_MARKER = "<!-- public-benchmarks:end -->"
COMMAND = "python benchmarks/public.py"


# --- records -------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Span:
    """Character offsets into a benchmark text, end exclusive."""

    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Num:
    """A figure as a benchmark compares it: a single value, or a range when `high` is set."""

    low: float
    high: float | None = None

    @property
    def is_range(self) -> bool:
        return self.high is not None

    @property
    def mean(self) -> float:
        return self.low if self.high is None else (self.low + self.high) / 2


@dataclass
class Counts:
    """Micro counts; precision and recall of an empty side are 0, as the benchmarks' scorers do."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.n_pred + other.n_pred, self.n_gold + other.n_gold)

    @property
    def p(self) -> float:
        return 100 * self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def r(self) -> float:
        return 100 * self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def prf(self) -> str:
        return f"{self.p:.1f} / {self.r:.1f} / {self.f1:.1f}"


@dataclass(frozen=True)
class PredQuantity:
    """One figure a system found, already mapped to what the benchmarks compare."""

    span: Span
    value: Num | None
    alt: Num | None = None  # sciclaims "from A to B" also read as the range A-B, as NewsQuant annotates it
    unit: str = "-"  # in NewsQuant's unit vocabulary
    has_unit: bool = False  # a physical/measurement unit, not a bare count or score
    change: str | None = None  # NewsQuant change symbol; None = the system does not say


@dataclass(frozen=True)
class PredMention:
    span: Span
    label: str  # dataset | metric | task


@dataclass
class DocOutput:
    quantities: list[PredQuantity] = field(default_factory=list)
    mentions: list[PredMention] = field(default_factory=list)


@dataclass
class SystemRun:
    """One system over one split: outputs in input order, and the wall time they took."""

    name: str
    outputs: list[DocOutput]
    seconds: float
    problems: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return len(self.outputs) / self.seconds if self.seconds > 0 else float("inf")


@dataclass(frozen=True)
class TextDoc:
    """A benchmark text with its gold spans by label (quantity, quantity_with_unit, dataset...)."""

    id: str
    text: str
    gold: dict[str, list[Span]] = field(default_factory=dict)
    title: str = ""  # when set, `text` is title + "\n" + abstract and the pipeline gets them apart


@dataclass(frozen=True)
class GoldQuantity:
    """A NewsQuant gold quantity: no offsets, scored by value, normalized unit and change."""

    value: Num
    unit: str
    change: str


@dataclass(frozen=True)
class ValueDoc:
    id: str
    text: str
    gold: list[GoldQuantity]


@dataclass
class Row:
    """One line of the results table."""

    benchmark: str
    split: str
    measure: str
    n_docs: str
    sciclaims: Counts | None
    quantulum3: Counts | None = None
    reported: str = ""
    rates: str = ""


@dataclass
class Context:
    """What every benchmark runner needs: the systems, the limit, and where to leave notes."""

    console: Console
    limit: int | None
    sciclaims: Callable[..., SystemRun] | None
    notes: list[str] = field(default_factory=list)
    failed: bool = False  # sciclaims crashed on some split
    split: str = "test"  # "train": Heddes' train and SciERC's/SciER's dev splits (tuning measures, never written to BENCHMARKS.md)

    def take(self, docs: list) -> list:
        return docs[: self.limit] if self.limit else docs


# --- matching and scoring ------------------------------------------------------------------


def max_matching(n_pred: int, n_gold: int, compatible: Callable[[int, int], bool]) -> int:
    """Size of a maximum one-to-one pairing (Kuhn's augmenting paths).

    One-to-one so that one prediction never earns two gold items (or the reverse); maximum so
    the score does not depend on the order predictions come in."""
    edges = [[j for j in range(n_gold) if compatible(i, j)] for i in range(n_pred)]
    owner = [-1] * n_gold

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if owner[j] < 0 or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    return sum(augment(i, set()) for i in range(n_pred))


def score_spans(pred: Iterable[Span], gold: Iterable[Span], rule: str) -> Counts:
    """`exact`: same start and end. `overlap`: at least one shared character. Predicted spans are
    de-duplicated (gold is a set of spans; emitting one twice is not two findings)."""
    pred, gold = sorted(set(pred)), list(gold)
    if rule == "exact":
        ok = lambda i, j: pred[i] == gold[j]  # noqa: E731
    elif rule == "overlap":
        ok = lambda i, j: pred[i].overlaps(gold[j])  # noqa: E731
    else:
        raise ValueError(f"unknown span rule {rule!r}")
    return Counts(max_matching(len(pred), len(gold), ok), len(pred), len(gold))


def parse_gold_value(text: str) -> Num:
    """NewsQuant's value strings, read as its authors' scorer reads them: "a-b" is a range unless
    the string is scientific ("1.99E-29") or negative ("-1.3")."""
    text = text.strip()
    if "E" not in text and not text.startswith("-") and "-" in text:
        low, high = text.split("-")[:2]
        return Num(float(low), float(high))
    return Num(float(text))


def close(pred: float, gold: float) -> bool:
    """numpy.isclose(pred, gold) with its defaults, as the CQE scorer uses."""
    return abs(pred - gold) <= 1e-8 + 1e-5 * abs(gold)


def values_match(gold: Num, pred: Num, average_ranges: bool = False) -> bool:
    """Ranges match ranges end by end; with `average_ranges` (quantulum3, which reports a range as
    its mean) a single value also matches a gold range's mean, as in the CQE paper."""
    if gold.is_range and pred.is_range:
        return close(pred.low, gold.low) and close(pred.high, gold.high)
    if gold.is_range:
        return average_ranges and close(pred.low, gold.mean)
    if pred.is_range:
        return False
    return close(pred.low, gold.low)


def score_values(pred: Sequence[PredQuantity], gold: Sequence[GoldQuantity], measure: str, average_ranges: bool = False) -> Counts:
    """NewsQuant micro counts for one sentence. `measure`: value, value+unit or value+change."""

    def ok(i: int, j: int) -> bool:
        p, g = pred[i], gold[j]
        candidates = [n for n in (p.value, p.alt) if n is not None]
        if not any(values_match(g.value, n, average_ranges) for n in candidates):
            return False
        if measure == "value+unit":
            return p.unit.lower() == g.unit.lower()
        if measure == "value+change":
            return p.change == g.change
        return True

    if measure not in ("value", "value+unit", "value+change"):
        raise ValueError(f"unknown value measure {measure!r}")
    return Counts(max_matching(len(pred), len(gold), ok), len(pred), len(gold))


# --- mapping the systems' outputs to the benchmarks' vocabularies --------------------------

# sciclaims unit (every canonical unit of rules/units.tsv) -> NewsQuant `normalized_unit` (CQE's
# vocabulary, "-" = none), written from the two vocabularies, not from which predictions score.
# Units not listed (FLOPs, tokens/s, ...) compare as their lower-cased selves. "count" (a counted noun: "5 datasets") and
# "score" have no NewsQuant equivalent (which names the noun), so they read as no unit.
SCICLAIMS_TO_NEWSQUANT = {
    None: "-", "-": "-", "count": "-", "score": "-", "percent": "percentage",
    "pp": "point",  # sciclaims reads "points" as pp; NewsQuant has "point", no "percentage point"
    "x": "count",  # NewsQuant: "four times", "sixfold" -> count
    "params": "parameter", "tokens": "token", "unit": "unit",
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
    "B": "byte", "KB": "kilobyte", "MB": "megabyte", "GB": "gigabyte", "TB": "terabyte", "PB": "petabyte",
    "bits": "bit", "Mb": "megabit", "Gb": "gigabit", "Mbps": "megabit per second", "Gbps": "gigabit per second",
    "Hz": "hertz", "kHz": "kilohertz", "MHz": "megahertz", "GHz": "gigahertz",
    "J": "joule", "kJ": "kilojoule", "mJ": "millijoule", "W": "watt", "mW": "milliwatt", "kW": "kilowatt",
    "MW": "megawatt", "Wh": "watt hour", "kWh": "kilowatt hour", "mAh": "milliampere-hour", "V": "volt",
    "mV": "millivolt", "dB": "decibel",
    "nm": "nanometre", "mm": "millimetre", "cm": "centimetre", "m": "metre", "km": "kilometre",
    "mg": "milligram", "g": "gram", "kg": "kilogram",
    "ns": "nanosecond", "µs": "microsecond", "ms": "millisecond", "s": "second", "min": "minute", "h": "hour",
    "days": "day", "weeks": "week", "months": "month", "years": "year",
    "°": "degree", "°C": "celsius", "°F": "fahrenheit", "K": "kelvin", "fps": "frame per second", "px": "pixel",
    "ft": "foot", "mi": "mile", "µm": "micrometre", "Å": "ångström", "ha": "hectare", "acre": "acre",
    "km/h": "kilometre per hour", "mph": "mile per hour", "m/s": "metre per second", "rpm": "revolutions per minute",
    "bpm": "beat per minute", "L": "litre", "mL": "millilitre", "t": "metric ton", "lb": "pound-mass",
    "Pa": "pascal", "kPa": "kilopascal", "MPa": "megapascal", "GPa": "gigapascal",
    "eV": "electronvolt", "keV": "kiloelectronvolt", "MeV": "megaelectronvolt", "mol": "mole", "mmol": "millimole",
    "ppm": "part per million", "ppb": "parts-per-billion", "cent": "cent",
    # full-name and imperial units of rules/units.tsv, by quantulum3's unit names (CQE's vocabulary)
    "in": "inch", "yd": "yard", "oz": "ounce", "gal": "gallon", "hp": "horsepower", "mpg": "mile per gallon",
    "sq ft": "square foot", "sq mi": "square mile", "kn": "knot", "psi": "pound per square inch",
    "µg": "microgram", "m2": "square metre", "km2": "square kilometre", "m3": "cubic metre", "A": "ampere",
    "GW": "gigawatt", "cal": "calorie", "kcal": "kilocalorie", "barrel": "barrel", "Gt": "gigaton",
    "Mt": "megaton", "decades": "decade", "centuries": "century",
    "CNY": "chinese yuan", "INR": "indian rupee", "KRW": "south korean won", "AUD": "australian dollar",
    "CAD": "canadian dollar", "HKD": "hong kong dollar", "CHF": "swiss franc",
}
# sciclaims units that are not a unit of measurement (MeasEval's "with unit" means a unit is written).
SCICLAIMS_UNITLESS = {None, "-", "count", "score"}

# quantulum3 unit names that differ from NewsQuant's spelling (CQE compared them after this kind of mapping).
QUANTULUM_TO_NEWSQUANT = {
    "dimensionless": "-", "unk": "-", "per cent": "percentage", "percentage drop": "percentage",
    "dollar dollar": "dollar", "united states dollar": "dollar", "tonne": "metric ton",
    "degree angle": "degree", "degree celsius": "celsius", "degree fahrenheit": "fahrenheit",
    "cubic centimetre": "millilitre", "yard yard": "yard", "minute of arc": "minute", "second of arc": "second",
}

# sciclaims mention type -> the benchmarks' label (TDMSci and GSAP-NER have no benchmark type; methods are not scored).
MENTION_LABELS = {"method": "method", "dataset": "dataset", "benchmark": "dataset", "metric": "metric", "task": "task"}

# claims.direction first (what NewsQuant's up/down mean), then the qualifier; a figure with
# neither is an absolute level ("=").
DIRECTION_TO_CHANGE = {"increase": "up", "decrease": "down"}
QUALIFIER_TO_CHANGE = {"about": "~", "over": ">", "at_least": ">", "under": "<", "up_to": "<"}


def newsquant_unit(unit: str | None) -> str:
    return SCICLAIMS_TO_NEWSQUANT.get(unit, unit.lower() if unit else "-")


def change_of(direction: str | None, qualifier: str | None) -> str:
    """A sciclaims figure's NewsQuant change symbol; quantities that are not claims have no
    direction, so they read as their qualifier or "="."""
    if direction in DIRECTION_TO_CHANGE:
        return DIRECTION_TO_CHANGE[direction]
    return QUALIFIER_TO_CHANGE.get(qualifier or "", "=")


def quantulum_unit(name: str) -> str:
    return QUANTULUM_TO_NEWSQUANT.get(name.lower(), name.lower())


# --- the two systems -----------------------------------------------------------------------


def load_sciclaims() -> tuple[Callable[..., SystemRun] | None, str]:
    """The in-process pipeline, or why it cannot be imported (the run then scores quantulum3 only)."""
    try:
        from extractor.models import Paper
        from extractor.pipeline import process, shared_nlp

        shared_nlp()  # building the pipeline is where a half-written component fails
    except Exception as error:  # noqa: BLE001 - any failure here means "not runnable here"
        return None, f"{type(error).__name__}: {error}"

    def run(ids: Sequence[str], texts: Sequence[str], titles: Sequence[str] | None = None) -> SystemRun:
        nlp = shared_nlp()
        list(process([Paper(id="warm-up", title="", abstract="It runs 2.8x faster on GLUE, 5% better.")], nlp))
        titles = titles or [""] * len(texts)
        papers = [Paper(id=i, title=title, abstract=t[len(title) + 1 :] if title else t)
                  for i, t, title in zip(ids, texts, titles, strict=True)]
        start = time.perf_counter()
        results = list(process(papers, nlp))
        seconds = time.perf_counter() - start
        problems: list[str] = []
        outputs = [sciclaims_output(r, t, problems, len(title)) for r, t, title in zip(results, texts, titles, strict=True)]
        return SystemRun("sciclaims", outputs, seconds, problems)

    return run, ""


def sciclaims_output(result, text: str, problems: list[str], title_length: int = 0) -> DocOutput:
    """Sentence-relative offsets -> offsets into the benchmark text; figures -> benchmark terms.
    With a title (`title_length` > 0) the text is title + "\n" + abstract."""
    out = DocOutput()
    shift = {"title": 0, "abstract": title_length + 1 if title_length else 0}
    for q in result.quantities:
        sentence = result.sentences[q.sentence]
        span = Span(shift[sentence.section] + sentence.start + q.start, shift[sentence.section] + sentence.start + q.end)
        if (sentence.section != "abstract" and not title_length) or text[span.start : span.end] != q.text:
            problems.append(f"{result.paper.id}: quantity {q.text!r} is not at {span.start}-{span.end}")
            continue
        if q.low is not None and q.high is not None:
            value = Num(q.low, q.high)
        elif q.value is not None:
            value = Num(q.value)
        else:
            value = None
        alt = Num(q.from_value, q.value) if q.from_value is not None and q.value is not None else None
        direction = q.claim.direction if q.claim is not None else None
        out.quantities.append(
            PredQuantity(span, value, alt, newsquant_unit(q.unit), q.unit not in SCICLAIMS_UNITLESS, change_of(direction, q.qualifier))
        )
    for m in result.mentions:
        label = MENTION_LABELS.get(m.type)
        if label is None:
            continue
        sentence = result.sentences[m.sentence]
        span = Span(shift[sentence.section] + sentence.start + m.start, shift[sentence.section] + sentence.start + m.end)
        if (sentence.section != "abstract" and not title_length) or text[span.start : span.end] != m.text:
            problems.append(f"{result.paper.id}: mention {m.text!r} is not at {span.start}-{span.end}")
            continue
        out.mentions.append(PredMention(span, label))
    return out


def run_quantulum3(texts: Sequence[str]) -> SystemRun:
    """quantulum3 as installed, on the same texts; its load time is excluded like sciclaims'."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "classifier dependencies not installed": noted in the report
        from quantulum3 import parser

        parser.parse("warm up: 5 kg in 2 s")
        problems: list[str] = []
        outputs: list[DocOutput] = []
        start = time.perf_counter()
        for n, text in enumerate(texts):
            try:
                found = parser.parse(text)
            except Exception as error:  # noqa: BLE001 - one bad text must not end the run
                problems.append(f"text {n}: {type(error).__name__}: {error}")
                found = []
            outputs.append(
                DocOutput(
                    quantities=[
                        PredQuantity(
                            Span(*q.span),
                            Num(float(q.value)),
                            unit=quantulum_unit(q.unit.name),
                            has_unit=q.unit.name != "dimensionless",
                        )
                        for q in found
                    ]
                )
            )
        seconds = time.perf_counter() - start
    return SystemRun("quantulum3", outputs, seconds, problems)


def quantulum_note() -> str:
    from importlib.metadata import version

    try:
        import sklearn  # noqa: F401

        classifier = "with"
    except ImportError:
        classifier = "without"
    return (f"quantulum3 {version('quantulum3')} as installed, {classifier} its optional unit classifier (scikit-learn); "
            "its output depends on PYTHONHASHSEED (NewsQuant: 1,157 or 1,158 predictions, F1 within 0.1).")


def rates(*runs: SystemRun | None) -> str:
    return " · ".join(f"{r.name} {r.rate:,.0f}" for r in runs if r is not None)


def run_sciclaims_or_none(ctx: Context, docs: Sequence[TextDoc | ValueDoc], what: str) -> SystemRun | None:
    if ctx.sciclaims is None:
        return None
    try:
        with ctx.console.status(f"sciclaims on {what} ({len(docs)} texts)"):
            if any(getattr(d, "title", "") for d in docs):
                run = ctx.sciclaims([d.id for d in docs], [d.text for d in docs], [d.title for d in docs])
            else:
                run = ctx.sciclaims([d.id for d in docs], [d.text for d in docs])
    except Exception as error:  # noqa: BLE001 - report it in the table, and go on with the other benchmarks
        ctx.failed = True
        ctx.console.print_exception(max_frames=4)
        ctx.notes.append(f"{what}: sciclaims crashed ({type(error).__name__}: {error}); its cells read n/a")
        return None
    if run.problems:
        ctx.notes.append(f"{what}: {len(run.problems)} sciclaims spans did not map back onto the text (skipped), e.g. {run.problems[0]}")
    return run


def run_quantulum3_on(ctx: Context, docs: Sequence[TextDoc | ValueDoc], what: str) -> SystemRun:
    with ctx.console.status(f"quantulum3 on {what} ({len(docs)} texts)"):
        run = run_quantulum3([d.text for d in docs])
    if run.problems:
        ctx.notes.append(f"{what}: quantulum3 failed on {len(run.problems)} texts (counted as finding nothing), e.g. {run.problems[0]}")
    return run


def total(counts: Iterable[Counts]) -> Counts:
    return sum(counts, Counts())


def span_counts(docs: Sequence[TextDoc], run: SystemRun | None, gold_label: str, rule: str, pick: Callable[[DocOutput], list[Span]]) -> Counts | None:
    if run is None:
        return None
    return total(score_spans(pick(out), doc.gold.get(gold_label, []), rule) for doc, out in zip(docs, run.outputs, strict=True))


# --- MeasEval ------------------------------------------------------------------------------


def load_measeval(folder: Path, split: str = "eval") -> list[TextDoc]:
    """Every paragraph of the split, including the ones without a .tsv (no quantity: they count for precision)."""
    docs = []
    for path in sorted((folder / split / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spans: list[Span] = []
        with_unit: list[Span] = []
        tsv = folder / split / "tsv" / f"{path.stem}.tsv"
        if tsv.exists():
            with tsv.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                    if row["annotType"] != "Quantity":
                        continue
                    span = Span(int(row["startOffset"]), int(row["endOffset"]))
                    spans.append(span)
                    other = json.loads(row["other"]) if row.get("other") else {}
                    if other.get("unit"):
                        with_unit.append(span)
        docs.append(TextDoc(path.stem, text, {"quantity": spans, "quantity_with_unit": with_unit}))
    return docs


def bench_measeval(folder: Path, ctx: Context) -> list[Row]:
    docs = ctx.take(load_measeval(folder))
    sc = run_sciclaims_or_none(ctx, docs, "MeasEval eval")
    q3 = run_quantulum3_on(ctx, docs, "MeasEval eval")
    every = lambda out: [q.span for q in out.quantities]  # noqa: E731
    with_unit = lambda out: [q.span for q in out.quantities if q.has_unit]  # noqa: E731
    n, speed = str(len(docs)), rates(sc, q3)
    rows = []
    for measure, label, pick, rule, reported in (
        ("quantity spans, overlap", "quantity", every, "overlap", ""),
        ("quantity spans, exact", "quantity", every, "exact", ""),
        ("quantities with units, overlap", "quantity_with_unit", with_unit, "overlap",
         "quantulum3 w/ units 78.5, CQE 71.5 (issue #3; not in the README, measure unverified)"),
    ):
        rows.append(Row("MeasEval", "eval", measure, n, span_counts(docs, sc, label, rule, pick),
                        span_counts(docs, q3, label, rule, pick), reported, speed))
    return rows


# --- NewsQuant -----------------------------------------------------------------------------


def load_newsquant(folder: Path) -> list[ValueDoc]:
    data = json.loads((folder / "test_sets" / "NewsQuant.json").read_text(encoding="utf-8"))
    return [
        ValueDoc(
            f"newsquant-{n}",
            item["text"],
            [GoldQuantity(parse_gold_value(q["value"]), q["normalized_unit"].lower(), q["change"].strip()) for q in item["quantities"]],
        )
        for n, item in enumerate(data)
    ]


def reported_newsquant(folder: Path) -> dict[str, str]:
    """The CQE authors' figures, read from their score file rather than copied by hand."""
    names = {"CQE-Numparser": "CQE", "quantulum3": "quantulum3"}
    found: dict[str, list[str]] = {}
    path = folder / "reported_scores" / "NewsQuant.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["model"] in names:
                found.setdefault(row["type"], []).append(f"{names[row['model']]} {float(row['F1']):.1f}")
    return {measure: ", ".join(parts) + " (CQE paper, EMNLP 2023)" for measure, parts in found.items()}


def bench_newsquant(folder: Path, ctx: Context) -> list[Row]:
    docs = ctx.take(load_newsquant(folder))
    sc = run_sciclaims_or_none(ctx, docs, "NewsQuant")
    q3 = run_quantulum3_on(ctx, docs, "NewsQuant")
    reported = reported_newsquant(folder)
    if sc is not None:
        units = Counter(q.unit for out in sc.outputs for q in out.quantities)
        gold_units = {g.unit for d in docs for g in d.gold}
        strange = sorted(u for u in units if u not in gold_units)
        if strange:
            ctx.notes.append(f"NewsQuant: sciclaims units with no NewsQuant equivalent (never match value+unit): {', '.join(strange)}")

    def counts(run: SystemRun | None, measure: str, average: bool) -> Counts | None:
        if run is None:
            return None
        return total(score_values(out.quantities, doc.gold, measure, average) for doc, out in zip(docs, run.outputs, strict=True))

    n, speed = str(len(docs)), rates(sc, q3)
    return [
        Row("NewsQuant", "test", f"quantities, {measure}", n, counts(sc, measure, False),
            counts(q3, measure, True) if measure != "value+change" else None, reported.get(measure, ""), speed)
        for measure in ("value", "value+unit", "value+change")
    ]


# --- TDMSci --------------------------------------------------------------------------------

TDMSCI_LABELS = {"DATASET": "dataset", "METRIC": "metric", "TASK": "task"}
# tdmsci/README.md: the authors' released predictions, exact span + type, test (computed by the data's curators).
TDMSCI_REPORTED = {"dataset": 54.49, "metric": 76.79, "task": 58.92, "micro": 62.05}


def read_brat(path: Path) -> list[tuple[str, Span]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("T"):
            continue
        _, middle, _ = line.split("\t")
        label, start, end = middle.split(" ")[:3]
        out.append((label, Span(int(start), int(end.split(";")[0]))))
    return out


def load_tdmsci(folder: Path, annotations: Path | None = None) -> list[TextDoc]:
    """The brat test set (natural text, one sentence a line); `annotations` defaults to the gold."""
    text = (folder / "brat_test" / "test.txt").read_text(encoding="utf-8")
    lines, starts, offset = [], [], 0
    for line in text.split("\n"):
        lines.append(line)
        starts.append(offset)
        offset += len(line) + 1
    gold: list[dict[str, list[Span]]] = [{} for _ in lines]
    for label, span in read_brat(annotations or folder / "brat_test" / "test.ann"):
        i = max(k for k, s in enumerate(starts) if s <= span.start)
        gold[i].setdefault(TDMSCI_LABELS[label], []).append(Span(span.start - starts[i], span.end - starts[i]))
    return [TextDoc(f"tdmsci-test-{i}", line, gold[i]) for i, line in enumerate(lines) if line.strip()]


def tdmsci_train_dictionary(folder: Path) -> dict[str, Counts] | None:
    """The train-dictionary anchor: every TRAIN span's token sequence with its most frequent label,
    matched longest-first, left to right, over the TEST sentences (`spans/*.jsonl`, tokens as the
    conll files give them); exact span + label, per label and micro. This reproduces the 43.0 micro
    that issue #3 quotes without a source, and gives the per-label floors it implies."""
    train_path, test_path = folder / "spans" / "train.jsonl", folder / "spans" / "test.jsonl"
    if not (train_path.exists() and test_path.exists()):
        return None
    votes: dict[tuple[str, ...], Counter] = {}
    for line in train_path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        tokens = item["text"].split(" ")
        for e in item["entities"]:
            votes.setdefault(tuple(tokens[e["tok_start"]:e["tok_end_excl"]]), Counter())[e["label"]] += 1
    entries = {key: TDMSCI_LABELS[c.most_common(1)[0][0]] for key, c in votes.items()}
    longest = max(map(len, entries))
    counts = {label: Counts() for label in TDMSCI_LABELS.values()}
    for line in test_path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        tokens = item["text"].split(" ")
        found, i = set(), 0
        while i < len(tokens):
            for size in range(min(longest, len(tokens) - i), 0, -1):
                if (label := entries.get(tuple(tokens[i:i + size]))) is not None:
                    found.add((i, i + size, label))
                    i += size
                    break
            else:
                i += 1
        gold = {(e["tok_start"], e["tok_end_excl"], TDMSCI_LABELS[e["label"]]) for e in item["entities"]}
        for label in counts:
            mine = {f for f in found if f[2] == label}
            theirs = {g for g in gold if g[2] == label}
            counts[label] += Counts(len(mine & theirs), len(mine), len(theirs))
    counts["micro"] = total(counts.values())
    return counts


def bench_tdmsci(folder: Path, ctx: Context) -> list[Row]:
    docs = ctx.take(load_tdmsci(folder))
    sc = run_sciclaims_or_none(ctx, docs, "TDMSci test")
    released = folder / "predictions_eacl21" / "brat1_prediction"
    rescored: dict[str, Counts] = {}
    if released.exists():
        # The authors' own system output, scored here by the same code: checks the scorer against the README's figures.
        theirs = ctx.take(load_tdmsci(folder, released))
        for label in ("dataset", "metric", "task"):
            rescored[label] = total(score_spans(p.gold.get(label, []), g.gold.get(label, []), "exact") for p, g in zip(theirs, docs, strict=True))
        rescored["micro"] = total(rescored.values())
    dictionary = tdmsci_train_dictionary(folder)
    n, speed = str(len(docs)), rates(sc)
    rows = []
    for label in ("dataset", "metric", "task", "micro"):
        labels = ("dataset", "metric", "task") if label == "micro" else (label,)
        for rule in ("exact", "overlap"):
            counts = None
            if sc is not None:
                counts = total(
                    score_spans([m.span for m in out.mentions if m.label == lab], doc.gold.get(lab, []), rule)
                    for lab in labels
                    for doc, out in zip(docs, sc.outputs, strict=True)
                )
            reported = ""
            if rule == "exact":
                reported = f"Hou et al. released system {TDMSCI_REPORTED[label]:.2f} (README)"
                if label in rescored:
                    reported += f"; rescored here {rescored[label].f1:.2f}"
                if dictionary is not None:
                    reported += f"; train-dictionary {dictionary[label].f1:.1f} (computed here)"
            name = "all three types, micro" if label == "micro" else f"{label} spans"
            rows.append(Row("TDMSci", "test", f"mentions: {name}, {rule}", n, counts, None, reported, speed))
    return rows


# --- GSAP-NER ------------------------------------------------------------------------------

GSAP_DATASET_LABELS = {"Dataset", "Datasource"}  # the README's label mapping: both -> dataset


def load_gsap(path: Path) -> list[TextDoc]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        spans = [Span(e["start"], e["end"]) for e in item["entities"] if e["label"] in GSAP_DATASET_LABELS]
        docs.append(TextDoc(item["id"], item["text"], {"dataset": spans}))
    return docs


def bench_gsap(folder: Path, ctx: Context) -> list[Row]:
    rows = []
    for split, filename, reported in (
        ("first paragraphs", "gsap_ner_first_paragraph.jsonl", ""),
        ("all paragraphs", "gsap_ner_paragraphs.jsonl",
         "SciDeBERTa 81.9, RoBERTa 80.6, SciBERT 72.8 (README; label Dataset only); PwC list 69.1 (issue #3; not in the README)"),
    ):
        docs = ctx.take(load_gsap(folder / filename))
        sc = run_sciclaims_or_none(ctx, docs, f"GSAP-NER {split}")
        for rule in ("exact", "overlap"):
            counts = span_counts(docs, sc, "dataset", rule, lambda out: [m.span for m in out.mentions if m.label == "dataset"])
            rows.append(Row("GSAP-NER", split, f"mentions: dataset spans, {rule}", str(len(docs)), counts, None,
                            reported if rule == "exact" else "", rates(sc)))
    return rows


# --- Heddes et al. 2021 dataset-name sentences ----------------------------------------------

HEDDES_DATASET_LABELS = {"Dataset", "Datatset"}  # "Datatset": a typo of Dataset (README); "Geen Dataset" = negative
HEDDES_SPLITS = {"test": (("Test_set", "Test_set_sentences.csv"), ("Zero-shot", "Zero-shot_sentences.csv")),
                 "train": (("Train_set", "Train_set_sentences.csv"),)}
# Heddes' spans mostly take the head noun ("MegaFace dataset", "3DMatch data set"); sciclaims' guide names the
# dataset bare ("MegaFace"), so a third measure compares spans with such a head dropped from both sides.
HEDDES_HEAD = re.compile(r"(?:[\s-]+(?:data[\s-]?sets?|datasets?|databases?|corpus|corpora|collections?|"
                         r"benchmarks?|repository|repositories|sets?|data))+$", re.IGNORECASE)


def load_heddes(path: Path) -> list[TextDoc]:
    """One sentence a doc; `labels` is a Python-literal list of [start, end, label] into `text`."""
    docs = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            labels = ast.literal_eval(row["labels"]) if row["labels"].strip() else []
            spans = [Span(int(a), int(b)) for a, b, label in labels if label in HEDDES_DATASET_LABELS]
            docs.append(TextDoc(f"heddes-{row['id']}", row["text"], {"dataset": spans}))
    return docs


def drop_head(text: str, span: Span) -> Span:
    """The span without a trailing dataset head noun ("MegaFace dataset" -> "MegaFace"); kept whole when the
    head is all there is ("dataset")."""
    m = HEDDES_HEAD.search(text, span.start, span.end)
    if m is None or m.end() != span.end or m.start() == span.start:
        return span
    return Span(span.start, m.start())


def bench_heddes(folder: Path, ctx: Context) -> list[Row]:
    rows = []
    for split, filename in HEDDES_SPLITS[ctx.split]:
        docs = ctx.take(load_heddes(folder / "sentences" / filename))
        sc = run_sciclaims_or_none(ctx, docs, f"Heddes {split}")
        pick = lambda out: [m.span for m in out.mentions if m.label == "dataset"]  # noqa: E731
        for measure, rule, headless in (("exact", "exact", False), ("overlap", "overlap", False),
                                        ("exact, head noun dropped", "exact", True)):
            counts = None
            if sc is not None:
                counts = total(
                    score_spans([drop_head(doc.text, s) for s in pick(out)] if headless else pick(out),
                                [drop_head(doc.text, s) for s in doc.gold.get("dataset", [])] if headless
                                else doc.gold.get("dataset", []), rule)
                    for doc, out in zip(docs, sc.outputs, strict=True))
            reported = ""
            if rule == "exact" and not headless:
                reported = "rule-based baseline and SciBERT (Heddes et al. 2021; the README gives no figures)"
            rows.append(Row("Heddes 2021", split, f"mentions: dataset spans, {measure}", str(len(docs)), counts, None,
                            reported, rates(sc)))
    return rows


# --- SciERC, SciER, SciREX: entity spans on tokenized text --------------------------------
# These three give text as tokens joined by single spaces ("state - of - the - art", "( MT )", and in SciER
# split digits: "VGG - 1 6", "2 0 1 9"). sciclaims reads natural text, so the text is detokenized first and
# the gold offsets carried over; a score on the raw token text would mostly measure the detokenization.
# Their conventions differ from sciclaims' guide: generic techniques ("recurrent neural networks",
# "attention") and tasks are Method/Task spans there, while the guide names methods only. So each label is
# also scored on names only: spans holding a capital letter or a digit, on both sides.

NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "}", "?", "!", "%", "'s", "'", "n't", "''"}
NO_SPACE_AFTER = {"(", "[", "{", "``"}
TOKENIZED_LABELS = {
    "scierc": {"Method": "method", "Metric": "metric", "Task": "task", "Material": "dataset"},
    "scier": {"Method": "method", "Dataset": "dataset", "Task": "task"},
    "scirex": {"Method": "method", "Metric": "metric", "Task": "task", "Material": "dataset"},
}


def detokenize(text: str) -> tuple[str, list[int]]:
    """Tokens joined by spaces -> natural text, and where each original character went (-1: a dropped
    space). Drops the space before closing punctuation and after opening brackets, around an
    intra-word hyphen ("state - of - the - art"), and between single digits ("2 0 1 9", "1 6 . 5")."""
    tokens = text.split(" ")
    joined = [False] * len(tokens)  # joined[i]: no space between token i-1 and token i
    for i in range(1, len(tokens)):
        a, b = tokens[i - 1], tokens[i]
        if not a or not b:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        before = tokens[i - 2] if i > 1 else ""
        if b in NO_SPACE_BEFORE or a in NO_SPACE_AFTER:
            joined[i] = True
        elif b == "-" and a[-1:].isalnum() and after[:1].isalnum():
            joined[i] = True  # "state - of": the hyphen joins both neighbours
        elif a == "-" and before[-1:].isalnum() and b[:1].isalnum():
            joined[i] = True
        elif len(a) == 1 and len(b) == 1 and (a.isdigit() or a == ".") and (b.isdigit() or b == "."):
            joined[i] = a != "." or before.isdigit() and len(before) == 1
    out: list[str] = []
    where: list[int] = []
    position = 0
    for i, token in enumerate(tokens):
        if i:
            if joined[i]:
                where.append(-1)
            else:
                out.append(" ")
                where.append(position)
                position += 1
        out.append(token)
        where.extend(range(position, position + len(token)))
        position += len(token)
    return "".join(out), where


def carry(span: Span, where: list[int]) -> Span:
    return Span(where[span.start], where[span.end - 1] + 1)


def named(text: str, span: Span) -> bool:
    return any(c.isupper() or c.isdigit() for c in text[span.start : span.end])


def load_tokenized(path: Path, labels: dict[str, str], titled: bool = False) -> list[TextDoc]:
    """One doc a line (`text`, `entities` with character offsets into it), detokenized; `titled`:
    the text is title + newline + abstract (SciREX), given to the pipeline as two sections."""
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text, where = detokenize(item["text"])
        gold: dict[str, list[Span]] = {}
        for e in item["entities"]:
            if e["label"] in labels:
                gold.setdefault(labels[e["label"]], []).append(carry(Span(e["start"], e["end"]), where))
        title = text.split("\n", 1)[0] if titled and "\n" in text else ""
        docs.append(TextDoc(str(item.get("doc_key") or item.get("doc_id")), text, gold, title))
    return docs


def tokenized_rows(name: str, split: str, docs: Sequence[TextDoc], sc: SystemRun | None, labels: Sequence[str],
                   names_only: Sequence[str] = ()) -> list[Row]:
    """Per label: every span, exact; and names only (a capital or a digit), exact, on both sides. Dataset
    names are compared with a trailing head noun dropped, as for Heddes ("COCO dataset" -> "COCO")."""
    rows = []
    for label in labels:
        for only_names in (False, True):
            if not only_names and label in names_only:
                continue
            if only_names and label == "task":
                continue  # task names are mostly lower-case phrases; sciclaims does not score tasks
            headless = only_names and label == "dataset"

            def pick(text: str, spans: Iterable[Span]) -> list[Span]:
                kept = [s for s in spans if not only_names or named(text, s)]
                return [drop_head(text, s) for s in kept] if headless else kept

            counts = None
            if sc is not None:
                counts = total(
                    score_spans(pick(doc.text, [m.span for m in out.mentions if m.label == label]),
                                pick(doc.text, doc.gold.get(label, [])), "exact")
                    for doc, out in zip(docs, sc.outputs, strict=True))
            what = f"{label} names (capital or digit)" if only_names else f"{label} spans"
            rule = "exact, head noun dropped" if headless else "exact"
            rows.append(Row(name, split, f"mentions: {what}, {rule}", str(len(docs)), counts, None, "", rates(sc)))
    return rows


def bench_scierc(folder: Path, ctx: Context) -> list[Row]:
    split = "dev" if ctx.split == "train" else "test"
    docs = ctx.take(load_tokenized(folder / "spans" / f"{split}.jsonl", TOKENIZED_LABELS["scierc"]))
    sc = run_sciclaims_or_none(ctx, docs, f"SciERC {split}")
    # Material is corpora, languages and data kinds ("English", "image sequence"): only its names compare.
    return tokenized_rows("SciERC", split, docs, sc, ("method", "dataset", "metric", "task"), names_only=("dataset",))


def bench_scier(folder: Path, ctx: Context) -> list[Row]:
    rows = []
    for split in ("dev",) if ctx.split == "train" else ("test", "test_ood"):
        docs = ctx.take(load_tokenized(folder / "spans" / f"{split}.jsonl", TOKENIZED_LABELS["scier"]))
        sc = run_sciclaims_or_none(ctx, docs, f"SciER {split}")
        rows += tokenized_rows("SciER", f"{split} (full papers)", docs, sc, ("method", "dataset", "task"))
    return rows


def bench_scirex(folder: Path, ctx: Context) -> list[Row]:
    docs = ctx.take(load_tokenized(folder / "scirex_train_abstracts.jsonl", TOKENIZED_LABELS["scirex"], titled=True))
    sc = run_sciclaims_or_none(ctx, docs, "SciREX train abstracts")
    return tokenized_rows("SciREX", "train (the only split here)", docs, sc, ("method", "dataset", "metric", "task"))


@dataclass(frozen=True)
class Benchmark:
    name: str
    folder: str
    run: Callable[[Path, Context], list[Row]]


BENCHMARKS = (
    Benchmark("measeval", "measeval", bench_measeval),
    Benchmark("newsquant", "newsquant", bench_newsquant),
    Benchmark("tdmsci", "tdmsci", bench_tdmsci),
    Benchmark("gsap_ner", "gsap_ner", bench_gsap),
    Benchmark("heddes", "dataset_names_heddes2021", bench_heddes),
    Benchmark("scierc", "scierc", bench_scierc),
    Benchmark("scier", "scier", bench_scier),
    Benchmark("scirex", "scirex", bench_scirex),
)


# --- output --------------------------------------------------------------------------------

HEADERS = ("benchmark", "split", "layer / measure", "sciclaims P / R / F1", "quantulum3 P / R / F1",
           "reported F1 (who)", "n docs", "texts/s")


def cells(row: Row, missing_sciclaims: str = "n/a") -> list[str]:
    return [
        row.benchmark, row.split, row.measure,
        row.sciclaims.prf() if row.sciclaims is not None else missing_sciclaims,
        row.quantulum3.prf() if row.quantulum3 is not None else "—",
        row.reported or "—", row.n_docs, row.rates or "—",
    ]


def rich_table(rows: Sequence[Row]) -> Table:
    table = Table(title="sciclaims on public benchmarks (P / R / F1, %, micro)", show_lines=False)
    for header in HEADERS:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*cells(row))
    return table


def markdown_table(rows: Sequence[Row]) -> str:
    escape = lambda s: s.replace("|", "\\|")  # noqa: E731
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    lines += ["| " + " | ".join(escape(c) for c in cells(row)) + " |" for row in rows]
    return "\n".join(lines)


def commit() -> str:
    """Short HEAD, marked when the working tree has changes the figures may depend on."""
    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            return None
        return done.stdout.strip() if done.returncode == 0 else None

    head = git("rev-parse", "--short", "HEAD")
    if head is None:
        return "no commit yet"
    dirty = git("status", "--porcelain", "--untracked-files=no")
    return f"`{head}`" + (" + uncommitted changes" if dirty else "")


def section(rows: Sequence[Row], notes: Sequence[str], argv: Sequence[str]) -> str:
    command = " ".join([COMMAND, *argv])
    return "\n".join([
        START_MARKER,
        "## Public benchmarks",
        "",
        f"Measured {dt.date.today().isoformat()} at commit {commit()} by `{command}`: sciclaims and quantulum3 "
        "in one process, on the same texts, scored by the same code (rules: `benchmarks/README.md`). "
        "P / R / F1 in percent, micro-averaged. \"reported\" figures were not produced by this run: they are "
        "copied from each benchmark's README in `../shared/benchmarks` (or from issue #3 where marked) and were "
        "measured by others, with their own scorers. texts/s: wall time of extraction only (pipeline load excluded), "
        "one process, on whatever else the machine was doing (up to 2x apart between runs on the shared dev machine): "
        "compare the two systems within a row, not across runs. Test splits only measure: nothing is tuned on them.",
        "",
        markdown_table(rows),
        "",
        *(f"- {note}" for note in notes),
        END_MARKER,
    ])


def replace_section(document: str, new_section: str) -> str:
    """Put our section in place of the old one; everything outside the markers is kept as it is."""
    start, end = document.find(START_MARKER), document.find(END_MARKER)
    if start >= 0 and end > start:
        return document[:start] + new_section + document[end + len(END_MARKER):]
    if not document.strip():
        return "# Benchmarks\n\n" + new_section + "\n"
    return document.rstrip("\n") + "\n\n" + new_section + "\n"


def write_section(path: Path, new_section: str) -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(replace_section(old, new_section), encoding="utf-8")


# --- command -------------------------------------------------------------------------------


def benchmarks_root(shared: Path) -> Path:
    """Accept ../shared or ../shared/benchmarks."""
    return shared / "benchmarks" if (shared / "benchmarks").is_dir() else shared


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="Example: python benchmarks/public.py --only newsquant --limit 50")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (or its benchmarks/); default ../shared")
    parser.add_argument("--only", choices=[b.name for b in BENCHMARKS], help="run one benchmark")
    parser.add_argument("--limit", type=int, help="first N texts of each split (a smoke run)")
    parser.add_argument("--split", choices=("test", "train"), default="test",
                        help="test (the default) or train: Heddes' train split and SciERC's and SciER's dev splits, the "
                             "measures to tune on (the run then writes no BENCHMARKS.md unless --output is given)")
    parser.add_argument("--output", type=Path, help="Markdown file to update (default BENCHMARKS.md, and only on a full run)")
    args = parser.parse_args(argv)

    console = Console(width=None if sys.stdout.isatty() else 200)
    # quantulum3 (ours and the extractor's) warns that its classifier is absent: the report's notes say so once.
    warnings.filterwarnings("ignore", message="Classifier dependencies not installed")
    root = benchmarks_root(args.shared)
    chosen = [b for b in BENCHMARKS if not args.only or b.name == args.only]
    present = [b for b in chosen if (root / b.folder).is_dir()]
    skipped = [f"{b.name} skipped: {root / b.folder} is absent" for b in chosen if b not in present]
    for message in skipped:
        console.print(f"[yellow]{message}[/yellow]")
    if not present:
        console.print(f"[red]no benchmark found under {root}[/red]")
        return 2
    sciclaims, why = load_sciclaims()
    ctx = Context(console, args.limit, sciclaims, notes=list(skipped), split=args.split)
    if sciclaims is None:
        console.print(f"[red]sciclaims pipeline not importable ({why}): its columns read n/a.[/red]")
        ctx.notes.append(f"sciclaims could not run: {why}")
    rows: list[Row] = []
    for bench in present:
        started = time.perf_counter()
        rows += bench.run(root / bench.folder, ctx)
        console.print(f"{bench.name} done in {time.perf_counter() - started:.1f}s")
    if any(r.quantulum3 is not None for r in rows):
        ctx.notes.append(quantulum_note())
    if args.limit:
        ctx.notes.append(f"smoke run: first {args.limit} texts of each split only")
    console.print(rich_table(rows))
    for note in ctx.notes:
        console.print(f"• {note}")
    output = args.output or (DEFAULT_OUTPUT if not (args.only or args.limit or args.split != "test") else None)
    if output is None:
        console.print("partial run (--only/--limit): BENCHMARKS.md left unchanged; pass --output FILE to write one")
    else:
        write_section(output, section(rows, ctx.notes, argv))
        console.print(f"wrote {output}")
    return 0 if sciclaims is not None and not ctx.failed else 1


if __name__ == "__main__":
    sys.exit(main())
