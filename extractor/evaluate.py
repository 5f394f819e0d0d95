"""Score a sciclaims database against gold annotations: the engine of `sciclaims eval`.

The gold format (fixtures/gold/GOLD_FORMAT.md) annotates abstracts, not database rows, so
scoring needs explicit rules for pairing a gold item with a row. Those rules are part of the
interface (the README and `sciclaims eval` help point here), are kept in MATCHING_RULES below
(appended to this docstring), and each one is pinned by tests/test_evaluate.py.

API, as the CLI uses it:
    report = evaluate(db_path, gold_paths)     # -> EvalReport (pydantic)
    render(report, console, detail=False)      # rich tables
    report.model_dump_json(indent=2)           # --json; per-paper details are always included
                                               # (exclude={"per_paper"} for the summary only)
Bad gold lines raise GoldError ("file:line: reason"); an unusable database raises EvalError.
Both are click exceptions with exit status 2, so the CLI prints them without a traceback.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import click
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .models import Direction, Qualifier

MATCHING_RULES = """\
Matching rules of `sciclaims eval`
==================================

Gold files (fixtures/gold/GOLD_FORMAT.md)
  One JSON object a line: title, methods_proposed, methods, methods_generic_ok, datasets,
  metrics (lists of names as written), claims (quote, value | low+high, from, unit,
  direction, aspect, baseline, qualifier, context) and facts (quote, value, unit). Unknown
  keys, a claim without a figure, "from" without "value", a direction or qualifier outside
  the fixed sets, and a title annotated twice are errors reported as file:line: reason.

Papers
  A gold record's `title` names its paper: titles are compared after lower-casing and
  dropping non-word characters. Only papers in the gold files are scored. A gold paper
  absent from the database is listed as missing and all its gold items count as misses.
  When several database papers share the title, the one whose title and abstract contain
  the most gold quotes is scored (ties: smallest id), with a warning.

Scores
  Precision, recall and F1 are micro-averaged: tp, fp and fn are summed over the gold
  papers, then divided. A ratio whose denominator is zero is reported as null ("-").

Entities: methods, proposed methods, datasets, metrics
  Per paper both sides are sets of distinct normalized strings: the gold list, and the
  distinct texts of the paper's database mentions.
    methods           mentions of type method (any role), and of any type with role
                      proposed                                vs gold methods_proposed + methods
    proposed methods  mentions with role proposed (a method, or a dataset or benchmark
                      the paper builds)                       vs gold methods_proposed
    datasets          mentions of type dataset or benchmark   vs gold datasets
    metrics           mentions of type metric                 vs gold metrics
  (The gold's methods_proposed lists what a paper introduces, its own datasets and
  benchmarks included, "RM-Bench" in "We introduce RM-Bench, a benchmark ..."; the
  database types such a name dataset or benchmark, with role proposed.)
  Normalization: Unicode NFKC, case-folded; hyphens, dashes, underscores and slashes read
  as spaces; punctuation around each word dropped; a superscript's caret and braces dropped
  ("R^2" = "R^{2}" = "R2", as the text layer writes it). Two strings match when
    - they are equal after normalization, spaces ignored ("Llama-3" = "llama 3" = "Llama3"), or
    - the whole word sequence of one occurs contiguously in the other's ("BERT" ~
      "BERT-Large", "GLUE" ~ "GLUE benchmark", but not "Net" ~ "ResNet" nor "GPT-3" ~
      "GPT-4"); the contained side must have a letter in it.
  Pairs are one-to-one, made greedily: equal pairs first, then containments with the
  closest word counts; ties in gold order, then database text order.
  In both method areas an unmatched database method that matches a `methods_generic_ok`
  string is neutral: neither tp nor fp.

Claims (by figure)
  A gold claim and a database claim are candidates when their figures agree, within a
  relative tolerance of 1e-6 (1e-12 absolute, for zero):
    value    gold value = claims.value
    range    gold low and high = claims.low and claims.high
    change   "from A to B": claims.value = B and claims.from_value = A
  Figures are compared as numbers in the unit each side states (65.8 percent = 65.8,
  7e9 params = 7e9): nothing is converted, and the unit does not gate a match; it is
  scored as an attribute.
  The gold quote is looked up (exact substring) in the paper's title and abstract; a
  database claim is "in the quote's sentence" when its sentence overlaps an occurrence.
  Candidate pairs rank:
    1. in the quote's sentence, before anywhere else in the paper;
    2. the claim's span overlapping the quote, before not;
    3. a gold claim before a gold fact (facts, see below);
    4. the same normalized unit, before a different one;
    5. then gold order and document order.
  Pairs are one-to-one, taken greedily in that order, so a claim in another sentence with
  the same figure is matched only when the quote's sentence has no candidate left.
  Gold facts take part in the same ranking but absorb any number of database claims: a
  database claim paired with a fact is neutral (not fp). A fact in a sentence therefore
  takes that sentence's claim before a gold claim elsewhere can reach for it.
  Unmatched gold claims are fn; unmatched, non-neutral database claims are fp.

