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

from .rules_data import read_lines, read_tsv


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
    effect: str  # increase | decrease | better | worse | none (a word a stem would take that is no cue)
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


def exact_variant(variant: str) -> bool:
    """Short all-capital acronyms (AP, EM, IS) and lower-first mixed case (mAP, mIoU) are other
    words when case is ignored ("map", "is")."""
    letters = [c for c in variant if c.isalpha()]
    if letters and letters[0].islower() and any(c.isupper() for c in letters):
        return True
    return len(letters) <= 3 and all(c.isupper() for c in letters)


@cache
def metric_lookup() -> dict[str, Metric]:
    """Surface variant -> metric: exact for short acronyms, case-folded for everything else."""
    table: dict[str, Metric] = {}
    for metric in load_metrics():
        for variant in metric.variants:
            key = variant if exact_variant(variant) else variant.casefold()
            table.setdefault(key, metric)
    return table


def find_metric(surface: str) -> Metric | None:
    table = metric_lookup()
    return table.get(surface) or table.get(surface.casefold())


WORD = regex.compile(r"[^\s,;:()\[\]{}\"“”/.'’]+(?:[.'’][^\s,;:()\[\]{}\"“”/.'’]+)*")


def words_of(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word) for the words metric and cue tables are matched on: whitespace-separated,
    without surrounding punctuation, a final period or a possessive 's ("Llama-3.1" stays whole)."""
    out = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, start, len(text) if end is None else end)]
    for i, (s, e, w) in enumerate(out):
        if w.endswith(("'s", "’s")):
            out[i] = (s, e - 2, w[:-2])
    return out


@cache
def metric_index() -> dict[str, list[tuple[tuple[str, ...], bool, Metric]]]:
    """First word of a metric variant -> [(all its words, exact case, metric)], longest first.

    Matching words against this index costs one dictionary lookup per word, where one regex over
    every variant costs a scan of the whole alternation at every character.
    """
    index: dict[str, list[tuple[tuple[str, ...], bool, Metric]]] = {}
    for metric in load_metrics():
        for variant in metric.variants:
            exact = exact_variant(variant)
            parts = tuple(w for _, _, w in words_of(variant))
            if not exact:
                parts = tuple(p.casefold() for p in parts)
            if parts:
                index.setdefault(parts[0], []).append((parts, exact, metric))
    for entries in index.values():
        entries.sort(key=lambda e: len(e[0]), reverse=True)
    return index


def match_metrics(words: list[tuple[int, int, str]]) -> list[tuple[int, int, Metric]]:
    """Every metric variant in a word list, longest first and without overlaps: (start, end, metric)."""
    index = metric_index()
    found = []
    i, n = 0, len(words)
    while i < n:
        word = words[i][2]
        low = word.casefold()
        hit = None
        for key in (word, low) if word != low else (word,):
            for parts, exact, metric in index.get(key, ()):
                k = len(parts)
                if i + k > n:
                    continue
                if all((words[i + j][2] if exact else words[i + j][2].casefold()) == parts[j] for j in range(1, k)):
                    if exact and word != parts[0]:
                        continue
                    if hit is None or k > hit[0]:
                        hit = (k, metric)
                    break
        if hit is not None:
            k, metric = hit
            found.append((words[i][0], words[i + k - 1][1], metric))
            i += k
        else:
            i += 1
    return found


@cache
def load_units() -> tuple[Unit, ...]:
    units = []
    for row in read_tsv("units.tsv"):
        scale = None if row["scale"] == "pow10" else _number(row["scale"])
        units.append(Unit(row["surface"], row["unit"], scale, row["join"], row["case"] == "exact"))
    return tuple(units)


