"""The word lists behind quantities and claims, read once from `rules/`.

Every list is data (a TSV with a header line, documented in its own comment lines) so that a
rule change needs no Python change. `load_metrics()` is public: the entity extractor reads the
same metric table for metric mentions, so the two layers name metrics alike.
"""

from __future__ import annotations

from fractions import Fraction
from functools import cache
from typing import NamedTuple

import regex

from .rules_data import read_tsv


class Metric(NamedTuple):
    name: str  # canonical: entities.name for type "metric"
    better: str  # higher | lower | none
    kind: str  # quality | error | speed | cost | size | rate
    variants: tuple[str, ...]


class Unit(NamedTuple):
    surface: str
    unit: str  # "-" = the compound names a format, not a figure ("16-bit")
    scale: float | None  # None = power of ten ("two orders of magnitude")
    join: str  # any | tight | spaced | hyphen | prefix
    exact: bool


class NumberWord(NamedTuple):
    word: str
    value: float
    kind: str  # cardinal | scale | fraction | multiplier | ordinal
    direction: str | None


class Cue(NamedTuple):
    cue: str
    effect: str  # increase | decrease | better | worse
    aspect: str | None


def _number(text: str) -> float:
    return float(Fraction(text)) if "/" in text else float(text)


@cache
def load_metrics() -> tuple[Metric, ...]:
    """The metric table (rules/metrics.tsv): canonical name, better direction, kind, surface variants."""
    metrics = []
    for row in read_tsv("metrics.tsv"):
        variants = [v.strip() for v in row["variants"].split("|") if v.strip()]
        if row["name"] not in variants:
            variants.insert(0, row["name"])
        metrics.append(Metric(row["name"], row["better"], row["kind"], tuple(variants)))
    return tuple(metrics)


def _variant_is_exact(variant: str) -> bool:
    """Short all-capital acronyms (AP, EM, IS) are words too when lower-cased."""
    letters = [c for c in variant if c.isalpha()]
    return len(letters) <= 3 and all(c.isupper() for c in letters)


@cache
def metric_lookup() -> dict[str, Metric]:
    """Surface variant -> metric: exact for short acronyms, case-folded for everything else."""
    table: dict[str, Metric] = {}
    for metric in load_metrics():
        for variant in metric.variants:
            key = variant if _variant_is_exact(variant) else variant.casefold()
            table.setdefault(key, metric)
    return table


def find_metric(surface: str) -> Metric | None:
    table = metric_lookup()
    return table.get(surface) or table.get(surface.casefold())


@cache
def metric_pattern() -> regex.Pattern:
    """One regex over every metric variant, longest first, on word boundaries."""
    exact, folded = [], []
    for metric in load_metrics():
        for variant in metric.variants:
            (exact if _variant_is_exact(variant) else folded).append(variant)
    alternatives = [regex.escape(v) for v in sorted(set(exact), key=len, reverse=True)]
    folded_alt = "|".join(regex.escape(v) for v in sorted(set(folded), key=len, reverse=True))
    body = "|".join(alternatives + [f"(?i:{folded_alt})"])
    return regex.compile(rf"(?<![\w@-])(?:{body})(?![\w@]|-\w)")


@cache
def load_units() -> tuple[Unit, ...]:
    units = []
    for row in read_tsv("units.tsv"):
        scale = None if row["scale"] == "pow10" else _number(row["scale"])
        units.append(Unit(row["surface"], row["unit"], scale, row["join"], row["case"] == "exact"))
    return tuple(units)


@cache
def load_number_words() -> tuple[NumberWord, ...]:
    return tuple(
        NumberWord(row["word"], _number(row["value"]), row["kind"], row.get("direction") or None)
        for row in read_tsv("number_words.tsv")
    )


@cache
def load_qualifiers() -> tuple[tuple[str, str, str], ...]:
    """(phrase, qualifier, position) rows."""
    return tuple((row["phrase"], row["qualifier"], row["position"]) for row in read_tsv("qualifiers.tsv"))


@cache
def load_directions() -> tuple[Cue, ...]:
    return tuple(Cue(row["cue"], row["effect"], row.get("aspect") or None) for row in read_tsv("directions.tsv"))


@cache
def load_not_figures() -> dict[str, dict[str, str]]:
    """position -> {word: reason}: words that make an adjacent number a name, reference or date."""
    table: dict[str, dict[str, str]] = {"before": {}, "after": {}}
    for row in read_tsv("not_figures.tsv"):
        table[row["position"]][row["word"]] = row["reason"]
    return table