Claim attributes (accuracy over matched claims)
  unit       equal after normalization (case; % = percent; percentage points, points = pp;
             times, fold, x = x; parameters = params; token(s) = tokens; flop(s) = flops;
             time units singular or plural: second(s)/sec = s, minute(s) = min, hour(s)/hr = h,
             day(s) = day, week(s), month(s), year(s); bit(s) = bit)
  direction  equal; null = null
  qualifier  equal; null = null
  metric     gold `aspect` vs claims.metric      both null: correct; one null: wrong;
             (metric words compare in the singular: "success rates" = "success rate", "accuracies" = "accuracy")
  baseline   gold `baseline` vs claims.baseline  otherwise the entity string match
  context    gold `context` vs claims.context    above (equal or word containment)
  For metric, baseline and context, a long form and its acronym also match when the paper pairs
  them, one in brackets right after the other, and the acronym's letters occur in order in the
  long form, the first letters alike ("character error rate (CER)" makes "CER" = "character
  error rate"; not "a mobile GPU (RTX 2060)").
"""

__doc__ = (__doc__ or "") + "\n" + MATCHING_RULES

Area = Literal["claims", "methods", "methods_proposed", "datasets", "metrics"]
Attribute = Literal["unit", "direction", "metric", "baseline", "qualifier", "context"]
AREAS: tuple[Area, ...] = ("claims", "methods", "methods_proposed", "datasets", "metrics")
ATTRIBUTES: tuple[Attribute, ...] = ("unit", "direction", "metric", "baseline", "qualifier", "context")
AREA_LABELS: dict[str, str] = {
    "claims": "claims (by figure)",
    "methods": "methods (all)",
    "methods_proposed": "proposed methods",
    "datasets": "datasets + benchmarks",
    "metrics": "metrics",
}


class EvalError(click.ClickException, ValueError):
    """The scorer cannot run (unusable database or gold); exit status 2 like a usage error."""

    exit_code = 2


class GoldError(EvalError):
    """A gold line that does not follow GOLD_FORMAT.md; the message starts with `file:line:`."""


# --- gold records ---------------------------------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _blank_to_none(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


class _GoldFigure(_Model):
    """The figure part shared by claims and facts; `from` is a Python keyword, hence the alias."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    quote: str = Field(min_length=1)
    value: float | None = None
    low: float | None = None
    high: float | None = None
    from_: float | None = Field(default=None, alias="from")

    @model_validator(mode="after")
    def _figure_shape(self):
        if (self.low is None) != (self.high is None):
            raise ValueError("a range needs both low and high")
        if self.from_ is not None and self.value is None:
            raise ValueError("'from' needs 'value' (the figure it changed to)")
        return self


class GoldClaim(_GoldFigure):
    unit: str = Field(min_length=1)
    direction: Direction | None = None
    aspect: str | None = None
    baseline: str | None = None
    qualifier: Qualifier | None = None
    context: str | None = None

    @field_validator("aspect", "baseline", "context", mode="before")
    @classmethod
    def _blank_is_null(cls, value: object) -> object:
        return _blank_to_none(value)

    @model_validator(mode="after")
    def _has_figure(self):
        if self.value is None and self.low is None:
            raise ValueError("a claim needs a value, or low and high")
        return self


class GoldFact(_GoldFigure):
    unit: str | None = None


class GoldPaper(_Model):
    """One line of a gold file (GOLD_FORMAT.md); unknown keys are rejected to catch typos."""

    title: str = Field(min_length=1)
    methods_proposed: list[str] = Field(default_factory=list)
    methods: list[str] = Field(default_factory=list)
    methods_generic_ok: list[str] = Field(default_factory=list)
    datasets: list[str] = Field(default_factory=list)
    metrics: list[str] = Field(default_factory=list)
    claims: list[GoldClaim] = Field(default_factory=list)
    facts: list[GoldFact] = Field(default_factory=list)

    @field_validator("methods_proposed", "methods", "methods_generic_ok", "datasets", "metrics")
    @classmethod
    def _no_blank_names(cls, names: list[str]) -> list[str]:
        if any(not name.strip() for name in names):
            raise ValueError("entity names must not be blank")
        return names


class GoldEntry(_Model):
    """A gold paper with where it came from, for error messages and the report."""

    origin: str
    gold: GoldPaper


def _format_validation(error: ValidationError) -> str:
    parts = []
    for item in error.errors()[:3]:
        loc = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in item["loc"]).lstrip(".")
        msg = item["msg"].removeprefix("Value error, ")
        parts.append(f"{loc}: {msg}" if loc else msg)
    more = len(error.errors()) - 3
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def load_gold(gold_paths: Iterable[str | Path] | str | Path) -> list[GoldEntry]:
    """Every gold paper in the files, validated; the first bad line stops with file:line."""
    if isinstance(gold_paths, (str, Path)):
        gold_paths = [gold_paths]
    entries: list[GoldEntry] = []
    seen: dict[str, str] = {}
    for path in gold_paths:
        try:
            lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise GoldError(f"{path}: cannot read gold file: {error}") from error
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            origin = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise GoldError(f"{origin}: not valid JSON: {error.msg} (column {error.colno})") from error
            try:
                gold = GoldPaper.model_validate(record)
            except ValidationError as error:
                raise GoldError(f"{origin}: {_format_validation(error)}") from error
            key = title_key(gold.title)
            if key in seen:
                raise GoldError(f"{origin}: the same paper is already annotated at {seen[key]}")
            seen[key] = origin
            entries.append(GoldEntry(origin=origin, gold=gold))
    return entries