@cache
def load_unit_conversions() -> dict[str, tuple[str, float]]:
    """unit -> (dimension, size in the dimension's base): which units a from/to change may convert between."""
    return {row["unit"]: (row["dimension"], _number(row["size"])) for row in read_tsv("unit_conversions.tsv")}


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
def cue_table() -> tuple[dict[str, str], tuple[tuple[str, str], ...], dict[str, list[tuple[str, ...]]]]:
    """rules/directions.tsv as (whole word -> effect, (stem, effect) for "reduc*", multi-word cues)."""
    words: dict[str, str] = {}
    stems: list[tuple[str, str]] = []
    multi: dict[str, list[tuple[str, ...]]] = {}
    for cue in load_directions():
        parts = cue.cue.split()
        if len(parts) > 1:
            multi.setdefault(parts[0], []).append(tuple(parts))
            words.setdefault(" ".join(parts), cue.effect)
        elif cue.cue.endswith("*"):
            stems.append((cue.cue[:-1], cue.effect))
        else:
            words.setdefault(cue.cue, cue.effect)
    stems.sort(key=lambda s: len(s[0]), reverse=True)
    return words, tuple(stems), multi


@cache
def _cue_stems() -> tuple[str, ...]:
    return tuple(stem for stem, _ in cue_table()[1])


def cue_of(low: str) -> str | None:
    """The effect of one lower-case word as a change cue ("reduces" -> decrease), or None."""
    words, stems, _ = cue_table()
    if low in words:
        return words[low] if words[low] != "none" else None  # "compressor", "dropout": a noun a cue stem would take
    if not low.startswith(_cue_stems()):
        return None  # most words: one C-level test instead of a walk over every stem
    for stem, effect in stems:
        if low.startswith(stem):
            return effect
    return None


@cache
def load_not_figures() -> dict[str, dict[str, str]]:
    """position -> {word: reason}: words that make an adjacent number a name, reference or date."""
    table: dict[str, dict[str, str]] = {"before": {}, "after": {}}
    for row in read_tsv("not_figures.tsv"):
        table[row["position"]][row["word"]] = row["reason"]
    return table


class WordSet:
    """Words of one role in rules/claim_words.tsv: whole words, and stems written with a *."""

    __slots__ = ("words", "stems")

    def __init__(self, words: frozenset[str], stems: tuple[str, ...]):
        self.words, self.stems = words, stems

    def __contains__(self, word: str | None) -> bool:
        if not word:
            return False
        low = word.casefold()
        return low in self.words or (bool(self.stems) and low.startswith(self.stems))

    def match(self, word: str) -> str | None:
        """The entry that matches `word` (the stem without its *), or None."""
        low = word.casefold()
        if low in self.words:
            return low
        return next((stem for stem in self.stems if low.startswith(stem)), None)


@cache
def load_setup_units() -> frozenset[str]:
    """Units whose figures describe the set-up, never a result (`setup_unit` in rules/claim_words.tsv), as
    written: units are case-sensitive ("T" tesla, "t" tonnes)."""
    return frozenset(row["word"] for row in read_tsv("claim_words.tsv") if row["role"] == "setup_unit")


@cache
def load_common_words() -> frozenset[str]:
    """rules/common_words.txt: words written in lower case in most of their mid-sentence uses; a capitalised one is
    no name by its shape (read by the entity layer and by the figure reader's version-name test)."""
    return frozenset(read_lines("common_words.txt"))


@cache
def load_claim_words() -> dict[str, WordSet]:
    """role -> words, from rules/claim_words.tsv (the phrase edges of the claims layer)."""
    return load_word_roles("claim_words.tsv")


@cache
def load_entity_words() -> dict[str, WordSet]:
    """role -> words, from rules/entity_words.tsv (the words around a name the entity layer reads)."""
    return load_word_roles("entity_words.tsv")


def load_word_roles(name: str) -> dict[str, WordSet]:
    """role -> words of a `word<TAB>role` rules file; a trailing * on a word matches any ending."""
    words: dict[str, set[str]] = {}
    stems: dict[str, list[str]] = {}
    for row in read_tsv(name):
        word, role = row["word"].casefold(), row["role"]
        if word.endswith("*"):
            stems.setdefault(role, []).append(word[:-1])
        else:
            words.setdefault(role, set()).add(word)
    roles = set(words) | set(stems)
    return {
        role: WordSet(frozenset(words.get(role, ())), tuple(sorted(stems.get(role, ()), key=len, reverse=True)))
        for role in roles
    }