# --- the report -------------------------------------------------------------------------------


class AreaScore(_Model):
    area: Area
    tp: int = 0
    fp: int = 0
    fn: int = 0
    neutral: int = 0
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None

    @classmethod
    def from_counts(cls, area: Area, tp: int, fp: int, fn: int, neutral: int = 0) -> AreaScore:
        """Ratios with a zero denominator stay None: undefined, not perfect and not zero."""
        return cls(
            area=area, tp=tp, fp=fp, fn=fn, neutral=neutral,
            precision=tp / (tp + fp) if tp + fp else None,
            recall=tp / (tp + fn) if tp + fn else None,
            f1=2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None,
        )


class AttributeScore(_Model):
    attribute: Attribute
    correct: int = 0
    total: int = 0
    accuracy: float | None = None


class GoldClaimRef(_Model):
    """A gold claim as shown in details."""

    quote: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    from_value: float | None = None
    unit: str | None = None


class DbClaimRef(_Model):
    """A database claim as shown in details; `sentence` is a snippet around it."""

    id: int
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    from_value: float | None = None
    unit: str | None = None
    sentence: str = ""


class AttributeMismatch(_Model):
    quote: str
    db_text: str
    attribute: Attribute
    gold: str | None = None
    db: str | None = None


class EntityDiff(_Model):
    area: Area
    missed: list[str] = Field(default_factory=list)
    spurious: list[str] = Field(default_factory=list)


class PaperReport(_Model):
    title: str
    origin: str
    paper_id: str | None = None
    in_db: bool = True
    areas: list[AreaScore] = Field(default_factory=list)
    matched_claims: int = 0
    missed_claims: list[GoldClaimRef] = Field(default_factory=list)
    false_positive_claims: list[DbClaimRef] = Field(default_factory=list)
    attribute_mismatches: list[AttributeMismatch] = Field(default_factory=list)
    entities: list[EntityDiff] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def area(self, name: Area) -> AreaScore:
        return next(a for a in self.areas if a.area == name)


class EvalReport(_Model):
    db: str
    gold_files: list[str]
    papers: int = 0
    papers_in_db: int = 0
    missing_papers: list[str] = Field(default_factory=list)
    areas: list[AreaScore] = Field(default_factory=list)
    matched_claims: int = 0
    attributes: list[AttributeScore] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    per_paper: list[PaperReport] = Field(default_factory=list)

    def area(self, name: Area) -> AreaScore:
        return next(a for a in self.areas if a.area == name)

    def attribute(self, name: Attribute) -> AttributeScore:
        return next(a for a in self.attributes if a.attribute == name)


# --- normalization ----------------------------------------------------------------------------

_NON_WORD = re.compile(r"\W+")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―−_/]+")
_WORD_EDGE = "()[]{}<>,;:!?\"'`“”‘’.*$"  # "$" too: math mode around a name ("$\\textbf{MDial}$")
# formatting macros around a name (\textsc{QuantEvolver}): mentions keep the source text, gold the name
# a superscript's marks: the text layer reads "R^{2}" and "R^2" as "R2" (text.py), gold writes them as the paper does
_SUPERSCRIPT = re.compile(r"\^(?:\{([^{}]*)\})?")
_LATEX_FORMAT = re.compile(r"\\(?:text(?:bf|it|sc|tt|rm|sf)?|emph|math(?:rm|bf|cal|tt|sf|it)|mbox|underline)\s*(?=\{)")


def title_key(title: str) -> str:
    """How a gold title finds its paper: lower-cased, non-word characters dropped."""
    return _NON_WORD.sub("", title.lower())


def entity_words(name: str) -> tuple[str, ...]:
    """The normalized word sequence that entity matching compares."""
    text = _SUPERSCRIPT.sub(r"\1", _LATEX_FORMAT.sub(" ", unicodedata.normalize("NFKC", name))).casefold()
    words = (word.strip(_WORD_EDGE) for word in _SEPARATORS.split(text))
    return tuple(word for word in words if word)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    if not shorter or not any(ch.isalpha() for word in shorter for ch in word):
        return False
    size = len(shorter)
    return any(longer[i:i + size] == shorter for i in range(len(longer) - size + 1))


def match_strength(a: str, b: str) -> tuple[int, int] | None:
    """(0, 0) for equal names, (1, word-count gap) for word containment, None for no match."""
    wa, wb = entity_words(a), entity_words(b)
    if not wa or not wb:
        return None
    if "".join(wa) == "".join(wb):
        return (0, 0)
    longer, shorter = (wa, wb) if len(wa) >= len(wb) else (wb, wa)
    if _contains(longer, shorter):
        return (1, len(longer) - len(shorter))
    return None


def entities_match(a: str, b: str) -> bool:
    return match_strength(a, b) is not None


_UNIT_ALIASES = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent", "percentage": "percent",
    "pp": "pp", "p.p.": "pp", "percentage point": "pp", "percentage points": "pp", "point": "pp",
    "points": "pp", "pts": "pp",
    "x": "x", "×": "x", "times": "x", "fold": "x", "-fold": "x",
    "params": "params", "param": "params", "parameters": "params", "parameter": "params",
    "tokens": "tokens", "token": "tokens", "flops": "flops", "flop": "flops",
    "second": "s", "seconds": "s", "sec": "s", "secs": "s",
    "minute": "min", "minutes": "min", "mins": "min",
    "hour": "h", "hours": "h", "hr": "h", "hrs": "h",
    "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year",
    "bit": "bit", "bits": "bit",
}


def normalize_unit(unit: str | None) -> str | None:
    """Spelling variants of one unit compare equal; anything unknown is compared case-folded."""
    if unit is None or not unit.strip():
        return None
    text = " ".join(unicodedata.normalize("NFKC", unit).casefold().split())
    return _UNIT_ALIASES.get(text, text)


_BRACKETED = re.compile(r"\(([^()]{1,80})\)")


def _defined_as(a: str, b: str, text: str, fold=lambda s: s) -> bool:
    """The paper writes a long form and its acronym, one in brackets right after the other ("character error rate
    (CER)", "TTFT (time-to-first-token)"): by its own definition they name one thing."""
    wa, wb = entity_words(fold(a)), entity_words(fold(b))
    if len(wa) == 1 and len(wb) > 1:
        short, long = wa[0], wb
    elif len(wb) == 1 and len(wa) > 1:
        short, long = wb[0], wa
    else:
        return False
    letters = [ch for ch in short.removesuffix("s") if ch.isalpha()]
    rest = iter("".join(long)[1:])
    if not letters or letters[0] != long[0][0] or not all(ch in rest for ch in letters[1:]):
        return False  # not an acronym of the long form ("a mobile GPU (RTX 2060)"), as Schwartz and Hearst test it
    for m in _BRACKETED.finditer(text):
        inside = entity_words(fold(m.group(1).split(";")[0].split(",")[0]))
        for outside, bracketed in ((wa, wb), (wb, wa)):
            if inside == bracketed:
                before = entity_words(fold(text[max(0, m.start() - 200):m.start()]))
                if before[-len(outside):] == outside:
                    return True
    return False


def _text_attribute_ok(gold: str | None, db: str | None, text: str = "", fold=lambda s: s) -> bool:
    gold, db = _blank_to_none(gold), _blank_to_none(db)
    if gold is None or db is None:
        return gold is None and db is None
    return entities_match(fold(gold), fold(db)) or _defined_as(gold, db, text, fold)


_PLURAL_WORD = re.compile(r"(?<=[a-z]{2})(?:(?<=[^aeiou])ies|(?<![sui])s)\b")


def _singular(text: str | None) -> str | None:
    """"success rates" and "success rate", "accuracies" and "accuracy" name one measure: a metric's words compare in
    the singular (not "loss", "bus", "analysis")."""
    if text is None:
        return None
    return _PLURAL_WORD.sub(lambda m: "y" if m.group().endswith("ies") else "", text.casefold())


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


# --- the database side ------------------------------------------------------------------------

_COLUMNS = {
    "papers": ("id", "title", "abstract"),
    "sentences": ("id", "paper_id", "section", "start", "end", "text"),
    "mentions": ("paper_id", "type", "text", "role"),
    "claims": ("id", "paper_id", "sentence_id", "text", "start", "end", "value", "low", "high", "from_value",
               "unit", "direction", "metric", "qualifier", "baseline", "context"),
}


@dataclass(frozen=True)
class _Sentence:
    id: str
    section: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Claim:
    id: int
    text: str
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    from_value: float | None
    unit: str | None
    direction: str | None
    metric: str | None
    qualifier: str | None
    baseline: str | None
    context: str | None
    sentence: _Sentence | None

    @property
    def section_span(self) -> tuple[str, int, int] | None:
        """The claim's span in its section's text (the sentence offsets added)."""
        if self.sentence is None:
            return None
        return self.sentence.section, self.sentence.start + self.start, self.sentence.start + self.end

    @property
    def order(self) -> tuple:
        """Document order, independent of row ids and insertion order."""
        s = self.sentence
        where = (0 if s.section == "title" else 1, s.start) if s else (2, 0)
        return (*where, self.start, self.end, self.text, self.value or 0.0, self.unit or "", self.id)


@dataclass(frozen=True)
class _DbPaper:
    id: str
    title: str
    abstract: str
    claims: list[_Claim]
    mentions: list[tuple[str, str, str | None]]  # (type, text, role)


def _connect(db_path: str | Path) -> sqlite3.Connection:
    """Read-only, so scoring can never touch the database it scores."""
    path = Path(db_path)
    if not path.is_file():
        raise EvalError(f"no database at {db_path}")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
        for table, columns in _COLUMNS.items():
            if table not in tables:
                raise EvalError(f"{db_path} is not a sciclaims database: no table {table}")
            have = {r[1] for r in conn.execute(f"pragma table_info([{table}])")}
            if missing := [c for c in columns if c not in have]:
                raise EvalError(f"{db_path}: table {table} lacks columns {', '.join(missing)}")
    except sqlite3.DatabaseError as error:
        conn.close()
        raise EvalError(f"{db_path}: cannot read as SQLite: {error}") from error
    except EvalError:
        conn.close()
        raise
    return conn


def _load_paper(conn: sqlite3.Connection, paper_id: str) -> _DbPaper:
    title, abstract = conn.execute("select title, abstract from papers where id = ?", (paper_id,)).fetchone()
    sentences = {
        row[0]: _Sentence(*row)
        for row in conn.execute(
            "select id, section, start, [end], text from sentences where paper_id = ?", (paper_id,))
    }
    claims = [
        _Claim(*row[:-1], sentence=sentences.get(row[-1]))
        for row in conn.execute(
            """select id, text, start, [end], value, low, high, from_value, unit, direction, metric,
                      qualifier, baseline, context, sentence_id
               from claims where paper_id = ?""", (paper_id,))
    ]
    claims.sort(key=lambda c: c.order)
    mentions = [tuple(row) for row in conn.execute(
        "select type, text, role from mentions where paper_id = ? and text is not null", (paper_id,))]
    return _DbPaper(paper_id, title or "", abstract or "", claims, mentions)


def _quote_spans(quote: str, title: str, abstract: str) -> list[tuple[str, int, int]]:
    spans = []
    for section, text in (("title", title), ("abstract", abstract)):
        start = text.find(quote)
        while start >= 0:
            spans.append((section, start, start + len(quote)))
            start = text.find(quote, start + 1)
    return spans


def _gold_quotes(gold: GoldPaper) -> list[str]:
    return [item.quote for item in [*gold.claims, *gold.facts]]


def _find_papers(conn: sqlite3.Connection, entries: Sequence[GoldEntry]) -> tuple[dict[str, str], list[str]]:
    """gold title key -> the DB paper id to score, and warnings about ambiguous titles."""
    wanted = {title_key(e.gold.title): e for e in entries}
    found: dict[str, list[str]] = {}
    for paper_id, title in conn.execute("select id, title from papers"):
        key = title_key(title or "")
        if key in wanted:
            found.setdefault(key, []).append(paper_id)
    chosen, warnings = {}, []
    for key, ids in found.items():
        if len(ids) == 1:
            chosen[key] = ids[0]
            continue
        quotes = _gold_quotes(wanted[key].gold)

        def quotes_in(paper_id: str) -> int:
            title, abstract = conn.execute("select title, abstract from papers where id = ?", (paper_id,)).fetchone()
            return sum(bool(_quote_spans(q, title or "", abstract or "")) for q in quotes)

        best = sorted(ids, key=lambda i: (-quotes_in(i), i))[0]
        chosen[key] = best
        warnings.append(f"{wanted[key].origin}: {len(ids)} papers in the database have this title "
                        f"({', '.join(sorted(ids))}); scored {best}")
    return chosen, warnings


# --- scoring one paper ------------------------------------------------------------------------


@dataclass
class _EntityOutcome:
    tp: int
    missed: list[str]
    spurious: list[str]
    neutral: int


def _distinct(names: Iterable[str]) -> list[str]:
    """One string per normalized key; the first (gold) or smallest (DB, sorted before) wins."""
    seen, out = set(), []
    for name in names:
        key = "".join(entity_words(name))
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out


def _match_entities(gold: list[str], db: list[str], generic_ok: list[str]) -> _EntityOutcome:
    gold = _distinct(gold)
    db = _distinct(sorted(db, key=lambda n: ("".join(entity_words(n)), n)))
    pairs = []
    for gi, g in enumerate(gold):
        for di, d in enumerate(db):
            if (strength := match_strength(g, d)) is not None:
                pairs.append((strength, gi, di))
    pairs.sort()
    gold_used, db_used = set(), set()
    for _, gi, di in pairs:
        if gi not in gold_used and di not in db_used:
            gold_used.add(gi)
            db_used.add(di)
    leftovers = [d for di, d in enumerate(db) if di not in db_used]
    neutral = [d for d in leftovers if any(entities_match(d, ok) for ok in generic_ok)]
    return _EntityOutcome(
        tp=len(gold_used),
        missed=[g for gi, g in enumerate(gold) if gi not in gold_used],
        spurious=[d for d in leftovers if d not in neutral],
        neutral=len(neutral),
    )


def _figures_agree(gold: _GoldFigure, db: _Claim) -> bool:
    if gold.value is not None:
        if db.value is None or not _close(gold.value, db.value):
            return False
        if gold.from_ is not None:
            return db.from_value is not None and _close(gold.from_, db.from_value)
        return True
    if gold.low is not None and gold.high is not None:
        return (db.low is not None and db.high is not None
                and _close(gold.low, db.low) and _close(gold.high, db.high))
    return False


def _overlaps(span: tuple[str, int, int] | None, others: list[tuple[str, int, int]]) -> bool:
    if span is None:
        return False
    section, start, end = span
    return any(s == section and start < e and b < end for s, b, e in others)


def _figure_text(value: float | None, low: float | None, high: float | None, from_value: float | None) -> str:
    def num(x: float | None) -> str:
        return "?" if x is None else f"{x:.10g}"

    if value is None and low is not None:
        return f"{num(low)}–{num(high)}"
    return f"{num(from_value)} → {num(value)}" if from_value is not None else num(value)


def _snippet(sentence: _Sentence | None, start: int, end: int, width: int = 160) -> str:
    if sentence is None:
        return ""
    text = sentence.text
    if len(text) <= width:
        return text
    left = max(0, min(start - (width - (end - start)) // 2, len(text) - width))
    cut = text[left:left + width]
    return ("…" if left > 0 else "") + cut + ("…" if left + width < len(text) else "")


def _attribute_values(gold: GoldClaim, db: _Claim, text: str = "") -> dict[Attribute, tuple[str | None, str | None, bool]]:
    """Per attribute: (gold value, db value, correct). `text` is the paper's title and abstract, where a name's
    bracketed other name is looked up."""
    return {
        "unit": (gold.unit, db.unit, normalize_unit(gold.unit) == normalize_unit(db.unit)),
        "direction": (gold.direction, db.direction, gold.direction == _blank_to_none(db.direction)),
        "metric": (gold.aspect, db.metric, _text_attribute_ok(gold.aspect, db.metric, text, _singular)),
        "baseline": (gold.baseline, db.baseline, _text_attribute_ok(gold.baseline, db.baseline, text)),
        "qualifier": (gold.qualifier, db.qualifier, gold.qualifier == _blank_to_none(db.qualifier)),
        "context": (gold.context, db.context, _text_attribute_ok(gold.context, db.context, text)),
    }


def _gold_ref(claim: GoldClaim) -> GoldClaimRef:
    return GoldClaimRef(quote=claim.quote, value=claim.value, low=claim.low, high=claim.high,
                        from_value=claim.from_, unit=claim.unit)


def _db_ref(claim: _Claim) -> DbClaimRef:
    return DbClaimRef(id=claim.id, text=claim.text, value=claim.value, low=claim.low, high=claim.high,
                      from_value=claim.from_value, unit=claim.unit,
                      sentence=_snippet(claim.sentence, claim.start, claim.end))


def _gold_entity_lists(gold: GoldPaper) -> dict[Area, list[str]]:
    return {
        "methods": [*gold.methods_proposed, *gold.methods],
        "methods_proposed": gold.methods_proposed,
        "datasets": gold.datasets,
        "metrics": gold.metrics,
    }


def _score_missing(entry: GoldEntry) -> PaperReport:
    gold = entry.gold
    areas = [AreaScore.from_counts("claims", 0, 0, len(gold.claims))]
    diffs = []
    for area, names in _gold_entity_lists(gold).items():
        names = _distinct(names)
        areas.append(AreaScore.from_counts(area, 0, 0, len(names)))
        if names:
            diffs.append(EntityDiff(area=area, missed=names))
    return PaperReport(title=gold.title, origin=entry.origin, in_db=False, areas=areas,
                       missed_claims=[_gold_ref(c) for c in gold.claims], entities=diffs)


def _score_paper(entry: GoldEntry, paper: _DbPaper) -> tuple[PaperReport, dict[Attribute, int]]:
    gold = entry.gold
    warnings = []
    items: list[tuple[bool, _GoldFigure, list[tuple[str, int, int]]]] = []
    for is_fact, item in [*((False, c) for c in gold.claims), *((True, f) for f in gold.facts)]:
        spans = _quote_spans(item.quote, paper.title, paper.abstract)
        if not spans:
            warnings.append(f"gold {'fact' if is_fact else 'claim'} quote not found in the paper: {item.quote!r}")
        items.append((is_fact, item, spans))

    pairs = []
    for gi, (is_fact, item, spans) in enumerate(items):
        for di, claim in enumerate(paper.claims):
            if not _figures_agree(item, claim):
                continue
            in_sentence = claim.sentence is not None and _overlaps(
                (claim.sentence.section, claim.sentence.start, claim.sentence.end), spans)
            overlap = _overlaps(claim.section_span, spans)
            same_unit = normalize_unit(item.unit) == normalize_unit(claim.unit)
            pairs.append(((not in_sentence, not overlap, is_fact, not same_unit, gi, di), gi, di))
    pairs.sort()
    gold_to_db: dict[int, int] = {}
    db_taken: dict[int, int] = {}
    for _, gi, di in pairs:
        is_fact = items[gi][0]
        if di in db_taken or (not is_fact and gi in gold_to_db):
            continue
        db_taken[di] = gi
        if not is_fact:
            gold_to_db[gi] = di

    correct: dict[Attribute, int] = dict.fromkeys(ATTRIBUTES, 0)
    mismatches = []
    for gi, di in sorted(gold_to_db.items()):
        claim_gold, claim_db = items[gi][1], paper.claims[di]
        for attribute, (g, d, ok) in _attribute_values(claim_gold, claim_db, f"{paper.title}\n{paper.abstract}").items():
            if ok:
                correct[attribute] += 1
            else:
                mismatches.append(AttributeMismatch(quote=claim_gold.quote, db_text=claim_db.text,
                                                    attribute=attribute, gold=g, db=d))
    n_claims = len(gold.claims)
    false_positives = [_db_ref(c) for di, c in enumerate(paper.claims) if di not in db_taken]
    neutral = len(db_taken) - len(gold_to_db)
    areas = [AreaScore.from_counts("claims", len(gold_to_db), len(false_positives),
                                   n_claims - len(gold_to_db), neutral)]

    by_area: dict[Area, list[str]] = {
        "methods": [t for ty, t, role in paper.mentions if ty == "method" or role == "proposed"],
        "methods_proposed": [t for ty, t, role in paper.mentions if role == "proposed"],
        "datasets": [t for ty, t, _ in paper.mentions if ty in ("dataset", "benchmark")],
        "metrics": [t for ty, t, _ in paper.mentions if ty == "metric"],
    }
    diffs = []
    for area, gold_names in _gold_entity_lists(gold).items():
        generic = gold.methods_generic_ok if area in ("methods", "methods_proposed") else []
        outcome = _match_entities(gold_names, by_area[area], generic)
        areas.append(AreaScore.from_counts(area, outcome.tp, len(outcome.spurious), len(outcome.missed),
                                           outcome.neutral))
        if outcome.missed or outcome.spurious:
            diffs.append(EntityDiff(area=area, missed=outcome.missed, spurious=outcome.spurious))

    report = PaperReport(
        title=gold.title, origin=entry.origin, paper_id=paper.id, areas=areas,
        matched_claims=len(gold_to_db),
        missed_claims=[_gold_ref(items[gi][1]) for gi in range(n_claims) if gi not in gold_to_db],
        false_positive_claims=false_positives, attribute_mismatches=mismatches, entities=diffs,
        warnings=warnings,
    )
    return report, correct


# --- the whole evaluation ---------------------------------------------------------------------


def evaluate(db_path: str | Path, gold_paths: Iterable[str | Path] | str | Path) -> EvalReport:
    """Score the database at db_path against the gold files; see MATCHING_RULES."""
    if isinstance(gold_paths, (str, Path)):
        gold_paths = [gold_paths]
    gold_paths = [str(p) for p in gold_paths]
    entries = load_gold(gold_paths)
    papers: list[PaperReport] = []
    correct: dict[Attribute, int] = dict.fromkeys(ATTRIBUTES, 0)
    with closing(_connect(db_path)) as conn:
        chosen, warnings = _find_papers(conn, entries)
        for entry in entries:
            paper_id = chosen.get(title_key(entry.gold.title))
            if paper_id is None:
                papers.append(_score_missing(entry))
                continue
            report, paper_correct = _score_paper(entry, _load_paper(conn, paper_id))
            papers.append(report)
            for attribute, n in paper_correct.items():
                correct[attribute] += n
    if not entries:
        warnings.append("the gold files hold no papers: nothing was scored")

    areas = []
    for area in AREAS:
        scores = [p.area(area) for p in papers]
        areas.append(AreaScore.from_counts(area, sum(s.tp for s in scores), sum(s.fp for s in scores),
                                           sum(s.fn for s in scores), sum(s.neutral for s in scores)))
    matched = sum(p.matched_claims for p in papers)
    attributes = [AttributeScore(attribute=a, correct=correct[a], total=matched,
                                 accuracy=correct[a] / matched if matched else None) for a in ATTRIBUTES]
    return EvalReport(
        db=str(db_path), gold_files=gold_paths, papers=len(papers),
        papers_in_db=sum(p.in_db for p in papers),
        missing_papers=[p.title for p in papers if not p.in_db],
        areas=areas, matched_claims=matched, attributes=attributes,
        warnings=warnings + [f"{p.origin}: {w}" for p in papers for w in p.warnings],
        per_paper=papers,
    )


# --- rendering --------------------------------------------------------------------------------


def _ratio(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _scores_table(areas: Sequence[AreaScore], title: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("area")
    for column in ("P", "R", "F1", "tp", "fp", "fn", "neutral"):
        table.add_column(column, justify="right")
    for a in areas:
        table.add_row(AREA_LABELS[a.area], _ratio(a.precision), _ratio(a.recall), _ratio(a.f1),
                      str(a.tp), str(a.fp), str(a.fn), str(a.neutral))
    return table


def _detail_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[str | None]]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(Text("" if cell is None else str(cell)) for cell in row))
    return table


def _render_paper(paper: PaperReport, console: Console) -> None:
    claims = paper.area("claims")
    head = Text.assemble((paper.title, "bold"), f"  [{paper.paper_id or 'not in the database'}]  ",
                         (f"claims tp {claims.tp} fp {claims.fp} fn {claims.fn}", "dim"))
    console.rule(head, align="left")
    if not paper.in_db:
        console.print(Text(f"not in the database ({paper.origin}): every gold item counts as missed", "yellow"))
    if paper.missed_claims:
        console.print(_detail_table("missed gold claims", ("quote", "figure", "unit"), (
            (c.quote, _figure_text(c.value, c.low, c.high, c.from_value), c.unit) for c in paper.missed_claims)))
    if paper.false_positive_claims:
        console.print(_detail_table("false-positive claims", ("text", "figure", "unit", "sentence"), (
            (c.text, _figure_text(c.value, c.low, c.high, c.from_value), c.unit, c.sentence)
            for c in paper.false_positive_claims)))
    if paper.attribute_mismatches:
        console.print(_detail_table("attribute mismatches", ("quote", "attribute", "gold", "db"), (
            (m.quote, m.attribute, m.gold if m.gold is not None else "null", m.db if m.db is not None else "null")
            for m in paper.attribute_mismatches)))
    if paper.entities:
        console.print(_detail_table("entities", ("area", "missed", "spurious"), (
            (AREA_LABELS[d.area], ", ".join(d.missed), ", ".join(d.spurious)) for d in paper.entities)))
    if (paper.in_db and not paper.missed_claims and not paper.false_positive_claims
            and not paper.attribute_mismatches and not paper.entities):
        console.print(Text("all correct", "green"))


def render(report: EvalReport, console: Console, detail: bool = False) -> None:
    """The summary tables; with detail, what went wrong in each paper, to know what to fix next."""
    console.print(Text(
        f"{report.papers} gold paper(s) from {', '.join(report.gold_files)}; "
        f"{report.papers_in_db} found in {report.db}; micro-averaged"))
    console.print(_scores_table(report.areas, "Extraction"))
    attributes = Table(title=f"Claim attributes (over {report.matched_claims} matched claims)",
                       title_justify="left")
    for column, justify in (("attribute", "left"), ("accuracy", "right"), ("correct", "right")):
        attributes.add_column(column, justify=justify)
    for a in report.attributes:
        label = "metric (gold aspect)" if a.attribute == "metric" else a.attribute
        attributes.add_row(label, _ratio(a.accuracy), f"{a.correct}/{a.total}")
    console.print(attributes)
    if report.missing_papers:
        console.print(Text(f"{len(report.missing_papers)} gold paper(s) not in the database (all misses):",
                           "yellow"))
        for title in report.missing_papers:
            console.print(Text(f"  {title}"))
    for warning in report.warnings:
        console.print(Text(f"warning: {warning}", "yellow"))
    if detail:
        for paper in report.per_paper:
            _render_paper(paper, console)
